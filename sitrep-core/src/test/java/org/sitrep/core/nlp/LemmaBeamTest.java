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
