package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.Geo;
import org.sitrep.core.reconcile.Names;

/** The queries of the store (the same SQL on both dialects but for full-text matching). Not thread-safe (shares the store's connection). */
final class StoreReads {
    /** Sentences kept per framing row. */
    static final int QUOTES_PER_TERM = 3;
    private final Connection c;
    private final Dialect dialect;

    /** The schema of PostgreSQL's cube extension, asked once (null: not asked yet, or SQLite). */
    private String cubeSchema;

    private String cubeSchema() {
        if (cubeSchema == null && dialect == Dialect.POSTGRESQL) {
            try {
                cubeSchema = dialect.cubeSchema(c);
            } catch (SQLException e) {
                throw new StoreException("query failed: " + e.getMessage(), e);
            }
        }
        return cubeSchema;
    }

    StoreReads(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    long count(String sql, Object... args) {
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    List<String> strings(String sql, Object... args) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            p.setObject(i + 1, args[i]);
        }
        return p;
    }

    List<Event> events(EventQuery q) {
        if (q.text() != null && q.place() == null && q.actor() == null && q.type() == null && q.near() == null
                && q.from() == null && q.to() == null) {
            return eventsByText(q.text(), q.limit(), q.after());
        }
        if (q.near() == null) {
            return page(q, Double.NaN, Double.NaN, q.limit());
        }
        // Near a point: day range by day range, earliest first (events_rtree has a day axis), so that a dense
        // area's events are not all read and sorted for one page. Ranges double until the page is full.
        List<Event> out = new ArrayList<>();
        double[] span = daySpan();
        if (span != null) {
            double last = q.to() != null ? Math.min(span[1], q.to().toEpochDay()) : span[1];
            String nth = dialect.nthDayInBox(cubeSchema());
            if (nth == null) {
                // ranges doubling from the first day; one that holds many more events in the box than the page needs
                // is halved first (counting a box's entries is cheap; reading and sorting its events is not)
                double width = 1;
                for (double lo = span[0]; lo <= last && out.size() < q.limit(); ) {
                    double hi = lo + width;
                    long most = (long) (q.limit() - out.size() + NEAR_EXTRA) * DENSE_RANGE;
                    while (hi - lo > 1 && countInBox(q.near(), lo, Math.min(hi, last + 1)) > most) {
                        hi = lo + Math.floor((hi - lo) / 2);
                    }
                    out.addAll(page(q, lo, hi, q.limit() - out.size()));
                    width = (hi - lo) * 2;
                    lo = hi;
                }
            } else {
                // ranges that end on the day of the n-th event in the circle from their start (all of that day's
                // events included), n growing: a dense area's page reads about n events, not a doubling range's
                // thousands; the other filters may drop some, so the next range follows until the page is full
                int n = q.limit() + NEAR_EXTRA;
                for (double lo = span[0]; lo <= last && out.size() < q.limit(); n = (int) Math.min(1 << 30, 4L * n)) {
                    Double day = nthDay(nth, q.near(), lo, last + 1, n);
                    double hi = day == null ? last + 1 : Math.min(last + 1, day + 1);
                    out.addAll(page(q, lo, hi, q.limit() - out.size()));
                    lo = hi;
                }
            }
        }
        if (out.size() < q.limit()) {
            out.addAll(page(q, StoreDerived.OPEN_DAYS, StoreDerived.OPEN_DAYS + 1, q.limit() - out.size()));
        }
        return out;
    }

    /**
     * The parameters of the flat circle test, "(lat - ?) * (lat - ?) + (lon - ?) * (lon - ?) * ? <= ?": a little wider
     * than the great-circle test that follows, which is exact.
     */
    private static List<Object> flatCircleArgs(Near n) {
        double cos = Math.cos(Math.toRadians(n.lat()));
        double deg = n.km() * NEAR_MARGIN / KM_PER_DEGREE;
        return List.of(n.lat(), n.lat(), n.lon(), n.lon(), cos * cos, deg * deg);
    }

