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
}
