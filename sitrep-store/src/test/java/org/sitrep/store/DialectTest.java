package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Store locations: which database a --db value names, and how a PostgreSQL URL reaches the JDBC driver. */
class DialectTest {
    @Test
    void aPostgresqlUrlNamesAServerAnythingElseASqliteFile() {
        assertEquals(Dialect.POSTGRESQL, Dialect.of("postgresql://db.example:5433/sitrep"));
        assertEquals(Dialect.POSTGRESQL, Dialect.of("postgres://u@h/d"));
        assertEquals(Dialect.POSTGRESQL, Dialect.of("jdbc:postgresql://h/d"));
        assertEquals(Dialect.SQLITE, Dialect.of("sitrep.db"));
        assertEquals(Dialect.SQLITE, Dialect.of("/data/postgresql/sitrep.db"));
    }

    @Test
    void userAndPasswordMoveFromTheUrlIntoTheDriversProperties() {
        Properties p = new Properties();
        assertEquals("jdbc:postgresql://db.example:5433/sitrep?sslmode=require",
                Dialect.jdbcUrl("postgresql://ana:s%40cret@db.example:5433/sitrep?sslmode=require", p));
        assertEquals("ana", p.getProperty("user"));
        assertEquals("s@cret", p.getProperty("password"));
        Properties none = new Properties();
        assertEquals("jdbc:postgresql://localhost/sitrep", Dialect.jdbcUrl("postgres:///sitrep", none));
        assertEquals("jdbc:postgresql://h:1/d", Dialect.jdbcUrl("jdbc:postgresql://h:1/d", none));
        assertFalse(none.containsKey("user"));
    }

