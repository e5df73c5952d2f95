package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimeMention;

/**
 * No event crosses a period of four weeks, and a merge that takes the groups of periods it has met from an earlier
 * merge gives the groups of merging everything again.
 */
class PeriodsTest {
    private static final EventType[] TYPES = {EventType.CAPTURE, EventType.RECAPTURE, EventType.ENTER, EventType.WITHDRAW,
        EventType.ATTACK, EventType.CLASH, EventType.AIRSTRIKE, EventType.SHELLING, EventType.ADVANCE};
    /** 60 places in about 40 x 40 km over 200 days: eight periods. */
    private static final RandomRegion.Shape REGION = new RandomRegion.Shape(60, 1.0, 200, TYPES, false);

    private static long minute(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    @Test
    void periodsAreFourWeeksLongAndBeginOnAMondayAtMidnight() {
        LocalDateTime monday = LocalDateTime.of(2024, 2, 19, 0, 0);
        assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
        long p = EventMerger.period(minute(monday));
        assertEquals(p - 1, EventMerger.period(minute(monday) - 1));
        assertEquals(p, EventMerger.period(minute(monday.plusDays(28)) - 1));
        assertEquals(p + 1, EventMerger.period(minute(monday.plusDays(28))));
        assertEquals(0, EventMerger.period(minute(LocalDateTime.of(1970, 1, 5, 0, 0))));
        assertEquals(-1, EventMerger.period(minute(LocalDateTime.of(1970, 1, 4, 23, 59))));
        // every boundary is a Monday's midnight
        Random r = new Random(3);
        for (int k = 0; k < 200; k++) {
            long q = r.nextInt(2000) - 500;
            long start = EventMerger.PERIOD_ORIGIN_MIN + q * EventMerger.PERIOD_MIN;
            LocalDateTime t = LocalDateTime.ofEpochSecond(start * 60, 0, ZoneOffset.UTC);
            assertEquals(DayOfWeek.MONDAY, t.getDayOfWeek());
            assertEquals(q, EventMerger.period(start));
            assertEquals(q - 1, EventMerger.period(start - 1));
        }
    }

    private static SourcedMention capture(String id, LocalDate day, String outlet) {
        ResolvedPlace town = new ResolvedPlace("Town", 1000, 35.0, 36.0, "A1", "XX", GeoPrecision.TOWN, true);
        EventMention m = new EventMention("d" + id, 0, EventType.CAPTURE, Realis.ASSERTED, "captured", new ActorRef("rebels", "rebels", "rebels"),
                null, new PlaceMention(new Span(0, 1), "Town", "Town", town, PlaceMention.Kind.NAME),
                new TimeMention(null, "on the day", TimeInterval.day(day)), null, null, "q", new Span(0, 1), 0.5);
        return new SourcedMention(id, "a" + id, outlet, TimeInterval.day(day.plusDays(1)), m);
    }

    @Test
    void aCaptureReportedOnBothSidesOfABoundaryIsTwoEventsAndWithinAPeriodOne() {
        EventMerger merger = new EventMerger();
        LocalDate monday = LocalDate.of(2024, 2, 19); // a boundary
        // one side's capture dated Sunday by one outlet, Monday by another: within the take tolerance, but two periods
        List<List<SourcedMention>> across = merger.cluster(List.of(capture("a:0", monday.minusDays(1), "o1"), capture("b:0", monday, "o2")));
        assertEquals(2, across.size());
        List<List<SourcedMention>> within = merger.cluster(List.of(capture("a:0", monday, "o1"), capture("b:0", monday.plusDays(1), "o2")));
        assertEquals(1, within.size());
        List<List<SourcedMention>> before = merger.cluster(List.of(capture("a:0", monday.minusDays(2), "o1"), capture("b:0", monday.minusDays(1), "o2")));
        assertEquals(1, before.size());
        // an undated report published on Tuesday (its time the two weeks before: a vague mention of the period before)
        // still joins the capture it fits, and two such reports alone are one event across a boundary too
        SourcedMention undated = undated("c:0", monday.plusDays(1), "o3");
        assertEquals(EventMerger.period(undated), EventMerger.period(capture("x:0", monday.minusDays(1), "o")));
        List<List<SourcedMention>> joined = merger.cluster(List.of(capture("a:0", monday, "o1"), undated));
        assertEquals(1, joined.size());
        assertEquals(1, merger.cluster(List.of(undated("a:0", monday.plusDays(6), "o1"), undated("b:0", monday.plusDays(8), "o2"))).size());
        assertTrue(EventMerger.period(undated("a:0", monday.plusDays(6), "o1")) != EventMerger.period(undated("b:0", monday.plusDays(8), "o2")));
        assertEquals(1, merger.cluster(List.of(undated("a:0", monday.plusDays(8), "o1"), undated("b:0", monday.plusDays(9), "o2"))).size());
    }

    private static SourcedMention undated(String id, LocalDate published, String outlet) {
        SourcedMention c = capture(id, published, outlet);
        EventMention m = c.mention();
        EventMention without = new EventMention(m.doc(), m.sentence(), m.type(), m.realis(), m.trigger(), m.actor(), m.target(), m.place(),
                null, m.claimant(), m.casualties(), m.quote(), m.span(), m.confidence());
        return new SourcedMention(id, c.articleId(), outlet, TimeInterval.day(published), without);
    }

    /** A store's stored events as the reconciler looks them up, with the events of mentions (for periods taken as stored). */
    static final class Lookup extends PartitionReconcilerTest.MemoryLookup {
        int merged;
        int taken;

        Lookup(PartitionReconcilerTest.Memory memory) {
            super(memory);
        }

        @Override
        public Map<String, String> eventsOf(java.util.Collection<String> mentionIds) {
            Set<String> ids = new java.util.HashSet<>(mentionIds);
            Map<String, String> out = new HashMap<>();
            for (org.sitrep.core.model.Event e : memory.events.values()) {
                e.mentions().stream().filter(m -> ids.contains(m.id())).forEach(m -> out.put(m.id(), e.id()));
            }
            return out;
        }

        @Override
        public void periods(int merged, int taken) {
            this.merged += merged;
            this.taken += taken;
        }
    }

    /**
     * A region's mentions added in steps, as a running store adds the news (mostly recent, sometimes a late report
     * of an old day), refreshed after each step: told which mentions are new, a refresh takes the periods without
     * one as stored and gives the result of merging everything again; most periods are taken.
     */
    @Test
    void aRefreshToldWhichMentionsAreNewTakesTheOtherPeriodsAsStoredWithTheSameResult() {
        PartitionReconciler reconciler = new PartitionReconciler();
        PartitionReconciler threaded = new PartitionReconciler(3);
        int taken = 0;
        int merged = 0;
        int steps = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Random r = new Random(seed);
            double baseLat = seed % 3 == 0 ? 64.5 : seed % 3 == 1 ? 35.1 : -1.5;
            List<SourcedMention> all = RandomRegion.mentions(r, baseLat, REGION, 1200 + r.nextInt(400));
            List<SourcedMention> byDay = new ArrayList<>(all);
            byDay.sort((a, b) -> a.published().start().compareTo(b.published().start()));
            PartitionReconcilerTest.Memory memory = new PartitionReconcilerTest.Memory();
            List<SourcedMention> seen = new ArrayList<>();
            int from = 0;
            while (from < byDay.size()) {
                int to = Math.min(byDay.size(), from + (from == 0 ? byDay.size() / 3 : 20 + r.nextInt(60)));
                List<SourcedMention> fresh = new ArrayList<>(byDay.subList(from, to));
                if (from > 0 && r.nextInt(4) == 0) {
                    // a late report of an old day: its period is merged again
                    SourcedMention old = seen.get(r.nextInt(seen.size() / 2));
                    fresh.add(new SourcedMention("late" + steps + ":0", "late" + steps, "outlet9", old.published(), old.mention()));
                }
                seen.addAll(fresh);
                from = to;
                List<SourcedMention> shuffled = new ArrayList<>(seen);
                java.util.Collections.shuffle(shuffled, r);
                PartitionReconciler.PartitionResult again = reconciler.refresh("geo:XX/A1", shuffled, new Lookup(memory), null);
                Lookup lookup = new Lookup(memory);
                Set<String> freshIds = ids(fresh);
                PartitionReconciler.PartitionResult told = (steps % 2 == 0 ? reconciler : threaded)
                        .refresh("geo:XX/A1", shuffled, lookup, null, freshIds);
                assertEquals(again, told, "seed " + seed + ", step " + steps);
                memory.apply(told);
                taken += lookup.taken;
                merged += lookup.merged;
                steps++;
            }
        }
        assertTrue(taken > merged, "most periods are taken as stored: " + taken + ", merged " + merged);
        assertTrue(merged >= steps, "the periods of new mentions are merged: " + merged + " in " + steps + " refreshes");
    }

