package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Extraction;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;

/**
 * The reconciler as a pure function, checked against a store kept in memory that only applies its results: the
 * properties the SQL store relied on (order independence; refreshing after every article ends where one bulk
 * refresh does) hold of the function itself, whoever persists it.
 */
class PartitionReconcilerTest {
    private final PartitionReconciler reconciler = new PartitionReconciler();

    /** What a store keeps of one partition: its events (with what the reconciler needs) and its timelines' periods. */
    static final class Memory {
        final Map<String, Event> events = new TreeMap<>();
        final Map<String, PartitionReconciler.Stored> stored = new HashMap<>();
        final Map<String, List<ControlPeriod>> periods = new TreeMap<>();

        void apply(PartitionReconciler.PartitionResult r) {
            r.removed().forEach(id -> {
                events.remove(id);
                stored.remove(id);
            });
            for (Event e : r.written()) {
                events.put(e.id(), e);
                stored.put(e.id(), new PartitionReconciler.Stored(r.members().get(e.id()), PartitionReconciler.timelineKey(e)));
            }
            r.timelineKeys().forEach(periods::remove);
            r.unlistedKeys().forEach(periods::remove);
            for (ControlPeriod p : r.periods()) {
                periods.computeIfAbsent(p.placeKey(), k -> new ArrayList<>()).add(p);
            }
        }

        /** Everything kept, as text: event ids with their mentions, then every period. */
        String state() {
            StringBuilder sb = new StringBuilder();
            events.values().forEach(e -> sb.append(e.id()).append(' ').append(stored.get(e.id()).members()).append('\n'));
            periods.forEach((k, ps) -> ps.forEach(p -> sb.append(k).append(' ').append(p.seq()).append(' ').append(p.controller())
                    .append(' ').append(p.contested()).append(' ').append(p.from()).append('\n')));
            return sb.toString();
        }
    }

    /** The seeds' mentions by partition (only event partitions). */
    static Map<String, List<SourcedMention>> byPartition(List<Extraction> xs) {
        Map<String, List<SourcedMention>> out = new TreeMap<>();
        for (Extraction x : xs) {
            for (SourcedMention m : Reconciler.mentions(x)) {
                out.computeIfAbsent(EventMerger.partition(m.mention()), k -> new ArrayList<>()).add(m);
            }
        }
        return out;
    }

    @Test
    void anEmptyPartitionGivesNothingAndAStoredEventWithoutMentionsIsRemoved() {
        PartitionReconciler.PartitionResult r = reconciler.refresh("geo:SY/Hama", List.of(), List.of(), Map.of());
        assertTrue(r.removed().isEmpty() && r.written().isEmpty() && r.periods().isEmpty() && r.contradictions().isEmpty());
        r = reconciler.refresh("geo:SY/Hama", List.of(), List.of(), Map.of("ev-gone", new PartitionReconciler.Stored("a:1", "gn:170017")));
        assertEquals(List.of("ev-gone"), r.removed());
        assertEquals(List.of("gn:170017"), r.timelineKeys(), "the timeline the event was on is rebuilt (here: emptied)");
        assertTrue(r.periods().isEmpty());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfTheMentions() {
        Random random = new Random(11);
        for (Map.Entry<String, List<SourcedMention>> p : byPartition(SeedFixture.extractions()).entrySet()) {
            Memory a = new Memory();
            a.apply(reconciler.refresh(p.getKey(), p.getValue(), List.of(), Map.of()));
            for (int i = 0; i < 3; i++) {
                List<SourcedMention> shuffled = new ArrayList<>(p.getValue());
                Collections.shuffle(shuffled, random);
                Memory b = new Memory();
                b.apply(reconciler.refresh(p.getKey(), shuffled, List.of(), Map.of()));
                assertEquals(a.state(), b.state(), p.getKey());
            }
        }
    }

    @Test
    void refreshingAfterEveryArticleAgainstWhatIsStoredEndsWhereOneRefreshOfAllDoes() {
        Map<String, List<SourcedMention>> all = byPartition(SeedFixture.extractions());
        Random random = new Random(5);
        for (int round = 0; round < 3; round++) {
            List<Extraction> order = new ArrayList<>(SeedFixture.extractions());
            Collections.shuffle(order, random);
            Map<String, Memory> incremental = new TreeMap<>();
            Map<String, List<SourcedMention>> seen = new TreeMap<>();
            int unchanged = 0;
            for (Extraction x : order) {
                Map<String, List<SourcedMention>> added = byPartition(List.of(x));
                for (Map.Entry<String, List<SourcedMention>> p : added.entrySet()) {
                    seen.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).addAll(p.getValue());
                    Memory m = incremental.computeIfAbsent(p.getKey(), k -> new Memory());
                    PartitionReconciler.PartitionResult r = reconciler.refresh(p.getKey(), seen.get(p.getKey()), List.of(), Map.copyOf(m.stored));
                    unchanged += m.events.size() - r.removed().size();
                    m.apply(r);
                }
            }
            assertTrue(unchanged > 0, "a refresh leaves the events whose mentions did not change alone");
            for (Map.Entry<String, List<SourcedMention>> p : all.entrySet()) {
                Memory bulk = new Memory();
                bulk.apply(reconciler.refresh(p.getKey(), p.getValue(), List.of(), Map.of()));
                assertEquals(bulk.state(), incremental.get(p.getKey()).state(), p.getKey());
            }
        }
    }

