package org.sitrep.core.nlp;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.clean.Cleaner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lemmatizer's search without its sort finds the lemmas OpenNLP's lemmatizer finds. */
class LemmaBeamTest {
    private final Annotator annotator = new Annotator();

    @Test
    void theSearchIsTheLemmatizersOwn() {
        assertTrue(annotator.lemmasByOwnSearch(), "the English lemma model is a maximum-entropy one");
    }

    @Test
    void givesTheLemmatizersLemmasOnRealSentencesAndOnPiecesOfThem() throws IOException {
        List<Path> files = new ArrayList<>(TestData.seeds());
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "dev-multiwar", "docs"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        Random random = new Random(7);
        int words = 0;
        for (Path p : files) {
            for (Sentence s : annotator.sentences(new Cleaner().clean(TestData.read(p)).text().cleaned())) {
                Sentence a = annotator.analyze(s);
                String[] w = a.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] t = a.tokens().stream().map(Token::pos).toArray(String[]::new);
                assertArrayEquals(annotator.lemmatizerLemmas(w, t), annotator.lemmatize(w, t), s.text());
                words += w.length;
                // the annotator sends the words its cache lacks: any subsequence
                List<String> sw = new ArrayList<>();
                List<String> st = new ArrayList<>();
                for (int i = 0; i < w.length; i++) {
                    if (random.nextInt(3) == 0) {
                        sw.add(w[i]);
                        st.add(t[i]);
                    }
                }
                String[] pw = sw.toArray(String[]::new);
                String[] pt = st.toArray(String[]::new);
                assertArrayEquals(annotator.lemmatizerLemmas(pw, pt), annotator.lemmatize(pw, pt), String.join(" ", pw));
            }
        }
        assertTrue(words > 15_000, "words compared: " + words);
        // most words were extended without the model's exponentials, all partial sequences giving them the same features
        LemmaBeam beam = annotator.lemmaBeam();
        assertTrue(beam.sumsKnown(), "the English model's probabilities are its summed parameters, normalised");
        assertTrue(beam.bySums > 2 * beam.byProbabilities, beam.bySums + " steps by sums, " + beam.byProbabilities + " by probabilities");
    }

    /**
     * The search extends from summed scores only for a model whose probabilities are those sums normalised with a
     * uniform prior: a model with another prior, or not a GIS model, keeps the model's probabilities.
     */
    @Test
    void sumsAreUsedOnlyWhereTheyAreTheModelsProbabilities() {
        opennlp.tools.ml.model.Context[] params = {
            new opennlp.tools.ml.model.Context(new int[] {0, 2}, new double[] {1.5, -0.25}),
            new opennlp.tools.ml.model.Context(new int[] {1}, new double[] {0.75}),
            new opennlp.tools.ml.model.Context(new int[] {0, 1, 2}, new double[] {0.1, 0.2, 0.3})};
        String[] features = {"a", "b", "c"};
        String[] outcomes = {"x", "y", "z"};
        assertNotNull(LemmaBeam.parametersOf(new opennlp.tools.ml.maxent.GISModel(params, features, outcomes)));
        opennlp.tools.ml.model.Prior favoursX = new opennlp.tools.ml.model.UniformPrior() {
            @Override
            public void logPrior(double[] dist, opennlp.tools.ml.model.Context[] context, float[] values) {
                super.logPrior(dist, context, values);
                dist[0] += 0.5;
            }
        };
        assertNull(LemmaBeam.parametersOf(new opennlp.tools.ml.maxent.GISModel(params, features, outcomes, favoursX)));
        assertNull(LemmaBeam.parametersOf(new opennlp.tools.ml.perceptron.PerceptronModel(params, features, outcomes)));
    }

    @Test
    void theKthLargestIsWhatASortPutsThere() {
        Random random = new Random(5);
        double[] pool = {0.0, -0.0, 1e-300, 0.25, 0.5, 1.0, Double.MIN_VALUE, Double.NaN};
        for (int n = 0; n < 20_000; n++) {
            double[] v = new double[random.nextInt(12)];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextInt(3) == 0 ? pool[random.nextInt(random.nextInt(50) == 0 ? pool.length : pool.length - 1)] : random.nextDouble();
            }
            int k = 1 + random.nextInt(4);
            if (v.length == 0) {
                continue;
            }
            double[] sorted = v.clone();
            java.util.Arrays.sort(sorted);
            double expected = sorted[Math.max(0, sorted.length - k)];
            double found = LemmaBeam.kthLargest(v, k, new double[k]);
            assertEquals(0, Double.compare(expected, found), java.util.Arrays.toString(v) + " k=" + k);
        }
    }

    @Test
    void givesTheLemmatizersLemmasOnRandomWordsAndTags() {
        String[] tags = {"NOUN", "VERB", "ADJ", "ADV", "PROPN", "NUM", "ADP", "PUNCT", "X", "AUX", "PRON", "DET", "SYM"};
        String letters = "aeioubcdfghklmnprstvwyzAEKLMST-'0123456789.éşğ";
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            int len = random.nextInt(8);
            String[] w = new String[len];
            String[] t = new String[len];
            for (int i = 0; i < len; i++) {
                StringBuilder sb = new StringBuilder();
                for (int c = 1 + random.nextInt(12); c > 0; c--) {
                    sb.append(letters.charAt(random.nextInt(letters.length())));
                }
                w[i] = sb.toString();
                t[i] = tags[random.nextInt(tags.length)];
            }
            assertArrayEquals(annotator.lemmatizerLemmas(w, t), annotator.lemmatize(w, t), String.join(" ", w));
        }
    }
}