    /**
     * A lookup that keeps the groups each refresh tells it ({@link PartitionReconciler.StoredEvents#grouped}) and
     * hands them back as the last grouping, as a store's connection does, counting the mentions it is asked about.
     */
    static final class Keeping extends PartitionReconcilerTest.MemoryLookup {
        Map<String, String> last = Map.of();
        int mentionsAsked;
        int taken;

        Keeping(PartitionReconcilerTest.Memory memory) {
            super(memory);
        }

        @Override
        public Map<String, String> lastGrouped() {
            return last;
        }

        @Override
        public Map<String, String> eventsOf(java.util.Collection<String> mentionIds) {
            mentionsAsked += mentionIds.size();
            return new Lookup(memory).eventsOf(mentionIds);
        }

        @Override
        public void grouped(Map<String, List<SourcedMention>> groups) {
            Map<String, String> eventOf = new HashMap<>();
            groups.forEach((id, g) -> g.forEach(m -> eventOf.put(m.id(), id)));
            last = eventOf;
        }

        @Override
        public void periods(int merged, int taken) {
            this.taken += taken;
        }
    }

    /**
     * The events of the mentions as the last refresh grouped them are taken without asking the store, which is asked
     * only about the rest; a grouping that is stale or wrong (another connection wrote since) changes nothing, since
     * what it says is checked against the stored events' members as what the store says is.
     */
    @Test
    void theLastGroupingIsTakenWithoutAskingTheStoreAndAWrongOneChangesNothing() {
        PartitionReconciler reconciler = new PartitionReconciler();
        Random r = new Random(42);
        List<SourcedMention> all = RandomRegion.mentions(r, 35.1, REGION, 1500);
        List<SourcedMention> byDay = new ArrayList<>(all);
        byDay.sort((a, b) -> a.published().start().compareTo(b.published().start()));
        PartitionReconcilerTest.Memory memory = new PartitionReconcilerTest.Memory();
        Keeping keeping = new Keeping(memory);
        List<SourcedMention> seen = new ArrayList<>();
        int from = 0;
        int steps = 0;
        int askedAfterFirst = 0;
        int notNew = 0;
        int takenKeeping = 0;
        int takenStore = 0;
        PartitionReconcilerTest.Kept kept = new PartitionReconcilerTest.Kept();
        int keptFound = 0;
        while (from < byDay.size()) {
            int to = Math.min(byDay.size(), from + (from == 0 ? byDay.size() / 3 : 30 + r.nextInt(60)));
            List<SourcedMention> fresh = new ArrayList<>(byDay.subList(from, to));
            seen.addAll(fresh);
            from = to;
            Set<String> freshIds = ids(fresh);
            PartitionReconciler.PartitionResult again = reconciler.refresh("geo:XX/A1", seen, new Lookup(memory), null);
            Lookup store = new Lookup(memory);
            assertEquals(again, reconciler.refresh("geo:XX/A1", seen, store, null, freshIds), "the store alone, step " + steps);
            takenStore += store.taken;
            // a wrong grouping: every mention said to be in the event of another
            Keeping wrong = new Keeping(memory);
            List<String> events = new ArrayList<>(memory.events.keySet());
            Map<String, String> bogus = new HashMap<>();
            for (SourcedMention m : seen) {
                bogus.put(m.id(), events.isEmpty() ? "ev-none" : events.get(r.nextInt(events.size())));
            }
            wrong.last = bogus;
            assertEquals(again, reconciler.refresh("geo:XX/A1", seen, wrong, null, freshIds), "a wrong grouping, step " + steps);
            // a grouping that lacks some mentions: the store is asked about those, and the same periods are taken
            Keeping partial = new Keeping(memory);
            Map<String, String> some = new HashMap<>();
            int dropped = 0;
            for (Map.Entry<String, String> e : keeping.last.entrySet()) {
                if (r.nextBoolean()) {
                    some.put(e.getKey(), e.getValue());
                } else if (!freshIds.contains(e.getKey())) {
                    dropped++;
                }
            }
            partial.last = some;
            assertEquals(again, reconciler.refresh("geo:XX/A1", seen, partial, null, freshIds), "a partial grouping, step " + steps);
            assertEquals(steps == 0 ? seen.size() - fresh.size() : dropped, partial.mentionsAsked, "asked, step " + steps);
            assertEquals(store.taken, partial.taken, "taken with a partial grouping, step " + steps);
            int before = keeping.mentionsAsked;
            keeping.taken = 0;
            PartitionReconciler.PartitionResult told = reconciler.refresh("geo:XX/A1", seen, keeping, null, freshIds);
            assertEquals(again, told, "the last grouping, step " + steps);
            takenKeeping += keeping.taken;
            // the last refresh's events kept, as a store keeps them: its groups checked against them, not hashed again
            PartitionReconcilerTest.Kept otherGroups = new PartitionReconcilerTest.Kept();
            List<org.sitrep.core.model.Event> keptEvents = new ArrayList<>(kept.earlier.values());
            otherGroups.checkedAgainst = new HashMap<>();
            for (String key : kept.earlier.keySet()) {
                otherGroups.checkedAgainst.put(key, keptEvents.get(r.nextInt(keptEvents.size())));
            }
            assertEquals(again, reconciler.refresh("geo:XX/A1", seen, new Lookup(memory), otherGroups, freshIds),
                    "kept events of other groups, step " + steps);
            // a grouping that puts the mentions of every other stored event into the one before it: a kept event of
            // that id is not the group the grouping says, and nothing changes
            Keeping pairs = new Keeping(memory);
            List<String> ids = new ArrayList<>(new java.util.TreeSet<>(keeping.last.values()));
            Map<String, String> into = new HashMap<>();
            for (int i = 1; i < ids.size(); i += 2) {
                into.put(ids.get(i), ids.get(i - 1));
            }
            pairs.last = new HashMap<>();
            keeping.last.forEach((m, e) -> pairs.last.put(m, into.getOrDefault(e, e)));
            PartitionReconcilerTest.Kept beside = new PartitionReconcilerTest.Kept();
            beside.earlier = kept.earlier;
            assertEquals(again, reconciler.refresh("geo:XX/A1", seen, pairs, beside, freshIds), "two events' mentions said to be one's, step " + steps);
            assertEquals(again, reconciler.refresh("geo:XX/A1", seen, new Lookup(memory), kept, freshIds), "events kept, step " + steps);
            keptFound += kept.found;
            kept.turn();
            if (steps > 0) {
                askedAfterFirst += keeping.mentionsAsked - before;
                notNew += seen.size() - fresh.size();
            }
            memory.apply(told);
            steps++;
        }
        assertTrue(steps > 5, "steps: " + steps);
        assertTrue(notNew > 0);
        assertEquals(0, askedAfterFirst, "the store was asked about mentions the last refresh grouped");
        assertEquals(takenStore, takenKeeping, "the same periods taken as stored");
        assertTrue(takenKeeping > 0);
        assertTrue(keptFound > 1_000, "stored groups checked against kept events: " + keptFound);
    }

