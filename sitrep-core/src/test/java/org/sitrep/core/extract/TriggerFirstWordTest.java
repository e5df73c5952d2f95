package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one-set test of a trigger's first word answers as the three lookups it replaced. */
class TriggerFirstWordTest {
    /** The test as first written: the lemma an entry's first word, the form an inflection of one, or an irregular form of one. */
    private static boolean asFirstWritten(TriggerLexicon l, String lemma, String lower) {
        Set<String> first = l.firstWords();
        Map<String, String> irregular = l.irregularForms();
        return first.contains(lemma) || l.firstForms().contains(lower) || first.contains(irregular.getOrDefault(lower, ""));
    }

    @Test
    void mayBeginAnswersAsTheThreeLookups() throws IOException {
        TriggerLexicon l = TriggerLexicon.defaults();
        List<String> words = new ArrayList<>(l.firstWords());
        words.addAll(l.firstForms());
        words.addAll(l.irregularForms().keySet());
        words.addAll(l.irregularForms().values());
        for (Path p : TestData.seeds()) {
            for (String w : Files.readString(p).split("[^\\p{L}\\p{N}'-]+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        Random r = new Random(9);
        int n = words.size();
        int begins = 0;
        for (int i = 0; i < 40_000; i++) {
            // a lemma and a form drawn independently, as a lemmatizer may give any lemma for a form
            String lemma = i % 4 == 0 ? words.get(i % n) : words.get(r.nextInt(n));
            String lower = i % 4 == 0 ? words.get(i % n) : words.get(r.nextInt(n));
            boolean want = asFirstWritten(l, lemma, lower);
            assertEquals(want, l.mayBegin(lemma, lower), lemma + " / " + lower);
            begins += want ? 1 : 0;
        }
        assertTrue(begins > 1000 && begins < 39_000, "words that may begin a trigger: " + begins);
        for (String form : l.irregularForms().keySet()) {
            if (l.firstWords().contains(l.irregularForms().get(form))) {
                assertTrue(l.mayBegin("-", form), form);
            }
        }
    }
}
