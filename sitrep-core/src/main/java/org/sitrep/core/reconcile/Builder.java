package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.List;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.ControlPeriod.Evidence;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.TimeInterval;

/** Accumulates the control periods of one place in time order. Not thread-safe; one per place and build. */
final class Builder {
    /** A period being built. */
    static final class Period {
        String controller;
        String side;
        boolean contested;
        boolean inferred;
        TimeInterval from = TimeInterval.UNKNOWN;
        TimeInterval to = TimeInterval.UNKNOWN;
        TimeInterval last;
        final List<Evidence> evidence = new ArrayList<>();
        String contester;
        Period previousHolder;

        void add(Observation o, String role) {
            for (SourcedMention s : o.ms()) {
                evidence.add(evidence(o.event().id(), role, s));
            }
            if (o.time().isKnown() && !role.equals("implies")) {
                last = o.time();
            }
        }
    }

    private final String key;
    private final ResolvedPlace place;
    private final List<Period> periods = new ArrayList<>();
    private Period current;

    Builder(String key, ResolvedPlace place) {
        this.key = key;
        this.place = place;
    }

    Period current() {
        return current;
    }

    /** Whether a period was opened (without making the periods, as {@link #periods} does). */
    boolean opened() {
        return !periods.isEmpty();
    }

    List<ControlPeriod> periods() {
        List<ControlPeriod> out = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            out.add(new ControlPeriod(key, place, i, p.controller, p.side, p.contested, p.from, p.to, shown(p.evidence),
                    p.evidence.size(), p.inferred, confidence(p)));
        }
        return out;
    }

    /**
     * At most {@link ControlPeriod#MAX_EVIDENCE} items, in their order: the first item of every (role, outlet) pair
     * — so every kind of evidence and every source is shown — then the earliest of the others.
     */
    static List<Evidence> shown(List<Evidence> all) {
        if (all.size() <= ControlPeriod.MAX_EVIDENCE) {
            return all;
        }
        boolean[] keep = new boolean[all.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        int n = 0;
        for (int i = 0; i < all.size() && n < ControlPeriod.MAX_EVIDENCE; i++) {
            Evidence e = all.get(i);
            if (seen.add(e.role() + "\u0000" + (e.outlet() != null ? e.outlet() : "article:" + e.articleId()))) {
                keep[i] = true;
                n++;
            }
        }
        for (int i = 0; i < all.size() && n < ControlPeriod.MAX_EVIDENCE; i++) {
            if (!keep[i]) {
                keep[i] = true;
                n++;
            }
        }
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    String contester() {
        return current == null ? null : current.contester;
    }

    /** Starts a new period at the observation's time (clipped to after the previous period's last evidence). */
    void open(String controller, String side, boolean contested, Observation o, String role) {
        Period p = new Period();
        p.controller = controller;
        p.side = side;
        p.contested = contested;
        TimeInterval t = o.time();
        p.from = ControlTimeline.clip(t, current == null ? null : current.last);
        if (contested) {
            p.contester = o.actor();
            p.previousHolder = current;
        }
        if (current != null && !current.to.isKnown()) {
            current.to = p.from;
        }
        periods.add(p);
        current = p;
        p.add(o, role);
    }

    /** A period nobody states but a later change implies ("the army withdrew" implies the army held it). */
    void openInferred(String controller, String side, List<Observation> implying) {
        Period p = new Period();
        p.controller = controller;
        p.side = side;
        p.inferred = true;
        periods.add(p);
        current = p;
        for (Observation o : implying) {
            p.add(o, "implies");
        }
    }

    /** The holder withdrew or lost the place and nobody is known to hold it now. */
    void close(Observation o) {
        if (current != null) {
            current.add(o, "lose");
            current.to = o.time();
            current = null;
        }
    }

    /** The contesting side pulled back: the previous holder holds the place again. */
    void revert(Observation o) {
        Period c = current;
        c.add(o, "lose");
        Period prev = c.previousHolder;
        if (prev != null) {
            open(prev.controller, prev.side, false, o, "lose");
        } else {
            c.to = o.time();
            current = null;
        }
    }

    /** 1 − Π(1 − w) over independent sources, w = mention confidence × how firmly the source states it; halved when inferred. */
    private static double confidence(Period p) {
        java.util.Map<String, Double> bySource = new java.util.HashMap<>();
        for (Evidence e : p.evidence) {
            if (e.realis() == Realis.DENIED || e.realis() == Realis.FAILED) {
                continue;
            }
            double w = weight(e.realis());
            bySource.merge(e.outlet() != null ? e.outlet() : e.articleId(), w, Math::max);
        }
        double miss = 1;
        for (double w : bySource.values()) {
            miss *= 1 - w;
        }
        double c = 1 - miss;
        return Math.round((p.inferred ? c / 2 : c) * 100) / 100.0;
    }

    private static double weight(Realis r) {
        switch (r) {
            case ASSERTED: return 0.8;
            case REPORTED: return 0.6;
            case CLAIMED: return 0.4;
            default: return 0;
        }
    }

    static Evidence evidence(String eventId, String role, SourcedMention s) {
        EventMention m = s.mention();
        return new Evidence(eventId, m.realis() == Realis.DENIED ? "denied" : role, m.type(), m.realis(),
                m.actor() == null ? null : m.actor().id() != null ? m.actor().id() : m.actor().text(), s.outlet(),
                m.claimant() == null ? null : m.claimant().text(), s.articleId(), m.doc(), m.sentence(), m.quote(), m.span(),
                m.time() == null ? TimeInterval.UNKNOWN : m.time().interval(), s.sourceName());
    }
}