    /** A store of one partition holding the events of merging the mentions. */
    private static PartitionReconcilerTest.Memory stored(PartitionReconciler reconciler, List<SourcedMention> mentions) {
        PartitionReconcilerTest.Memory memory = new PartitionReconcilerTest.Memory();
        memory.apply(reconciler.refresh("geo:XX/A1", mentions, new Lookup(memory), null));
        return memory;
    }

    /** The mentions of the first period among them that is not one of {@code not} (timed ones only). */
    private static List<SourcedMention> inOnePeriod(List<SourcedMention> mentions, Set<Long> not) {
        List<SourcedMention> out = new ArrayList<>();
        Long chosen = null;
        for (SourcedMention m : mentions) {
            long p = EventMerger.period(m);
            if (!not.contains(p) && p != Long.MIN_VALUE && (chosen == null || chosen == p)) {
                chosen = p;
                out.add(m);
            }
        }
        return out;
    }

    private static Set<String> ids(List<SourcedMention> mentions) {
        Set<String> out = new java.util.HashSet<>();
        mentions.forEach(m -> out.add(m.id()));
        return out;
    }

    /**
     * A stored event across two periods (as a store written before events kept to periods may hold) is not taken:
     * its periods are merged again, and the refresh gives the result of merging everything.
     */
    @Test
    void anEventStoredAcrossPeriodsHasItsPeriodsMergedAgain() {
        PartitionReconciler reconciler = new PartitionReconciler();
        List<SourcedMention> all = RandomRegion.mentions(new Random(12), 35.1, REGION, 1500);
        List<SourcedMention> old = new ArrayList<>(all.subList(0, 1400));
        PartitionReconcilerTest.Memory memory = stored(reconciler, old);
        // join two stored events with precise mentions of different periods into one, as merging without periods could have
        org.sitrep.core.model.Event a = null;
        org.sitrep.core.model.Event b = null;
        for (org.sitrep.core.model.Event e : memory.events.values()) {
            long p = EventMerger.period(e.mentions().get(0));
            if (p == Long.MIN_VALUE || !new Item(e.mentions().get(0)).precise) {
                continue;
            }
            if (a == null) {
                a = e;
            } else if (EventMerger.period(a.mentions().get(0)) != p) {
                b = e;
                break;
            }
        }
        List<SourcedMention> joined = new ArrayList<>(a.mentions());
        joined.addAll(b.mentions());
        joined.sort((x, y) -> x.id().compareTo(y.id()));
        org.sitrep.core.model.Event legacy = new EventMerger().assemble("geo:XX/A1", joined);
        memory.events.remove(a.id());
        memory.stored.remove(a.id());
        memory.events.remove(b.id());
        memory.stored.remove(b.id());
        memory.events.put(legacy.id(), legacy);
        memory.stored.put(legacy.id(), new PartitionReconciler.Stored(EventMerger.members(joined), PartitionReconciler.timelineKey(legacy)));
        // new mentions in one period, neither of the two
        List<SourcedMention> fresh = inOnePeriod(all.subList(1400, 1500),
                Set.of(EventMerger.period(a.mentions().get(0)), EventMerger.period(b.mentions().get(0))));
        List<SourcedMention> mentions = new ArrayList<>(old);
        mentions.addAll(fresh);
        Set<String> freshIds = ids(fresh);
        Lookup lookup = new Lookup(memory);
        PartitionReconciler.PartitionResult told = reconciler.refresh("geo:XX/A1", mentions, lookup, null, freshIds);
        assertEquals(reconciler.refresh("geo:XX/A1", mentions, new Lookup(memory), null), told);
        assertTrue(told.removed().contains(legacy.id()), "the event across periods is replaced");
        assertTrue(lookup.taken > 0 && lookup.merged == 3, "merged " + lookup.merged + ", taken " + lookup.taken);
        // its periods had no fresh mention: they are merged again for it alone
        assertTrue(!freshIds.isEmpty());
    }

