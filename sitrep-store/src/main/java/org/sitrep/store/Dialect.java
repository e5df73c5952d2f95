package org.sitrep.store;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * The two databases a store lives in and the little SQL that differs between them: how to connect, the full-text
 * match, an index hint and the data version that tells a connection another one changed the store. Tables,
 * columns and every other statement are the same (PostgreSQL holds plain tables where SQLite has its R*Tree and
 * FTS5 virtual tables, with the same names and columns), and so are the migration versions.
 */
enum Dialect {
    /** The embedded default: one file (xerial sqlite-jdbc), WAL mode. */
    SQLITE("sqlite") {
        @Override
        Connection connect(String location) throws SQLException {
            Path file = Path.of(location);
            Path parent = file.toAbsolutePath().getParent();
            // the store file is made when absent, its directory never: a mistyped path is an error, not a new tree
            if (parent != null && !Files.isDirectory(parent)) {
                throw new SQLException("no directory " + parent + " for the store " + file + " (sitrep makes the store file, not its directory)");
            }
            // write transactions take the write lock when they begin (BEGIN IMMEDIATE), so that a second writer
            // waits out the busy timeout for it instead of failing at once with "database is locked" when a read
            // inside a deferred transaction cannot be upgraded to a write
            org.sitrep.store.SqliteSettings settings = new org.sitrep.store.SqliteSettings();
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, settings.properties());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=" + SqliteSettings.BUSY_TIMEOUT_MS);
                s.execute("PRAGMA cache_size=-" + SqlEventStore.CACHE_KIB);
                s.execute("PRAGMA wal_autocheckpoint=" + SqlEventStore.WAL_CHECKPOINT_PAGES);
            }
            return c;
        }

        @Override
        String matches(String table) {
            return table + " MATCH ?";
        }

        @Override
        String eventsInBox(String cubeSchema) {
            return "SELECT id FROM events_rtree WHERE min_lat <= ? AND max_lat >= ? AND min_lon <= ? AND max_lon >= ?"
                    + " AND min_day >= ? AND min_day < ?";
        }

        @Override
        List<Object> eventsInBoxArgs(double minLat, double maxLat, double minLon, double maxLon, double dayFrom, double dayTo) {
            return List.of(maxLat, minLat, maxLon, minLon, dayFrom, dayTo);
        }

        @Override
        String unindexed(String column) {
            return "+" + column; // keeps SQLite's planner from walking that column's index
        }

        @Override
        String snippet() {
            return "snippet(articles_fts, 1, '[', ']', '…', 12)";
        }

        @Override
        String rank() {
            return "rank";
        }

        @Override
        long dataVersion(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA data_version")) {
                return r.next() ? r.getLong(1) : -1;
            }
        }

        @Override
        void refreshed(Connection c) {
            // SQLite's data_version counts other connections' commits by itself
        }

        @Override
        long refreshing(Connection c) throws SQLException {
            return dataVersion(c); // the transaction holds the write lock (BEGIN IMMEDIATE): nobody commits before it
        }

        @Override
        long versionAfterRefresh(long before) {
            return before; // a connection's own commits leave its data_version as it was
        }

        /**
         * By the range of the mentions' ids, which lead with their article's id and a colon ({@code Reconciler.mentions}):
         * above "id:" and below "id;" (the next character) in SQLite's byte order, so that no index by article is
         * written per mention (migration 14). The article's id itself is required too, as an article whose id is
         * another's followed by a colon would otherwise lend its mentions to that one.
         */
        @Override
        String ofArticle(String idColumn) {
            return idColumn + " > ? AND " + idColumn + " < ? AND article_id = ?";
        }

        @Override
        void bindArticle(PreparedStatement p, int at, String articleId) throws SQLException {
            p.setString(at, articleId + ":");
            p.setString(at + 1, articleId + ";");
            p.setString(at + 2, articleId);
        }
    },

    /** A shared server (PostgreSQL 12 or later, JDBC driver org.postgresql), for several writers and readers. */
    POSTGRESQL("postgresql") {
        @Override
        Connection connect(String location) throws SQLException {
            Properties props = new Properties();
            String url = jdbcUrl(location, props);
            Connection c = DriverManager.getConnection(url, props);
            try (Statement s = c.createStatement()) {
                // every statement of a store reads or writes a page's worth of index entries and rows (about a
                // millisecond at a million events); starting parallel workers for one, which the planner does where
                // its generic estimate of a box or a range is large, took 40-80 ms of a near query's 50-90 ms
                s.execute("SET max_parallel_workers_per_gather = 0");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        @Override
        String matches(String table) {
            return table + ".tsv @@ websearch_to_tsquery('simple', ?)";
        }

        @Override
        String eventsInBox(String cubeSchema) {
            // the GiST index over (lat, lon, day) cubes of migration 6: every axis narrows the search at once, where
            // B-trees on (day, lat) and (lat, lon) read a whole band of one axis; the names are qualified, as a
            // store's search path is its own schema
            String q = "\"" + cubeSchema.replace("\"", "\"\"") + "\"";
            return "SELECT id FROM events_rtree WHERE " + q + ".cube(array[min_lat, min_lon, min_day], array[max_lat, max_lon, max_day])"
                    + " OPERATOR(" + q + ".&&) " + q + ".cube(array[?, ?, ?]::float8[], array[?, ?, ?]::float8[])";
        }

        @Override
        String nthDayInBox(String cubeSchema) {
            // the GiST index yields a box's events nearest first by the cube's 5th coordinate (the lower bound of the
            // day axis): the first n are read, not every event of a dense area
            String q = "\"" + cubeSchema.replace("\"", "\"\"") + "\"";
            String cube = q + ".cube(array[min_lat, min_lon, min_day], array[max_lat, max_lon, max_day])";
            return "SELECT min_day FROM events_rtree WHERE " + cube + " OPERATOR(" + q + ".&&) " + q
                    + ".cube(array[?, ?, ?]::float8[], array[?, ?, ?]::float8[]) AND (min_lat - ?) * (min_lat - ?) + (min_lon - ?) * (min_lon - ?) * ? <= ?"
                    + " ORDER BY " + cube + " OPERATOR(" + q + ".~>) 5 OFFSET ? LIMIT 1";
        }

        @Override
        String cubeSchema(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT n.nspname FROM pg_extension e "
                    + "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'cube'")) {
                return r.next() ? r.getString(1) : "sitrep_ext";
            }
        }

        @Override
        List<Object> eventsInBoxArgs(double minLat, double maxLat, double minLon, double maxLon, double dayFrom, double dayTo) {
            // days are whole (epoch days): [dayFrom, dayTo) is [dayFrom, dayTo - 0.5] in a cube, whose bounds are inclusive
            return List.of(minLat, minLon, dayFrom, maxLat, maxLon, dayTo - 0.5);
        }

        @Override
        String unindexed(String column) {
            return column;
        }

        @Override
        String snippet() {
            return "ts_headline('simple', a.cleaned, websearch_to_tsquery('simple', ?), 'StartSel=[, StopSel=], MaxWords=12, MinWords=6')";
        }

        @Override
        String rank() {
            return "ts_rank(articles_fts.tsv, websearch_to_tsquery('simple', ?)) DESC";
        }

        @Override
        long dataVersion(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM store_state")) {
                return r.next() ? r.getLong(1) : -1;
            }
        }

        @Override
        void refreshed(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE store_state SET version = version + 1");
            }
        }

        @Override
        long refreshing(Connection c) throws SQLException {
            // the row stays locked until the transaction ends: another refresh's commit waits for it
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("UPDATE store_state SET version = version + 1 RETURNING version")) {
                return r.next() ? r.getLong(1) - 1 : -1;
            }
        }

        @Override
        long versionAfterRefresh(long before) {
            return before + 1;
        }
    };

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The folder of this dialect's migration scripts under {@code org/sitrep/store/migrations/}. */
    String migrations() {
        return migrations;
    }

    /**
     * How the store's writes begin an INSERT on a connection. In SQLite "INSERT OR FAIL INTO": a failing statement stops
     * without undoing the rows it wrote itself, and every store transaction is then rolled back whole (none goes on after
     * a failed statement), so SQLite need not journal each statement's original pages to undo it alone, which it does
     * for every insert into an indexed table inside a transaction, to a temporary file past 64 KiB (a 3,000-article
     * {@code bench-store} run wrote 6.08 GB to such files, and 36 MB with this). In PostgreSQL "INSERT INTO".
     */
    static String insertInto(Connection c) {
        return c instanceof org.sqlite.SQLiteConnection ? "INSERT OR FAIL INTO " : "INSERT INTO ";
    }

    /**
     * The condition that a row of {@code table} is of one partition, bound as its one parameter, for a read of all or
     * most of a partition's rows. In SQLite "rowid IN (SELECT rowid FROM table WHERE partition = ?)": the rows in the
     * order they lie in the file. A partition's rows found through its index came in the index's order, each from
     * another page of the table, a popular region's million mentions scattered over a file of 13 GB (in the
     * {@code sqlite3} shell, Hama's 1,120,095 mentions' JSON in 7.5-7.8 s against 4.7-5.2 s in the file's order, their
     * place columns in 6.1-6.4 s against 4.2-4.7 s). In PostgreSQL "partition = ?". The rows are the same; only their
     * order differs, which nothing that reads them depends on.
     */
    static String ofPartition(Connection c, String table) {
        return c instanceof org.sqlite.SQLiteConnection ? "rowid IN (SELECT rowid FROM " + table + " WHERE partition = ?)" : "partition = ?";
    }

    /**
     * The placeholder of a JSON column whose value is bound as its UTF-8 bytes ({@link StoreJson#bytes}, {@code
     * setBytes}) and stored as the same text a string would be: in SQLite "CAST(? AS TEXT)" (a blob cast to text is its
     * bytes read in the database's encoding, UTF-8), in PostgreSQL "convert_from(?, 'UTF8')". The driver otherwise
     * encodes each string to UTF-8 itself, after Jackson made it from its characters; most JSON holds a character
     * beyond Latin-1 (a curly quote, a place's diacritics), whose strings take the slower way both times.
     */
    static String jsonParam(Connection c) {
        return c instanceof org.sqlite.SQLiteConnection ? "CAST(? AS TEXT)" : "convert_from(?, 'UTF8')";
    }

    /**
     * The condition that a row of mentions ({@code mentions}, or {@code event_mentions}: a mention id column and
     * {@code article_id}) is of one article, its parameters bound by {@link #bindArticle}. PostgreSQL reads its index
     * by article: its text order is the database's collation, in which ids that share a prefix need not be adjacent.
     */
    String ofArticle(String idColumn) {
        return "article_id = ?";
    }

    /** Binds the parameters of {@link #ofArticle} from parameter {@code at}. */
    void bindArticle(PreparedStatement p, int at, String articleId) throws SQLException {
        p.setString(at, articleId);
    }

    /** The dialect of a store location: a PostgreSQL URL ({@code postgresql://…}, {@code jdbc:postgresql:…}) or a file. */
    static Dialect of(String location) {
        String l = location.strip().toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith("jdbc:postgresql:") ? POSTGRESQL : SQLITE;
    }

    /** Opens a connection to the store at the location. */
    abstract Connection connect(String location) throws SQLException;

    /** The condition that a full-text table's row matches the query bound at its "?". */
    abstract String matches(String table);

    /**
     * The rowids of the events whose point lies in a box and that start on a day in [dayFrom, dayTo): a subquery
     * whose parameters are {@link #eventsInBoxArgs} ({@code cubeSchema}: see {@link #cubeSchema}).
     */
    abstract String eventsInBox(String cubeSchema);

    /**
     * The start day of the n-th event (the OFFSET bound last) that {@link #eventsInBox} gives, with its point also
     * inside a flat circle, in start-day order: a query whose parameters are {@link #eventsInBoxArgs}, the circle's
     * (lat, lat, lon, lon, cos² of the latitude, radius² in degrees) and the offset; null where no index yields events
     * in day order (SQLite's R*Tree does not).
     */
    String nthDayInBox(String cubeSchema) {
        return null;
    }

    /** The schema of PostgreSQL's cube extension (which {@link #eventsInBox} names); SQLite has none. */
    String cubeSchema(Connection c) throws SQLException {
        return null;
    }

    /** The parameters of {@link #eventsInBox}, in its order. */
    abstract List<Object> eventsInBoxArgs(double minLat, double maxLat, double minLon, double maxLon, double dayFrom, double dayTo);

    /** A column in ORDER BY whose index should not drive the query. */
    abstract String unindexed(String column);

    /** The excerpt of {@code a.cleaned} around the matches of a search (PostgreSQL binds the query again). */
    abstract String snippet();

    /** The ORDER BY of search hits, best first (PostgreSQL binds the query again). */
    abstract String rank();

    /** A number that changes whenever any connection commits a refresh (or, for SQLite, any change). */
    abstract long dataVersion(Connection c) throws SQLException;

    /** Records, in the refresh's transaction, that derived rows changed. */
    abstract void refreshed(Connection c) throws SQLException;

    /**
     * Records, in a refresh's transaction and as its last statement before the commit, that derived rows changed
     * (as {@link #refreshed}), and answers the {@link #dataVersion} as it was before: equal to the version read
     * when the refresh began (or after its last commit, see {@link #versionAfterRefresh}) when no other connection
     * changed the store (SQLite) or refreshed part of it (PostgreSQL) since.
     */
    abstract long refreshing(Connection c) throws SQLException;

    /** The version this connection reads after committing a refresh that {@link #refreshing} found at {@code before}. */
    abstract long versionAfterRefresh(long before);

    /**
     * A JDBC URL for a PostgreSQL location; user and password of a {@code postgresql://user:password@host/db} URL go
     * into the properties (the JDBC driver does not read them from the authority).
     */
    static String jdbcUrl(String location, Properties props) {
        String l = location.strip();
        if (l.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return l;
        }
        URI u = URI.create(l.replaceFirst("^(?i)postgres(ql)?://", "postgresql://"));
        if (u.getRawUserInfo() != null) {
            String[] up = u.getRawUserInfo().split(":", 2);
            props.setProperty("user", URLDecoder.decode(up[0], StandardCharsets.UTF_8));
            if (up.length > 1) {
                props.setProperty("password", URLDecoder.decode(up[1], StandardCharsets.UTF_8));
            }
        }
        String host = u.getHost() == null ? "localhost" : u.getHost();
        return "jdbc:postgresql://" + host + (u.getPort() > 0 ? ":" + u.getPort() : "") + (u.getRawPath() == null ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
