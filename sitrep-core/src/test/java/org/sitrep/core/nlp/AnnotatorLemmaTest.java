package org.sitrep.core.nlp;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.clean.Cleaner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words whose lemma the annotator takes as the word itself get that lemma from the lemmatizer too. */
class AnnotatorLemmaTest {
    private final Annotator annotator = new Annotator();

    @Test
    void wordsTakenAsTheirOwnLemmaAreLemmatisedSoOnRealText() throws IOException {
        List<Path> files = new ArrayList<>(TestData.seeds());
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "dev-multiwar", "docs"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        int skipped = 0;
        List<String> differ = new ArrayList<>();
        for (Path p : files) {
            for (Sentence s : annotator.sentences(new Cleaner().clean(TestData.read(p)).text().cleaned())) {
                Sentence a = annotator.analyze(s);
                String[] words = a.tokens().stream().map(t -> t.text().replace('’', '\'').replace('‘', '\'')
                        .replace('“', '"').replace('”', '"')).toArray(String[]::new);
                String[] tags = a.tokens().stream().map(Token::pos).toArray(String[]::new);
                String[] full = annotator.lemmatizerLemmas(words, tags);
                for (int i = 0; i < words.length; i++) {
                    if (!Annotator.takesOwnLemma(words[i], tags[i], i)) {
                        continue;
                    }
                    skipped++;
                    String expected = full[i].equals("O") ? words[i] : full[i];
                    if (!expected.toLowerCase(Locale.ROOT).equals(a.tokens().get(i).lemma())) {
                        differ.add(words[i] + "/" + tags[i] + "→" + expected);
                    }
                }
            }
        }
        assertTrue(skipped > 2000, "words not sent to the lemmatizer: " + skipped);
        // the lemmatizer's only disagreement here is its error on a name ending like a plural ("Shan" → "sha")
        differ.removeIf(d -> d.equals("Shan/PROPN→sha"));
        assertTrue(differ.isEmpty(), differ.size() + " of " + skipped + " differ: " + differ);
    }

    @Test
    void pluralNamesAndFirstWordsStillGoToTheLemmatizer() {
        assertTrue(!Annotator.takesOwnLemma("Houthis", "PROPN", 3));
        assertTrue(!Annotator.takesOwnLemma("Clashes", "PROPN", 0));
        assertTrue(Annotator.takesOwnLemma("Hama", "PROPN", 3));
        assertTrue(Annotator.takesOwnLemma("2024", "NUM", 0));
        assertTrue(!Annotator.takesOwnLemma("40,000", "NUM", 2));
        assertTrue(!Annotator.takesOwnLemma("Dec", "PROPN", 2));
        assertTrue(!Annotator.takesOwnLemma("fighters", "NOUN", 2));
        Sentence s = annotator.analyze(annotator.sentences("Clashes erupted as Houthis shelled Hama.").get(0));
        assertEquals("clash", s.tokens().get(0).lemma());
    }
}
