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

    /** For a pronoun-like description ("fighters", "forces") followed by "from [the] X": X's lexicon match, or null. */
    private PhraseTrie.Match<ActorLexicon.Entry> partOf(Words w, PhraseTrie.Match<ActorLexicon.Entry> m, int last) {
        ActorLexicon.Description d = m.value().description();
        if (d == null || !d.role().equals("any") || last + 2 >= w.size() || !w.folded(last + 1).equals("from")) {
            return null;
        }
        int k = last + 2 + (w.folded(last + 2).equals("the") ? 1 : 0);
        if (k >= w.size()) {
            return null;
        }
        PhraseTrie.Match<ActorLexicon.Entry> x = lexicon.match(w, k);
        return x != null && (x.value().actor() != null || !x.value().description().role().equals("any")) ? x : null;
    }

    /** True when a match that starts inside words (i, last] ends after last. */
    private boolean longerInside(Words w, int i, int last) {
        for (int j = i + 1; j <= last; j++) {
            PhraseTrie.Match<ActorLexicon.Entry> n = lexicon.match(w, j);
            if (n != null && j + n.words() - 1 > last) {
                return true;
            }
        }
        return false;
    }

    /** Longest-match, left to right, non-overlapping; a match that a longer one overlapping its end replaces is dropped. */
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
            if (longerInside(w, i, last)) {
                i++; // "The regime's army": "regime's army" (a name) over "the regime" (a description) and "army"
                continue;
            }
            PhraseTrie.Match<ActorLexicon.Entry> of = partOf(w, m, last);
            if (of != null) {
                // "fighters from the opposition factions": the words name part of that actor
                int end = last + 2 + (w.folded(last + 2).equals("the") ? 1 : 0) + of.words() - 1;
                out.add(new Raw(new Span(w.start(i), w.end(end)), w.text(i, end), of.value(), i, end));
                i = end + 1;
                continue;
            }
            out.add(new Raw(new Span(w.start(i), w.end(last)), w.text(i, last), m.value(), i, last));
            i = last + 1;
        }
        return out;
    }
}
