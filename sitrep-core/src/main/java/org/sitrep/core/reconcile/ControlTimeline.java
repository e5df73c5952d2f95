package org.sitrep.core.reconcile;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sitrep.core.Parallel;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.reconcile.Observation.Kind;

/**
 * Builds per place the sequence of control periods from merged capture, recapture, entry, withdrawal and control
 * events. Denied and failed mentions never change hands; a denial is shown as evidence where it applies.
 *
 * <p>Observations are ordered by time: a control statement ("under its control") holds the place for its side; an
 * entry or fighting inside by another side makes it contested; a capture gives it to the taker; the withdrawal of
 * the holder (or its admission of the loss) gives a contested place to the side contesting it. A withdrawal by a
 * side that was only attacking ("reached the outskirts but withdrew") changes nothing. Who held a place before its
 * first change is inferred from the change (the target of the capture, the side that withdrew) and marked so.
 * Stateless and thread-safe.
 */
public final class ControlTimeline {
    /** Threads a timeline of many events may use ({@link Parallel}): 1 builds on the caller alone. */
    private final int threads;

    /** Timelines built on the caller's thread. */
    public ControlTimeline() {
        this(1);
    }

    /**
     * Timelines built with up to {@code threads} threads (the caller's included) when there are many events: each
     * event's observations, and each place's timeline, on their own. The periods are the same as with one.
     */
    public ControlTimeline(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Events of one partition in, control periods of every place named by them out (sorted by place, then seq). */
    public List<ControlPeriod> build(Collection<Event> events) {
        List<Event> given = events instanceof List<Event> l ? l : new ArrayList<>(events);
        // each step sets only its own item of a list of fixed size
        List<List<Observation>> observed = new ArrayList<>(java.util.Collections.nCopies(given.size(), null));
        Parallel.forEach(observed.size(), threads, Parallel.MIN_STEPS, i -> {
            Event e = given.get(i);
            boolean bears = e.place() != null && e.realis() != Realis.DENIED && e.realis() != Realis.FAILED;
            observed.set(i, bears ? observations(e) : List.of());
        });
        // by place key: the place of its first event and the observations of all (hashed, then the keys sorted: a
        // popular region's timelines hold a hundred thousand events, each looked up in a tree of strings before)
        Map<String, Place> byPlace = new java.util.HashMap<>();
        Map<String, List<String[]>> unlisted = new java.util.HashMap<>();
        Map<String, String> answered = new java.util.HashMap<>();
        // the key of each place object met: the same place object always gets the key its first event got (a kept
        // answer for a spelling, or its own key when it has no spelling key), and a popular region's events share a
        // few thousand place objects (a store reads equal places as one object)
        Map<ResolvedPlace, String> keyOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < observed.size(); i++) {
            List<Observation> obs = observed.get(i);
            if (!obs.isEmpty()) {
                Event e = given.get(i);
                // in the events' order: an unlisted name takes the key of the first spelling of it seen
                String key = keyOf.get(e.place());
                if (key == null) {
                    key = sameUnlisted(placeKey(e.place()), e.place(), unlisted, answered);
                    keyOf.put(e.place(), key);
                }
                byPlace.computeIfAbsent(key, k -> new Place(e.place())).observations.addAll(obs);
            }
        }
        List<String> keys = new ArrayList<>(byPlace.keySet());
        keys.sort(null);
        List<List<ControlPeriod>> periods = new ArrayList<>(java.util.Collections.nCopies(keys.size(), null));
        Parallel.forEach(periods.size(), threads, Parallel.MIN_STEPS / 8, i -> {
            Place p = byPlace.get(keys.get(i));
            periods.set(i, timeline(keys.get(i), p.place, p.observations));
        });
        List<ControlPeriod> out = new ArrayList<>();
        periods.forEach(out::addAll);
        return out;
    }

    /** A place's timeline to build: the place as its first event names it, and the observations of all its events. */
    private static final class Place {
        final ResolvedPlace place;
        final List<Observation> observations = new ArrayList<>();

        Place(ResolvedPlace place) {
            this.place = place;
        }
    }

    /**
     * An unlisted name spelled like one already seen in the same region takes that one's key. Seen names are kept
     * by region and first letter of their spelling key (names that can match share both). The answer for a spelling
     * key in a bucket is kept in {@code answered}: a bucket's names are only ever appended, so the first one that
     * matches a (non-empty) key stays the first (a popular region's timelines meet the same unlisted names tens of
     * thousands of times, and compared each with every name of its bucket).
     */
    static String sameUnlisted(String key, ResolvedPlace p, Map<String, List<String[]>> seen, Map<String, String> answered) {
        if (!key.startsWith("name:")) {
            return key;
        }
        String k = Names.key(p.name());
        String bucket = p.admin1() + "\u0000" + (k.isEmpty() ? "" : k.substring(0, 1));
        String asked = bucket + "\u0000" + k;
        // an empty key matches no name, not even its own: each such name keeps its key
        String known = k.isEmpty() ? null : answered.get(asked);
        if (known != null) {
            return known;
        }
        List<String[]> names = seen.computeIfAbsent(bucket, b -> new ArrayList<>());
        String out = null;
        for (String[] n : names) {
            if (Names.sameKey(k, n[0])) {
                out = n[1];
                break;
            }
        }
        if (out == null) {
            names.add(new String[] {k, key});
            out = key;
        }
        if (!k.isEmpty()) {
            answered.put(asked, out);
        }
        return out;
    }

