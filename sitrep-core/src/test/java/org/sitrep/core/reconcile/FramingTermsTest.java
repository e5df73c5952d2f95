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
                assertEquals(org.sitrep.core.text.Fold.fold(m.group(2)).hashCode(), org.sitrep.core.text.Fold.foldedHash(s, pair[2], pair[3]),
                        "folded hash of '" + m.group(2) + "'");
                pairs++;
                from = pair[2];
            }
        }
        assertTrue(pairs > 5_000, "random text has pairs: " + pairs);
    }
    /**
     * A sentence is passed over without reading it word by word only when none of its words folds to a territory noun or
     * a war name: random sentences of the nouns in any case, accented, inside longer words, beside other words.
     */
    @Test
    void aSentencePassedOverHasNoWordThatFoldsToATerritoryNounOrAWarName() {
        java.util.Set<String> nouns = new java.util.HashSet<>();
        for (String line : org.sitrep.core.lang.LanguagePack.english().lines("framing.tsv")) {
            String[] c = line.split("\t");
            if (c[0].equals("territory") || c[0].equals("war-name")) {
                for (String w : c[1].split("\\|")) {
                    nouns.add(w.strip());
                }
            }
        }
        assertTrue(nouns.contains("stronghold") && nouns.contains("uprising"), nouns.toString());
        String[] pieces = {"rebel", "STRONGHOLD", "Stronghold", "strongholds", "Révolution", "revolutionary", "Uprising", "upRising",
            "enclavé", "bastion", "heartlandish", "Heartlands", "the", "army", "’", "-", " ", " ", " ", ",", ".", "ş", "Z", "1", "\t",
            "stronghol", "d", "revo", "lution", "ʼ", "ʿ", "–", "\uD835\uDC00", "İ", "é", "Ṣ", "“"};
        FramingTerms framing = new FramingTerms();
        java.util.Random random = new java.util.Random(17);
        int passedOver = 0;
        int read = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            boolean names = false;
            int[] pair = new int[4];
            int from = 0;
            while (from < s.length() && FramingTerms.wordPair(s, from, pair)) {
                from = pair[2];
                names |= nouns.contains(org.sitrep.core.text.Fold.fold(s.substring(pair[2], pair[3])));
            }
            boolean may = framing.mayNameGround(s);
            assertTrue(may || !names, "passed over, yet a word folds to a noun: " + s);
            if (may) {
                read++;
            } else {
                passedOver++;
            }
        }
        assertTrue(passedOver > 3_000 && read > 3_000, passedOver + " passed over, " + read + " read");
    }
}
