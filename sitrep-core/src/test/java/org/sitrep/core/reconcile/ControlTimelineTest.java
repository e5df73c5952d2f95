package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ControlTimelineTest {
    /** {@link ControlTimeline#attackedBefore} as first written: every observation of the place read. */
    private static boolean attackedBeforeByReadingAll(List<Observation> obs, int i) {
        Observation lose = obs.get(i);
        for (Observation o : obs) {
            if ((o.kind() == Observation.Kind.APPROACH || o.kind() == Observation.Kind.ENTER) && o.side().equals(lose.side())
                    && lose.mid() - o.mid() <= 2 * 24 * 60 && o.mid() - lose.mid() <= 24 * 60) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a withdrawal was a pull-back from an attack, looked up among the observations near it by bisection, as
     * reading every observation of the place finds it: random places of observations at minutes, hours and days apart,
     * at the bounds of the window and beyond, some of unknown time (sorted last), both sides, every kind.
     */
    @Test
    void aPullBackIsFoundAmongTheObservationsNearTheWithdrawalAsAmongAllOfThem() {
        Random random = new Random(5);
        Observation.Kind[] kinds = Observation.Kind.values();
        String[] sides = {"government", "opposition"};
        long[] steps = {1, 60, 24 * 60, 2 * 24 * 60, 2 * 24 * 60 + 1, 24 * 60 + 1, 3 * 24 * 60};
        int pullBacks = 0;
        int withdrawals = 0;
        for (int round = 0; round < 3_000; round++) {
            List<Observation> obs = new ArrayList<>();
            long mid = 28_000_000L + random.nextInt(1_000_000);
            for (int k = random.nextInt(40); k >= 0; k--) {
                mid += random.nextInt(4) == 0 ? 0 : steps[random.nextInt(steps.length)];
                obs.add(new Observation(kinds[random.nextInt(kinds.length)], sides[random.nextInt(2)], null, null, mid, null, List.of()));
            }
            for (int k = random.nextInt(3); k > 0; k--) {
                obs.add(new Observation(kinds[random.nextInt(kinds.length)], sides[random.nextInt(2)], null, null, Long.MAX_VALUE, null, List.of()));
            }
            long[] mids = ControlTimeline.mids(obs);
            for (int i = 0; i < obs.size(); i++) {
                if (obs.get(i).kind() == Observation.Kind.LOSE && obs.get(i).mid() != Long.MAX_VALUE) {
                    boolean expected = attackedBeforeByReadingAll(obs, i);
                    assertEquals(expected, ControlTimeline.attackedBefore(obs, mids, i), "round " + round + ", observation " + i);
                    withdrawals++;
                    pullBacks += expected ? 1 : 0;
                }
            }
        }
        assertTrue(pullBacks > 1_000 && withdrawals - pullBacks > 1_000, pullBacks + " pull-backs of " + withdrawals + " withdrawals");
    }
    /** {@link ControlTimeline#sameUnlisted} as first written: every name of the bucket compared at every call. */
    private static String sameUnlistedByReadingAll(String key, org.sitrep.core.model.ResolvedPlace p, java.util.Map<String, List<String[]>> seen) {
        if (!key.startsWith("name:")) {
            return key;
        }
        String k = Names.key(p.name());
        String bucket = p.admin1() + "\u0000" + (k.isEmpty() ? "" : k.substring(0, 1));
        List<String[]> names = seen.computeIfAbsent(bucket, b -> new ArrayList<>());
        for (String[] n : names) {
            if (Names.sameKey(k, n[0])) {
                return n[1];
            }
        }
        names.add(new String[] {k, key});
        return key;
    }

    /**
     * The key an unlisted name takes, its answers kept by bucket and spelling key, is the one comparing it with every
     * name seen gives: random sequences of spellings one edit apart and not, names with no key of their own (generic
     * words only), two countries sharing a province code, and listed places among them.
     */
    @Test
    void anUnlistedNameTakesTheKeyOfTheFirstSpellingOfItSeenAsWhenEveryNameIsComparedAgain() {
        Random random = new Random(11);
        String[] names = {"Kusayr", "Kusair", "Kusayyr", "Qusayr", "Novoe", "Novoye", "Nova", "Hill", "the Hill", "Tal Abyad",
            "Tel Abyad", "Abyad", "Kafr Nabudah", "Kafr Nabuda", "Kafr Naboudeh", "Zeinedin", "Zaynadin", "Zeinedine", "Al", "Om"};
        String[] admins = {"A1", "A2"};
        String[] countries = {"XX", "YY"};
        int shared = 0;
        int own = 0;
        for (int round = 0; round < 300; round++) {
            java.util.Map<String, List<String[]>> seen = new java.util.HashMap<>();
            java.util.Map<String, List<String[]>> seenAgain = new java.util.HashMap<>();
            java.util.Map<String, String> answered = new java.util.HashMap<>();
            for (int k = random.nextInt(60); k >= 0; k--) {
                boolean listed = random.nextInt(8) == 0;
                org.sitrep.core.model.ResolvedPlace p = new org.sitrep.core.model.ResolvedPlace(names[random.nextInt(names.length)],
                        listed ? 1000 + random.nextInt(5) : null, null, null, admins[random.nextInt(2)], countries[random.nextInt(2)], null, !listed);
                String key = ControlTimeline.placeKey(p);
                String expected = sameUnlistedByReadingAll(key, p, seen);
                assertEquals(expected, ControlTimeline.sameUnlisted(key, p, seenAgain, answered), "round " + round + ": " + p);
                if (expected.equals(key)) {
                    own++;
                } else {
                    shared++;
                }
            }
        }
        assertTrue(shared > 1_000 && own > 1_000, shared + " names took another spelling's key, " + own + " their own");
    }

    /**
     * A place object's key is worked out once per build: the timelines of events that share their place objects (as a
     * store reads equal places as one object) are those of the same events each holding a copy of its place, on random
     * regions with unlisted names in several spellings, towns, landmarks and the province.
     */
    @Test
    void eventsSharingAPlaceObjectGetTheTimelinesOfEventsWithCopiesOfIt() {
        org.sitrep.core.model.EventType[] types = {org.sitrep.core.model.EventType.CAPTURE, org.sitrep.core.model.EventType.RECAPTURE,
            org.sitrep.core.model.EventType.ENTER, org.sitrep.core.model.EventType.WITHDRAW, org.sitrep.core.model.EventType.CONTROL,
            org.sitrep.core.model.EventType.CLASH, org.sitrep.core.model.EventType.ADVANCE};
        RandomRegion.Shape region = new RandomRegion.Shape(30, 1.0, 60, types, false);
        EventMerger merger = new EventMerger();
        ControlTimeline timeline = new ControlTimeline();
        int periods = 0;
        int shared = 0;
        for (int seed = 0; seed < 40; seed++) {
            List<org.sitrep.core.model.Event> events = merger.merge("geo:XX/A1", RandomRegion.mentions(new Random(seed), 48.0, region, 300));
            List<org.sitrep.core.model.Event> copies = new ArrayList<>();
            java.util.Set<org.sitrep.core.model.ResolvedPlace> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (org.sitrep.core.model.Event e : events) {
                org.sitrep.core.model.ResolvedPlace p = e.place();
                shared += p != null && !seen.add(p) ? 1 : 0;
                org.sitrep.core.model.ResolvedPlace copy = p == null ? null
                        : new org.sitrep.core.model.ResolvedPlace(new String(p.name()), p.geonameid(), p.lat(), p.lon(), p.admin1(), p.country(),
                                p.precision(), p.resolved());
                copies.add(new org.sitrep.core.model.Event(e.id(), e.partition(), e.type(), e.realis(), e.actor(), e.target(), copy, e.interval(),
                        e.mentions(), e.mentionTotal(), e.outlets(), e.corroboration(), e.unknownSources(), e.disputed()));
            }
            List<org.sitrep.core.model.ControlPeriod> expected = timeline.build(copies);
            List<org.sitrep.core.model.ControlPeriod> got = timeline.build(events);
            assertEquals(expected, got, "seed " + seed); // places equal by value
            periods += got.size();
        }
        assertTrue(periods > 200 && shared > 1_000, periods + " periods, " + shared + " events sharing a place object");
    }
}
