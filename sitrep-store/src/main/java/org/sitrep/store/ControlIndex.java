package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Geo;

/**
 * Every control period's brief (its first evidence only), decoded once and held in memory sorted by place, so that
 * {@code control --as-of} over all places is a scan of a few arrays instead of thousands of rows read and decoded
 * per query. Immutable once loaded; {@link #of} shares one per store and version of its periods within a process, and
 * makes the next from it by reading again the places a refresh changed.
 * Stores with more than {@link #MAX_PERIODS} periods are answered from SQLite instead.
 */
final class ControlIndex {
    /** Largest number of periods held in memory (about 1 KB each). */
    static final int MAX_PERIODS = 1_000_000;

    private final ControlPeriod[] periods;
    /** Per period: start of its first day and of its end, in minutes since the epoch (open ends: MIN / MAX). */
    private final long[] from;
    private final long[] to;
    /** Per period: the index of the first period of its place (periods of one place are contiguous, by seq). */
    private final int[] placeStart;

    private ControlIndex(List<ControlPeriod> ps) {
        ps.sort(Comparator.comparing((ControlPeriod p) -> p.place().name()).thenComparing(ControlPeriod::placeKey)
                .thenComparingInt(ControlPeriod::seq));
        int n = ps.size();
        periods = ps.toArray(new ControlPeriod[0]);
        from = new long[n];
        to = new long[n];
        placeStart = new int[n];
        for (int i = 0; i < n; i++) {
            ControlPeriod p = periods[i];
            from[i] = p.from().isKnown() ? minutes(p.from().start()) : Long.MIN_VALUE;
            to[i] = p.to().isKnown() ? minutes(p.to().start()) : Long.MAX_VALUE;
            placeStart[i] = i > 0 && periods[i - 1].placeKey().equals(p.placeKey()) ? placeStart[i - 1] : i;
        }
    }

    /**
     * One store's index as last loaded in this process: the store, the periods' version it was loaded at, whether it
     * had too many periods to load, and the index, held softly (a process that opened many stores keeps none it needs
     * the heap for).
     */
    private record Loaded(String store, long version, boolean tooMany, java.lang.ref.SoftReference<ControlIndex> index) {
        /** Whether this answers for the store at the version: by null (too many periods) or an index still held. */
        boolean answers(String id, long v) {
            return store.equals(id) && version == v && (tooMany || index.get() != null);
        }
    }

    /** The index last loaded of each store (by location) in this process, shared by its connections. */
    private static final java.util.Map<String, Loaded> LOADED = new java.util.HashMap<>();
    /** Indexes loaded from the tables in this process, and made from an earlier one by reloading some places (tests). */
    static final java.util.concurrent.atomic.AtomicLong LOADS = new java.util.concurrent.atomic.AtomicLong();
    static final java.util.concurrent.atomic.AtomicLong PATCHES = new java.util.concurrent.atomic.AtomicLong();
    /** Most places whose periods an index is patched with; beyond, it is loaded whole. */
    static final int MAX_PATCH_PLACES = 2000;

