package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The takes of a partition by time, to answer "did the other side take this place between these two takes?".
 * Only supporting mentions (not denied, not failed) count. Not thread-safe; built per merge.
 */
final class Takes {
    private final Map<Long, List<Item>> byCell = new HashMap<>();
    private final Cells cells;

    Takes(List<Item> items, Cells cells) {
        this.cells = cells;
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            if (counts(i, cells.key(k))) {
                byCell.computeIfAbsent(cells.key(k), c -> new ArrayList<>()).add(i);
            }
        }
        for (List<Item> l : byCell.values()) {
            l.sort((a, b) -> Long.compare(a.mid, b.mid));
        }
    }

    /** Whether an item in this cell is a take that can keep two others apart: supporting, of a side, timed, placed. */
    static boolean counts(Item i, long cell) {
        return i.family == Family.TAKE && i.supports() && i.side != null && i.timed && cell != Cells.NONE;
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
            for (int k = firstAfter(byMid, lo); k < byMid.size() && byMid.get(k).mid < hi; k++) {
                Item t = byMid.get(k);
                if (!side.equals(t.side) && EventMerger.samePlace(x, t) && EventMerger.samePlace(y, t)) {
                    return true;
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
