package org.sitrep.core.eval;

import org.sitrep.core.text.Rx;
import org.sitrep.core.SentenceTrace;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.PlaceMention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Says why each gold event was missed and why each spurious prediction is not in the gold, by the first stage that
 * failed: the sentence (its quote not found in the cleaned text, or not selected for analysis), the trigger (none of
 * the gold type's family), the place (not found in the sentence), the attachment (the event went to another place,
 * or has another type at that place), or a duplicate. Needs the pipeline's sentence traces of each document.
 * Stateless and thread-safe.
 */
public final class Explainer {
    /** Why a gold event was missed: {@code stage} is a short class, {@code detail} what was seen instead. */
    public record Miss(Gold.Event gold, String stage, String detail) {
    }

    /** Why a prediction is not in the gold. */
    public record Spurious(EventMention predicted, String reason, String detail) {
    }

    /** The explanations of one evaluation. */
    public record Explanations(List<Miss> misses, List<Spurious> spurious) {
    }

    public Explanations explain(EvalReport r, Map<String, List<SentenceTrace>> traces) {
        List<Miss> misses = new ArrayList<>();
        for (Gold.Event g : r.missed()) {
            misses.add(miss(g, r, traces.getOrDefault(g.doc(), List.of())));
        }
        List<Spurious> spurious = new ArrayList<>();
        for (EventMention p : r.spurious()) {
            spurious.add(spurious(p, r, traces.getOrDefault(p.doc(), List.of())));
        }
        return new Explanations(misses, spurious);
    }

    private Miss miss(Gold.Event g, EvalReport r, List<SentenceTrace> doc) {
        SentenceTrace s = sentenceOf(g.quote(), doc);
        EventType family = EventType.parse(g.type()).family();
        if (s == null) {
            return new Miss(g, "sentence: quote not in the cleaned text", "");
        }
        boolean placeHere = g.variants().isEmpty() || s.places().stream().anyMatch(m -> placeMatches(g, m));
        List<EventMention> here = r.predicted().stream().filter(p -> p.doc().equals(g.doc()) && p.sentence() == s.index()).toList();
        if (!s.selected()) {
            return new Miss(g, "sentence: not selected", placesOf(s));
        }
        boolean trigger = s.triggers().stream().anyMatch(t -> EventType.parse(t.substring(0, t.indexOf(':'))).family() == family);
        if (!trigger) {
            return new Miss(g, "trigger: none of type " + g.type(), "found " + s.triggers());
        }
        if (!placeHere) {
            return new Miss(g, s.places().isEmpty() ? "place: sentence names none" : "place: not found", placesOf(s));
        }
        List<EventMention> sameType = here.stream().filter(p -> p.type().family() == family).toList();
        List<EventMention> samePlace = here.stream().filter(p -> ScoreRules.samePlace(g, p)).toList();
        if (sameType.stream().anyMatch(p -> ScoreRules.samePlace(g, p))) {
            return new Miss(g, "duplicate: its prediction matched another gold event", "");
        }
        if (!samePlace.isEmpty()) {
            return new Miss(g, "type: wrong type at the place", types(samePlace));
        }
        if (!sameType.isEmpty()) {
            Set<String> at = new LinkedHashSet<>();
            sameType.forEach(p -> at.add(p.place() == null ? "(no place)" : p.place().text()));
            return new Miss(g, "attachment: event placed elsewhere", String.join(", ", at));
        }
        return new Miss(g, "attachment: trigger gave no event here", here.isEmpty() ? "" : types(here));
    }

    private Spurious spurious(EventMention p, EvalReport r, List<SentenceTrace> doc) {
        List<Gold.Event> here = new ArrayList<>();
        for (Gold.Event g : r.gold().events()) {
            if (g.doc().equals(p.doc())) {
                SentenceTrace s = sentenceOf(g.quote(), doc);
                if (s != null && s.index() == p.sentence()) {
                    here.add(g);
                }
            }
        }
        boolean dup = r.pairs().stream().anyMatch(x -> x.gold().doc().equals(p.doc()) && ScoreRules.sameType(x.gold(), p)
                && ScoreRules.samePlace(x.gold(), p));
        if (dup) {
            return new Spurious(p, "duplicate of a matched event", "");
        }
        if (here.isEmpty()) {
            return new Spurious(p, "no gold event in this sentence", "");
        }
        List<Gold.Event> sameType = here.stream().filter(g -> ScoreRules.sameType(g, p)).toList();
        if (!sameType.isEmpty()) {
            Set<String> at = new LinkedHashSet<>();
            sameType.forEach(g -> at.add(g.place() == null ? "(no place)" : g.place()));
            return new Spurious(p, "wrong place", "gold: " + String.join(", ", at));
        }
        Set<String> types = new LinkedHashSet<>();
        here.forEach(g -> types.add(g.type()));
        return new Spurious(p, "wrong type", "gold: " + String.join(", ", types));
    }

    private static boolean placeMatches(Gold.Event g, PlaceMention m) {
        for (String v : g.variants()) {
            if (ScoreRules.sameName(ScoreRules.fold(m.text()), v) || ScoreRules.sameName(ScoreRules.fold(m.place().name()), v)) {
                return true;
            }
        }
        return false;
    }

    private static String placesOf(SentenceTrace s) {
        List<String> out = new ArrayList<>();
        s.places().forEach(m -> out.add(m.text()));
        return "places " + out;
    }

    private static String types(List<EventMention> ps) {
        Set<String> out = new LinkedHashSet<>();
        ps.forEach(p -> out.add(p.type().label() + "@" + (p.place() == null ? "-" : p.place().text())));
        return String.join(", ", out);
    }

    /** The traced sentence that holds the quote (or most of its words), or null. */
    static SentenceTrace sentenceOf(String quote, List<SentenceTrace> doc) {
        if (quote == null) {
            return null;
        }
        String q = norm(quote);
        SentenceTrace best = null;
        double bestShare = 0;
        Set<String> qWords = words(q);
        for (SentenceTrace s : doc) {
            String t = norm(s.text());
            if (t.contains(q) || q.contains(t) && t.length() >= Math.min(40, q.length())) {
                return s;
            }
            Set<String> w = words(t);
            w.retainAll(qWords);
            double share = qWords.isEmpty() ? 0 : (double) w.size() / qWords.size();
            if (share > bestShare) {
                bestShare = share;
                best = s;
            }
        }
        return bestShare >= 0.6 ? best : null;
    }

    private static String norm(String s) {
        return Rx.replaceAll(s, "\\s+", " ").replace('’', '\'').strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }
}
