package org.sitrep.core;

import org.sitrep.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document frame's pre-check ({@link Pipeline#mayNamePeriod}) finds its words in any ASCII case as lower-casing the
 * text and searching it did.
 */
class ContainsAnyCaseTest {
    @Test
    void asciiTextsGiveWhatLowerCasingGave() {
        Random r = new Random(13);
        String[] parts = {"period", "PERIOD", "Week", "wEEk", "as of", "As Of", "as  of", "peri", "od", "we", "ek", " ", "x", "é", "İ",
            "\u212a", "covers the ", "data is "};
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = RandomInputs.strung(r, parts, 8);
            for (String word : new String[] {"period", "week", "as of"}) {
                boolean lowered = text.toLowerCase(Locale.ROOT).contains(word);
                boolean anyCase = containsAnyCase(text, word);
                if (text.chars().allMatch(c -> c < 128)) {
                    assertEquals(lowered, anyCase, text);
                } else {
                    // beyond ASCII the two may differ ("İ"), but never where the frame's (?i) pattern, ASCII-only, matches
                    assertTrue(anyCase || !text.replaceAll("[^\\x00-\\x7f]", "\u0000").toLowerCase(Locale.ROOT).contains(word), text);
                }
                found += anyCase ? 1 : 0;
            }
            assertEquals(containsAnyCase(text, "period") || containsAnyCase(text, "week")
                    || containsAnyCase(text, "as of"), Pipeline.mayNamePeriod(text), text);
        }
        assertTrue(found > 5000, "found: " + found);
    }

    /** Whether {@code text} holds {@code lower} (lower-case ASCII) in any ASCII case, without copying the text. */
    private static boolean containsAnyCase(String text, String lower) {
        char first = lower.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = 0, last = text.length() - lower.length(); i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == upper) && text.regionMatches(true, i, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }
}
