package org.sitrep.core.nlp;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.clean.Cleaner;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GreedyTaggerTest {
    private final Annotator annotator = new Annotator();

    private static String[] words(String sentence) {
        opennlp.tools.util.Span[] spans = UdTokens.tokenize(sentence);
        String[] w = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            w[i] = spans[i].getCoveredText(sentence).toString();
        }
        return w;
    }

    @Test
    void agreesWithOpenNlpsTaggerOnEverySentenceOfTheExample() {
        int sentences = 0;
        for (Path p : TestData.seeds()) {
            for (Sentence s : annotator.sentences(new Cleaner().clean(TestData.read(p)).text().cleaned())) {
                String[] w = words(s.text());
                assertArrayEquals(annotator.openNlpTags(w), annotator.unconstrainedTags(w), s.text());
                sentences++;
            }
        }
        assertTrue(sentences > 100, "sentences compared: " + sentences);
    }

    @Test
    void agreesOnRandomWordSequences() {
        Random r = new Random(7);
        String[] vocabulary = {"the", "rebels", "captured", "Hama", "on", "Thursday", ",", "and", "fighters", "said", "it",
                "was", "not", "taken", "x9", "’s", "\"", "(", "—", "run", "lead", "to", "that", "2024", "ABC"};
        for (int n = 0; n < 300; n++) {
            String[] w = new String[r.nextInt(40)];
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextInt(10) == 0 ? Long.toString(r.nextLong(), 36) : vocabulary[r.nextInt(vocabulary.length)];
            }
            assertArrayEquals(annotator.openNlpTags(w), annotator.unconstrainedTags(w), String.join(" ", w));
        }
    }

    @Test
    void agreesAfterItsWordCacheHasTurnedOver() {
        // more distinct words than the cache holds (two generations of 30,000), then known sentences again
        Random r = new Random(11);
        for (int n = 0; n < 3_000; n++) {
            String[] w = new String[25];
            for (int i = 0; i < w.length; i++) {
                w[i] = (i % 3 == 0 ? "Town" : "x") + Long.toString(r.nextLong() >>> 1, 36);
            }
            annotator.tags(w);
        }
        String[] w = words("Rebels captured the town of Hama on Thursday, and fighters said it was not taken.");
        assertArrayEquals(annotator.openNlpTags(w), annotator.unconstrainedTags(w));
        String[] v = {"Town" + Long.toString(r.nextLong() >>> 1, 36), "fell", "to", "the", "rebels", "."};
        assertArrayEquals(annotator.openNlpTags(v), annotator.unconstrainedTags(v));
    }

    @Test
    void aClosedClassTagGoesOnlyToItsOwnWords() {
        // the model alone calls "shelled" a pronoun after "said separatists", "overran" an adposition after a subject
        String[] w = words("A military spokesman in Kyiv said separatists shelled Ukrainian positions near Luhanske.");
        assertEquals("PRON", annotator.unconstrainedTags(w)[7]);
        assertEquals("VERB", annotator.tags(w)[7]);
        String[] v = words("The guerrillas overran two army posts near the border.");
        assertEquals("ADP", annotator.unconstrainedTags(v)[2]);
        assertEquals("VERB", annotator.tags(v)[2]); // a past form the pack lists is a verb's
        // the closed classes' own words keep their tags, and a word without a letter is not held to them
        String[] x = words("They said that it was not taken by the rebels and 3 of them @ the base.");
        assertArrayEquals(annotator.unconstrainedTags(x), annotator.tags(x));
    }

    @Test
    void noWordOfTheExampleGetsAClosedClassItDoesNotHold() {
        var pack = org.sitrep.core.lang.LanguagePack.english();
        int checked = 0;
        for (Path p : TestData.seeds()) {
            for (Sentence s : annotator.sentences(new Cleaner().clean(TestData.read(p)).text().cleaned())) {
                String[] w = words(s.text());
                String[] t = annotator.tags(w);
                for (int i = 0; i < w.length; i++) {
                    String tag = t[i].toLowerCase(java.util.Locale.ROOT);
                    if (pack.words("closed-class-tags").contains(tag) && w[i].chars().anyMatch(Character::isLetter)) {
                        assertTrue(pack.wordSet("closed-" + tag).contains(w[i].toLowerCase(java.util.Locale.ROOT)),
                                w[i] + "/" + t[i] + " in " + s.text());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "closed-class words checked: " + checked);
    }

    @Test
    void theBundledModelIsTaggedByParts() {
        assertTrue(annotator.taggingByParts(), "the model's features no longer decompose; tagging falls back to feature strings");
    }

    @Test
    void emptySentence() {
        assertEquals(0, annotator.tags(new String[0]).length);
    }
}