    /**
     * A stored event some of whose members the mentions given lack (a window that holds only part of it) is not
     * taken: the period of its precise mentions is merged again, as merging everything does.
     */
    @Test
    void aStoredEventNotWhollyGivenHasItsPeriodMergedAgain() {
        PartitionReconciler reconciler = new PartitionReconciler();
        List<SourcedMention> all = RandomRegion.mentions(new Random(14), 35.1, REGION, 1500);
        List<SourcedMention> old = new ArrayList<>(all.subList(0, 1400));
        PartitionReconcilerTest.Memory memory = stored(reconciler, old);
        org.sitrep.core.model.Event big = memory.events.values().stream()
                .filter(e -> e.mentions().stream().filter(m -> new Item(m).precise).count() >= 2).findFirst().orElseThrow();
        SourcedMention dropped = big.mentions().stream().filter(m -> new Item(m).precise).findFirst().orElseThrow();
        List<SourcedMention> fresh = inOnePeriod(all.subList(1400, 1500), Set.of(EventMerger.period(dropped)));
        List<SourcedMention> mentions = new ArrayList<>(old);
        mentions.remove(dropped);
        mentions.addAll(fresh);
        Set<String> freshIds = ids(fresh);
        Lookup lookup = new Lookup(memory);
        PartitionReconciler.PartitionResult told = reconciler.refresh("geo:XX/A1", mentions, lookup, null, freshIds);
        assertEquals(reconciler.refresh("geo:XX/A1", mentions, new Lookup(memory), null), told);
        assertTrue(lookup.taken > 0 && lookup.merged == 2, "merged " + lookup.merged + ", taken " + lookup.taken);
    }