    /** How many times a page's events a range of days may hold in its box before it is halved (SQLite). */
    private static final int DENSE_RANGE = 8;

    /** The events in the circle's box that start on a day in [dayFrom, dayTo). */
    private long countInBox(Near n, double dayFrom, double dayTo) {
        List<Object> args = dialect.eventsInBoxArgs(n.lat() - n.dLat(), n.lat() + n.dLat(), n.lon() - n.dLon(), n.lon() + n.dLon(), dayFrom, dayTo);
        List<String> count = strings("SELECT COUNT(*) FROM (" + dialect.eventsInBox(cubeSchema()) + ") AS box", args.toArray());
        return Long.parseLong(count.get(0));
    }

    /** The start day of the n-th event in the circle that starts on a day in [dayFrom, dayTo), or null when fewer start there. */
    private Double nthDay(String sql, Near n, double dayFrom, double dayTo, int nth) {
        List<Object> args = new ArrayList<>(dialect.eventsInBoxArgs(n.lat() - n.dLat(), n.lat() + n.dLat(), n.lon() - n.dLon(),
                n.lon() + n.dLon(), dayFrom, dayTo));
        args.addAll(flatCircleArgs(n));
        args.add(nth - 1);
        List<String> day = strings(sql, args.toArray());
        return day.isEmpty() ? null : Double.valueOf(day.get(0));
    }

    /** The first and last day events start on, or null when no event has a time. */
    private double[] daySpan() {
        List<String> first = strings("SELECT t_start FROM events WHERE t_start IS NOT NULL ORDER BY t_start LIMIT 1");
        List<String> last = strings("SELECT t_start FROM events WHERE t_start IS NOT NULL ORDER BY t_start DESC LIMIT 1");
        return first.isEmpty() ? null : new double[] {BriefPeriod.time(first.get(0)).toLocalDate().toEpochDay(),
            BriefPeriod.time(last.get(0)).toLocalDate().toEpochDay()};
    }