    /**
     * Whether an event can bear on who holds its place: one of a side, taking, losing, holding, fighting at or
     * advancing on it. Other events (strikes, casualties, evacuations) never enter a timeline.
     */
    public static boolean bearsOnControl(Event e) {
        if (e.actor() == null || e.actor().side() == null || e.place() == null) {
            return false;
        }
        return switch (Family.of(e.type())) {
            case TAKE, LOSE, HOLD, FIGHT, ADVANCE -> true;
            default -> false;
        };
    }

    public static String placeKey(ResolvedPlace p) {
        return p.geonameid() != null ? "gn:" + p.geonameid()
                : "name:" + Names.key(p.name()) + "@" + (p.country() == null ? "" : p.country()) + "/" + (p.admin1() == null ? "" : p.admin1());
    }

    private static List<Observation> observations(Event e) {
        List<Observation> out = new ArrayList<>();
        Family f = Family.of(e.type());
        String side = e.actor() == null ? null : e.actor().side();
        String actor = e.actor() == null ? null : e.actor().id() != null ? e.actor().id() : e.actor().text();
        if (side == null) {
            return out;
        }
        List<SourcedMention> support = e.mentions().stream().filter(SourcedMention::supports).toList();
        List<SourcedMention> denied = e.mentions().stream().filter(s -> s.mention().realis() == Realis.DENIED).toList();
        switch (f) {
            case TAKE: {
                List<SourcedMention> enters = support.stream().filter(s -> s.mention().type() == EventType.ENTER).toList();
                List<SourcedMention> takes = support.stream().filter(s -> s.mention().type() != EventType.ENTER).toList();
                Observation take = takes.isEmpty() ? null : obs(Kind.TAKE, side, actor, e, takes);
                Observation enter = enters.isEmpty() ? null : obs(Kind.ENTER, side, actor, e, concat(enters, denied));
                if (enter != null && (take == null || enter.mid() < take.mid())) {
                    out.add(enter);
                    if (take != null) {
                        out.add(take);
                    }
                } else if (take != null) {
                    out.add(obs(Kind.TAKE, side, actor, e, concat(concat(takes, enters), denied)));
                }
                break;
            }
            case LOSE:
                out.add(obs(Kind.LOSE, side, actor, e, support));
                break;
            case HOLD:
                out.add(obs(Kind.HOLD, side, actor, e, support));
                break;
            case FIGHT:
                approaches(e, support, out);
                if (e.place().precision() == GeoPrecision.TOWN || e.place().precision() == GeoPrecision.DISTRICT) {
                    out.add(obs(Kind.FIGHT, side, actor, e, support));
                }
                break;
            case ADVANCE:
                approaches(e, support, out);
                break;
            default:
                break;
        }
        return out;
    }

    /** One approach per side that the mentions name as acting (in a fight, either party may be named). */
    private static void approaches(Event e, List<SourcedMention> support, List<Observation> out) {
        Set<String> sides = new java.util.TreeSet<>();
        for (SourcedMention s : support) {
            if (s.mention().actor() != null && s.mention().actor().side() != null) {
                sides.add(s.mention().actor().side());
            }
        }
        for (String side : sides) {
            out.add(obs(Kind.APPROACH, side, null, e, support));
        }
    }

