package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.sitrep.core.model.Span;
import org.sitrep.core.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CuesTest {
    private final Cues cues = Cues.defaults();

    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            out.add(new Token(new Span(at, at + w.length()), w, "X", w.toLowerCase(Locale.ROOT)));
            at += w.length() + 1;
        }
        return List.copyOf(out);
    }

    @Test
    void phrasesAreFoundInEachSentenceWhenSentencesAlternate() {
        List<Token> a = tokens("Rebels reportedly failed to take the town");
        List<Token> b = tokens("The army did not enter the town");
        for (int round = 0; round < 3; round++) {
            assertTrue(cues.any("reported", a, 0, a.size()));
            assertFalse(cues.any("reported", b, 0, b.size()));
            assertEquals(List.of(new Cues.Hit(2, 4)), cues.find("failed", a, 0, a.size()));
            assertTrue(cues.at("negation", b, 3));
            assertFalse(cues.at("negation", a, 3));
            assertFalse(cues.any("reported", a, 2, a.size()), "outside the range asked");
        }
    }

    @Test
    void aPhraseOccursInARawTextOnlyAsWholeWords() {
        assertTrue(cues.occursIn("civilian-victims", "Civilians"));
        assertTrue(cues.occursIn("civilian-victims", "three aid workers and a driver"));
        assertTrue(cues.occursIn("civilian-victims", "the village's residents"));
        assertFalse(cues.occursIn("civilian-victims", "Syrian Arab Army"));
        assertFalse(cues.occursIn("civilian-victims", "staffers"), "a phrase inside a longer word is not it");
        assertFalse(cues.occursIn("civilian-victims", ""));
    }

    @Test
    void aListChangedInPlaceIsReadAgain() {
        List<Token> mutable = new ArrayList<>(tokens("fighters reportedly advanced"));
        assertTrue(cues.any("reported", mutable, 0, mutable.size()));
        mutable.set(1, tokens("slowly").get(0));
        assertFalse(cues.any("reported", mutable, 0, mutable.size()));
    }

    @Test
    void emptyAndUnknown() {
        assertFalse(cues.any("reported", List.of(), 0, 5));
        assertTrue(cues.find("failed", List.of(), 0, 0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> cues.any("no-such-section", tokens("x"), 0, 1));
    }

    @Test
    void randomWordsNeverFail() {
        Random r = new Random(3);
        String[] vocab = {"not", "reportedly", "failed", "to", "the", "said", "be", "years", "ago", "May", "2", "x"};
        RandomInputs.check("cues", 3, vocab, 200, text -> {
            List<Token> t = tokens("w " + text);
            int from = r.nextInt(t.size() + 2) - 1;
            cues.find("failed", t, from, from + r.nextInt(10));
            cues.any("history", t, from, from + r.nextInt(10));
        });
    }
}
