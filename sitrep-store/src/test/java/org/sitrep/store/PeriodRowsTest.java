package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.PartitionReconciler;

/** The rows of a region's control periods made on several threads are those made on one, in the same order. */
class PeriodRowsTest {
    @TempDir
    Path dir;

    /** Hama refreshed whole in a store of a random region's articles over days ({@link StoreBehaviourTest#randomRegion}). */
    private PartitionReconciler.PartitionResult hama(String file, int articles, int days) throws Exception {
        try (EventStore s = Seeds.store(dir.resolve(file), StoreBehaviourTest.randomRegion(4, articles, days))) {
            List<SourcedMention> ms = new StoreDerived(((SqlEventStore) s).connection()).mentions("geo:SY/Hama");
            return new PartitionReconciler().refresh("geo:SY/Hama", ms, List.of(), Map.of());
        }
    }

    @Test
    void periodRowsMadeOnSeveralThreadsAreThoseMadeOnOne() throws Exception {
        PartitionReconciler.PartitionResult r = hama("rows.db", 600, 120);
        assertTrue(r.periods().size() >= org.sitrep.core.Parallel.MIN_STEPS / 8, "periods enough to be made on threads: " + r.periods().size());
        List<StoreDerived.PeriodRow> one = StoreDerived.periodRows(r.periods(), r.timelineEvents(), 1);
        assertEquals(r.periods().size(), one.size());
        assertEquals(one, StoreDerived.periodRows(r.periods(), r.timelineEvents(), 3));
        assertTrue(one.stream().allMatch(row -> row.placeKeys().startsWith(" ")), "place keys made");
    }

    @Test
    void theEventsKeysAreTakenFromAnEarlierRefreshByTheEventObjectAndAllKeptForTheNext() throws Exception {
        PartitionReconciler.PartitionResult r = hama("keys.db", 300, 60);
        List<org.sitrep.core.model.Event> events = r.timelineEvents();
        assertTrue(events.size() > 10, "events: " + events.size());
        List<StoreDerived.PeriodRow> plain = StoreDerived.periodRows(r.periods(), events, 1);
        // what a first refresh made and kept gives the same rows again, for every event
        Map<org.sitrep.core.model.Event, String[]> made = new java.util.IdentityHashMap<>();
        assertEquals(plain, StoreDerived.periodRows(r.periods(), events, 2, Map.of(), made));
        assertEquals(events.size(), made.size());
        for (org.sitrep.core.model.Event e : events) {
            assertEquals(StoreDerived.placeKeys(e), " " + String.join(" ", made.get(e)) + " ", e.id());
        }
        Map<org.sitrep.core.model.Event, String[]> again = new java.util.IdentityHashMap<>();
        assertEquals(plain, StoreDerived.periodRows(r.periods(), events, 2, made, again));
        for (org.sitrep.core.model.Event e : events) {
            assertSame(made.get(e), again.get(e), "taken, not made again: " + e.id());
        }
        // taken by the event object: keys known for it are what its periods' rows hold
        org.sitrep.core.model.Event first = events.stream().filter(e -> e.place() != null && r.periods().stream()
                .anyMatch(p -> p.placeKey().equals(org.sitrep.core.reconcile.ControlTimeline.placeKey(e.place())))).findFirst().orElseThrow();
        Map<org.sitrep.core.model.Event, String[]> told = new java.util.IdentityHashMap<>(made);
        told.put(first, new String[] {"zzkeptzz"});
        assertTrue(StoreDerived.periodRows(r.periods(), events, 1, told, null).stream().anyMatch(row -> row.placeKeys().contains(" zzkeptzz ")));
        assertTrue(plain.stream().noneMatch(row -> row.placeKeys().contains("zzkeptzz")));
    }
}
