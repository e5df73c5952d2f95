package org.sitrep.core;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document frame's pre-check finds a word in any ASCII case as lower-casing the text and searching it did. */
class ContainsAnyCaseTest {
    @Test
    void asciiTextsGiveWhatLowerCasingGave() {
        Random r = new Random(13);
        String[] parts = {"period", "PERIOD", "Week", "wEEk", "as of", "As Of", "as  of", "peri", "od", "we", "ek", " ", "x", "é", "İ",
            "\u212a", "covers the ", "data is "};
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(8); k > 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            String text = sb.toString();
            for (String word : new String[] {"period", "week", "as of"}) {
                boolean lowered = text.toLowerCase(Locale.ROOT).contains(word);
                boolean anyCase = Pipeline.containsAnyCase(text, word);
                if (text.chars().allMatch(c -> c < 128)) {
                    assertEquals(lowered, anyCase, text);
                } else {
                    // beyond ASCII the two may differ ("İ"), but never where the frame's (?i) pattern, ASCII-only, matches
                    assertTrue(anyCase || !text.replaceAll("[^\\x00-\\x7f]", "\u0000").toLowerCase(Locale.ROOT).contains(word), text);
                }
                found += anyCase ? 1 : 0;
            }
        }
        assertTrue(found > 5000, "found: " + found);
    }
}
