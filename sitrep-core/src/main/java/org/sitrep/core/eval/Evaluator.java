package org.sitrep.core.eval;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Geo;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores predicted event mentions against a {@link Gold} file. A prediction matches a gold event when it is in
 * the same document, of the same type (capture and recapture interchangeable), and at the same place (a folded
 * name equal to a gold variant, or within 10 km of the gold coordinates; a region mention such as "the eastern
 * Hama countryside" is named as the region, not as its city). Matching is one-to-one, preferring
 * pairs whose date agrees. Over matched pairs it scores date (the gold day inside the predicted interval; a gold
 * event without a date needs an unknown time), realis, actor side, and geocoding (within 5 km). Thread-safe.
 */
public final class Evaluator {
    static final double MATCH_KM = 10;
    static final double GEO_KM = 5;

    /** One matched pair. */
    public record Pair(Gold.Event gold, EventMention predicted) {
    }

    public EvalReport evaluate(Gold gold, List<EventMention> predicted) {
        List<Candidate> cands = new ArrayList<>();
        for (int g = 0; g < gold.events().size(); g++) {
            Gold.Event ge = gold.events().get(g);
            for (int p = 0; p < predicted.size(); p++) {
                EventMention pe = predicted.get(p);
                if (ge.doc().equals(pe.doc()) && sameType(ge.type(), pe.type()) && samePlace(gold, ge, pe)) {
                    cands.add(new Candidate(g, p, dateOk(ge, pe), ge.realis().equals(pe.realis().label()),
                            Math.abs(pe.sentence())));
                }
            }
        }
        cands.sort(Comparator.comparing((Candidate c) -> !c.dateOk).thenComparing(c -> !c.realisOk).thenComparingInt(c -> c.g)
                .thenComparingInt(c -> c.p));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : cands) {
            if (usedG.contains(c.g) || usedP.contains(c.p)) {
                continue;
            }
            usedG.add(c.g);
            usedP.add(c.p);
            pairs.add(new Pair(gold.events().get(c.g), predicted.get(c.p)));
        }
        List<Gold.Event> missed = new ArrayList<>();
        for (int g = 0; g < gold.events().size(); g++) {
            if (!usedG.contains(g)) {
                missed.add(gold.events().get(g));
            }
        }
        List<EventMention> spurious = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!usedP.contains(p)) {
                spurious.add(predicted.get(p));
            }
        }
        return new EvalReport(gold, predicted, pairs, missed, spurious);
    }

    private record Candidate(int g, int p, boolean dateOk, boolean realisOk, int order) {
    }

    static boolean sameType(String gold, EventType p) {
        return EventType.parse(gold).family() == p.family();
    }

    static boolean samePlace(Gold gold, Gold.Event ge, EventMention pe) {
        if (ge.place() == null) {
            return pe.place() == null;
        }
        if (pe.place() == null) {
            return false;
        }
        Gold.Place gp = gold.places().get(ge.place());
        List<String> variants = gp == null ? List.of(ge.place()) : gp.variants();
        PlaceMention m = pe.place();
        Set<String> names = new HashSet<>();
        String[] own = m.kind() == PlaceMention.Kind.REGION
                ? new String[]{m.text(), m.head() + " province", m.head() + " countryside", m.head() + " governorate"}
                : new String[]{m.text(), m.head(), m.place().name()};
        for (String n : own) {
            if (n != null) {
                names.add(Fold.fold(n));
                names.add(Fold.fold(n).replaceFirst("^the ", ""));
            }
        }
        for (String v : variants) {
            if (names.contains(Fold.fold(v))) {
                return true;
            }
        }
        return gp != null && gp.lat() != null && m.place().hasPoint()
                && Geo.distanceKm(gp.lat(), gp.lon(), m.place().lat(), m.place().lon()) <= MATCH_KM;
    }

    /**
     * The gold day lies inside the predicted interval; a gold event with only a date range needs an overlapping
     * interval; a gold event without any date needs an unknown time.
     */
    static boolean dateOk(Gold.Event ge, EventMention pe) {
        boolean known = pe.time() != null && pe.time().interval().isKnown();
        if (ge.date() == null && ge.rangeFrom() != null) {
            return known && pe.time().interval().overlaps(TimeInterval.days(ge.rangeFrom(), ge.rangeTo(), TimePrecision.RANGE));
        }
        if (ge.date() == null) {
            return !known;
        }
        return known && pe.time().interval().containsDay(ge.date());
    }

    static boolean sideOk(Gold gold, Gold.Event ge, EventMention pe) {
        String goldSide = ge.actor() == null ? null : gold.actorSides().get(ge.actor());
        String predSide = pe.actor() == null ? null : pe.actor().side();
        return Objects.equals(goldSide, predSide);
    }

    /** Distance in km between the gold place and the predicted point, or null when either lacks coordinates. */
    static Double geoErrorKm(Gold gold, Gold.Event ge, EventMention pe) {
        Gold.Place gp = ge.place() == null ? null : gold.places().get(ge.place());
        if (gp == null || gp.lat() == null || pe.place() == null || !pe.place().place().hasPoint()) {
            return gp == null || gp.lat() == null ? null : Double.POSITIVE_INFINITY;
        }
        return Geo.distanceKm(gp.lat(), gp.lon(), pe.place().place().lat(), pe.place().place().lon());
    }
}
