package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.nlp.Annotator;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.text.Words;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word-level pre-filter must accept every trigger the tagged matcher finds (it may accept more). */
class TriggerPrefilterTest {
    private final TriggerLexicon lexicon = TriggerLexicon.defaults();
    private final Annotator annotator = new Annotator();

    private void assertPrefilterAccepts(Sentence analysed) {
        List<TriggerLexicon.Match> found = lexicon.find(analysed.tokens());
        if (found.isEmpty()) {
            return;
        }
        Words w = new Words(analysed.text(), analysed.span().start());
        boolean any = false;
        for (int i = 0; i < w.size() && !any; i++) {
            any = lexicon.mayTriggerAt(w, i, false);
        }
        assertTrue(any, "pre-filter rejects a sentence with trigger '"
                + analysed.tokens().get(found.get(0).start()).text() + "': " + analysed.text());
    }

    @Test
    void acceptsEverySentenceOfTheExampleWithATrigger() {
        int checked = 0;
        for (Path p : TestData.seeds()) {
            for (Sentence s : annotator.sentences(new Cleaner().clean(TestData.read(p)).text().cleaned())) {
                assertPrefilterAccepts(annotator.analyze(s));
                checked++;
            }
        }
        assertTrue(checked > 100);
    }

    @Test
    void acceptsInflectedAndInterruptedPhrases() {
        for (String s : List.of("The rebels took full control of the town.", "Troops re-entered the village at dawn.",
                "Government forces pulled back from the area.", "Drone strikes hit the depot.",
                "Fighters seized the airport on Monday.", "The army withdrew.")) {
            assertPrefilterAccepts(annotator.analyze(annotator.sentences(s).get(0)));
        }
    }

    @Test
    void rejectsSentencesWithoutTriggerWords() {
        Words w = new Words("The committee will consider the report next week.", 0);
        for (int i = 0; i < w.size(); i++) {
            assertFalse(lexicon.mayTriggerAt(w, i, false), w.folded(i));
        }
    }

    @Test
    void randomAndEmptyInputNeverFail() {
        assertFalse(new Words("", 0).size() > 0);
        Random r = new Random(3);
        String[] vocabulary = {"took", "control", "of", "fell", "to", "the", "re", "-", "entered", "strikes", "drone", ",", "x"};
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(20); k > 0; k--) {
                sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(r.nextBoolean() ? " " : "");
            }
            Sentence s = annotator.sentences(sb.toString()).isEmpty() ? null : annotator.sentences(sb.toString()).get(0);
            if (s != null) {
                Sentence a = annotator.analyze(s);
                for (Token t : a.tokens()) {
                    assertTrue(t.lower().equals(t.lower().strip()));
                }
                assertPrefilterAccepts(a);
            }
        }
    }
}