    /**
     * Up to {@code limit} events matching the query, earliest first; with a circle, only those that start on days
     * [dayFrom, dayTo). The order is taken on the events' small columns and only the page's records are read.
     */
    private List<Event> page(EventQuery q, double dayFrom, double dayTo, int limit) {
        StringBuilder sql = new StringBuilder("SELECT e.rowid FROM events e WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.type() != null) {
            sql.append(" AND e.type = ?");
            args.add(q.type().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.actor() != null) {
            sql.append(" AND (lower(e.actor) = lower(?) OR lower(e.side) = lower(?))");
            args.add(q.actor());
            args.add(q.actor());
        }
        if (q.from() != null) {
            sql.append(" AND e.t_end > ?");
            args.add(q.from().atStartOfDay().toString());
        }
        if (q.to() != null) {
            sql.append(" AND e.t_start < ?");
            args.add(q.to().plusDays(1).atStartOfDay().toString());
        }
        if (q.place() != null) {
            sql.append(" AND e.place_keys LIKE ?");
            args.add("% " + Names.key(q.place()) + " %");
        }
        if (q.near() != null) {
            Near n = q.near();
            sql.append(" AND e.rowid IN (" + dialect.eventsInBox(cubeSchema()) + ")");
            args.addAll(dialect.eventsInBoxArgs(n.lat() - n.dLat(), n.lat() + n.dLat(), n.lon() - n.dLon(), n.lon() + n.dLon(), dayFrom, dayTo));
            // the circle, flat (a little wider than the great-circle test that follows, which is exact)
            sql.append(" AND (e.lat - ?) * (e.lat - ?) + (e.lon - ?) * (e.lon - ?) * ? <= ?");
            args.addAll(flatCircleArgs(n));
        }
        if (q.after() != null && q.after().start() != null) {
            // after the cursor in the lists' order: (undated last, start, id)
            sql.append(" AND (e.t_start IS NULL OR e.t_start > ? OR (e.t_start = ? AND e.id > ?))");
            args.addAll(List.of(q.after().start(), q.after().start(), q.after().id()));
        } else if (q.after() != null) {
            sql.append(" AND e.t_start IS NULL AND e.id > ?");
            args.add(q.after().id());
        }
        boolean byTime = q.near() == null && q.text() == null;
        if (q.text() != null) {
            sql.append(" AND e.rowid IN (SELECT rowid & 4294967295 FROM events_fts WHERE " + dialect.matches("events_fts") + ")");
            args.add(q.text());
        }
        // unindexed: keeps the planner from walking the time index when the other filters are more selective
        sql.append(" ORDER BY e.t_start IS NULL, " + (byTime ? "e.t_start" : dialect.unindexed("e.t_start")) + ", e.id LIMIT ?");
        String outer = "SELECT COALESCE(brief, json) FROM events WHERE rowid IN (" + sql + ") ORDER BY t_start IS NULL, t_start, id";
        args.add(0); // the limit, set below
        int fetch = q.near() == null ? limit : limit + NEAR_EXTRA;
        while (true) {
            args.set(args.size() - 1, fetch);
            List<String> rows;
            try {
                rows = strings(outer, args.toArray());
            } catch (StoreException e) {
                if (q.text() != null && e.getCause() instanceof SQLException cause) {
                    throw StoreException.ofQuery("text query", q.text(), cause);
                }
                throw e;
            }
            List<Event> out = new ArrayList<>();
            for (String json : rows) {
                Event e = StoreJson.read(json, Event.class);
                if (q.near() == null || within(e, q.near())) {
                    out.add(e);
                }
                if (out.size() >= limit) {
                    break;
                }
            }
            if (out.size() >= limit || rows.size() < fetch) {
                return out;
            }
            fetch *= 4; // more than the extra rows fell between the flat and the exact circle: read further
        }
    }

    /** How much wider the flat circle in SQL is than the exact one, and the rows read beyond the page for the gap. */
    private static final double NEAR_MARGIN = 1.02;
    private static final int NEAR_EXTRA = 20;
    private static final double KM_PER_DEGREE = 111.195;

    /**
     * Events whose sentences match the text, first by time: the index yields matches in time order (its rowids
     * are {@link StoreDerived#textKey time keys}), so reading stops after the page and the events that start in
     * the same minute as its last one, which are then sorted by time and id like every event list.
     */
    private List<Event> eventsByText(String text, int limit, EventQuery.After after) {
        List<Long> rowids = new ArrayList<>();
        long[] boundary = {-1};
        long from = Long.MIN_VALUE;
        try {
            if (after != null) {
                // a later page: the matches in the cursor's minute that come after it in the lists' order, then the
                // matches from the next minute on, read as a first page is
                long minute = StoreDerived.textKey(after.start(), 0);
                rowids.addAll(afterCursor(text, minute, minute + (1L << 32), after));
                from = minute + (1L << 32);
            }
            int wanted = limit - rowids.size();
            if (wanted > 0) {
                List<Long> next = new ArrayList<>();
                if (dialect == Dialect.POSTGRESQL) {
                    matchesByWindow(text, wanted, next, boundary, from);
                } else {
                    try (PreparedStatement p = prepare("SELECT rowid FROM events_fts WHERE rowid >= ? AND " + dialect.matches("events_fts")
                            + " ORDER BY rowid", from, text); ResultSet r = p.executeQuery()) {
                        takeMatches(r, wanted, next, boundary);
                    }
                }
                rowids.addAll(next);
            }
        } catch (SQLException e) {
            throw StoreException.ofQuery("text query", text, e);
        }
        if (rowids.size() > limit) {
            // many events start in the last minute (all of a day, for events known to the day): keep the first by the
            // lists' order (the cursor minute's, when there is one, come before every later minute's)
            rowids = trimmed(text, rowids, limit);
        }
        if (rowids.isEmpty()) {
            return List.of();
        }
        List<Event> out = new ArrayList<>();
        for (String json : strings("SELECT COALESCE(brief, json) FROM events WHERE rowid IN (" + StoreDerived.marks(rowids.size()) + ") ORDER BY t_start IS NULL, t_start, id",
                rowids.toArray())) {
            out.add(StoreJson.read(json, Event.class));
        }
        return out;
    }


    /**
     * Adds the events rowids of matches in time-key order until the page is full and the minute of its last match
     * is over; true when it is.
     */
    private static boolean takeMatches(ResultSet r, int limit, List<Long> rowids, long[] boundary) throws SQLException {
        while (r.next()) {
            long key = r.getLong(1);
            long minute = StoreDerived.textKeyMinute(key);
            if (rowids.size() >= limit && minute != boundary[0]) {
                return true;
            }
            rowids.add(StoreDerived.textKeyRowid(key));
            boundary[0] = minute;
        }
        return false;
    }

    /** Minutes in a week: the unit of a PostgreSQL text query's windows, and of the week tokens (migration 9). */
    static final long WEEK_MINUTES = 7L * 24 * 60;
    /** Weeks in a block token ('q N', migration 9). */
    static final long BLOCK_WEEKS = 16;
    /** The widest window asked by week tokens (at most 64 block tokens and the weeks beside them). */
    static final long MAX_TOKEN_WEEKS = 64 * BLOCK_WEEKS;

    /**
     * PostgreSQL's GIN index yields a word's matches in no order, so that a common word read them all and sorted
     * them for one page (664 ms at p99 on a million events). The matches are read window by window of whole weeks
     * instead, earliest first: a window asks for the word and the window's week tokens (migration 9), which the index
     * answers from the rarer list, seeking in the other, and the key range keeps the window exact. A window that does
     * not fill the page is followed by one twice as wide, and empty stretches of keys are skipped. Windows start and
     * end on whole minutes, so that the events of one minute are never split between two.
     */
    private void matchesByWindow(String text, int limit, List<Long> rowids, long[] boundary, long from) throws SQLException {
        Long lo = firstKeyFrom(from);
        Long last = lastKey();
        long weeks = 1;
        while (lo != null && last != null) {
            long start = lo >>> 32 << 32;
            long firstWeek = StoreDerived.textKeyMinute(lo) / WEEK_MINUTES;
            long endWeek = Math.min(firstWeek + weeks, StoreDerived.textKeyMinute(last) / WEEK_MINUTES + 1);
            long end = endWeek * WEEK_MINUTES << 32;
            try (PreparedStatement p = matchesInRange(text, start, end, firstWeek, endWeek); ResultSet r = p.executeQuery()) {
                if (takeMatches(r, limit, rowids, boundary)) {
                    return;
                }
            }
            if (end > last) {
                return;
            }
            weeks *= 2;
            lo = firstKeyFrom(end);
        }
    }

    /**
     * The matches of {@code text} with keys in [lo, hi), in key order; on PostgreSQL also asked by the weeks [fromWeek,
     * toWeek) the range lies in (migration 9), unless they pass {@link #MAX_TOKEN_WEEKS} (decades of a word that is
     * rare there, whose own list is then the smaller).
     */
    private PreparedStatement matchesInRange(String text, long lo, long hi, long fromWeek, long toWeek) throws SQLException {
        if (dialect == Dialect.POSTGRESQL && toWeek - fromWeek <= MAX_TOKEN_WEEKS) {
            // the weeks already narrow the index to the range: the range itself is only checked on the rows found
            // ("+ 0" keeps the planner from also reading the key index over the range for a BitmapAnd, which took
            // 27 ms of a 32 ms window at a million events, its generic plan guessing thousands of matches)
            return prepare("SELECT rowid FROM events_fts WHERE rowid + 0 >= ? AND rowid + 0 < ? AND events_fts.tsv @@ "
                    + "(websearch_to_tsquery('simple', ?) && ?::tsquery) ORDER BY rowid", lo, hi, text, weekTokens(fromWeek, toWeek));
        }
        return prepare("SELECT rowid FROM events_fts WHERE rowid >= ? AND rowid < ? AND " + dialect.matches("events_fts") + " ORDER BY rowid",
                lo, hi, text);
    }

    /**
     * The tsquery of the weeks [from, to): a block token for each whole aligned block of {@link #BLOCK_WEEKS} weeks,
     * a week token for each week beside them.
     */
    static String weekTokens(long from, long to) {
        StringBuilder sb = new StringBuilder();
        for (long w = from; w < to; ) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            if (w % BLOCK_WEEKS == 0 && w + BLOCK_WEEKS <= to) {
                sb.append("'q ").append(w / BLOCK_WEEKS).append('\'');
                w += BLOCK_WEEKS;
            } else {
                sb.append("'w ").append(w).append('\'');
                w++;
            }
        }
        return sb.toString();
    }

