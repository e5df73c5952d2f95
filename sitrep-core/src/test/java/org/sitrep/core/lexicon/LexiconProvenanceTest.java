package org.sitrep.core.lexicon;

import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.TriggerLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entry of the event vocabulary says where it comes from: a WordNet 3.1 synset ({@code wn:n00955670}) it is a
 * word of, the ACLED codebook's event definitions ({@code acled}), or the usage of war reporting ({@code usage}); a
 * WordNet source is checked against WordNet itself (through extJWNL and its data artifact).
 */
class LexiconProvenanceTest {
    private static final Set<String> SOURCES = Set.of("acled", "usage");

    @Test
    void everyEntryCitesASource() {
        for (TriggerLexicon.Entry e : TriggerLexicon.defaults().entries()) {
            assertTrue(e.source().startsWith("wn:") || SOURCES.contains(e.source()),
                    String.join(" ", e.lemmas()) + ": source '" + e.source() + "'");
        }
    }

    @Test
    void everyWordNetEntryIsAWordOfTheSynsetItCites() throws Exception {
        LexiconGrower wn = new LexiconGrower();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (TriggerLexicon.Entry e : TriggerLexicon.defaults().entries()) {
            if (!e.source().startsWith("wn:")) {
                continue;
            }
            Synset s = wn.synset(e.source().substring(3));
            String phrase = String.join(" ", e.lemmas());
            Set<String> words = s == null ? Set.of() : s.getWords().stream()
                    .map(w -> w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.toSet());
            checked++;
            if (!words.contains(phrase) && !words.contains(singular(phrase))) {
                wrong.add(phrase + " → " + e.source() + " " + words);
            }
        }
        assertTrue(checked >= 100, "WordNet entries checked: " + checked);
        assertEquals(List.of(), wrong, "entries not among the words of the synset they cite");
    }

    private static String singular(String phrase) {
        if (phrase.endsWith("ies")) {
            return phrase.substring(0, phrase.length() - 3) + "y";
        }
        return phrase.endsWith("s") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }
}
