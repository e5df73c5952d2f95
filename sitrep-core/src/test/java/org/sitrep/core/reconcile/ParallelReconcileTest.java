package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Parallel;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.SourcedMention;

/**
 * A large partition is merged, assembled and put on timelines on several threads ({@link Parallel}): the result must be
 * the one a single thread gives, on random partitions large enough that every step runs on several threads.
 */
class ParallelReconcileTest {
    private static final EventType[] TYPES = {EventType.CAPTURE, EventType.RECAPTURE, EventType.ENTER, EventType.WITHDRAW,
        EventType.CONTROL, EventType.ATTACK, EventType.CLASH, EventType.AIRSTRIKE, EventType.ADVANCE};
    /** 400 places in about 100 x 100 km over two months, sources repeating one another. */
    private static final RandomRegion.Shape PARTITION = new RandomRegion.Shape(400, 2.6, 60, TYPES, true);

    @Test
    void everyStepRunsOnceAndSmallLoopsStayOnTheCaller() {
        for (int n : new int[] {0, 1, 63, 64, 65, 1_999, 2_000, 5_003}) {
            for (int threads : new int[] {1, 2, 4}) {
                AtomicIntegerArray runs = new AtomicIntegerArray(n);
                Set<Thread> seen = ConcurrentHashMap.newKeySet();
                Parallel.forEach(n, threads, Parallel.MIN_STEPS, i -> {
                    runs.incrementAndGet(i);
                    seen.add(Thread.currentThread());
                });
                for (int i = 0; i < n; i++) {
                    assertEquals(1, runs.get(i), "step " + i + " of " + n + " on " + threads);
                }
                if (n < Parallel.MIN_STEPS || threads == 1) {
                    assertEquals(n == 0 ? Set.of() : Set.of(Thread.currentThread()), seen, n + " steps on " + threads);
                }
            }
        }
        // with many steps the helpers take part (each step sleeps a little, so the caller cannot take them all)
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        Parallel.forEach(4_000, 3, 0, i -> {
            seen.add(Thread.currentThread());
            if (i % 64 == 0) {
                sleep();
            }
        });
        assertTrue(seen.size() > 1, "only the caller ran the steps");
    }

    @Test
    void aFailingStepFailsTheLoopWithItsOwnException() {
        IllegalArgumentException thrown = new IllegalArgumentException("step 3000");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Parallel.forEach(5_000, 3, 0, i -> {
            if (i == 3_000) {
                throw thrown;
            }
        }));
        assertSame(thrown, e);
        assertThrows(StackOverflowError.class, () -> Parallel.forEach(5_000, 2, 0, i -> {
            if (i == 4_999) {
                throw new StackOverflowError();
            }
        }));
    }

    @Test
    void aLargeMergeOnSeveralThreadsGivesTheGroupsOfOne() {
        EventMerger one = new EventMerger();
        EventMerger three = new EventMerger(3);
        int merged = 0;
        for (long seed = 1; seed <= 4; seed++) {
            List<SourcedMention> ms = RandomRegion.mentions(new Random(seed), 48, PARTITION, 5_000 + (int) seed * 500);
            List<Set<String>> expected = RandomRegion.idSets(one.cluster(ms));
            assertEquals(expected, RandomRegion.idSets(three.cluster(ms)), "seed " + seed);
            merged += ms.size() - expected.size();
        }
        assertTrue(merged > 2_000, "the data must merge a lot to test anything: " + merged);
    }

    @Test
    void aLargePartitionReconciledOnSeveralThreadsGivesTheResultOfOne() {
        PartitionReconciler one = new PartitionReconciler();
        PartitionReconciler three = new PartitionReconciler(3);
        List<SourcedMention> ms = RandomRegion.mentions(new Random(7), 48, PARTITION, 7_000);
        // first what is stored of a part of the partition, then the whole against it (unchanged groups are assembled
        // again for their places' timelines)
        List<SourcedMention> part = ms.subList(0, 4_000);
        PartitionReconciler.PartitionResult first = one.refresh("geo:XX/A1", part, List.of(), Map.of());
        assertSameResult(first, three.refresh("geo:XX/A1", part, List.of(), Map.of()));
        Map<String, PartitionReconciler.Stored> stored = new HashMap<>();
        for (Event e : first.written()) {
            stored.put(e.id(), new PartitionReconciler.Stored(first.members().get(e.id()), PartitionReconciler.timelineKey(e)));
        }
        PartitionReconciler.PartitionResult second = one.refresh("geo:XX/A1", ms, List.of(), stored);
        assertSameResult(second, three.refresh("geo:XX/A1", ms, List.of(), stored));
        assertTrue(first.written().size() > Parallel.MIN_STEPS && second.periods().size() > 500
                        && second.timelineKeys().size() > Parallel.MIN_STEPS / 8,
                "too small to run on several threads: " + first.written().size() + " events, " + second.periods().size()
                        + " periods, " + second.timelineKeys().size() + " places");
    }

    private static void assertSameResult(PartitionReconciler.PartitionResult expected, PartitionReconciler.PartitionResult actual) {
        assertSameList("removed events", expected.removed(), actual.removed());
        assertSameList("written events", expected.written(), actual.written());
        assertEquals(expected.members(), actual.members());
        assertSameList("contradictions", expected.contradictions(), actual.contradictions());
        assertEquals(expected.timelineKeys(), actual.timelineKeys());
        assertEquals(expected.unlistedKeys(), actual.unlistedKeys());
        assertSameList("periods", expected.periods(), actual.periods());
    }

    /** Equal lists, or a failure that names the first item that differs (the lists are long). */
    private static void assertSameList(String what, List<?> expected, List<?> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                throw new AssertionError(what + " differ at " + i + ": expected " + expected.get(i) + ", got " + actual.get(i));
            }
        }
        assertEquals(expected.size(), actual.size(), what + ": how many");
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
