package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.sitrep.core.TestData;
import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.nlp.Annotator;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.text.Words;

import java.nio.file.Path;
import java.util.List;

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
                "Fighters seized the airport on Monday.", "The army withdrew.",
                "The army drove the last of the guerrillas out of the district.")) {
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
        String[] vocabulary = {"took", "control", "of", "fell", "to", "the", "re", "-", "entered", "strikes", "drone", ",", "x"};
        RandomInputs.check("trigger prefilter", 3, vocabulary, 150, text -> {
            List<Sentence> sentences = annotator.sentences(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            if (!sentences.isEmpty()) {
                Sentence a = annotator.analyze(sentences.get(0));
                for (Token t : a.tokens()) {
                    assertTrue(t.lower().equals(t.lower().strip()));
                }
                assertPrefilterAccepts(a);
            }
        });
    }

    @Test
    void aGapInAPhraseTakesANounPhraseOnly() {
        List<TriggerLexicon.Match> gap = lexicon.find(annotator.analyze(annotator.sentences(
                "The army drove the last guerrillas out of the district.").get(0)).tokens());
        assertTrue(gap.stream().anyMatch(m -> m.entry().lemmas().length > 2 && m.entry().lemmas()[1].equals(TriggerLexicon.GAP)),
                gap.toString());
        List<TriggerLexicon.Match> none = lexicon.find(annotator.analyze(annotator.sentences(
                "The army drove north and later moved out of the district.").get(0)).tokens());
        assertTrue(none.stream().noneMatch(m -> m.entry().lemmas().length > 2 && m.entry().lemmas()[1].equals(TriggerLexicon.GAP)),
                none.toString());
    }
}
