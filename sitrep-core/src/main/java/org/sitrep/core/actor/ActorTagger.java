package org.sitrep.core.actor;

import org.sitrep.core.model.Span;
import org.sitrep.core.text.PhraseTrie;
import org.sitrep.core.text.Words;

import java.util.ArrayList;
import java.util.List;

/** Finds actor names and descriptions in a sentence with the {@link ActorLexicon}. Thread-safe. */
public final class ActorTagger {
    /** A lexicon phrase found in text, before document-level resolution. */
    public record Raw(Span span, String text, ActorLexicon.Entry entry, int firstWord, int lastWord) {
    }

    private final ActorLexicon lexicon;

    public ActorTagger(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Longest-match, left to right, non-overlapping. */
    public List<Raw> tag(Words w) {
        List<Raw> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            PhraseTrie.Match<ActorLexicon.Entry> m = lexicon.match(w, i);
            if (m == null) {
                m = lexicon.stateForces(w, i);
            }
            if (m == null) {
                i++;
                continue;
            }
            int last = i + m.words() - 1;
            out.add(new Raw(new Span(w.start(i), w.end(last)), w.text(i, last), m.value(), i, last));
            i = last + 1;
        }
        return out;
    }
}