    private static SourcedMention mention(String id, ResolvedPlace place, TimeMention time, LocalDate published) {
        EventMention m = new EventMention("d" + id, 0, EventType.CAPTURE, Realis.ASSERTED, "captured", new ActorRef("rebels", "rebels", "rebels"),
                null, new PlaceMention(new Span(0, 1), place.name(), place.name(), place, PlaceMention.Kind.NAME), time, null, null, "q",
                new Span(0, 1), 0.5);
        return new SourcedMention(id, "a" + id, "o" + id, TimeInterval.day(published), m);
    }

    /**
     * Three vague reports alone, the middle one overlapping the other two (one event), until a dated capture in the
     * next period gives the middle one an event to join: the other two are then two events, in a refresh told that
     * only the capture is new as in merging everything.
     */
    @Test
    void aVagueMentionThatJoinsAcrossABoundaryNoLongerChainsTheOthers() {
        LocalDate monday = LocalDate.of(2024, 2, 19); // a boundary
        ResolvedPlace town = new ResolvedPlace("Town", 1000, 35.0, 36.0, "A1", "XX", GeoPrecision.TOWN, true);
        ResolvedPlace hill = new ResolvedPlace("Hill", null, 35.0, 36.033, "A1", "XX", GeoPrecision.POINT, true); // 3 km from the town
        ResolvedPlace ridge = new ResolvedPlace("Ridge", null, 35.0, 36.0824, "A1", "XX", GeoPrecision.POINT, true); // 7.5 km
        SourcedMention a = mention("a:0", ridge, null, monday.minusDays(13));
        SourcedMention b = mention("b:0", hill, null, monday);
        SourcedMention c = mention("c:0", ridge, new TimeMention(null, "that week",
                TimeInterval.days(monday.minusDays(9), monday.minusDays(3), org.sitrep.core.model.TimePrecision.WEEK)), monday.minusDays(2));
        SourcedMention x = mention("x:0", town, new TimeMention(null, "on Monday", TimeInterval.day(monday)), monday.plusDays(1));
        for (SourcedMention m : List.of(a, b, c)) {
            assertEquals(EventMerger.period(x) - 1, EventMerger.period(m), m.id());
        }
        PartitionReconciler reconciler = new PartitionReconciler();
        PartitionReconcilerTest.Memory memory = new PartitionReconcilerTest.Memory();
        memory.apply(reconciler.refresh("geo:XX/A1", List.of(a, b, c), new Lookup(memory), null));
        assertEquals(1, memory.events.size(), "the three vague reports are one event");
        List<SourcedMention> all = List.of(a, b, c, x);
        PartitionReconciler.PartitionResult again = reconciler.refresh("geo:XX/A1", all, new Lookup(memory), null);
        PartitionReconciler.PartitionResult told = reconciler.refresh("geo:XX/A1", all, new Lookup(memory), null, Set.of("x:0"));
        assertEquals(again, told);
        memory.apply(told);
        assertEquals(3, memory.events.size(), "the capture with the middle report, and the other two apart");
    }

