package org.sitrep.core.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The automaton finds exactly the literals {@link String#contains} finds, whatever they overlap or share. */
class LiteralSetTest {
    @Test
    void findsWhatContainsFinds() {
        Random r = new Random(3);
        String alphabet = "abc ›»©•é|/";
        for (int round = 0; round < 600; round++) {
            // half the rounds with literals of ASCII and some of the wide characters only, as most sets are
            String letters = round % 2 == 0 ? alphabet : "abc |/" + String.valueOf(alphabet.charAt(4 + r.nextInt(5))).repeat(round % 4 == 1 ? 1 : 0);
            List<String> lits = new ArrayList<>();
            for (int k = 1 + r.nextInt(80); k > 0; k--) {
                lits.add(random(r, letters, 1 + r.nextInt(5)));
            }
            LiteralSet set = LiteralSet.of(lits);
            for (int t = 0; t < 50; t++) {
                String text = random(r, alphabet, r.nextInt(40));
                long[] expected = new long[(lits.size() + 63) / 64];
                for (int i = 0; i < lits.size(); i++) {
                    if (text.contains(lits.get(i))) {
                        expected[i / 64] |= 1L << (i % 64);
                    }
                }
                assertArrayEquals(expected, set.found(text), lits + " in '" + text + "'");
                assertEquals(lits.stream().anyMatch(text::contains), set.any(text), text);
            }
        }
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    @Test
    void masksAndEdges() {
        LiteralSet set = LiteralSet.of("he", "she", "his", "hers", "›");
        long[] found = set.found("ushers");
        assertTrue(LiteralSet.intersects(found, set.mask("she")));
        assertTrue(LiteralSet.intersects(found, set.mask("hers", "his")));
        assertFalse(LiteralSet.intersects(found, set.mask("his", "›")));
        assertTrue(set.any("News › Africa"));
        assertFalse(set.any(""));
        assertFalse(LiteralSet.of().any("anything"));
        assertThrows(IllegalArgumentException.class, () -> LiteralSet.of("a", ""));
        assertThrows(IllegalArgumentException.class, () -> set.mask("nope"));
        assertEquals(List.of("he", "she", "his", "hers", "›"), set.literals());
    }
}
