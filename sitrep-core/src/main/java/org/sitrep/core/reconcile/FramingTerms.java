package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sitrep.core.Extraction;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.ActorUse;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.FramingTerm;
import org.sitrep.core.model.Span;
import org.sitrep.core.text.Fold;
import org.sitrep.core.text.Resources;

/**
 * The words an article uses for each side: every actor name and description (pronouns and bare "fighters"
 * excepted), labels that precede them ("Al-Qaeda-affiliated", "Turkish-backed"), and loaded verbs for what a side did
 * ("invaded", "liberated"), each with its sentence. Terms are marked loaded from {@code reconcile/framing.tsv}.
 * Thread-safe.
 */
public final class FramingTerms {
    private final List<String> loaded = new ArrayList<>();
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> neutral = new HashSet<>();
    private final List<String> labels = new ArrayList<>();

    public FramingTerms() {
        for (String line : Resources.lines("/org/sitrep/core/reconcile/framing.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 2) {
                throw new IllegalArgumentException("framing.tsv: expected 2 columns in '" + line + "'");
            }
            for (String w : c[1].split("\\|")) {
                switch (c[0]) {
                    case "loaded": loaded.add(w.strip()); break;
                    case "verb": verbs.add(w.strip()); break;
                    case "neutral": neutral.add(w.strip()); break;
                    case "label": labels.add(w.strip()); break;
                    default: throw new IllegalArgumentException("framing.tsv: unknown section '" + c[0] + "'");
                }
            }
        }
    }

    /** True when a word of the term is, or starts with a stem of, a loaded word. */
    public boolean isLoaded(String term) {
        for (String w : Fold.fold(term).split(" ")) {
            for (String l : loaded) {
                if (l.endsWith("*") ? w.startsWith(l.substring(0, l.length() - 1)) : w.equals(l)) {
                    return true;
                }
            }
        }
        return false;
    }

    public List<FramingTerm> extract(Extraction x) {
        String text = x.article().cleaned();
        List<FramingTerm> out = new ArrayList<>();
        for (ActorUse u : x.actors()) {
            ActorMention m = u.actor();
            if (m.side() == null) {
                continue;
            }
            String quote = u.sentenceSpan().of(text);
            String term = stripArticle(m.text());
            if (!neutral.contains(Fold.fold(term)) && !term.isEmpty()) {
                // an actor's own name is not a judgement of it ("Levant Liberation Committee")
                out.add(new FramingTerm(term, m.side(), m.actorId(), m.description() && isLoaded(term), m.description() ? "description" : "name",
                        u.sentence(), m.span(), quote));
            }
            String label = labelBefore(text, m.span(), u.sentenceSpan());
            if (label != null) {
                Span s = new Span(m.span().start() - label.length() - 1, m.span().start() - 1);
                out.add(new FramingTerm(label, m.side(), m.actorId(), isLoaded(label), "label", u.sentence(), s, quote));
            }
        }
        for (EventMention e : x.events()) {
            if (e.actor() != null && e.actor().side() != null && verbs.contains(Fold.fold(e.trigger()))) {
                out.add(new FramingTerm(e.trigger(), e.actor().side(), e.actor().id(), isLoaded(e.trigger()), "verb", e.sentence(),
                        e.span(), e.quote()));
            }
        }
        return out;
    }

    /** The word right before the mention when it is a label ("Al-Qaeda-affiliated Hay'at Tahrir al-Sham"), or null. */
    private String labelBefore(String text, Span mention, Span sentence) {
        int end = mention.start() - 1;
        if (end <= sentence.start() || text.charAt(end) != ' ') {
            return null;
        }
        int start = end;
        while (start > sentence.start() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String w = text.substring(start, end);
        String lw = w.toLowerCase(java.util.Locale.ROOT);
        for (String l : labels) {
            if ((l.startsWith("-") && lw.endsWith(l) && lw.length() > l.length()) || (l.endsWith("-") && lw.startsWith(l) && lw.length() > l.length())) {
                return w;
            }
        }
        return null;
    }

    private static String stripArticle(String t) {
        String s = t.strip();
        return s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4) : s;
    }
}
