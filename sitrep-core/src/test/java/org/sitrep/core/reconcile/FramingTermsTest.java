package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.FramingTerm;

/** Framing terms on short made-up reports (Sudan, Myanmar), not on the seed sentences. */
class FramingTermsTest {
    private static List<FramingTerm> terms(String text) {
        return new FramingTerms().extract(TestData.extract(text, "2025-03-14"));
    }

    @Test
    void groundNamedByItsHoldersLabelAndTheWarNamedAsTheInsurgentsNameItAreTerms() {
        List<FramingTerm> ts = terms("The rebels seized the town of Bara on Monday, and government troops withdrew. "
                + "The army shelled the rebel stronghold of Bara on Tuesday, a year after the uprising began, and the rebels "
                + "said government forces had fled.");
        FramingTerm ground = ts.stream().filter(t -> t.term().equals("rebel stronghold")).findFirst()
                .orElseThrow(() -> new AssertionError(ts.toString()));
        assertEquals("opposition", ground.side());
        assertTrue(ground.loaded(), "'rebel' is a loaded word");
        FramingTerm war = ts.stream().filter(t -> t.kind().equals("war name")).findFirst().orElseThrow(() -> new AssertionError(ts.toString()));
        assertEquals("uprising", war.term());
        assertEquals("opposition", war.side());
    }

    @Test
    void aTerritoryNounAfterAWordNoActorIsNamedWithIsNoTerm() {
        List<FramingTerm> ts = terms("The rebels seized the town of Bara on Monday. The army shelled the mountain stronghold "
                + "near Bara and government troops withdrew.");
        assertTrue(ts.stream().noneMatch(t -> t.term().endsWith("stronghold")), ts.toString());
    }

    /** The regular expression the word-pair scan stands for. */
    private static final java.util.regex.Pattern WORD_PAIR = java.util.regex.Pattern.compile("([\\p{L}][\\p{L}'’-]*)\\s+([\\p{L}]+)");

    @Test
    void theWordPairScanFindsWhatItsRegularExpressionFindsOnRandomText() {
        // letters (accented, Arabic, one outside the basic plane), the first word's apostrophes and hyphen, each kind of
        // white space, digits, punctuation, lone surrogates, and the ASCII characters beside the letters' ranges
        String[] alphabet = {"a", "b", "É", "ş", "ب", "\uD835\uDC9C", "'", "’", "-", " ", "\t", "\n", "\u000B", "\f", "\r",
            "\u00A0", "1", ",", ".", "\uD800", "ʿ", "Z", "z", "@", "[", "`", "{", "\uDC9C"};
        java.util.Random random = new java.util.Random(42);
        int pairs = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = sb.toString();
            java.util.regex.Matcher m = WORD_PAIR.matcher(s);
            int[] pair = new int[4];
            int from = 0;
            while (true) {
                boolean expected = from < s.length() && m.find(from);
                boolean found = from < s.length() && FramingTerms.wordPair(s, from, pair);
                assertEquals(expected, found, "'" + s + "' from " + from);
                if (!found) {
                    break;
                }
                assertEquals(List.of(m.start(1), m.end(1), m.start(2), m.end(2)), List.of(pair[0], pair[1], pair[2], pair[3]),
                        "'" + s + "' from " + from);
                assertEquals(org.sitrep.core.text.Fold.fold(m.group(2)).hashCode(), FramingTerms.foldedHash(s, pair[2], pair[3]),
                        "folded hash of '" + m.group(2) + "'");
                pairs++;
                from = pair[2];
            }
        }
        assertTrue(pairs > 5_000, "random text has pairs: " + pairs);
    }
}