    @Test
    void aNewSqliteStoreHasLargePagesAndAnOldOneKeepsItsOwn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path fresh = dir.resolve("new.db");
        SqlEventStore.open(fresh).close();
        assertEquals(SqliteSettings.PAGE_SIZE, pageSize(fresh));
        java.nio.file.Path old = dir.resolve("old.db");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + old);
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TABLE made_before (x)"); // a file of SQLite's default page size
        }
        SqlEventStore.open(old).close();
        assertEquals(4096, pageSize(old));
    }

    private static long pageSize(java.nio.file.Path db) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet r = c.createStatement().executeQuery("PRAGMA page_size")) {
            return r.getLong(1);
        }
    }

    /**
     * A partition's rows read by {@link Dialect#ofPartition} are those of the plain condition; in SQLite in the order
     * they lie in the table (rowid), found through the partition's index, not by a scan of the table.
     */
    @Test
    void aPartitionsRowsAreTheSameRowsReadInTheTablesOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.util.List<org.sitrep.core.Extraction> xs = new java.util.ArrayList<>(Seeds.extractions());
        xs.addAll(StoreBehaviourTest.randomRegion(9, 150, 30));
        java.util.Collections.shuffle(xs, new java.util.Random(9)); // the partitions' rows interleaved in the file
        try (EventStore s = Seeds.store(dir.resolve("order.db"), xs)) {
            java.sql.Connection c = ((SqlEventStore) s).connection();
            java.util.List<String> parts = strings(c, "SELECT DISTINCT partition FROM mentions ORDER BY partition", null);
            assertTrue(parts.size() >= 3, "partitions: " + parts);
            String condition = Dialect.ofPartition(c, "mentions");
            boolean sqlite = c instanceof org.sqlite.SQLiteConnection; // the suite runs again on PostgreSQL
            for (String part : parts) {
                java.util.List<String> plain = strings(c, "SELECT rowid FROM mentions WHERE partition = ?", part);
                java.util.List<String> read = strings(c, "SELECT rowid FROM mentions WHERE " + condition, part);
                java.util.List<Long> inOrder = read.stream().map(Long::valueOf).toList();
                assertEquals(new java.util.TreeSet<>(plain), new java.util.TreeSet<>(read), part);
                assertEquals(plain.size(), read.size(), part);
                if (sqlite) {
                    assertEquals(inOrder.stream().sorted().toList(), inOrder, "in the table's order: " + part);
                }
            }
            if (!sqlite) {
                assertEquals("partition = ?", condition, "PostgreSQL reads by its index as before");
                return;
            }
            String plan = String.join("\n", strings(c, "EXPLAIN QUERY PLAN SELECT id, json FROM mentions WHERE " + condition, parts.get(0)));
            assertTrue(plan.contains("INTEGER PRIMARY KEY") && plan.contains("INDEX"), plan);
            assertTrue(!plan.contains("SCAN mentions"), "not a scan of the whole table: " + plan);
        }
    }

    /** The first column of a query's rows as text ({@code arg}: its one parameter, or null: none); of a query plan, its details. */
    private static java.util.List<String> strings(java.sql.Connection c, String sql, String arg) throws java.sql.SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement p = c.prepareStatement(sql)) {
            if (arg != null) {
                p.setString(1, arg);
            }
            try (java.sql.ResultSet r = p.executeQuery()) {
                int col = sql.startsWith("EXPLAIN") ? r.getMetaData().getColumnCount() : 1;
                while (r.next()) {
                    out.add(r.getString(col));
                }
            }
        }
        return out;
    }

    @Test
    void onlyFailuresThatMayPassAreWorthRetrying() {
        assertTrue(new StoreException("x", new java.sql.SQLException("lost", "08006")).transientFailure(), "connection lost");
        assertTrue(new StoreException("x", new java.sql.SQLException("deadlock", "40P01")).transientFailure());
        assertTrue(new StoreException("x", new java.sql.SQLException("[SQLITE_BUSY]", null, 5)).transientFailure());
        assertFalse(new StoreException("x", new java.sql.SQLException("bad byte", "22021")).transientFailure(), "bad data stays bad");
        assertFalse(new StoreException("x", new java.sql.SQLException("duplicate", "23505")).transientFailure());
        assertFalse(new StoreException("x", new IllegalStateException("no SQL")).transientFailure());
    }

    @Test
    void schemasAreMadeAndDroppedOnlyByPlainNamesAndNeverThePublicOne() {
        for (String[] bad : new String[][] {{"postgresql://h/d", "public"}, {"postgresql://h/d", "x; DROP TABLE y"}, {"sitrep.db", "s"}}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SqlEventStore.dropSchema(bad[0], bad[1]));
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SqlEventStore.schemaOf(bad[0], bad[1]));
        }
    }

    @Test
    void messagesNeverShowThePassword() {
        assertEquals("postgresql://ana:***@h/d", SqlEventStore.redacted("postgresql://ana:s3cret@h/d"));
        assertEquals("jdbc:postgresql://h/d?user=ana&password=***", SqlEventStore.redacted("jdbc:postgresql://h/d?user=ana&password=x"));
        assertEquals("sitrep.db", SqlEventStore.redacted("sitrep.db"));
    }

    @Test
    void aSqliteWriteTransactionTakesTheWriteLockWhenItBegins(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // with deferred transactions a writer that had read could not write after another's commit ("database is
        // locked" at once, whatever the busy timeout); an immediate one waits for the lock before it reads
        String file = dir.resolve("lock.db").toString();
        try (java.sql.Connection a = Dialect.SQLITE.connect(file);
             java.sql.Connection b = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (java.sql.Statement s = a.createStatement()) {
                s.execute("CREATE TABLE t (x INTEGER)");
            }
            a.setAutoCommit(false);
            try (java.sql.Statement s = a.createStatement()) {
                s.executeQuery("SELECT count(*) FROM t").close(); // only a read so far
            }
            try (java.sql.Statement s = b.createStatement()) {
                s.execute("PRAGMA busy_timeout=0");
                java.sql.SQLException busy = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> s.execute("BEGIN IMMEDIATE"));
                assertTrue(busy.getMessage().contains("SQLITE_BUSY") || busy.getMessage().contains("locked"), busy.getMessage());
            }
            a.rollback();
        }
    }

    /** A window's week tokens cover exactly its weeks, each once: whole aligned blocks of 16 as one token, the rest as weeks. */
    @org.junit.jupiter.api.Test
    void weekTokensCoverAWindowExactlyOnce() {
        org.junit.jupiter.api.Assertions.assertEquals("'w 0'", StoreReads.weekTokens(0, 1));
        org.junit.jupiter.api.Assertions.assertEquals("'w 15' | 'q 1' | 'w 32'", StoreReads.weekTokens(15, 33));
        java.util.Random r = new java.util.Random(3);
        for (int n = 0; n < 2000; n++) {
            long from = r.nextInt(3000);
            long to = from + 1 + r.nextInt(400);
            java.util.List<Long> covered = new java.util.ArrayList<>();
            for (String t : StoreReads.weekTokens(from, to).split(" \\| ")) {
                long v = Long.parseLong(t.substring(3, t.length() - 1));
                if (t.startsWith("'q ")) {
                    for (long w = v * StoreReads.BLOCK_WEEKS; w < (v + 1) * StoreReads.BLOCK_WEEKS; w++) {
                        covered.add(w);
                    }
                } else {
                    covered.add(v);
                }
            }
            org.junit.jupiter.api.Assertions.assertEquals(java.util.stream.LongStream.range(from, to).boxed().toList(), covered, from + ".." + to);
        }
    }

    /** A store's PostgreSQL session starts no parallel workers: for its page-sized statements they cost more than they save. */
    @Test
    void aPostgresqlStoreSessionRunsEachStatementInOneProcess(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestStores.postgres(), "PostgreSQL run only");
        try (java.sql.Connection c = Dialect.POSTGRESQL.connect(TestStores.location(dir.resolve("parallel.db")));
             java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SHOW max_parallel_workers_per_gather")) {
            assertTrue(r.next());
            assertEquals("0", r.getString(1));
        }
    }

    @Test
    void aWindowFindsItsMentionsIdsInAnIndexWithoutReadingTheirRows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        try (SqlEventStore s = SqlEventStore.open(dir.resolve("plans.db"))) {
            java.util.Map<String, Integer> queries = new java.util.LinkedHashMap<>();
            queries.put(StoreDerived.ENTRY_IDS, 2);
            queries.put(StoreDerived.POINT_IDS_IN_BOX, 5);
            queries.put(StoreDerived.TOWN_OR_POINT_IDS_IN_BOX, 5);
            queries.put(StoreDerived.spellingIds("name"), 3);
            queries.put(StoreDerived.spellingIds("text"), 3);
            for (var q : queries.entrySet()) {
                String plan = plan(s, q.getKey(), ones(q.getValue()));
                assertTrue(plan.contains("USING COVERING INDEX"), q.getKey() + ":\n" + plan);
            }
        }
    }

    /**
     * The marks of mentions added since a refresh are one B-tree keyed by (partition, mention id): every statement on
     * them searches that key, with no index of its own to write per stored mention (migration 13).
     */
    @Test
    void theMarksOfFreshMentionsAreReadByTheirOwnKey(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's plans");
        try (SqlEventStore s = SqlEventStore.open(dir.resolve("fresh.db"))) {
            java.util.Map<String, Integer> statements = new java.util.LinkedHashMap<>();
            statements.put(StoreDerived.TAKE_FRESH, 1);
            statements.put(StoreDerived.FRESH_OF, 1);
            statements.put(StoreDerived.TAKE_FRESH_MARK, 2);
            for (var q : statements.entrySet()) {
                String plan = plan(s, q.getKey(), ones(q.getValue()));
                assertTrue(plan.contains("SEARCH fresh USING PRIMARY KEY (partition=?"), q.getKey() + ":\n" + plan);
            }
            try (java.sql.Statement st = s.connection().createStatement();
                 java.sql.ResultSet r = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('fresh', 'mentions') "
                         + "AND name IN ('fresh_partition', 'mentions_class')")) {
                assertTrue(!r.next(), "an index no statement reads is written per mention");
            }
        }
    }

    /** SQLite finds an article's mentions, and the events holding them, by the range of their ids (migration 14). */
    @Test
    void anArticlesMentionsAreFoundByTheRangeOfTheirIds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's plans");
        try (SqlEventStore s = SqlEventStore.open(dir.resolve("articles.db"))) {
            java.util.Map<String, String> statements = new java.util.LinkedHashMap<>();
            statements.put(StoreReads.mentionsOfArticle(Dialect.SQLITE), "SEARCH mentions USING INDEX sqlite_autoindex_mentions_1 (id>? AND id<?)");
            statements.put(SqlMonitor.eventsOfArticle(Dialect.SQLITE),
                    "SEARCH event_mentions USING INDEX sqlite_autoindex_event_mentions_1 (mention_id>? AND mention_id<?)");
            for (var q : statements.entrySet()) {
                String plan = plan(s, q.getKey(), p -> Dialect.SQLITE.bindArticle(p, 1, "a"));
                assertTrue(plan.contains(q.getValue()), q.getKey() + ":\n" + plan);
            }
        }
    }

    /**
     * The stored events holding a window's mentions are looked up by their ids, found from the mentions first, so that
     * each event's row is read once, not once per mention joined to it (its members lie after its JSON in SQLite).
     */
    @Test
    void theEventsHoldingMentionsAreReadOncePerEvent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's plans");
        try (SqlEventStore s = SqlEventStore.open(dir.resolve("holding.db"))) {
            String text = plan(s, StoreDerived.holding(3), ones(3));
            assertTrue(text.contains("SEARCH events USING INDEX sqlite_autoindex_events_1 (id=?)"), text);
            assertTrue(text.contains("LIST SUBQUERY") && text.contains("SEARCH event_mentions"), text);
            assertTrue(!text.contains("TEMP B-TREE FOR DISTINCT"), text);
        }
    }

    /**
     * Migration 15: an event's small columns lie before its JSON (SQLite reaches a column by walking the overflow pages
     * of every large one before it), and rebuilding the table keeps every row, its rowid and what the R*Tree and the
     * full-text index find through it.
     */
    @Test
    void anEventsSmallColumnsLieBeforeItsJsonAndTheRebuildKeepsWhatTheIndexesFind(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's layout");
        java.nio.file.Path file = dir.resolve("layout.db");
        String rows = "SELECT rowid, id, partition, members, timeline_key, brief, json, t_start, lat, lon FROM events ORDER BY rowid";
        List<String> before;
        List<List<String>> answersBefore;
        try (SqlEventStore s = SqlEventStore.open(file)) {
            for (org.sitrep.core.Extraction x : Seeds.extractions()) {
                s.add(x);
                s.refresh(); // events rewritten article by article: their rowids have gaps, which the rebuild must keep
            }
            assertTrue(StoreBehaviourTest.rows(s.connection(), "SELECT 1 FROM events WHERE rowid > (SELECT COUNT(*) FROM events) LIMIT 1").size() == 1,
                    "rowids with gaps");
            List<String> columns = StoreBehaviourTest.rows(s.connection(), "SELECT name FROM pragma_table_info('events') ORDER BY cid");
            assertEquals("json", columns.get(columns.size() - 1), columns.toString());
            before = StoreBehaviourTest.rows(s.connection(), rows);
            assertTrue(before.size() > 20, "events stored: " + before.size());
            answersBefore = answers(s);
            try (java.sql.Statement st = s.connection().createStatement()) {
                st.executeUpdate("DELETE FROM schema_version WHERE version >= 15");
            }
        }
        try (SqlEventStore s = SqlEventStore.open(file)) { // migration 15 again, on a table full of events
            assertEquals(before, StoreBehaviourTest.rows(s.connection(), rows));
            assertEquals(answersBefore, answers(s));
        }
    }

    /**
     * Both text indexes gather up to 8 MiB of new terms before writing a segment (migration 16), in a new store and in
     * one migrated from version 15, whose text is still found.
     */
    @Test
    void theTextIndexesGatherEightMebibytesOfNewTermsInANewStoreAndAMigratedOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's FTS5");
        java.nio.file.Path file = dir.resolve("hashsize.db");
        String setting = "SELECT (SELECT v FROM events_fts_config WHERE k = 'hashsize') || ' ' || (SELECT v FROM articles_fts_config WHERE k = 'hashsize')";
        List<List<String>> answersBefore;
        try (SqlEventStore s = SqlEventStore.open(file)) {
            assertEquals(List.of("8388608 8388608"), StoreBehaviourTest.rows(s.connection(), setting));
            s.addAll(Seeds.extractions());
            s.refresh();
            answersBefore = answers(s);
            try (java.sql.Statement st = s.connection().createStatement()) {
                st.executeUpdate("DELETE FROM events_fts_config WHERE k = 'hashsize'");
                st.executeUpdate("DELETE FROM articles_fts_config WHERE k = 'hashsize'");
                st.executeUpdate("DELETE FROM schema_version WHERE version >= 16");
            }
        }
        try (SqlEventStore s = SqlEventStore.open(file)) {
            assertEquals(List.of("8388608 8388608"), StoreBehaviourTest.rows(s.connection(), setting), "set by the migration");
            assertEquals(answersBefore, answers(s));
            assertTrue(!s.search("Hama", 10).isEmpty(), "the articles' text is found");
        }
    }

    /** Event ids that near and text queries answer on the store (through the R*Tree and the full-text index's rowids). */
    private static List<List<String>> answers(SqlEventStore s) {
        List<List<String>> out = new ArrayList<>();
        for (double[] at : new double[][] {{35.13, 36.75, 30}, {35.2, 36.7, 80}, {36.2, 37.15, 50}}) {
            out.add(s.events(new EventQuery(null, null, null, null, null, new Near(at[0], at[1], at[2]), null, 100)).stream()
                    .map(org.sitrep.core.model.Event::id).toList());
        }
        for (String word : List.of("Hama", "army", "captured")) {
            out.add(s.events(new EventQuery(null, null, null, null, null, null, word, 100)).stream()
                    .map(org.sitrep.core.model.Event::id).toList());
        }
        assertTrue(out.stream().allMatch(a -> !a.isEmpty()), out.toString());
        return out;
    }

    /** Binds a statement's parameters. */
    private interface Binder {
        void bind(java.sql.PreparedStatement p) throws java.sql.SQLException;
    }

    /** Every one of n parameters bound to "1". */
    private static Binder ones(int n) {
        return p -> {
            for (int i = 1; i <= n; i++) {
                p.setString(i, "1");
            }
        };
    }

    /** SQLite's plan of a statement, one line of detail each. */
    private static String plan(SqlEventStore s, String sql, Binder binder) throws java.sql.SQLException {
        StringBuilder plan = new StringBuilder();
        try (java.sql.PreparedStatement p = s.connection().prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            binder.bind(p);
            try (java.sql.ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    plan.append(r.getString("detail")).append('\n');
                }
            }
        }
        return plan.toString();
    }
}
