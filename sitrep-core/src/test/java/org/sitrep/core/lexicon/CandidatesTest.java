package org.sitrep.core.lexicon;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code lexicon/candidates.tsv} (the list reviewed into {@code lang/en/triggers.tsv}) is what {@link LexiconGrower}
 * grows from {@code lexicon/seeds.tsv} and WordNet 3.1; regenerate with {@code scripts/grow-lexicon.sh} (or
 * {@code -Dsitrep.lexicon.update=true}) after changing the seeds.
 */
class CandidatesTest {
    @Test
    void candidatesAreWhatTheSeedsGrow() throws Exception {
        String grown = LexiconGrower.render(new LexiconGrower().grow(LexiconGrower.seeds()));
        Path file = Path.of("src/test/resources/lexicon/candidates.tsv");
        if (Boolean.getBoolean("sitrep.lexicon.update")) {
            Files.writeString(file, grown);
        }
        assertEquals(grown, Files.readString(file));
    }
}
