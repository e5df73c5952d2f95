package org.sitrep.core.reconcile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each item of a partition may find the items it can merge with. Items with a point lie in a grid whose cells
 * are at least {@link EventMerger#NEAR_KM} wide, so two places that can be the same (one gazetteer entry, or within
 * that distance) are in the same or in adjacent cells; items of one gazetteer entry without a point share a bucket;
 * coarse places (provinces, unlisted names) are compared only among themselves, campaigns only among themselves,
 * and items without a place with nothing. This keeps merging a region of a million mentions from comparing every
 * pair that overlaps in time. Not thread-safe; built per merge.
 */
final class Cells {
    /** A key that is no cell: the item merges with nothing. */
    static final long NONE = Long.MIN_VALUE;
    private static final long CAMPAIGN = -2;
    /** Coarse places whose spellings start with different letters (see {@link #coarseKey}). */
    private static final long COARSE_MIXED = -4;
    /** Coarse places whose spellings all start with one letter c: COARSE_BASE - c. */
    private static final long COARSE_BASE = -100;
    /** Gazetteer entries without a point: ENTRY_BASE - geonameid. */
    private static final long ENTRY_BASE = -1_000_000;
    private static final long GRID_COLUMNS = 1L << 31;
    /** Kilometres per degree of latitude, rounded down so that cells are never narrower than {@link EventMerger#NEAR_KM}. */
    private static final double KM_PER_DEGREE = 110.0;

    /** The one bucket of {@link #flat}. */
    private static final long ALL = -3;

    private final long[] keys;
    /** The coarse keys in use, for {@link #COARSE_MIXED}'s neighbourhood. */
    private final java.util.TreeSet<Long> coarseKeys = new java.util.TreeSet<>();
    private final double latStep;
    private final double lonStep;

    /** Every item that has a place (or is a campaign) in one bucket: the reference that the grid must agree with. */
    static Cells flat(List<Item> items) {
        Cells c = new Cells(items);
        for (int k = 0; k < items.size(); k++) {
            if (c.keys[k] != NONE) {
                c.keys[k] = ALL;
                items.get(k).cell = ALL;
            }
        }
        return c;
    }

    Cells(List<Item> items) {
        double maxAbsLat = 0;
        for (Item i : items) {
            if (i.place != null && i.place.hasPoint()) {
                maxAbsLat = Math.max(maxAbsLat, Math.abs(i.place.lat()));
            }
        }
        latStep = EventMerger.NEAR_KM / KM_PER_DEGREE;
        double cos = Math.cos(Math.toRadians(Math.min(89.0, maxAbsLat + latStep)));
        lonStep = EventMerger.NEAR_KM / (KM_PER_DEGREE * cos);
        keys = new long[items.size()];
        Map<Integer, Long> byEntry = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            Item i = items.get(k);
            if (i.family != Family.CAMPAIGN && i.place != null && !i.coarse() && i.place.hasPoint() && i.place.geonameid() != null) {
                byEntry.putIfAbsent(i.place.geonameid(), grid(i.place.lat(), i.place.lon()));
            }
        }
        for (int k = 0; k < items.size(); k++) {
            keys[k] = key(items.get(k), byEntry);
            items.get(k).cell = keys[k];
        }
    }

    private long key(Item i, Map<Integer, Long> byEntry) {
        if (i.family == Family.CAMPAIGN) {
            return CAMPAIGN;
        }
        if (i.place == null) {
            return NONE;
        }
        if (i.coarse()) {
            long k = coarseKey(i);
            if (k != NONE) {
                coarseKeys.add(k);
            }
            return k;
        }
        if (i.place.geonameid() != null) {
            Long cell = byEntry.get(i.place.geonameid());
            return cell != null ? cell : ENTRY_BASE - i.place.geonameid(); // one entry, no point: its own bucket
        }
        return i.place.hasPoint() ? grid(i.place.lat(), i.place.lon()) : NONE;
    }

    /**
     * Coarse places match by spelling ({@link Names#same}, which needs the same first letter of the spelling key) of
     * their name or of the words the source used, or as one province or country (same name): a place goes in the
     * bucket of the one letter its spellings start with, or in the mixed bucket when they start with two.
     */
    private static long coarseKey(Item i) {
        String name = i.nameKey == null ? "" : i.nameKey; // called for coarse places, whose keys the item holds
        String text = i.textKey == null ? "" : i.textKey;
        java.util.Set<Character> first = new java.util.TreeSet<>();
        if (!name.isEmpty()) {
            first.add(name.charAt(0));
        } else if (i.place.resolved()) {
            first.add('\0'); // matched as one province or country by its name, which has no spelling key
        }
        if (!text.isEmpty()) {
            first.add(text.charAt(0));
        }
        if (first.isEmpty()) {
            return NONE;
        }
        return first.size() > 1 ? COARSE_MIXED : COARSE_BASE - first.iterator().next();
    }

    private long grid(double lat, double lon) {
        long row = (long) Math.floor((lat + 90) / latStep);
        long col = (long) Math.floor((lon + 180) / lonStep);
        return row * GRID_COLUMNS + col;
    }

    private static boolean isCoarse(long key) {
        return key == COARSE_MIXED || key <= COARSE_BASE && key > ENTRY_BASE;
    }

    /** The item's cell or bucket, {@link #NONE} when it merges with nothing. */
    long key(int item) {
        return keys[item];
    }

    /** The cells whose items the items of {@code key} may merge with, itself first (the 3 x 3 block for a grid cell). */
    long[] around(long key) {
        if (key == COARSE_MIXED) {
            long[] out = new long[coarseKeys.size() + 1];
            int n = 0;
            out[n++] = key;
            for (long k : coarseKeys) {
                if (k != key) {
                    out[n++] = k;
                }
            }
            return java.util.Arrays.copyOf(out, n);
        }
        if (isCoarse(key)) {
            return new long[] {key, COARSE_MIXED};
        }
        if (key < 0) {
            return key == NONE ? new long[0] : new long[] {key};
        }
        long row = key / GRID_COLUMNS;
        long col = key % GRID_COLUMNS;
        long[] out = new long[9];
        out[0] = key;
        int n = 1;
        for (long dr = -1; dr <= 1; dr++) {
            for (long dc = -1; dc <= 1; dc++) {
                if ((dr != 0 || dc != 0) && row + dr >= 0 && col + dc >= 0) {
                    out[n++] = (row + dr) * GRID_COLUMNS + col + dc;
                }
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The adjacent cells that come after {@code key} (half of them, so that each pair of cells is visited once). */
    long[] after(long key) {
        if (isCoarse(key) && key != COARSE_MIXED) {
            return new long[] {COARSE_MIXED};
        }
        if (key < 0) {
            return new long[0];
        }
        long row = key / GRID_COLUMNS;
        long col = key % GRID_COLUMNS;
        long[] out = new long[4];
        int n = 0;
        long[][] steps = {{0, 1}, {1, -1}, {1, 0}, {1, 1}};
        for (long[] s : steps) {
            if (col + s[1] >= 0) {
                out[n++] = (row + s[0]) * GRID_COLUMNS + col + s[1];
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
