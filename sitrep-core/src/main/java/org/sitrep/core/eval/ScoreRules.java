package org.sitrep.core.eval;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Geo;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.TimeInterval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The matching rules of the shared scorer ({@code ../shared/eval/score.py}), so that {@code sitrep eval} agrees with
 * it: same document, same type family (capture ~ recapture), same place (a folded name equal to a gold spelling, or
 * one inside the other with only generic words around it, or both points within 10 km); the date agrees when the gold
 * day lies inside the predicted days; the side agrees when a gold side token is a word of the predicted side and id.
 * Stateless and thread-safe.
 */
public final class ScoreRules {
    static final double MATCH_KM = 10;
    private static final Set<String> GENERIC = Set.of("city", "town", "village", "mount", "mountain", "jabal", "tal", "tall",
            "the", "of", "its", "center", "centre");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern APOSTROPHES = Pattern.compile("[’'`‘ʿʾ\u02bb]");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9\\s\\-]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ARTICLE = Pattern.compile("^(al|el|as|ash|ad|ar|at|an|az|adh|the)[\\s\\-]+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern INNER_ARTICLE = Pattern.compile("\\b(al|el|as|ash|ad|ar|at|an|az)-", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("[\\-\\s]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern KIND_PREFIX = Pattern.compile(
            "^(the )?(town|city|village|mount|province|governorate|district|of|countryside) (of )?");

    private ScoreRules() {
    }

    /** A place name as the scorer compares it: no diacritics, apostrophes, articles or kind prefix; lower case. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String x = COMBINING.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        x = POSSESSIVE.matcher(x).replaceAll("");
        x = APOSTROPHES.matcher(x).replaceAll("");
        x = NON_WORD.matcher(x).replaceAll(" ");
        x = ARTICLE.matcher(x.strip()).replaceAll("");
        x = INNER_ARTICLE.matcher(x).replaceAll("");
        x = SPACES.matcher(x).replaceAll(" ").strip();
        x = KIND_PREFIX.matcher(x).replaceFirst("");
        return x;
    }

    static boolean sameType(Gold.Event g, EventMention p) {
        return EventType.parse(g.type()).family() == p.type().family();
    }

    /** The scorer's place test; a gold event without a place matches any place. */
    static boolean samePlace(Gold.Event g, EventMention p) {
        if (g.variants().isEmpty()) {
            return true;
        }
        PlaceMention m = p.place();
        if (m == null) {
            return false;
        }
        Set<String> names = new HashSet<>();
        names.add(fold(m.text()));
        names.add(fold(m.place().name()));
        names.remove("");
        for (String n : names) {
            for (String v : g.variants()) {
                if (sameName(n, v)) {
                    return true;
                }
            }
        }
        return g.hasGeo() && m.place().hasPoint() && Geo.distanceKm(g.lat(), g.lon(), m.place().lat(), m.place().lon()) <= MATCH_KM;
    }

    /** Two folded names are the same place name: equal word sets, or one inside the other with only generic words around. */
    static boolean sameName(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> x = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> y = new HashSet<>(Arrays.asList(b.split(" ")));
        if (x.equals(y)) {
            return true;
        }
        if (!(x.containsAll(y) || y.containsAll(x))) {
            return false;
        }
        Set<String> diff = new HashSet<>(x);
        diff.addAll(y);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        diff.removeAll(both);
        return GENERIC.containsAll(diff);
    }

    /** Null when the gold event has no date; else whether the gold day (or range) lies in the predicted days. */
    static Boolean dateOk(Gold.Event g, EventMention p) {
        if (g.date() == null && g.rangeFrom() == null) {
            return null;
        }
        TimeInterval t = p.time() == null ? TimeInterval.UNKNOWN : p.time().interval();
        String s = t.startText() == null ? "" : t.startText().substring(0, Math.min(10, t.startText().length()));
        String endText = t.endText() != null ? t.endText() : t.startText();
        String e = endText == null ? "" : endText.substring(0, Math.min(10, endText.length()));
        if (s.isEmpty()) {
            return false;
        }
        if (g.date() != null && g.rangeFrom() == null) {
            String d = g.date().toString();
            return s.compareTo(d) <= 0 && d.compareTo(e) <= 0;
        }
        String lo = g.rangeFrom().toString();
        String hi = g.rangeTo().toString();
        return !(e.compareTo(lo) < 0 || s.compareTo(hi) > 0);
    }

    static boolean realisOk(Gold.Event g, EventMention p) {
        return g.realis().equals(p.realis().label());
    }

    /** Null when the gold event has no side; else whether a gold side token is a word of the predicted side and id. */
    static Boolean sideOk(Gold.Event g, EventMention p) {
        if (g.side() == null) {
            return null;
        }
        String said = p.actor() == null ? "" : fold((p.actor().side() == null ? "" : p.actor().side()) + " "
                + (p.actor().id() == null ? "" : p.actor().id()));
        for (String s : g.side().split(",")) {
            String f = fold(s);
            if (!f.isEmpty() && Pattern.compile("\\b" + Pattern.quote(f) + "\\b", Pattern.UNICODE_CHARACTER_CLASS).matcher(said).find()) {
                return true;
            }
        }
        return false;
    }
}
