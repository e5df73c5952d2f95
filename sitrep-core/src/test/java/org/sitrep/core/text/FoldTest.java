package org.sitrep.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Folding's hash and comparison answer what the folded strings' own do. */
class FoldTest {
    /** Letters in both cases and accented, apostrophes (dropped), separators of every kind, digits, beyond the table, surrogates. */
    private static final String[] PIECES = {"a", "A", "b", "É", "é", "e", "ş", "S", "ß", "ب", "中", "\uD835\uDC9C", "\uD800", "'", "’", "ʿ",
        " ", "  ", "\t", "\n", "-", "—", ",", ".", "1", "\u00A0", "\u3000", "\u3001", "Hama", "HAMA", "hamá", "Ma‘arrat", "al-", ""};

    private static String random(Random r, int most) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(most); k > 0; k--) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    @Test
    void theFoldedHashIsTheHashOfTheFoldedString() {
        Random r = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            String s = random(r, 12);
            assertEquals(Fold.fold(s).hashCode(), Fold.foldedHash(s), s);
            int from = r.nextInt(s.length() + 1);
            int to = from + r.nextInt(s.length() - from + 1);
            assertEquals(Fold.fold(s.substring(from, to)).hashCode(), Fold.foldedHash(s, from, to), s + " [" + from + ", " + to + ")");
        }
        assertEquals("".hashCode(), Fold.foldedHash(""));
        assertEquals(Fold.fold(" -Hama’s  army- ").hashCode(), Fold.foldedHash(" -Hama’s  army- "));
    }

    /** Random pairs, and pairs of one text written two ways (case, accents, separators, apostrophes), compared both ways. */
    @Test
    void textsFoldEqualExactlyWhenTheirFoldedStringsAreEqual() {
        Random r = new Random(7);
        int equal = 0;
        for (int i = 0; i < 50_000; i++) {
            String a = random(r, 8);
            String b = switch (i % 4) {
                case 0 -> random(r, 8);
                case 1 -> a.toUpperCase(java.util.Locale.ROOT);
                case 2 -> a.replace(" ", " - ").replace("é", "e").replace("'", "");
                default -> (r.nextBoolean() ? " " : "") + a + (r.nextBoolean() ? "’" : ".") + (r.nextBoolean() ? "x" : "");
            };
            boolean expected = Fold.fold(a).equals(Fold.fold(b));
            assertEquals(expected, Fold.foldEquals(a, b), a + " | " + b);
            assertEquals(expected, Fold.foldEquals(b, a), b + " | " + a);
            equal += expected ? 1 : 0;
        }
        assertTrue(equal > 10_000 && equal < 45_000, equal + " pairs fold equal");
    }
}
