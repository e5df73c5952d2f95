package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The takes of a partition by time, to answer "did the other side take this place between these two takes?".
 * Only supporting mentions (not denied, not failed) count. Not thread-safe; built per merge.
 */
final class Takes {
    private final Map<Long, List<Item>> byCell = new HashMap<>();
    /**
     * Per cell, for each take (in {@link #byCell}'s order) the index of the next take by another side, or the list's
     * size: a run of one side's takes is passed over at once (a busy place holds thousands of takes between two
     * mentions a month apart, most of them by one side).
     */
    private final Map<Long, int[]> nextOtherSide = new HashMap<>();
    private final Cells cells;

    Takes(List<Item> items, Cells cells) {
        this.cells = cells;
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            if (i.family == Family.TAKE && i.supports() && i.side != null && i.timed && cells.key(k) != Cells.NONE) {
                byCell.computeIfAbsent(cells.key(k), c -> new ArrayList<>()).add(i);
            }
        }
        byCell.forEach((cell, l) -> {
            l.sort(Comparator.comparingLong(i -> i.mid));
            int[] next = new int[l.size()];
            for (int k = l.size() - 1; k >= 0; k--) {
                next[k] = k + 1 == l.size() || !l.get(k + 1).side.equals(l.get(k).side) ? k + 1 : next[k + 1];
            }
            nextOtherSide.put(cell, next);
        });
    }

    /**
     * True when a take of the same place by another side lies strictly between the two takes' midpoints (such a
     * take is of x's place, so it lies in the cells around x's).
     */
    boolean takenBackBetween(Item x, Item y) {
        long lo = Math.min(x.mid, y.mid);
        long hi = Math.max(x.mid, y.mid);
        String side = x.side != null ? x.side : y.side;
        if (side == null) {
            return false;
        }
        for (long cell : cells.around(x.cell)) {
            List<Item> byMid = byCell.get(cell);
            if (byMid == null) {
                continue;
            }
            int[] next = nextOtherSide.get(cell);
            int k = firstAfter(byMid, lo);
            while (k < byMid.size() && byMid.get(k).mid < hi) {
                Item t = byMid.get(k);
                if (side.equals(t.side)) {
                    k = next[k]; // the rest of this side's run cannot be another side's take
                } else if (EventMerger.samePlace(x, t) && EventMerger.samePlace(y, t)) {
                    return true;
                } else {
                    k++;
                }
            }
        }
        return false;
    }

    private static int firstAfter(List<Item> byMid, long mid) {
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
