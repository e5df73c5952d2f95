package org.sitrep.core.eval;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The result of an evaluation: matched pairs, misses, spurious predictions and the scores derived from them, with the
 * shared scorer's definitions (date accuracy over matched pairs whose gold has a date, side accuracy over those whose
 * gold names a side, realis over all matched pairs).
 */
public record EvalReport(Gold gold, List<EventMention> predicted, List<Evaluator.Pair> pairs, List<Gold.Event> missed,
                         List<EventMention> spurious) {

    public double precision() {
        return predicted.isEmpty() ? 0 : (double) pairs.size() / predicted.size();
    }

    public double recall() {
        return gold.events().isEmpty() ? 0 : (double) pairs.size() / gold.events().size();
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double dateAccuracy() {
        return share(p -> ScoreRules.dateOk(p.gold(), p.predicted()));
    }

    public double realisAccuracy() {
        return share(p -> ScoreRules.realisOk(p.gold(), p.predicted()));
    }

    public double sideAccuracy() {
        return share(p -> ScoreRules.sideOk(p.gold(), p.predicted()));
    }

    /** Share of matched pairs with a gold point whose predicted point lies within 5 km (1 when none has a gold point). */
    public double geoAccuracy() {
        int n = 0;
        int ok = 0;
        for (Evaluator.Pair p : pairs) {
            Double d = geoErrorKm(p);
            if (d != null) {
                n++;
                ok += d <= Evaluator.GEO_KM ? 1 : 0;
            }
        }
        return n == 0 ? 1 : (double) ok / n;
    }

    /** Gold places with coordinates, each with whether every matched mention of it was geocoded within 5 km. */
    public Map<String, Boolean> placesWithin5km() {
        Map<String, Boolean> out = new TreeMap<>();
        for (Evaluator.Pair p : pairs) {
            Double d = geoErrorKm(p);
            if (d != null) {
                out.merge(p.gold().place(), d <= Evaluator.GEO_KM, Boolean::logicalAnd);
            }
        }
        return out;
    }

    /** Distance from the gold point to the predicted one; null when the gold has no point, infinite when the prediction has none. */
    static Double geoErrorKm(Evaluator.Pair p) {
        Gold.Event g = p.gold();
        if (!g.hasGeo()) {
            return null;
        }
        var pl = p.predicted().place();
        if (pl == null || !pl.place().hasPoint()) {
            return Double.POSITIVE_INFINITY;
        }
        return Geo.distanceKm(g.lat(), g.lon(), pl.place().lat(), pl.place().lon());
    }

    private double share(Function<Evaluator.Pair, Boolean> ok) {
        int n = 0;
        int good = 0;
        for (Evaluator.Pair p : pairs) {
            Boolean b = ok.apply(p);
            if (b != null) {
                n++;
                good += b ? 1 : 0;
            }
        }
        return n == 0 ? 0 : (double) good / n;
    }

    /** The report restricted to some documents (pairs are per document, so this is the same as evaluating them alone). */
    public EvalReport subset(Predicate<String> doc) {
        return new EvalReport(new Gold(gold.events().stream().filter(e -> doc.test(e.doc())).toList()),
                predicted.stream().filter(p -> doc.test(p.doc())).toList(),
                pairs.stream().filter(p -> doc.test(p.gold().doc())).toList(),
                missed.stream().filter(e -> doc.test(e.doc())).toList(),
                spurious.stream().filter(p -> doc.test(p.doc())).toList());
    }

    /** Per gold type family: {gold, predicted, matched}. */
    public Map<String, int[]> perType() {
        Map<String, int[]> out = new TreeMap<>();
        for (Gold.Event g : gold.events()) {
            out.computeIfAbsent(EventType.parse(g.type()).family().label(), k -> new int[3])[0]++;
        }
        for (EventMention p : predicted) {
            out.computeIfAbsent(p.type().family().label(), k -> new int[3])[1]++;
        }
        for (Evaluator.Pair p : pairs) {
            out.computeIfAbsent(p.predicted().type().family().label(), k -> new int[3])[2]++;
        }
        return out;
    }

    /** Scores as a JSON-ready map. */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gold", gold.events().size());
        m.put("predicted", predicted.size());
        m.put("matched", pairs.size());
        m.put("precision", round(precision()));
        m.put("recall", round(recall()));
        m.put("f1", round(f1()));
        m.put("date_accuracy", round(dateAccuracy()));
        m.put("realis_accuracy", round(realisAccuracy()));
        m.put("side_accuracy", round(sideAccuracy()));
        m.put("geo_within_5km", round(geoAccuracy()));
        Map<String, Object> types = new LinkedHashMap<>();
        perType().forEach((t, c) -> {
            Map<String, Object> counts = new LinkedHashMap<>(); // one order on every run (Map.of's changes with the JVM)
            counts.put("gold", c[0]);
            counts.put("predicted", c[1]);
            counts.put("matched", c[2]);
            counts.put("f1", round(f1(c)));
            types.put(t, counts);
        });
        m.put("per_type", types);
        return m;
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /** One line of scores, in the shared scorer's order. */
    public String line() {
        return String.format(Locale.ROOT, "gold %d  predicted %d  matched %d  precision %.3f  recall %.3f  F1 %.3f  "
                        + "date %.3f  realis %.3f  side %.3f", gold.events().size(), predicted.size(), pairs.size(), precision(),
                recall(), f1(), dateAccuracy(), realisAccuracy(), sideAccuracy());
    }

    /**
     * A human-readable report. With {@code details}: every miss and spurious prediction with the stage that failed
     * ({@code ex}, when given), every matched pair with a wrong field, and scores per document and per group of
     * documents ({@code groups}: a grouping name such as "war" → document → group).
     */
    public String render(boolean details, Explainer.Explanations ex, Map<String, Map<String, String>> groups) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "events: gold %d, predicted %d, matched %d%n", gold.events().size(),
                predicted.size(), pairs.size()));
        sb.append(String.format(Locale.ROOT, "%-12s %5s %5s %5s %6s%n", "type", "gold", "pred", "match", "F1"));
        perType().forEach((t, c) -> sb.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d %6.3f%n", t, c[0], c[1], c[2], f1(c))));
        if (details) {
            renderDetails(sb, ex);
            renderBreakdowns(sb, groups);
        } else if (!groups.isEmpty()) {
            renderGroups(sb, groups, goldDocs());
            sb.append('\n');
        }
        List<String> badGeo = new ArrayList<>();
        placesWithin5km().forEach((p, ok) -> {
            if (!ok) {
                badGeo.add(p);
            }
        });
        sb.append(String.format(Locale.ROOT, "gold places with coordinates geocoded within 5 km: %d/%d%s%n",
                placesWithin5km().size() - badGeo.size(), placesWithin5km().size(),
                badGeo.isEmpty() ? "" : " (off: " + String.join(", ", new TreeSet<>(badGeo)) + ")"));
        sb.append(String.format(Locale.ROOT, "date accuracy %.3f  realis accuracy %.3f  side accuracy %.3f  geo within 5 km %.3f%n",
                dateAccuracy(), realisAccuracy(), sideAccuracy(), geoAccuracy()));
        sb.append(String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", precision(), recall(), f1()));
        return sb.toString();
    }

    /** As {@link #render(boolean, Explainer.Explanations, Map)} without explanations or groups. */
    public String render(boolean details) {
        return render(details, null, Map.of());
    }

    private void renderDetails(StringBuilder sb, Explainer.Explanations ex) {
        sb.append("\nmissed (gold not matched)");
        if (ex != null) {
            Map<String, Integer> byStage = new TreeMap<>();
            ex.misses().forEach(m -> byStage.merge(m.stage(), 1, Integer::sum));
            sb.append(", by first failing stage:\n");
            byStage.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %4d  %s%n", v, k)));
            for (Explainer.Miss m : ex.misses()) {
                Gold.Event g = m.gold();
                sb.append(String.format(Locale.ROOT, "  %s %-10s %-26s %s %s | %s %s%n", g.doc(), g.type(), g.place(), g.date(),
                        g.realis(), m.stage(), m.detail()));
            }
        } else {
            sb.append(":\n");
            for (Gold.Event g : missed) {
                sb.append(String.format(Locale.ROOT, "  %s %-10s %-26s %s %s%n", g.doc(), g.type(), g.place(), g.date(), g.realis()));
            }
        }
        sb.append("\nspurious (predicted, not in gold)");
        if (ex != null) {
            Map<String, Integer> byReason = new TreeMap<>();
            ex.spurious().forEach(s -> byReason.merge(s.reason(), 1, Integer::sum));
            sb.append(", by reason:\n");
            byReason.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %4d  %s%n", v, k)));
            for (Explainer.Spurious s : ex.spurious()) {
                sb.append(spuriousLine(s.predicted())).append(" | ").append(s.reason()).append(' ').append(s.detail()).append('\n');
            }
        } else {
            sb.append(":\n");
            for (EventMention p : spurious) {
                sb.append(spuriousLine(p)).append('\n');
            }
        }
        sb.append("\nmatched with a wrong field:\n");
        for (Evaluator.Pair p : pairs) {
            List<String> wrong = new ArrayList<>();
            EventMention pe = p.predicted();
            if (Boolean.FALSE.equals(ScoreRules.dateOk(p.gold(), pe))) {
                wrong.add("date " + (p.gold().date() != null ? p.gold().date() : p.gold().rangeFrom()) + " vs "
                        + (pe.time() == null || !pe.time().interval().isKnown() ? "unknown"
                        : pe.time().interval().startText() + ".." + pe.time().interval().endText()));
            }
            if (!ScoreRules.realisOk(p.gold(), pe)) {
                wrong.add("realis " + p.gold().realis() + " vs " + pe.realis().label());
            }
            if (Boolean.FALSE.equals(ScoreRules.sideOk(p.gold(), pe))) {
                wrong.add("side " + p.gold().side() + " vs " + (pe.actor() == null ? null : pe.actor().side() + "/" + pe.actor().id()));
            }
            if (!wrong.isEmpty()) {
                sb.append(String.format(Locale.ROOT, "  %s %-10s %-26s %s%n", p.gold().doc(), p.gold().type(), p.gold().place(),
                        String.join("; ", wrong)));
            }
        }
        sb.append('\n');
    }

    private static String spuriousLine(EventMention p) {
        return String.format(Locale.ROOT, "  %s %-10s %-26s %s %s | %s", p.doc(), p.type().label(),
                p.place() == null ? "-" : p.place().text(), p.time() == null ? "?" : p.time().interval().startText(),
                p.realis().label(), p.trigger());
    }

    private Set<String> goldDocs() {
        Set<String> docs = new TreeSet<>();
        gold.events().forEach(e -> docs.add(e.doc()));
        return docs;
    }

    private void renderBreakdowns(StringBuilder sb, Map<String, Map<String, String>> groups) {
        Set<String> docs = goldDocs();
        sb.append("by document:\n");
        for (String d : docs) {
            sb.append(String.format(Locale.ROOT, "  %-24s %s%n", d, subset(d::equals).line()));
        }
        renderGroups(sb, groups, docs);
        sb.append('\n');
    }

    /** Scores per group of documents, for each grouping. */
    private void renderGroups(StringBuilder sb, Map<String, Map<String, String>> groups, Set<String> docs) {
        groups.forEach((name, byDoc) -> {
            Map<String, Set<String>> members = new TreeMap<>();
            for (String d : docs) {
                members.computeIfAbsent(byDoc.getOrDefault(d, "(none)"), k -> new TreeSet<>()).add(d);
            }
            sb.append("by ").append(name).append(":\n");
            members.forEach((g, ds) -> sb.append(String.format(Locale.ROOT, "  %-24s %s%n", g, subset(ds::contains).line())));
        });
    }
}