    /**
     * Two undated reports of the rebels taking a place are one event, until a dated report of the army taking it
     * between them comes: then two, in a refresh told that only that report is new as in merging everything.
     */
    @Test
    void aNewTakeBetweenTwoVagueReportsSetsThemApart() {
        LocalDate day = LocalDate.of(2024, 3, 4);
        ResolvedPlace ridge = new ResolvedPlace("Ridge", null, 35.0, 36.0824, "A1", "XX", GeoPrecision.POINT, true);
        SourcedMention u1 = mention("u1:0", ridge, null, day);
        SourcedMention u2 = mention("u2:0", ridge, null, day.plusDays(4));
        EventMention m = mention("t:0", ridge, new TimeMention(null, "on the day", TimeInterval.day(day.minusDays(4))), day).mention();
        SourcedMention army = new SourcedMention("t:0", "at", "ot", TimeInterval.day(day.minusDays(3)), new EventMention(m.doc(), 0,
                EventType.CAPTURE, Realis.ASSERTED, "captured", new ActorRef("the army", "army", "army"), null, m.place(), m.time(), null, null,
                "q", new Span(0, 1), 0.5));
        assertEquals(EventMerger.period(u1), EventMerger.period(army));
        assertEquals(EventMerger.period(u2), EventMerger.period(army));
        PartitionReconciler reconciler = new PartitionReconciler();
        PartitionReconcilerTest.Memory memory = new PartitionReconcilerTest.Memory();
        memory.apply(reconciler.refresh("geo:XX/A1", List.of(u1, u2), new Lookup(memory), null));
        assertEquals(1, memory.events.size());
        List<SourcedMention> all = List.of(u1, u2, army);
        PartitionReconciler.PartitionResult told = reconciler.refresh("geo:XX/A1", all, new Lookup(memory), null, Set.of("t:0"));
        assertEquals(reconciler.refresh("geo:XX/A1", all, new Lookup(memory), null), told);
        memory.apply(told);
        assertEquals(3, memory.events.size());
    }

