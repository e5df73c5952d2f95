package org.sitrep.core.eval;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The result of an evaluation: matched pairs, misses, spurious predictions and the scores derived from them. */
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
        return share(p -> Evaluator.dateOk(p.gold(), p.predicted()));
    }

    public double realisAccuracy() {
        return share(p -> p.gold().realis().equals(p.predicted().realis().label()));
    }

    public double sideAccuracy() {
        return share(p -> Evaluator.sideOk(gold, p.gold(), p.predicted()));
    }

    /** Share of matched pairs whose gold place has coordinates that were geocoded within 5 km. */
    public double geoAccuracy() {
        int n = 0;
        int ok = 0;
        for (Evaluator.Pair p : pairs) {
            Double d = Evaluator.geoErrorKm(gold, p.gold(), p.predicted());
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
            Double d = Evaluator.geoErrorKm(gold, p.gold(), p.predicted());
            if (d != null) {
                out.merge(p.gold().place(), d <= Evaluator.GEO_KM, Boolean::logicalAnd);
            }
        }
        return out;
    }

    private double share(java.util.function.Predicate<Evaluator.Pair> ok) {
        if (pairs.isEmpty()) {
            return 0;
        }
        return (double) pairs.stream().filter(ok).count() / pairs.size();
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
        perType().forEach((t, c) -> types.put(t, Map.of("gold", c[0], "predicted", c[1], "matched", c[2],
                "f1", round(f1(c)))));
        m.put("per_type", types);
        return m;
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 0 : (double) c[2] / c[0];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    /** A human-readable report; with {@code details}, every miss, spurious prediction and wrong field. */
    public String render(boolean details) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "events: gold %d, predicted %d, matched %d%n", gold.events().size(),
                predicted.size(), pairs.size()));
        sb.append(String.format(Locale.ROOT, "%-12s %5s %5s %5s %6s%n", "type", "gold", "pred", "match", "F1"));
        perType().forEach((t, c) -> sb.append(String.format(Locale.ROOT, "%-12s %5d %5d %5d %6.3f%n", t, c[0], c[1], c[2], f1(c))));
        List<String> badGeo = new ArrayList<>();
        placesWithin5km().forEach((p, ok) -> {
            if (!ok) {
                badGeo.add(p);
            }
        });
        if (details) {
            sb.append("\nmissed (gold not matched):\n");
            for (Gold.Event g : missed) {
                sb.append(String.format(Locale.ROOT, "  %s %-10s %-22s %s %s%n", g.doc().substring(0, Math.min(3, g.doc().length())),
                        g.type(), g.place(), g.date(), g.realis()));
            }
            sb.append("\nspurious (predicted, not in gold):\n");
            for (EventMention p : spurious) {
                sb.append(String.format(Locale.ROOT, "  %s %-10s %-22s %s %s | %s%n", p.doc().substring(0, Math.min(3, p.doc().length())),
                        p.type().label(), p.place() == null ? "-" : p.place().text(),
                        p.time() == null ? "?" : p.time().interval().startText(), p.realis().label(), p.trigger()));
            }
            sb.append("\nmatched with a wrong field:\n");
            for (Evaluator.Pair p : pairs) {
                List<String> wrong = new ArrayList<>();
                if (!Evaluator.dateOk(p.gold(), p.predicted())) {
                    wrong.add("date " + p.gold().date() + " vs " + (p.predicted().time() == null ? "unknown"
                            : p.predicted().time().interval().startText() + ".." + p.predicted().time().interval().endText()));
                }
                if (!p.gold().realis().equals(p.predicted().realis().label())) {
                    wrong.add("realis " + p.gold().realis() + " vs " + p.predicted().realis().label());
                }
                if (!Evaluator.sideOk(gold, p.gold(), p.predicted())) {
                    wrong.add("side of " + p.gold().actor() + " vs " + (p.predicted().actor() == null ? null : p.predicted().actor().side()));
                }
                if (!wrong.isEmpty()) {
                    sb.append(String.format(Locale.ROOT, "  %s %-10s %-22s %s%n", p.gold().doc().substring(0, 3), p.gold().type(),
                            p.gold().place(), String.join("; ", wrong)));
                }
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "gold places with coordinates geocoded within 5 km: %d/%d%s%n",
                placesWithin5km().size() - badGeo.size(), placesWithin5km().size(),
                badGeo.isEmpty() ? "" : " (off: " + String.join(", ", new TreeSet<>(badGeo)) + ")"));
        sb.append(String.format(Locale.ROOT, "date accuracy %.3f  realis accuracy %.3f  side accuracy %.3f  geo within 5 km %.3f%n",
                dateAccuracy(), realisAccuracy(), sideAccuracy(), geoAccuracy()));
        sb.append(String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f%n", precision(), recall(), f1()));
        return sb.toString();
    }
}
