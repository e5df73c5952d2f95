package org.sitrep.core.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.TestData;
import org.sitrep.core.extract.TriggerLexicon;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.text.Fold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every entry of the event vocabulary ({@code triggers.tsv}) shows its general pattern in an invented sentence
 * ({@code lexicon/trigger-examples.tsv}): the whole pipeline must read an event of the entry's type at the sentence's
 * place. The examples are invented (no sentence of any evaluation set), vary the war and the place, and the
 * coverage test keeps an entry from being added without one.
 */
class TriggerExamplesTest {
    record Example(String phrase, EventType type, String frame, String place, String sentence) {
        @Override
        public String toString() {
            return phrase + " (" + frame + "): " + sentence;
        }
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        try (InputStream in = TriggerExamplesTest.class.getResourceAsStream("/lexicon/trigger-examples.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Example(f[0], EventType.parse(f[1]), f[2], f[3], f[4]));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theEntryGivesAnEventOfItsTypeAtThePlace(Example ex) {
        List<EventMention> es = TestData.extract(ex.sentence(), "2024-12-10").events();
        String want = Fold.fold(ex.place());
        boolean found = es.stream().anyMatch(e -> e.type().family() == ex.type().family() && e.place() != null
                && (Fold.fold(e.place().text()).contains(want) || Fold.fold(e.place().place().name()).contains(want)));
        assertTrue(found, ex + " gave " + es.stream().map(e -> e.type().label() + "@" + (e.place() == null ? null : e.place().text()))
                .collect(Collectors.joining(", ")));
    }

    @Test
    void everyEntryHasAnExample() throws IOException {
        Set<String> have = new HashSet<>();
        for (Example e : examples()) {
            have.add(e.phrase() + "|" + e.type().label() + "|" + e.frame());
        }
        Set<String> missing = new HashSet<>();
        for (TriggerLexicon.Entry e : TriggerLexicon.defaults().entries()) {
            String key = String.join(" ", e.lemmas()) + "|" + e.type().label() + "|" + e.frame().name().toLowerCase();
            if (!have.contains(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "entries of triggers.tsv without an invented example");
    }
}