    /**
     * A take keeps two takes apart only when its midpoint lies between theirs: a new report of the army taking the
     * place after two undated reports of the rebels taking it leaves their stored event as it is, without uniting its
     * reports again; one between them (or at the midpoint of neither) has them united again, and they part. Each
     * gives the groups of merging everything.
     */
    @Test
    void aNewTakeUnitesAgainOnlyTheVagueReportsItLiesBetween() {
        LocalDate day = LocalDate.of(2024, 3, 4);
        ResolvedPlace ridge = new ResolvedPlace("Ridge", null, 35.0, 36.0824, "A1", "XX", GeoPrecision.POINT, true);
        SourcedMention u1 = mention("u1:0", ridge, null, day); // undated: the two weeks before, midpoint a week before
        SourcedMention u2 = mention("u2:0", ridge, null, day.plusDays(4));
        EventMerger merger = new EventMerger();
        List<SourcedMention> rebels = merger.cluster(List.of(u1, u2)).get(0);
        assertEquals(2, rebels.size(), "the two undated reports are one event");
        Map<String, String> stored = Map.of("u1:0", EventMerger.eventId(rebels), "u2:0", EventMerger.eventId(rebels));
        // a day's take by the army: its midpoint at noon, after both reports' midpoints, then between them, then before
        int[][] cases = {{3, 0}, {-5, 1}, {-13, 0}};
        for (int[] c : cases) {
            LocalDate taken = day.plusDays(c[0]);
            EventMention m = mention("t:0", ridge, new TimeMention(null, "on the day", TimeInterval.day(taken)), taken).mention();
            SourcedMention army = new SourcedMention("t:0", "at", "ot", TimeInterval.day(taken.plusDays(1)), new EventMention(m.doc(), 0,
                    EventType.CAPTURE, Realis.ASSERTED, "captured", new ActorRef("the army", "army", "army"), null, m.place(), m.time(), null,
                    null, "q", new Span(0, 1), 0.5));
            List<SourcedMention> all = List.of(u1, u2, army);
            EventMerger.Clustered told = merger.cluster(all, Set.of("t:0"), stored);
            assertEquals(sorted(merger.cluster(all)), sorted(told.groups()), "the army's take on " + taken);
            assertEquals(c[1], told.vagueUnitedAgain(), "united again, the army's take on " + taken);
            assertEquals(1 - c[1], told.vagueKept(), "kept, the army's take on " + taken);
        }
    }

    /** Groups in one order, for comparing. */
    private static Set<List<String>> sorted(List<List<SourcedMention>> groups) {
        Set<List<String>> out = new java.util.HashSet<>();
        groups.forEach(g -> out.add(g.stream().map(SourcedMention::id).sorted().toList()));
        return out;
    }
}