    /** Looks up a {@link Memory}'s events as a store does, counting the mentions it was asked about. */
    static class MemoryLookup implements PartitionReconciler.StoredEvents {
        final Memory memory;
        int asked;

        MemoryLookup(Memory memory) {
            this.memory = memory;
        }

        @Override
        public Map<String, PartitionReconciler.Stored> withIds(java.util.Collection<String> eventIds) {
            Map<String, PartitionReconciler.Stored> out = new HashMap<>();
            eventIds.forEach(id -> {
                if (memory.stored.containsKey(id)) {
                    out.put(id, memory.stored.get(id));
                }
            });
            return out;
        }

        @Override
        public Map<String, PartitionReconciler.Stored> holding(java.util.Collection<String> mentionIds) {
            asked += mentionIds.size();
            Map<String, PartitionReconciler.Stored> out = new HashMap<>();
            for (Event e : memory.events.values()) {
                if (e.mentions().stream().anyMatch(m -> mentionIds.contains(m.id()))) {
                    out.put(e.id(), memory.stored.get(e.id()));
                }
            }
            return out;
        }
    }

    @Test
    void lookingUpTheStoredEventsGivesTheResultOfBeingGivenThemAndAsksOnlyAboutChangedGroups() {
        Random random = new Random(9);
        int held = 0;
        int asked = 0;
        for (int round = 0; round < 3; round++) {
            List<Extraction> order = new ArrayList<>(SeedFixture.extractions());
            Collections.shuffle(order, random);
            Map<String, Memory> stores = new TreeMap<>();
            Map<String, List<SourcedMention>> seen = new TreeMap<>();
            for (Extraction x : order) {
                for (Map.Entry<String, List<SourcedMention>> p : byPartition(List.of(x)).entrySet()) {
                    seen.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).addAll(p.getValue());
                    Memory m = stores.computeIfAbsent(p.getKey(), k -> new Memory());
                    List<SourcedMention> mentions = seen.get(p.getKey());
                    PartitionReconciler.PartitionResult given = reconciler.refresh(p.getKey(), mentions, List.of(), Map.copyOf(m.stored));
                    MemoryLookup lookup = new MemoryLookup(m);
                    PartitionReconciler.PartitionResult looked = reconciler.refresh(p.getKey(), mentions, lookup);
                    assertEquals(given, looked, p.getKey() + " after " + x.article().id());
                    held += mentions.size();
                    asked += lookup.asked;
                    assertTrue(lookup.asked <= mentions.size());
                    m.apply(looked);
                }
            }
        }
        assertTrue(asked > 0, "some refreshes change groups, whose stored events are looked up by mention");
        assertTrue(asked < held / 2, "the events of unchanged groups are looked up by id: asked about " + asked + " of " + held + " mentions");
    }

    /** Events kept between refreshes as a store keeps them: those of the last refresh only, by id and members. */
    static final class Kept implements PartitionReconciler.Assembled {
        Map<String, Event> earlier = Map.of();
        Map<String, Event> next = new HashMap<>();
        int taken;

        @Override
        public Event earlier(String id, String members) {
            Event e = earlier.get(id + " " + members);
            taken += e == null ? 0 : 1;
            return e;
        }

        @Override
        public void assembled(Event event, String members) {
            next.put(event.id() + " " + members, event);
        }

        /** What {@link #kept} answers from, when not {@link #earlier} (tests of kept events that are not those groups'). */
        Map<String, Event> checkedAgainst;
        int found;

        @Override
        public Event kept(String id, String members) {
            Event e = (checkedAgainst != null ? checkedAgainst : earlier).get(id + " " + members);
            found += e == null ? 0 : 1;
            return e;
        }

        void turn() {
            earlier = next;
            next = new HashMap<>();
        }
    }

    @Test
    void eventsKeptFromTheLastRefreshGiveTheResultOfAssemblingThemAgain() {
        Random random = new Random(10);
        int taken = 0;
        for (int round = 0; round < 3; round++) {
            List<Extraction> order = new ArrayList<>(SeedFixture.extractions());
            Collections.shuffle(order, random);
            Map<String, Memory> stores = new TreeMap<>();
            Map<String, Kept> kept = new TreeMap<>();
            Map<String, List<SourcedMention>> seen = new TreeMap<>();
            for (Extraction x : order) {
                for (Map.Entry<String, List<SourcedMention>> p : byPartition(List.of(x)).entrySet()) {
                    seen.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).addAll(p.getValue());
                    Memory m = stores.computeIfAbsent(p.getKey(), k -> new Memory());
                    Kept k = kept.computeIfAbsent(p.getKey(), q -> new Kept());
                    List<SourcedMention> mentions = seen.get(p.getKey());
                    PartitionReconciler.PartitionResult again = reconciler.refresh(p.getKey(), mentions, new MemoryLookup(m));
                    PartitionReconciler.PartitionResult taking = reconciler.refresh(p.getKey(), mentions, new MemoryLookup(m), k);
                    assertEquals(again, taking, p.getKey() + " after " + x.article().id());
                    for (Event e : taking.timelineEvents()) {
                        assertTrue(k.next.containsKey(e.id() + " " + EventMerger.members(e.mentions())), "handed over: " + e.id());
                    }
                    k.turn();
                    m.apply(taking);
                }
            }
            taken += kept.values().stream().mapToInt(k -> k.taken).sum();
        }
        assertTrue(taken > 20, "the timelines took kept events: " + taken);
    }

    @Test
    void aClaimsPartitionGivesTheContradictionsAmongItsClaimsOnly() {
        Map<String, List<SourcedClaim>> claims = new TreeMap<>();
        for (Extraction x : SeedFixture.extractions()) {
            for (SourcedClaim c : Reconciler.claims(x)) {
                claims.computeIfAbsent(ContradictionFinder.partition(c.claim()), k -> new ArrayList<>()).add(c);
            }
        }
        assertFalse(claims.isEmpty());
        int found = 0;
        for (Map.Entry<String, List<SourcedClaim>> p : claims.entrySet()) {
            assertTrue(PartitionReconciler.isClaims(p.getKey()), p.getKey());
            PartitionReconciler.PartitionResult r = reconciler.refresh(p.getKey(), List.of(), p.getValue(), Map.of());
            assertTrue(r.claimsOnly() && r.written().isEmpty() && r.removed().isEmpty());
            assertEquals(new ContradictionFinder().amongClaims(p.getKey(), p.getValue()), r.contradictions());
            found += r.contradictions().size();
        }
        assertTrue(found > 0, "the seeds disagree on some figures");
    }

    @Test
    void randomSubsetsOfMentionsPutEveryMentionInExactlyOneWrittenEvent() {
        Random random = new Random(3);
        for (Map.Entry<String, List<SourcedMention>> p : byPartition(SeedFixture.extractions()).entrySet()) {
            for (int i = 0; i < 5; i++) {
                List<SourcedMention> subset = new ArrayList<>();
                p.getValue().forEach(m -> {
                    if (random.nextBoolean()) {
                        subset.add(m);
                    }
                });
                PartitionReconciler.PartitionResult r = reconciler.refresh(p.getKey(), subset, List.of(), Map.of());
                TreeSet<String> in = new TreeSet<>();
                int total = 0;
                for (Event e : r.written()) {
                    assertEquals(EventMerger.members(e.mentions()), r.members().get(e.id()));
                    for (SourcedMention m : e.mentions()) {
                        in.add(m.id());
                        total++;
                    }
                }
                assertEquals(subset.size(), total, "no mention in two events");
                assertEquals(subset.stream().map(SourcedMention::id).collect(java.util.stream.Collectors.toCollection(TreeSet::new)), in);
            }
        }
    }
}
