package org.sitrep.core;

import org.sitrep.core.nlp.Annotator;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.text.Words;
import org.sitrep.core.time.TimeContext;
import org.sitrep.core.time.TimeExpr;
import org.sitrep.core.time.TimeTagger;

import java.util.List;

/**
 * One article's sentences, each one's words and the matches of the time rules in it, made once by whichever step
 * needs them first: inferring an undated article's publication time tags every sentence's time expressions, and the
 * pipeline then reads the same sentences, words and matches instead of finding them again (the matches depend on the
 * sentence alone; only their resolution depends on the publication time and the narrative). A new text (by content)
 * starts afresh. One per article being read: not thread-safe.
 */
public final class ArticleSentences {
    private final Annotator annotator;
    private final TimeTagger times;
    private String text;
    private List<Sentence> sentences;
    private Words[] words;
    private TimeTagger.Candidates[] candidates;

    /** Sentences split by {@code annotator}, their time expressions matched by {@code times}. */
    public ArticleSentences(Annotator annotator, TimeTagger times) {
        this.annotator = java.util.Objects.requireNonNull(annotator);
        this.times = java.util.Objects.requireNonNull(times);
    }

    /** The tagger whose matches are kept: the pipeline reuses them only when it dates with this very tagger. */
    TimeTagger tagger() {
        return times;
    }

    /** The sentences of {@code cleaned}, split once. */
    public List<Sentence> of(String cleaned) {
        if (sentences == null || !(text == cleaned || text.equals(cleaned))) {
            text = cleaned;
            sentences = annotator.sentences(cleaned);
            words = new Words[sentences.size()];
            candidates = new TimeTagger.Candidates[sentences.size()];
        }
        return sentences;
    }

    /** The words of sentence {@code i} of the text last given to {@link #of}, scanned once. */
    public Words words(int i) {
        Words w = words[i];
        if (w == null) {
            Sentence s = sentences.get(i);
            w = new Words(s.text(), s.span().start());
            words[i] = w;
        }
        return w;
    }

    /** The time expressions of sentence {@code i} in {@code ctx}, from the rules' matches found once. */
    public List<TimeExpr> times(int i, TimeContext ctx) {
        Sentence s = sentences.get(i);
        TimeTagger.Candidates c = candidates[i];
        if (c == null) {
            c = times.candidates(s.text(), words(i));
            candidates[i] = c;
        }
        return times.tag(s.text(), s.span().start(), ctx, c);
    }
}
