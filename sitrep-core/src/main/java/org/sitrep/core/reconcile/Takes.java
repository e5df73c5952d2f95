package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The takes of a partition by time, to answer "did the other side take this place between these two takes?".
 * Only supporting mentions (not denied, not failed) count. Not thread-safe; built per merge.
 */
final class Takes {
    private final List<Item> byMid = new ArrayList<>();

    Takes(List<Item> items) {
        for (Item i : items) {
            if (i.family == Family.TAKE && i.supports() && i.side != null && i.timed) {
                byMid.add(i);
            }
        }
        byMid.sort(Comparator.comparingLong(i -> i.mid));
    }

    /** True when a take of the same place by another side lies strictly between the two takes' midpoints. */
    boolean takenBackBetween(Item x, Item y) {
        long lo = Math.min(x.mid, y.mid);
        long hi = Math.max(x.mid, y.mid);
        int k = firstAfter(lo);
        for (; k < byMid.size() && byMid.get(k).mid < hi; k++) {
            Item t = byMid.get(k);
            String side = x.side != null ? x.side : y.side;
            if (side != null && !side.equals(t.side) && EventMerger.samePlace(x, t) && EventMerger.samePlace(y, t)) {
                return true;
            }
        }
        return false;
    }

    private int firstAfter(long mid) {
        int lo = 0;
        int hi = byMid.size();
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (byMid.get(m).mid <= mid) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }
}
