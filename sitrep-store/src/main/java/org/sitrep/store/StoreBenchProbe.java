package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.sitrep.core.model.Event;
import org.sitrep.core.model.Geo;

/**
 * What the store benchmark needs besides the {@link EventStore} API: query parameters sampled from the stored data,
 * and the baselines — the same questions answered by scanning whole tables, without the spatial, period and text
 * indexes. Opens its own read-only connection.
 */
public final class StoreBenchProbe implements AutoCloseable {
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "were", "they", "their", "which",
            "said", "after", "been", "into", "also", "over", "than", "when", "while", "where", "would", "about");
    private final Connection c;

    /** "NOT INDEXED" on SQLite; nothing on PostgreSQL, whose probe connection has index scans switched off. */
    private final String noIndex;

    public StoreBenchProbe(Path file) throws SQLException {
        this.c = DriverManager.getConnection("jdbc:sqlite:file:" + file + "?mode=ro");
        this.noIndex = " NOT INDEXED";
    }

    /** A probe of the store at a location (a SQLite file or a PostgreSQL URL). */
    public StoreBenchProbe(String location) throws SQLException {
        if (Dialect.of(location) == Dialect.SQLITE) {
            this.c = DriverManager.getConnection("jdbc:sqlite:file:" + location + "?mode=ro");
            this.noIndex = " NOT INDEXED";
        } else {
            this.c = Dialect.POSTGRESQL.connect(location);
            this.noIndex = "";
        }
    }

    private long maxRowid() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MAX(rowid) FROM events"); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** A value read from one row of a query, or null when the row gives none. */
    @FunctionalInterface
    private interface RowValue<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Up to n values from random rows: {@code sql} takes a rowid to start at and returns one row. */
    private <T> List<T> sample(int n, Random r, String sql, RowValue<T> value) throws SQLException {
        List<T> out = new ArrayList<>();
        long max = maxRowid();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int tries = 0; out.size() < n && tries < n * 10 && max > 0; tries++) {
                p.setLong(1, 1 + (long) (r.nextDouble() * max));
                try (ResultSet rs = p.executeQuery()) {
                    T v = rs.next() ? value.read(rs) : null;
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /** Up to n points (lat, lon) of random events with coordinates. */
    public List<double[]> points(Random r, int n) throws SQLException {
        return sample(n, r, "SELECT lat, lon FROM events WHERE rowid >= ? AND lat IS NOT NULL LIMIT 1",
                row -> new double[] {row.getDouble(1), row.getDouble(2)});
    }

    /** Up to n words (4 letters or more, not function words) drawn from the sentences of random events. */
    public List<String> words(Random r, int n) throws SQLException {
        return sample(n, r, "SELECT json FROM events WHERE rowid >= ? LIMIT 1", row -> {
            Event e = StoreJson.read(row.getString(1), Event.class);
            String quote = e.mentions().get(r.nextInt(e.mentions().size())).mention().quote();
            List<String> ws = new ArrayList<>();
            for (String w : quote.split("[^\\p{L}]+")) {
                if (w.length() >= 4 && !STOP.contains(w.toLowerCase(Locale.ROOT))) {
                    ws.add(w);
                }
            }
            return ws.isEmpty() ? null : ws.get(r.nextInt(ws.size()));
        });
    }

    /** The first and last day events start on. */
    public LocalDate[] span() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT MIN(t_start), MAX(t_start) FROM events"); ResultSet r = p.executeQuery()) {
            r.next();
            LocalDate now = LocalDate.now();
            return new LocalDate[] {r.getString(1) == null ? now : LocalDate.parse(r.getString(1).substring(0, 10)),
                r.getString(2) == null ? now : LocalDate.parse(r.getString(2).substring(0, 10))};
        }
    }

    /** Switches PostgreSQL's index scans off (the baselines read whole tables) or back on; SQLite says so per query. */
    private void indexes(boolean on) throws SQLException {
        if (noIndex.isEmpty()) {
            try (java.sql.Statement s = c.createStatement()) {
                for (String kind : new String[] {"indexscan", "bitmapscan", "indexonlyscan"}) {
                    s.execute("SET enable_" + kind + " = " + (on ? "on" : "off"));
                }
            }
        }
    }

    /** Events within km of a point, by reading every event's coordinates: the baseline of {@code events --near}. */
    public int nearByScan(double lat, double lon, double km) throws SQLException {
        int n = 0;
        indexes(false);
        try {
            try (PreparedStatement p = c.prepareStatement("SELECT json FROM events" + noIndex + " WHERE lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
                    + "ORDER BY t_start LIMIT ?")) {
                Near near = new Near(lat, lon, km);
                p.setDouble(1, lat - near.dLat());
                p.setDouble(2, lat + near.dLat());
                p.setDouble(3, lon - near.dLon());
                p.setDouble(4, lon + near.dLon());
                p.setInt(5, EventQuery.DEFAULT_LIMIT * 4 + 100);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next() && n < EventQuery.DEFAULT_LIMIT) {
                        Event e = StoreJson.read(r.getString(1), Event.class);
                        n += Geo.distanceKm(lat, lon, e.place().lat(), e.place().lon()) <= km ? 1 : 0;
                    }
                }
            }
        } finally {
            indexes(true);
        }
        return n;
    }

    /** Control periods covering a day, by reading every period: the baseline of {@code control --as-of}. */
    public int asOfByScan(LocalDate day) throws SQLException {
        int n = 0;
        indexes(false);
        try {
            try (PreparedStatement p = c.prepareStatement("SELECT json FROM control_periods" + noIndex + " WHERE (from_start IS NULL OR from_start < ?) "
                    + "AND (to_start IS NULL OR to_start > ?) ORDER BY place, place_key, seq")) {
                p.setString(1, day.plusDays(1).atStartOfDay().toString());
                p.setString(2, day.atStartOfDay().toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        StoreJson.read(r.getString(1), org.sitrep.core.model.ControlPeriod.class);
                        n++;
                    }
                }
            }
        } finally {
            indexes(true);
        }
        return n;
    }

    /** Events whose stored record contains the word, by reading every record: the baseline of {@code events --text}. */
    public int textByScan(String word) throws SQLException {
        int n = 0;
        indexes(false);
        try {
            try (PreparedStatement p = c.prepareStatement("SELECT json FROM events" + noIndex + " WHERE json LIKE ? ORDER BY t_start LIMIT ?")) {
                p.setString(1, "%" + word + "%");
                p.setInt(2, EventQuery.DEFAULT_LIMIT);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        StoreJson.read(r.getString(1), Event.class);
                        n++;
                    }
                }
            }
        } finally {
            indexes(true);
        }
        return n;
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