    /**
     * The index of the store at {@code location} through connection {@code c}: the one a connection of this process
     * loaded at the store's present version of the periods ({@code control_state}, raised by every refresh that
     * changes any), else loaded now. The version is read before the periods, so an index is never newer than the
     * version it is kept under; the store's identity, drawn when the table was made, tells a file made again at the
     * same place from the one before. Null when the store holds more than {@link #MAX_PERIODS} periods.
     */
    static ControlIndex of(String location, Connection c) throws SQLException {
        String store;
        long version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT store_id, version FROM control_state")) {
            if (!r.next()) {
                throw new SQLException("control_state has no row");
            }
            store = r.getString(1);
            version = r.getLong(2);
        }
        ControlIndex earlier = null;
        long earlierVersion = 0;
        synchronized (LOADED) {
            Loaded l = LOADED.get(location);
            if (l != null && l.answers(store, version)) {
                ControlIndex index = l.index().get();
                if (index != null || l.tooMany()) {
                    return index;
                }
            }
            if (l != null && l.store().equals(store) && l.version() < version && !l.tooMany()) {
                earlier = l.index().get();
                earlierVersion = l.version();
            }
        }
        // outside the lock: another store's connections need not wait for it
        ControlIndex index = earlier == null ? null : patched(c, earlier, earlierVersion, version);
        if (index == null) {
            index = load(c);
        }
        synchronized (LOADED) {
            Loaded l = LOADED.get(location);
            // unless another connection kept this store's index at this version or a later one meanwhile
            if (l == null || !l.store().equals(store) || l.version() < version || !l.answers(store, l.version())) {
                LOADED.put(location, new Loaded(store, version, index == null, new java.lang.ref.SoftReference<>(index)));
            }
        }
        return index;
    }

    /**
     * The index of version {@code to} made from {@code earlier}, of version {@code from}: the periods of the places
     * that the versions after it changed ({@code control_changes}) read again, the others kept. Null when that record
     * does not reach back to {@code from} (its oldest versions are dropped), when more than {@link #MAX_PATCH_PLACES}
     * places changed, or when the periods would be more than {@link #MAX_PERIODS}: the caller loads the index whole. A
     * place changed again after {@code to} may be read as it is now; the next call reads it again.
     */
    private static ControlIndex patched(Connection c, ControlIndex earlier, long from, long to) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MIN(version) FROM control_changes WHERE version > ?")) {
            p.setLong(1, from);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next() || r.getLong(1) != from + 1) {
                    return null; // the record of the versions since has been dropped, or never written (before version 12)
                }
            }
        }
        java.util.Set<String> places = new java.util.HashSet<>();
        try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT place_key FROM control_changes WHERE version > ? AND version <= ?")) {
            p.setLong(1, from);
            p.setLong(2, to);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    places.add(r.getString(1));
                    if (places.size() > MAX_PATCH_PLACES) {
                        return null;
                    }
                }
            }
        }
        List<ControlPeriod> ps = new ArrayList<>(earlier.periods.length + places.size());
        for (ControlPeriod p : earlier.periods) {
            if (!places.contains(p.placeKey())) {
                ps.add(p);
            }
        }
        List<String> keys = new ArrayList<>(places);
        for (int i = 0; i < keys.size(); i += StoreDerived.IN_CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + StoreDerived.IN_CHUNK));
            try (PreparedStatement p = c.prepareStatement("SELECT brief FROM control_periods WHERE place_key IN ("
                    + StoreDerived.marks(chunk.size()) + ")")) {
                for (int k = 0; k < chunk.size(); k++) {
                    p.setString(k + 1, chunk.get(k));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ps.add(BriefPeriod.decode(r.getString(1)));
                    }
                }
            }
        }
        if (ps.size() > MAX_PERIODS) {
            return null;
        }
        PATCHES.incrementAndGet();
        return new ControlIndex(ps);
    }

    /** Loads the index, or returns null when the store holds more than {@link #MAX_PERIODS} periods. */
    static ControlIndex load(Connection c) throws SQLException {
        LOADS.incrementAndGet();
        List<ControlPeriod> ps = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM control_periods")) {
                if (r.next() && r.getLong(1) > MAX_PERIODS) {
                    return null;
                }
            }
            try (ResultSet r = s.executeQuery("SELECT brief FROM control_periods")) {
                while (r.next()) {
                    ps.add(BriefPeriod.decode(r.getString(1)));
                }
            }
        }
        return new ControlIndex(ps);
    }

    int size() {
        return periods.length;
    }

    /**
     * Per place, the last period that covers any part of the day (the state at the end of it), by place name; with
     * {@code near}, only places with a point within its radius.
     */
    List<ControlPeriod> asOf(LocalDate day, Near near) {
        long dayStart = minutes(day.atStartOfDay());
        long dayEnd = minutes(day.plusDays(1).atStartOfDay());
        List<ControlPeriod> out = new ArrayList<>();
        int lastPlace = -1;
        for (int i = 0; i < periods.length; i++) {
            if (from[i] >= dayEnd || to[i] <= dayStart) {
                continue;
            }
            ControlPeriod p = periods[i];
            if (near != null && !near(p, near)) {
                continue;
            }
            if (placeStart[i] == lastPlace) {
                out.set(out.size() - 1, p); // a later period of the same place that also covers the day
            } else {
                out.add(p);
                lastPlace = placeStart[i];
            }
        }
        return out;
    }

    private static boolean near(ControlPeriod p, Near n) {
        if (!p.place().hasPoint()) {
            return false;
        }
        double lat = p.place().lat();
        double lon = p.place().lon();
        return Math.abs(lat - n.lat()) <= n.dLat() && Math.abs(lon - n.lon()) <= n.dLon()
                && Geo.distanceKm(n.lat(), n.lon(), lat, lon) <= n.km();
    }

    private static long minutes(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }
}