    private static List<SourcedMention> concat(List<SourcedMention> a, List<SourcedMention> b) {
        List<SourcedMention> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** An observation timed by the most precise stated time of its supporting mentions. */
    private static Observation obs(Kind k, String side, String actor, Event e, List<SourcedMention> ms) {
        TimeInterval best = null;
        for (SourcedMention s : ms) {
            if (!s.supports()) {
                continue;
            }
            TimeInterval t = s.mention().time() == null ? TimeInterval.UNKNOWN : s.mention().time().interval();
            if (t.isKnown() && (best == null || rank(t) < rank(best))) {
                best = t;
            }
        }
        if (best == null) {
            best = e.interval();
        }
        long mid = best.isKnown() ? (Item.minutes(best.start()) + Item.minutes(best.end())) / 2 : Long.MAX_VALUE;
        return new Observation(k, side, actor, best, mid, e, ms);
    }

    /** Stated times before inferred ones, then shorter before longer. */
    private static long rank(TimeInterval t) {
        long len = Item.minutes(t.end()) - Item.minutes(t.start());
        return (t.precision() == TimePrecision.INFERRED ? 1L << 40 : 0) + len;
    }

    private List<ControlPeriod> timeline(String key, ResolvedPlace place, List<Observation> obs) {
        obs.sort((a, b) -> { // by midpoint, kind, then event id
            int c = Long.compare(a.mid(), b.mid());
            if (c == 0) {
                c = a.kind().compareTo(b.kind());
            }
            return c != 0 ? c : a.event().id().compareTo(b.event().id());
        });
        long[] mids = mids(obs);
        Builder b = new Builder(key, place);
        for (int i = 0; i < obs.size(); i++) {
            Observation o = obs.get(i);
            if (o.mid() == Long.MAX_VALUE) {
                continue;
            }
            Builder.Period cur = b.current();
            boolean held = cur != null && !cur.contested;
            switch (o.kind()) {
                case HOLD:
                case TAKE:
                    if (held && cur.side.equals(o.side())) {
                        cur.add(o, role(o));
                    } else {
                        inferPrevious(b, obs, i);
                        b.open(o.actor(), o.side(), false, o, role(o));
                    }
                    break;
                case ENTER:
                case FIGHT:
                    if (cur != null && cur.contested) {
                        cur.add(o, role(o));
                    } else if (held && !cur.side.equals(o.side())) {
                        b.open(null, o.side(), true, o, role(o));
                    } else if (cur == null && o.kind() == Kind.ENTER && inferPrevious(b, obs, i)) {
                        b.open(null, o.side(), true, o, role(o));
                    } else if (held) {
                        cur.add(o, role(o));
                    }
                    break;
                case LOSE:
                    if (cur != null && cur.contested && !cur.side.equals(o.side())) {
                        b.open(b.contester(), cur.side, false, o, "lose");
                    } else if (held && cur.side.equals(o.side())) {
                        b.close(o);
                    } else if (cur == null && !attackedBefore(obs, mids, i)) {
                        b.openInferred(o.actor(), o.side(), List.of(o));
                        b.close(o);
                    } else if (cur != null && cur.contested && cur.side.equals(o.side())) {
                        b.revert(o);
                    }
                    break;
                default:
                    break;
            }
        }
        return b.periods();
    }

    private static String role(Observation o) {
        return o.kind().name().toLowerCase();
    }

    /**
     * True when the side that withdrew had advanced on, fought at or entered the place within a day or two of the
     * withdrawal: it pulled back from an attack, it did not give up a place it held.
     */
    static boolean attackedBefore(List<Observation> obs, long[] mids, int i) {
        // obs is sorted by midpoint: only those from two days before to a day after can count, found by bisection
        // instead of reading every observation of the place for each withdrawal (a popular place has tens of
        // thousands); the bounds are compared without the overflow of subtracting an unknown time's midpoint
        Observation lose = obs.get(i);
        long from = lose.mid() < Long.MIN_VALUE + BEFORE_LOSS ? Long.MIN_VALUE : lose.mid() - BEFORE_LOSS;
        long to = lose.mid() > Long.MAX_VALUE - AFTER_LOSS ? Long.MAX_VALUE : lose.mid() + AFTER_LOSS;
        for (int k = EventMerger.firstAtOrAfter(mids, from); k < mids.length && mids[k] <= to; k++) {
            Observation o = obs.get(k);
            if ((o.kind() == Kind.APPROACH || o.kind() == Kind.ENTER) && o.side().equals(lose.side())) {
                return true;
            }
        }
        return false;
    }

    /** How long before a withdrawal and after it, in minutes, an advance or entry of its side makes it a pull-back. */
    private static final long BEFORE_LOSS = 2 * 24 * 60;
    private static final long AFTER_LOSS = 24 * 60;

    /** The observations' midpoints, in their order ({@link #attackedBefore} bisects them). */
    static long[] mids(List<Observation> obs) {
        long[] out = new long[obs.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = obs.get(k).mid();
        }
        return out;
    }

    /**
     * Before the first change of a place, who held it: the target side of the taking mentions, or a side that
     * withdrew from the place within two days after. Opens an inferred period for it; false when nothing says.
     */
    private static boolean inferPrevious(Builder b, List<Observation> obs, int i) {
        if (b.current() != null || b.opened()) {
            return false;
        }
        Observation o = obs.get(i);
        if (o.kind() == Kind.HOLD) {
            return false;
        }
        for (SourcedMention s : o.ms()) {
            EventMention m = s.mention();
            if (m.target() != null && m.target().side() != null && !m.target().side().equals(o.side())) {
                b.openInferred(m.target().id(), m.target().side(), List.of(o));
                return true;
            }
        }
        for (int k = i + 1; k < obs.size(); k++) {
            Observation l = obs.get(k);
            if (l.mid() - o.mid() > 2 * 24 * 60) {
                break;
            }
            if (l.kind() == Kind.LOSE && !l.side().equals(o.side())) {
                b.openInferred(l.actor(), l.side(), List.of(l));
                return true;
            }
        }
        return false;
    }

    /** Times of the evidence: the period's start is clipped to after what the previous period last showed. */
    static TimeInterval clip(TimeInterval t, TimeInterval after) {
        if (!t.isKnown() || after == null || !after.isKnown()) {
            return t;
        }
        LocalDateTime s = t.start().isBefore(after.end()) && after.end().isBefore(t.end()) ? after.end() : t.start();
        return s.equals(t.start()) ? t : new TimeInterval(s, t.end(), TimePrecision.RANGE);
    }
}