    /**
     * The events rowids of the matches with keys in [lo, hi) (one minute's) that come after the cursor in the lists'
     * order (undated last, then start, then id), in that order.
     */
    private List<Long> afterCursor(String text, long lo, long hi, EventQuery.After after) throws SQLException {
        List<Long> keys = new ArrayList<>();
        long week = StoreDerived.textKeyMinute(lo) / WEEK_MINUTES;
        try (PreparedStatement p = matchesInRange(text, lo, hi, week, week + 1); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                keys.add(StoreDerived.textKeyRowid(r.getLong(1)));
            }
        }
        List<String[]> rows = startsAndIds(text, keys);
        String[] cursor = {null, after.start(), after.id()};
        return rows.stream().filter(x -> LIST_ORDER.compare(x, cursor) > 0).sorted(LIST_ORDER).map(x -> Long.valueOf(x[0])).toList();
    }

    /** The lists' order on {rowid, t_start, id}: undated last, then by start, then by id. */
    private static final java.util.Comparator<String[]> LIST_ORDER = java.util.Comparator
            .comparing((String[] x) -> x[1], java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(x -> x[2]);

    /** {rowid, t_start, id} of events by rowid. */
    private List<String[]> startsAndIds(String text, List<Long> rowids) {
        List<String[]> rows = new ArrayList<>();
        for (int from = 0; from < rowids.size(); from += StoreDerived.IN_CHUNK) {
            List<Long> chunk = rowids.subList(from, Math.min(rowids.size(), from + StoreDerived.IN_CHUNK));
            try (PreparedStatement p = prepare("SELECT rowid, t_start, id FROM events WHERE rowid IN (" + StoreDerived.marks(chunk.size()) + ")",
                    chunk.toArray()); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
                }
            } catch (SQLException e) {
                throw new StoreException("text query '" + text + "' failed: " + e.getMessage(), e);
            }
        }
        return rows;
    }

    /** The first {@code n} of the rowids in the lists' order. */
    private List<Long> trimmed(String text, List<Long> rowids, int n) {
        List<String[]> rows = startsAndIds(text, rowids);
        rows.sort(LIST_ORDER);
        return rows.subList(0, Math.min(n, rows.size())).stream().map(x -> Long.valueOf(x[0])).toList();
    }

    /** The largest text key, or null. */
    private Long lastKey() throws SQLException {
        return oneKey("SELECT max(rowid) FROM events_fts");
    }

    /** The smallest text key at or after {@code from}, or null. */
    private Long firstKeyFrom(long from) throws SQLException {
        return oneKey("SELECT min(rowid) FROM events_fts WHERE rowid >= ?", from);
    }

    /** The one number a query answers, or null. */
    private Long oneKey(String sql, Object... args) throws SQLException {
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            if (r.next()) {
                long v = r.getLong(1);
                return r.wasNull() ? null : v;
            }
            return null;
        }
    }

    private static boolean within(Event e, Near n) {
        return e.place() != null && e.place().hasPoint() && Geo.distanceKm(n.lat(), n.lon(), e.place().lat(), e.place().lon()) <= n.km();
    }

    Optional<Event> event(String id) {
        List<String> j = strings("SELECT json FROM events WHERE id = ?", id);
        return j.isEmpty() ? Optional.empty() : Optional.of(StoreJson.read(j.get(0), Event.class));
    }

    List<ControlPeriod> timeline(String place) {
        List<ControlPeriod> out = new ArrayList<>();
        boolean key = place.startsWith("gn:") || place.startsWith("name:");
        for (String json : key ? strings("SELECT json FROM control_periods WHERE place_key = ? ORDER BY seq", place)
                : strings("SELECT json FROM control_periods WHERE place_keys LIKE ? ORDER BY place, place_key, seq",
                        "% " + Names.key(place) + " %")) {
            out.add(StoreJson.read(json, ControlPeriod.class));
        }
        return out;
    }

    /** Per place, the last period that covers the day (the state at the end of it), by place name. */
    List<ControlPeriod> control(LocalDate asOf, Near near) {
        double day = asOf.toEpochDay();
        StringBuilder sql = new StringBuilder("SELECT brief FROM control_periods WHERE rowid IN (SELECT id FROM control_rtree "
                + "WHERE from_day < ? AND to_day > ?");
        List<Object> args = new ArrayList<>(List.of(day + 1, day));
        if (near != null) {
            sql.append(" AND min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?");
            args.addAll(List.of(near.lat() + near.dLat(), near.lat() - near.dLat(), near.lon() + near.dLon(), near.lon() - near.dLon()));
        }
        sql.append(") AND (from_start IS NULL OR from_start < ?) AND (to_start IS NULL OR to_start > ?)");
        args.addAll(List.of(asOf.plusDays(1).atStartOfDay().toString(), asOf.atStartOfDay().toString()));
        Map<String, ControlPeriod> last = new LinkedHashMap<>();
        try (PreparedStatement p = prepare(sql.toString(), args.toArray()); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                ControlPeriod cp = BriefPeriod.decode(r.getString(1));
                if (near == null || (cp.place().hasPoint() && Geo.distanceKm(near.lat(), near.lon(), cp.place().lat(), cp.place().lon()) <= near.km())) {
                    last.merge(cp.placeKey(), cp, (a, b) -> b.seq() > a.seq() ? b : a);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("control query failed: " + e.getMessage(), e);
        }
        List<ControlPeriod> out = new ArrayList<>(last.values());
        out.sort(java.util.Comparator.comparing((ControlPeriod p) -> p.place().name()).thenComparing(ControlPeriod::placeKey));
        return out;
    }

    List<Contradiction> contradictions(boolean includeCompatible) {
        List<Contradiction> out = new ArrayList<>();
        String sql = "SELECT json FROM contradictions" + (includeCompatible ? "" : " WHERE kind <> 'compatible'")
                + " ORDER BY CASE kind WHEN 'hard' THEN 0 WHEN 'soft' THEN 1 ELSE 2 END, subject, attribute, id";
        for (String json : strings(sql)) {
            out.add(StoreJson.read(json, Contradiction.class));
        }
        return out;
    }

    List<FramingRow> framing() {
        // each source named as everywhere else (outlet, else the site of the article's URL, else its title)
        String sql = "SELECT f.outlet, a.url, a.title, a.doc, f.side, f.term, "
                + "f.loaded, f.kind, f.article_id, f.sentence, f.quote FROM framing_terms f LEFT JOIN articles a ON a.id = f.article_id";
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(new Object[] {org.sitrep.core.model.Sources.name(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                    r.getString(5), r.getString(6), r.getInt(7) == 1, r.getString(8), r.getString(9), r.getInt(10), r.getString(11)});
            }
        } catch (SQLException e) {
            throw new StoreException("framing query failed: " + e.getMessage(), e);
        }
        rows.sort(java.util.Comparator.<Object[], String>comparing(f -> (String) f[0]).thenComparing(f -> java.util.Objects.toString(f[1], ""))
                .thenComparing(f -> ((String) f[2]).toLowerCase(java.util.Locale.ROOT)).thenComparing(f -> java.util.Objects.toString(f[5], ""))
                .thenComparing(f -> (Integer) f[6]));
        Map<String, List<Object[]>> groups = new LinkedHashMap<>();
        for (Object[] f : rows) {
            String key = f[0] + "\u0000" + f[1] + "\u0000" + ((String) f[2]).toLowerCase(java.util.Locale.ROOT);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<FramingRow> out = new ArrayList<>();
        for (List<Object[]> g : groups.values()) {
            Object[] f = g.get(0);
            List<FramingRow.Quote> quotes = new ArrayList<>();
            for (Object[] row : g) {
                FramingRow.Quote q = new FramingRow.Quote((String) row[5], (Integer) row[6], (String) row[7]);
                if (quotes.size() < QUOTES_PER_TERM && !quotes.contains(q)) {
                    quotes.add(q);
                }
            }
            out.add(new FramingRow((String) f[0], (String) f[1], (String) f[2], (Boolean) f[3], (String) f[4], g.size(), quotes));
        }
        return out;
    }

    Optional<EventStore.StoredArticle> article(String id) {
        String sql = "SELECT id, doc, source, outlet, url, title, language, published_start, published_end, published_precision, "
                + "cleaned, diagnostics FROM articles WHERE id = ?";
        try (PreparedStatement p = prepare(sql, id); ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            org.sitrep.core.model.TimeInterval published = r.getString(8) == null ? org.sitrep.core.model.TimeInterval.UNKNOWN
                    : new org.sitrep.core.model.TimeInterval(BriefPeriod.time(r.getString(8)), BriefPeriod.time(r.getString(9)),
                    org.sitrep.core.model.TimePrecision.valueOf(r.getString(10).toUpperCase(java.util.Locale.ROOT)));
            List<org.sitrep.core.model.SourcedMention> mentions = new ArrayList<>();
            try (PreparedStatement m = c.prepareStatement(mentionsOfArticle(dialect))) {
                dialect.bindArticle(m, 1, id);
                try (ResultSet rows = m.executeQuery()) {
                    while (rows.next()) {
                        mentions.add(StoreJson.read(rows.getString(1), org.sitrep.core.model.SourcedMention.class));
                    }
                }
            }
            return Optional.of(new EventStore.StoredArticle(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    r.getString(6), r.getString(7), published, r.getString(11), mentions, StoreJson.MAPPER.readTree(r.getString(12))));
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException("article " + id + " unreadable: " + e.getMessage(), e);
        }
    }

    /** An article's mentions, in the order stored ({@link Dialect#ofArticle}). */
    static String mentionsOfArticle(Dialect dialect) {
        return "SELECT json FROM mentions WHERE " + dialect.ofArticle("id") + " ORDER BY rowid";
    }

    List<EventStore.ArticleHit> search(String query, int limit) {
        List<EventStore.ArticleHit> out = new ArrayList<>();
        String sql = "SELECT a.id, a.doc, a.outlet, a.title, " + dialect.snippet() + " FROM articles_fts "
                + "JOIN articles a ON a.rowid = articles_fts.rowid WHERE " + dialect.matches("articles_fts") + " ORDER BY " + dialect.rank() + " LIMIT ?";
        Object[] args = dialect == Dialect.SQLITE ? new Object[] {query, limit} : new Object[] {query, query, query, limit};
        try (PreparedStatement p = prepare(sql, args); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new EventStore.ArticleHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
            }
            return out;
        } catch (SQLException e) {
            throw StoreException.ofQuery("search", query, e);
        }
    }
}
