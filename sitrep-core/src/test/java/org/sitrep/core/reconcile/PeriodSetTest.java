package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link EventMerger.PeriodSet}: the same answers as the set it is made from, narrow or wide, extremes included. */
class PeriodSetTest {
    private static final long[] EXTREMES = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MIN_VALUE / 2, -EventMerger.PeriodSet.MOST - 1, -1, 0, 1,
            EventMerger.PeriodSet.MOST, EventMerger.PeriodSet.MOST + 1, Long.MAX_VALUE / 2, Long.MAX_VALUE - 1, Long.MAX_VALUE};

    @Test
    void empty() {
        EventMerger.PeriodSet none = new EventMerger.PeriodSet(Set.of());
        for (long p : EXTREMES) {
            assertFalse(none.contains(p), "empty holds " + p);
        }
        assertFalse(EventMerger.PeriodSet.narrow(Long.MAX_VALUE, Long.MIN_VALUE), "no periods are not narrow");
    }

    @Test
    void randomSetsAnswerAsTheirSet() {
        Random r = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            Set<Long> given = new HashSet<>();
            long base = round % 3 == 0 ? EXTREMES[r.nextInt(EXTREMES.length)] : r.nextInt(2_000) - 1_000;
            int count = r.nextInt(12);
            for (int k = 0; k < count; k++) {
                long spread = round % 5 == 0 ? r.nextLong() : r.nextInt(round % 7 == 0 ? Integer.MAX_VALUE : 600);
                given.add(r.nextBoolean() ? base + spread : base - spread); // wraps at the extremes: any long
            }
            if (round % 11 == 0) {
                given.add(EXTREMES[r.nextInt(EXTREMES.length)]);
            }
            EventMerger.PeriodSet set = new EventMerger.PeriodSet(given);
            for (long p : given) {
                assertTrue(set.contains(p), "round " + round + ": " + p + " of " + given);
                for (long d : new long[] {-1, 1, EventMerger.PeriodSet.MOST, -EventMerger.PeriodSet.MOST}) {
                    assertEquals(given.contains(p + d), set.contains(p + d), "round " + round + ": " + (p + d) + " against " + given);
                }
            }
            for (long p : EXTREMES) {
                assertEquals(given.contains(p), set.contains(p), "round " + round + ": " + p + " against " + given);
            }
            for (int k = 0; k < 50; k++) {
                long p = base + r.nextInt(4_000) - 2_000;
                assertEquals(given.contains(p), set.contains(p), "round " + round + ": " + p + " against " + given);
            }
        }
    }
}
