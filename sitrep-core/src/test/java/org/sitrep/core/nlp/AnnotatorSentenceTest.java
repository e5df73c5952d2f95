package org.sitrep.core.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where a line is cut into sentences: the detector's cuts after an abbreviation that does not end a sentence are
 * undone (invented sentences).
 */
class AnnotatorSentenceTest {
    private final Annotator annotator = new Annotator();

    private List<String> sentences(String text) {
        return annotator.sentences(text).stream().map(Sentence::text).toList();
    }

    @Test
    void aTitleNeverEndsASentence() {
        assertEquals(List.of("Gen. Abdel Fattah said troops took Bara.", "Lt. Col. Smith said the unit withdrew."),
                sentences("Gen. Abdel Fattah said troops took Bara. Lt. Col. Smith said the unit withdrew."));
    }

    @Test
    void aClockTimeGoesOnIntoItsZoneButEndsASentenceBeforeANewOne() {
        assertEquals(List.of("The truce took effect at 9 a.m. Moscow time, but Armenia said shelling went on."),
                sentences("The truce took effect at 9 a.m. Moscow time, but Armenia said shelling went on."));
        assertEquals(List.of("Attacks resumed at 5 a.m.", "The army said three soldiers died."),
                sentences("Attacks resumed at 5 a.m. The army said three soldiers died."));
    }

    @Test
    void emptyAndRandomInputGiveNoSentenceOrWholeOnes() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of(), sentences(" \n\n "));
        java.util.Random r = new java.util.Random(7);
        String alphabet = "ab. .Gen.a.m.p.m. Lt.X\n";
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            for (Sentence s : annotator.sentences(text)) {
                assertEquals(s.text(), text.substring(s.span().start(), s.span().end()));
            }
        }
    }
}
