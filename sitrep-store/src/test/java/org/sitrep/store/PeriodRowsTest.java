package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void periodRowsMadeOnSeveralThreadsAreThoseMadeOnOne() throws Exception {
        try (EventStore s = Seeds.store(dir.resolve("rows.db"), StoreBehaviourTest.randomRegion(4, 600, 120))) {
            java.sql.Connection c = ((SqlEventStore) s).connection();
            List<SourcedMention> mentions = new StoreDerived(c).mentions("geo:SY/Hama");
            PartitionReconciler.PartitionResult r = new PartitionReconciler().refresh("geo:SY/Hama", mentions, List.of(), Map.of());
            assertTrue(r.periods().size() >= org.sitrep.core.Parallel.MIN_STEPS / 8, "periods enough to be made on threads: " + r.periods().size());
            List<StoreDerived.PeriodRow> one = StoreDerived.periodRows(r.periods(), r.timelineEvents(), 1);
            assertEquals(r.periods().size(), one.size());
            assertEquals(one, StoreDerived.periodRows(r.periods(), r.timelineEvents(), 3));
            assertTrue(one.stream().allMatch(row -> row.placeKeys().startsWith(" ")), "place keys made");
        }
    }
}
