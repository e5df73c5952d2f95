package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sitrep.core.Extraction;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.FramingTerm;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.ContradictionFinder;
import org.sitrep.core.reconcile.EventMerger;
import org.sitrep.core.reconcile.PartitionReconciler;
import org.sitrep.core.reconcile.FramingTerms;
import org.sitrep.core.reconcile.Reconciler;

/**
 * The {@link EventStore} on SQL: by default one SQLite file (xerial sqlite-jdbc, WAL mode), the embedded store; or a
 * PostgreSQL database ({@code postgresql://…}) that several processes share. Both have the same tables, migrations
 * and queries (see {@link Dialect} for the little that differs). Every {@link #add} is one transaction, so a process
 * killed mid-ingest leaves each article either fully stored or absent; partitions it touched stay marked dirty
 * until a {@link #refresh} recomputes them, so a re-run completes the derived data. Not thread-safe: one instance
 * per thread (SQLite allows one writer at a time per file).
 */
final class SqlEventStore implements EventStore {
    private final Connection c;
    /** How an INSERT of the store's rows begins on this connection ({@link Dialect#insertInto}). */
    private final String insert;
    /** {@link Dialect#jsonParam} of the connection. */
    private final String json;
    private final String location;
    private final Dialect dialect;
    /** The reconciler of the partitions this connection refreshes itself ({@link #reconciler()}). */
    private PartitionReconciler reconciler;
    private final FramingTerms framing = new FramingTerms();
    private final StoreDerived derived;
    private final StoreReads reads;
    /** Source rows (mentions, claims) a refresh reads between two commits. */
    static final long REFRESH_BATCH_ROWS = 50_000;
    /** SQLite page cache of a store connection, in KiB (128 MiB; the default 2 MiB rereads a large store's indexes). */
    static final int CACHE_KIB = 131_072;
    /**
     * Write-ahead log pages after which a commit checkpoints them into the file (the default is 1,000): about 40 MiB
     * at the page size of a new store ({@link SqliteSettings#PAGE_SIZE}).
     */
    static final int WAL_CHECKPOINT_PAGES = 2_560;

    /** Event partitions refreshed from a window of their mentions, and in whole, since the store was opened. */
    private long windowed;
    private long whole;

    /** Event partitions this connection refreshed from a window of their mentions (see {@link #refresh}) and in whole. */
    @Override
    public RefreshCounts refreshCounts() {
        return new RefreshCounts(windowed, whole, periodCounts.get(0), periodCounts.get(1));
    }

    /** Periods that this store's windowed refreshes merged and took as stored, on any of its connections. */
    private final java.util.concurrent.atomic.AtomicLongArray periodCounts = new java.util.concurrent.atomic.AtomicLongArray(2);

    /** The parsed mentions of the large windows this connection's refreshes read, kept for the next ones. */
    private final MentionCache cache = MentionCache.ofHeap();

    /** The mentions kept between refreshes (tests). */
    MentionCache mentionCache() {
        return cache;
    }

    /** Control periods this connection's refreshes left as stored, and wrote ({kept, written}; tests). */
    long[] periodWrites() {
        return new long[] {derived.periodsKept, derived.periodsWritten};
    }

    /** Finds the windows of more than this many mentions by one scan of their partition (tests: 0 finds every one so). */
    void scanWindowsFrom(int mentions) {
        derived.scanFrom(mentions);
    }

    private SqlEventStore(String location, Dialect dialect, Connection c) {
        this.location = location;
        this.dialect = dialect;
        this.c = c;
        this.derived = new StoreDerived(c);
        this.insert = Dialect.insertInto(c);
        this.json = Dialect.jsonParam(c);
        derived.parseThreads(refreshThreads);
        derived.mentionCache(cache);
        derived.periodCounts(periodCounts);
        this.reads = new StoreReads(c, dialect);
    }

    /** Opens (creating when absent) the SQLite store in the file, bringing its schema up to date. */
    public static SqlEventStore open(Path file) {
        return open(file.toString());
    }

    /**
     * Opens the store at a location: a PostgreSQL URL ({@code postgresql://user:password@host:port/database},
     * {@code jdbc:postgresql://…}; the database must exist, its tables are created) or a SQLite file (created when
     * absent). The schema is brought up to date.
     */
    public static SqlEventStore open(String location) {
        Dialect dialect = Dialect.of(location);
        try {
            Connection c = dialect.connect(location);
            Migrations.apply(c, dialect.migrations());
            return new SqlEventStore(location, dialect, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + redacted(location) + ": " + e.getMessage(), e);
        }
    }

    /**
     * A new schema in a PostgreSQL database (created when absent), as a store location: several stores side by side
     * in one database (benchmarks, tests).
     */
    public static String schemaOf(String postgresUrl, String schema) {
        onServer(postgresUrl, schema, "CREATE SCHEMA IF NOT EXISTS " + schema);
        return postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops a schema {@link #schemaOf} made, with the store in it (benchmarks); nothing when it is absent. */
    public static void dropSchema(String postgresUrl, String schema) {
        onServer(postgresUrl, schema, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** Whether a location names a PostgreSQL database (else it is a SQLite file). */
    public static boolean isPostgres(String location) {
        return Dialect.of(location) == Dialect.POSTGRESQL;
    }

    private static void onServer(String postgresUrl, String schema, String ddl) {
        if (Dialect.of(postgresUrl) != Dialect.POSTGRESQL || !schema.matches("[a-z_][a-z0-9_]*") || schema.equals("public")) {
            throw new IllegalArgumentException("need a PostgreSQL URL and a lower-case schema name other than public: "
                    + redacted(postgresUrl) + ", " + schema);
        }
        java.util.Properties props = new java.util.Properties();
        try (Connection c = DriverManager.getConnection(Dialect.jdbcUrl(postgresUrl, props), props); Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            throw new StoreException(ddl + " failed in " + redacted(postgresUrl) + ": " + e.getMessage(), e);
        }
    }

    /** A store location without its password, for messages. */
    public static String redacted(String location) {
        return location.replaceAll("(?<=://)([^:/@]+):[^@/]*@", "$1:***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Where the store is: its file, or its URL without the password. */
    @Override
    public String location() {
        return redacted(location);
    }

    /** The store's connection, for tests that read its tables. */
    Connection connection() {
        return c;
    }

    /** The SQLite file of the store; null for a PostgreSQL store. */
    public Path file() {
        return dialect == Dialect.SQLITE ? Path.of(location) : null;
    }

    @Override
    public Added add(Extraction x) {
        Article a = x.article();
        checkpointsBackIfGaveUp(); // one article does not start the checkpointer
        boundLog();
        return transaction(() -> {
            try (Statements st = new Statements(c)) {
                return insertIfNew(x, st, true);
            }
        }, "cannot store article " + a.doc() + " (" + a.source() + ")");
    }

    private <T> T transaction(SqlWork<T> work, String failing) {
        return SqlWork.inTransaction(c, work, failing);
    }

    /**
     * Copies the write-ahead log into the file from a thread of its own while this connection writes (SQLite; null
     * until the first batch or refresh, when its connection could not be opened, and once its checkpoints kept
     * failing: SQLite's automatic checkpoints then do it on this connection).
     */
    private Checkpointer checkpointer;
    /** Set once the checkpointer gave up ({@link Checkpointer#gaveUp}): this connection checkpoints from then on. */
    private boolean checkpointsHere;
    /** What the checkpointer runs ({@link Checkpointer#SQL}; tests: a statement that fails). */
    String checkpointSql = Checkpointer.SQL;
    /** Milliseconds between the checkpointer's own runs ({@link Checkpointer#INTERVAL_MS}; tests: longer than a test). */
    long checkpointIntervalMs = Checkpointer.INTERVAL_MS;
    /**
     * Frames of the write-ahead log beyond which the writer has the checkpointer copy it all between two of its
     * transactions, so that it begins again ({@link Checkpointer#checkpointNow}): four times SQLite's own limit
     * ({@link #WAL_CHECKPOINT_PAGES}), 160 MiB of 16 KiB pages (tests: fewer).
     */
    long logRestartFrames = 4L * WAL_CHECKPOINT_PAGES;
    /** Checkpoints the writer had made between its transactions (tests). */
    private long logRestarts;

    /**
     * Starts the {@link #checkpointer} and turns this connection's automatic checkpoints off (SQLite, once), unless it
     * gave up ({@link #checkpointsBackIfGaveUp}). Called before every batch and refresh.
     */
    private void checkpointApart() {
        checkpointsBackIfGaveUp();
        if (checkpointer != null) {
            boundLog();
            return;
        }
        if (checkpointsHere || dialect != Dialect.SQLITE) {
            return;
        }
        Checkpointer started = null;
        try {
            started = new Checkpointer(location, checkpointSql, checkpointIntervalMs);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_autocheckpoint=0");
            }
            checkpointer = started;
        } catch (SQLException e) {
            if (started != null) {
                started.close();
            }
            // this connection checkpoints as it did
        }
    }

    /**
     * When the checkpointer gave up, closes it and turns this connection's automatic checkpoints back on, for good, with
     * the limit every store connection has ({@link #WAL_CHECKPOINT_PAGES}). Called before every write.
     */
    private void checkpointsBackIfGaveUp() {
        if (checkpointer == null || !checkpointer.gaveUp()) {
            return;
        }
        checkpointer.close();
        checkpointer = null;
        checkpointsHere = true;
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint=" + WAL_CHECKPOINT_PAGES);
        } catch (SQLException e) {
            // this connection is failing too: its writes report why
        }
    }

    /**
     * Has the checkpointer copy the whole log now when its last run found it longer than {@link #logRestartFrames}, or
     * none ran yet: called by the writer before a transaction, so that SQLite begins the log again at its next write
     * (the checkpointer's own runs, made while the writer adds frames, never copy them all when the writer never
     * pauses).
     */
    private void boundLog() {
        if (checkpointer != null && !checkpointer.gaveUp() && (checkpointer.frames() < 0 || checkpointer.frames() > logRestartFrames)) {
            checkpointer.checkpointNow();
            logRestarts++;
        }
    }

    /** Checkpoints the writer had made between its transactions ({@link #boundLog}; tests). */
    long logRestarts() {
        return logRestarts;
    }

    /** The checkpointer's counts ({@link Checkpointer#counts}), or null when none runs (tests). */
    long[] checkpoints() {
        return checkpointer == null ? null : checkpointer.counts();
    }

    /**
     * Stores the articles in one transaction: a store commits its pages once for the batch instead of once an
     * article, which is most of the cost of a write. When one article fails, the batch is rolled back and its articles
     * are added one by one, so that only the failing one is lost (with its reason).
     */
    @Override
    public List<Object> addAll(List<Extraction> xs) {
        if (xs.size() <= 1) {
            return EventStore.super.addAll(xs);
        }
        checkpointApart();
        List<Object> out = new ArrayList<>(xs.size());
        long t = org.sitrep.core.StageTimes.begin();
        try {
            c.setAutoCommit(false);
            try (Statements st = new Statements(c)) {
                List<String> added = new ArrayList<>(xs.size());
                for (Extraction x : xs) {
                    Added a = insertIfNew(x, st, false);
                    if (a == Added.ADDED) {
                        added.add(x.article().id());
                    }
                    out.add(a);
                }
                long tt = org.sitrep.core.StageTimes.begin();
                indexArticleText(added, st);
                org.sitrep.core.StageTimes.add("write:article-text", tt);
                long tc = org.sitrep.core.StageTimes.begin();
                c.commit();
                org.sitrep.core.StageTimes.add("write:commit", tc);
                org.sitrep.core.StageTimes.add("write", t);
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // the connection refused the transaction itself: each article on its own says what is wrong
        }
        return EventStore.super.addAll(xs);
    }

    /** Articles whose text one statement of {@link #indexArticleText} indexes. */
    static final int TEXT_INDEX_CHUNK = 200;

    /**
     * Adds the stored articles' titles and text to the articles' text index, in ascending rowid, in the caller's
     * transaction. One statement for many articles: SQLite's FTS5 took six to eight times longer for the same
     * articles indexed one statement each (1,960 real articles: 160-250 ms against 25-33 ms).
     */
    private void indexArticleText(List<String> ids, Statements st) throws SQLException {
        for (int from = 0; from < ids.size(); from += TEXT_INDEX_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + TEXT_INDEX_CHUNK));
            PreparedStatement p = st.get("INSERT INTO articles_fts (rowid, title, cleaned) SELECT rowid, title, cleaned FROM articles "
                    + "WHERE id IN (" + StoreDerived.marks(chunk.size()) + ") ORDER BY rowid");
            for (int i = 0; i < chunk.size(); i++) {
                p.setString(i + 1, chunk.get(i));
            }
            p.executeUpdate();
        }
    }

    /**
     * The rows of one article unless it is stored (an earlier one of the same batch included), in the caller's
     * transaction; its text indexed too, or left to the caller ({@link #indexArticleText}) when {@code indexText} is false.
     */
    private Added insertIfNew(Extraction x, Statements st, boolean indexText) throws SQLException {
        PreparedStatement p = st.get("SELECT 1 FROM articles WHERE id = ?");
        p.setString(1, x.article().id());
        try (ResultSet r = p.executeQuery()) {
            if (r.next()) {
                return Added.ALREADY_STORED;
            }
        }
        insert(x, st, indexText);
        return Added.ADDED;
    }

    /** The rows of one article, in the caller's transaction (its text indexed unless {@code indexText} is false). */
    private void insert(Extraction x, Statements st, boolean indexText) throws SQLException {
        Article a = x.article();
        List<SourcedMention> ms = Reconciler.mentions(x);
        List<SourcedClaim> cs = Reconciler.claims(x);
        long t = org.sitrep.core.StageTimes.begin();
        insertArticle(x, ms.size(), cs.size(), st);
        if (indexText) {
            indexArticleText(List.of(a.id()), st);
        }
        org.sitrep.core.StageTimes.add("write:article", t);
        t = org.sitrep.core.StageTimes.begin();
        Set<String> dirty = new LinkedHashSet<>();
        {
            PreparedStatement p = st.get(insert + "mentions (id, article_id, partition, json, gid, lat, lon, "
                    + "place_class, name_bucket, name_key, text_bucket, text_key) VALUES (?, ?, ?, " + json + ", ?, ?, ?, ?, ?, ?, ?, ?)");
            PreparedStatement f = st.get(insert + "fresh (mention_id, partition) VALUES (?, ?)");
            for (SourcedMention m : ms) {
                String part = EventMerger.partition(m.mention());
                dirty.add(part);
                ResolvedPlace pl = m.mention().place() == null ? null : m.mention().place().place();
                p.setObject(5, pl == null ? null : pl.geonameid());
                p.setObject(6, pl == null ? null : pl.lat());
                p.setObject(7, pl == null ? null : pl.lon());
                p.setString(8, EventMerger.placeClass(pl).name());
                StoreDerived.setSpellings(p, 9, m);
                batch(p, m.id(), a.id(), part, StoreJson.bytes(m));
                f.setString(1, m.id());
                f.setString(2, part);
                f.addBatch();
            }
            p.executeBatch();
            f.executeBatch();
        }
        org.sitrep.core.StageTimes.add("write:mentions", t);
        t = org.sitrep.core.StageTimes.begin();
        {
            PreparedStatement p = st.get(insert + "claims (id, article_id, partition, json) VALUES (?, ?, ?, " + json + ")");
            for (SourcedClaim k : cs) {
                String part = ContradictionFinder.partition(k.claim());
                dirty.add(part);
                batch(p, k.id(), a.id(), part, StoreJson.bytes(k));
            }
            p.executeBatch();
        }
        org.sitrep.core.StageTimes.add("write:claims", t);
        t = org.sitrep.core.StageTimes.begin();
        List<FramingTerm> terms = framing.extract(x);
        org.sitrep.core.StageTimes.add("write:framing-terms", t);
        t = org.sitrep.core.StageTimes.begin();
        insertFraming(a, terms, st);
        org.sitrep.core.StageTimes.add("write:framing", t);
        t = org.sitrep.core.StageTimes.begin();
        {
            PreparedStatement p = st.get("INSERT INTO dirty (partition) VALUES (?) ON CONFLICT DO NOTHING");
            for (String d : dirty) {
                p.setString(1, d);
                p.addBatch();
            }
            p.executeBatch();
        }
        org.sitrep.core.StageTimes.add("write:dirty", t);
    }

    /** Sets a mention's or claim's id, article, partition and JSON (its UTF-8 bytes, for the {@link #json} placeholder) and adds the row to the batch. */
    private static void batch(PreparedStatement p, String id, String article, String part, byte[] json) throws SQLException {
        p.setString(1, id);
        p.setString(2, article);
        p.setString(3, part);
        p.setBytes(4, json);
        p.addBatch();
    }

    private void insertArticle(Extraction x, int mentions, int claims, Statements st) throws SQLException {
        Article a = x.article();
        {
            PreparedStatement p = st.get(insert + "articles (id, doc, source, outlet, url, title, language, "
                    + "published_start, published_end, published_precision, raw, cleaned, to_raw, diagnostics, mention_count, "
                    + "claim_count, ingested_at, to_raw_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            p.setString(1, a.id());
            p.setString(2, a.doc());
            p.setString(3, a.source());
            p.setString(4, a.outlet());
            p.setString(5, a.url());
            p.setString(6, a.title());
            p.setString(7, a.language());
            p.setString(8, a.published().isKnown() ? a.published().start().toString() : null);
            p.setString(9, a.published().isKnown() ? a.published().end().toString() : null);
            p.setString(10, a.published().precision().label());
            p.setString(11, a.text().raw());
            p.setString(12, a.text().cleaned());
            p.setBytes(13, OffsetRuns.encode(a.text().toRaw()));
            p.setString(14, StoreJson.write(x.diagnostics()));
            p.setInt(15, mentions);
            p.setInt(16, claims);
            p.setString(17, Stamps.format(Instant.now()));
            p.setInt(18, OffsetRuns.FORMAT);
            p.executeUpdate();
        }
    }

    private void insertFraming(Article a, List<FramingTerm> terms, Statements st) throws SQLException {
        {
            PreparedStatement p = st.get(insert + "framing_terms (article_id, outlet, side, actor, term, loaded, "
                    + "kind, sentence, span_start, span_end, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (FramingTerm t : terms) {
                p.setString(1, a.id());
                p.setString(2, a.outlet());
                p.setString(3, t.side());
                p.setString(4, t.actor());
                p.setString(5, t.term());
                p.setInt(6, t.loaded() ? 1 : 0);
                p.setString(7, t.kind());
                p.setInt(8, t.sentence());
                p.setInt(9, t.span().start());
                p.setInt(10, t.span().end());
                p.setString(11, t.quote());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    @Override
    public int refresh() {
        List<String> parts = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT partition FROM dirty ORDER BY partition")) {
            while (r.next()) {
                parts.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot refresh store " + location() + ": " + e.getMessage(), e);
        }
        return refresh(parts);
    }

    /**
     * The partitions an extraction's mentions and claims fall in: what {@link #add} marks dirty, and what a
     * distributed ingest must {@link #refresh(java.util.Collection) refresh} after adding it.
     */
    public static Set<String> partitions(Extraction x) {
        Set<String> out = new java.util.TreeSet<>();
        Reconciler.mentions(x).forEach(m -> out.add(EventMerger.partition(m.mention())));
        Reconciler.claims(x).forEach(k -> out.add(ContradictionFinder.partition(k.claim())));
        return out;
    }

    /**
     * Recomputes the named partitions from the source rows stored now, whether marked dirty or not (and clears
     * their marks). Processes writing to one PostgreSQL store may refresh different partitions at the same time;
     * a partition must be refreshed by one of them at a time, after the articles that touch it were added.
     * Partitions are read and reconciled on {@link #refreshThreads} worker threads when there are enough of them, and
     * written on this connection in their order, in the same batches and with the same rows as on one thread.
     */
    @Override
    public int refresh(java.util.Collection<String> partitions) {
        derived.changes(); // what an earlier refresh did is not this one's
        checkpointApart();
        List<String> parts = new ArrayList<>(new java.util.TreeSet<>(partitions));
        try {
            int done = 0;
            if (refreshThreads > 1 && parts.size() >= parallelMinPartitions) {
                done = refreshInParallel(parts, refreshThreads);
            }
            refreshSerially(parts.subList(done, parts.size()));
            return parts.size();
        } catch (SQLException e) {
            throw new StoreException("cannot refresh store " + location() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Worker threads a refresh reads and reconciles partitions on: the machine's cores, at most 8, unless the system
     * property {@code sitrep.refreshThreads} says otherwise (1: on the calling thread only; each worker holds a
     * partition's mentions and result, so a store whose partitions' windows are large needs that much more heap).
     */
    private int refreshThreads = Math.max(1, Integer.getInteger("sitrep.refreshThreads", Math.min(8, Runtime.getRuntime().availableProcessors())));
    /** Fewer partitions than this are refreshed on the calling thread (workers' connections cost their opening). */
    static final int PARALLEL_MIN_PARTITIONS = 16;
    private int parallelMinPartitions = PARALLEL_MIN_PARTITIONS;
    /** Partitions a worker may have computed ahead of the writer (bounds the results held in memory). */
    private static final int AHEAD_PER_THREAD = 2;
    /**
     * Of the refreshes on worker threads since the store was opened: batches committed, batches rolled back because
     * another connection changed the store meanwhile, partitions read again because their sources changed, and large
     * partitions, read and reconciled apart from the workers' (on their own thread, or by the writer when one grew
     * large after it was counted), and refreshes whose largest partition was computed on a thread of its own.
     */
    private final long[] parallelCounts = new long[5];
    /**
     * Partitions of more mentions than this are read and reconciled on a thread of their own, not by the workers, one
     * at a time, each once the writer has written the one before; the largest of them (when two or more are large)
     * from the refresh's start on one more ({@link ParallelRefresh#plan}). The memory of a refresh on several threads
     * stays that of one thread plus one more large partition and the workers' smaller ones (several large windows held
     * at once, each worker's, ran a million-event store out of the heap that refreshed it on one thread).
     */
    static final long LARGE_PARTITION_MENTIONS = 10_000;
    private long largeMentions = LARGE_PARTITION_MENTIONS;
    /**
     * Run before each batch of a refresh on worker threads begins its transaction, once the batch's first partition is
     * read (tests: another connection writes).
     */
    Runnable beforeParallelBatch;

    /** Asks SQLite for the rowid of each event and control period it writes instead of numbering them (tests). */
    void askRowids() {
        derived.askRowids();
    }

    /**
     * Sets the worker threads of a refresh (1: all on the calling thread) and the fewest partitions a refresh must have
     * to use them.
     */
    void refreshThreads(int threads, int minPartitions, long largeMentions) {
        if (threads < 1 || minPartitions < 1 || largeMentions < 0) {
            throw new IllegalArgumentException("refresh threads and partitions must be at least 1: " + threads + ", " + minPartitions);
        }
        this.refreshThreads = threads;
        this.parallelMinPartitions = minPartitions;
        this.largeMentions = largeMentions;
        this.reconciler = null;
        derived.parseThreads(threads);
    }

    /**
     * The reconciler of the partitions this connection refreshes itself: all of them on one thread, and those a
     * refresh on worker threads reads again. It may use {@link #refreshThreads} threads within one large partition,
     * as this connection's reads parse the mentions' JSON on them ({@link StoreDerived#parseThreads}); so do the
     * large partitions' thread's of a refresh on worker threads, while the workers' own reconcilers and reads use one
     * each.
     */
    private PartitionReconciler reconciler() {
        if (reconciler == null) {
            reconciler = new PartitionReconciler(refreshThreads);
        }
        return reconciler;
    }

    /** How many times this connection's own refreshes wrote a mention into an event as its stored JSON (tests). */
    long mentionJsonCopied() {
        return derived.storedJsonCopied();
    }

    /**
     * {@link #parallelCounts}: batches committed, batches rolled back, partitions read again, large partitions, refreshes
     * whose largest partition was computed on a thread of its own.
     */
    long[] parallelCounts() {
        return parallelCounts.clone();
    }

    /**
     * Refreshes the partitions in order on one thread: in batches of about {@link #REFRESH_BATCH_ROWS} source rows,
     * one transaction each.
     */
    private void refreshSerially(List<String> parts) throws SQLException {
        // partitions are committed in batches: each commit may checkpoint the write-ahead log into the file,
        // rewriting the index pages every partition touches; a killed refresh loses at most one batch, whose
        // partitions stay dirty
        int done = 0;
        while (done < parts.size()) {
            boundLog();
            c.setAutoCommit(false);
            try {
                // in the transaction, which holds the write lock (SQLite): nobody else commits until it ends
                knownVersion(dialect.dataVersion(c));
                long rows = 0;
                while (done < parts.size() && rows < REFRESH_BATCH_ROWS) {
                    rows += refreshOne(parts.get(done++));
                }
                commitRefresh();
                knownVersion = dialect.versionAfterRefresh(knownVersion);
                derived.storedCommitted();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                derived.dropText();
                forgetStored();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * The store's data version ({@link Dialect#dataVersion}) after this connection's last refresh commit, when no other
     * connection had committed since the one before; {@link Long#MIN_VALUE} when unknown. The stored events the cache
     * keeps ({@link MentionCache#stored}) are what the store holds only while the version is this.
     */
    private long knownVersion = Long.MIN_VALUE;

    /** Forgets the stored events the cache keeps unless the store's data version is the one known; then knows it. */
    private void knownVersion(long version) {
        if (version != knownVersion) {
            derived.storedDropped();
        }
        knownVersion = version;
    }

    /** Forgets the stored events the cache keeps, and the version they were kept at (a transaction rolled back). */
    private void forgetStored() {
        derived.storedDropped();
        knownVersion = Long.MIN_VALUE;
    }

    /** Records the refresh and commits its batch. */
    private void commitRefresh() throws SQLException {
        derived.flushText();
        long t = org.sitrep.core.StageTimes.begin();
        derived.logControlChanges();
        dialect.refreshed(c);
        c.commit();
        org.sitrep.core.StageTimes.add("refresh:commit", t);
    }

    /** Refreshes one partition in the caller's transaction: its marks, reads, reconciling and writes. Answers the source rows read (plus one). */
    private long refreshOne(String part) throws SQLException {
        // the marks first, then the reads: an article another process commits meanwhile keeps
        // (or sets again) its partition's mark for the next refresh instead of losing it
        clearDirty(part);
        // the store reads the partition's state, the reconciler decides, the store persists
        if (PartitionReconciler.isClaims(part)) {
            List<SourcedClaim> cs = derived.claims(part);
            derived.persist(reconciler().refresh(part, List.of(), cs, java.util.Map.of()));
            return cs.size() + 1;
        }
        // counted only where a state may go stale
        StoreDerived.Reconciled r = derived.refresh(part, derived.takeFresh(part), 0, 0, reconciler());
        PartitionState s = r.state();
        if (s.windowed()) {
            windowed++;
        } else {
            whole++;
        }
        derived.persist(r.result());
        return s.mentions().size() + 1;
    }

    private void clearDirty(String part) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM dirty WHERE partition = ?")) {
            p.setString(1, part);
            p.executeUpdate();
        }
    }

    /**
     * The mentions of each of the partitions that has more than {@link #largeMentions}, counted now (0 for the others):
     * the large partitions' threads compute them ({@link ParallelRefresh#plan}).
     */
    private long[] large(List<String> parts) throws SQLException {
        long[] large = new long[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            if (!PartitionReconciler.isClaims(parts.get(i))) {
                long n = derived.count("mentions", parts.get(i));
                large[i] = n > largeMentions ? n : 0;
            }
        }
        return large;
    }

    /**
     * Refreshes the partitions with workers reading and reconciling them ({@link ParallelRefresh}) while this
     * connection writes their results in order. The large partitions are read and reconciled one at a time on a
     * thread of their own, the first from the refresh's start, so that the writer writes the partitions before it
     * meanwhile; the largest, when two or more are large, from the refresh's start on a thread of its own
     * ({@link ParallelRefresh#plan}). A partition whose mentions or claims were counted otherwise when written (another process added to
     * it meanwhile) is refreshed again on this connection, in the batch's transaction. When another connection changed the store (SQLite) or refreshed part of it (PostgreSQL) while a
     * batch was read, the batch is rolled back and the count of the partitions written before it is answered: the rest
     * are refreshed on one thread.
     */
    private int refreshInParallel(List<String> parts, int threads) throws SQLException {
        try (ParallelRefresh workers = new ParallelRefresh(location, dialect, threads, largeMentions, cache, periodCounts)) {
            long version = dialect.dataVersion(c); // before any worker reads
            knownVersion(version);
            workers.plan(parts, large(parts), threads * AHEAD_PER_THREAD);
            if (workers.largest() >= 0) {
                parallelCounts[4]++;
            }
            int done = 0;
            while (done < parts.size()) {
                int batchStart = done;
                long batchWindowed = 0;
                long batchWhole = 0;
                long batchRereads = 0;
                // the batch's first result before its transaction: the write lock is held only while writing
                ParallelRefresh.Computed first = take(workers, done);
                if (beforeParallelBatch != null) {
                    beforeParallelBatch.run();
                }
                boundLog();
                c.setAutoCommit(false);
                try {
                    long rows = 0;
                    while (done < parts.size() && rows < REFRESH_BATCH_ROWS) {
                        ParallelRefresh.Computed x = first != null ? first : take(workers, done);
                        first = null;
                        int i = done++;
                        String part = parts.get(i);
                        if (!part.equals(x.partition())) {
                            throw new IllegalStateException("refresh out of order: " + x.partition() + " for " + part);
                        }
                        if (workers.large(i) || x.result() == null) {
                            parallelCounts[3]++;
                        }
                        if (x.result() == null) {
                            rows += refreshOne(part); // grown large since counted: read and reconciled here
                        } else if (dialect == Dialect.POSTGRESQL && (derived.count("mentions", part) != x.state().mentionCount()
                                || derived.count("claims", part) != x.state().claimCount())) {
                            rows += refreshOne(part); // added to meanwhile: read again in this transaction
                            batchRereads++;
                        } else {
                            clearDirty(part);
                            if (!PartitionReconciler.isClaims(part)) {
                                derived.takeFresh(part, x.state().fresh());
                                if (x.state().windowed()) {
                                    batchWindowed++;
                                } else {
                                    batchWhole++;
                                }
                            }
                            derived.persist(x.result(), x.encoded());
                            rows += x.state().mentions().size() + x.state().claims().size() + 1;
                        }
                        workers.written(i);
                    }
                    derived.flushText();
                    long t = org.sitrep.core.StageTimes.begin();
                    derived.logControlChanges();
                    long before = dialect.refreshing(c);
                    if (before != version) {
                        c.rollback(); // another connection wrote meanwhile: what the workers read may be stale
                        forgetStored();
                        parallelCounts[1]++;
                        return batchStart;
                    }
                    c.commit();
                    org.sitrep.core.StageTimes.add("refresh:commit", t);
                    version = dialect.versionAfterRefresh(before);
                    knownVersion = version;
                    derived.storedCommitted();
                    windowed += batchWindowed;
                    whole += batchWhole;
                    parallelCounts[0]++;
                    parallelCounts[2] += batchRereads;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    derived.dropText();
                    forgetStored();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
            return done;
        }
    }

    /**
     * Partition {@code i}'s result from the workers, the writer's time waiting for it timed as the stage {@code
     * refresh:wait} (what {@code bench-store --stages} shows of the writer's waits).
     */
    private static ParallelRefresh.Computed take(ParallelRefresh workers, int i) throws SQLException {
        long t = org.sitrep.core.StageTimes.begin();
        try {
            return workers.take(i);
        } finally {
            org.sitrep.core.StageTimes.add("refresh:wait", t);
        }
    }

    @Override
    public PartitionState partitionState(String part) {
        return transaction(() -> {
            // the counts first: whatever is added after them makes persist find the state stale
            long mentions = derived.count("mentions", part);
            long claims = derived.count("claims", part);
            return derived.state(part, mentions, claims);
        }, "cannot read partition " + part + " of " + location());
    }

    @Override
    public Changes persist(PartitionState s, PartitionReconciler.PartitionResult result) {
        String part = s.partition();
        if (!part.equals(result.partition())) {
            throw new IllegalArgumentException("a result of partition " + result.partition() + " given for " + part);
        }
        derived.changes(); // what an earlier refresh did is not this one's
        Changes written;
        try {
            written = transaction(() -> {
                boolean current = derived.count("mentions", part) == s.mentionCount() && derived.count("claims", part) == s.claimCount()
                        && (PartitionReconciler.isClaims(part)
                            || (s.windowed() ? derived.storedEventsOf(s.mentions()) : derived.storedEvents(part)).equals(s.stored()));
                if (!current) {
                    return null; // nothing written: the transaction only read
                }
                try (PreparedStatement p = c.prepareStatement("DELETE FROM dirty WHERE partition = ?")) {
                    p.setString(1, part);
                    p.executeUpdate();
                }
                derived.takeFresh(part, s.fresh());
                derived.persist(result);
                derived.flushText();
                if (!PartitionReconciler.isClaims(part)) {
                    if (s.windowed()) {
                        windowed++;
                    } else {
                        whole++;
                    }
                }
                derived.logControlChanges();
                dialect.refreshed(c);
                return derived.changes();
            }, "cannot write partition " + part + " of " + location());
        } finally {
            forgetStored(); // written outside a refresh (committed, or rolled back): the stored events kept do not follow
        }
        if (written != null) {
            return written;
        }
        // stale: articles were added to the partition, or its events rewritten, since the state was read
        refresh(List.of(part));
        return lastChanges();
    }

    @Override
    public int pending() {
        return (int) reads.count("SELECT COUNT(*) FROM dirty");
    }

    /** How many merged events the store holds (one count over the events' smallest index). */
    @Override
    public long eventCount() {
        return reads.count("SELECT COUNT(*) FROM events");
    }

    @Override
    public boolean contains(String articleId) {
        return reads.count("SELECT COUNT(*) FROM articles WHERE id = ?", articleId) > 0;
    }

    @Override
    public Counts counts() {
        return new Counts(reads.count("SELECT COUNT(*) FROM articles"), reads.count("SELECT COUNT(*) FROM mentions"),
                reads.count("SELECT COUNT(*) FROM claims"), reads.count("SELECT COUNT(*) FROM events"),
                reads.count("SELECT COUNT(*) FROM control_periods"), reads.count("SELECT COUNT(*) FROM contradictions"));
    }

    @Override
    public EventDays eventDays() {
        List<String> first = reads.strings("SELECT MIN(t_start) FROM events");
        List<String> last = reads.strings("SELECT MAX(t_start) FROM events");
        return new EventDays(day(first), day(last));
    }

    @Override
    public java.util.SortedSet<String> countries() {
        // a control period's partition is "geo:CC/Admin1" (or "geo:CC" at country level)
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (String c : reads.strings("SELECT DISTINCT country FROM events WHERE country IS NOT NULL "
                + "UNION SELECT DISTINCT substr(partition, 5, 2) FROM control_periods WHERE partition LIKE 'geo:%'")) {
            if (c != null && c.length() == 2 && Character.isUpperCase(c.charAt(0)) && Character.isUpperCase(c.charAt(1))) {
                out.add(c);
            }
        }
        return out;
    }

    private static LocalDate day(List<String> oneValue) {
        String v = oneValue.isEmpty() ? null : oneValue.get(0);
        return v == null ? null : LocalDate.parse(v.substring(0, Math.min(10, v.length())));
    }

    @Override
    public List<Event> events(EventQuery q) {
        return reads.events(q);
    }

    @Override
    public Optional<Event> event(String id) {
        return reads.event(id);
    }

    @Override
    public List<ControlPeriod> timeline(String place) {
        return reads.timeline(place);
    }

    @Override
    public List<String> timelinePlaces() {
        return reads.strings("SELECT DISTINCT place FROM control_periods ORDER BY place");
    }

    @Override
    public List<ControlPeriod> control(LocalDate asOf, Near near) {
        ControlIndex index = controlIndex();
        return index != null ? index.asOf(asOf, near) : reads.control(asOf, near);
    }

    /** {@link #control} answered by the control_rtree table alone, as for stores too large for the in-memory index. */
    List<ControlPeriod> controlFromTables(LocalDate asOf, Near near) {
        return reads.control(asOf, near);
    }

    /**
     * The in-memory control index at the periods' present version ({@link ControlIndex#of}: shared by this process's
     * connections to the store, reloaded only when a refresh changed periods); null when the store has too many
     * periods to hold them in memory.
     */
    private ControlIndex controlIndex() {
        try {
            return ControlIndex.of(location, c);
        } catch (SQLException e) {
            throw new StoreException("cannot read control periods of " + location() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Contradiction> contradictions(boolean includeCompatible) {
        return reads.contradictions(includeCompatible);
    }

    @Override
    public List<FramingRow> framing() {
        return reads.framing();
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return reads.article(id);
    }

    @Override
    public List<ArticleHit> search(String query, int limit) {
        return reads.search(query, limit);
    }

    /** The events written and deleted since the last {@link #refresh} began (asked once: then they are forgotten). */
    @Override
    public Changes lastChanges() {
        return derived.changes();
    }

    /** Bytes the store takes: the SQLite file with its write-ahead log, or the PostgreSQL schema's tables and indexes. */
    @Override
    public long sizeBytes() {
        if (dialect == Dialect.SQLITE) {
            long n = 0;
            for (String suffix : new String[] {"", "-wal"}) {
                try {
                    n += java.nio.file.Files.size(Path.of(location + suffix));
                } catch (java.io.IOException e) {
                    // no write-ahead log at the moment
                }
            }
            return n;
        }
        return reads.count("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'");
    }

    /** Ids of the articles stored, sorted. */
    @Override
    public List<String> articleIds() {
        return reads.strings("SELECT id FROM articles ORDER BY id");
    }

    private Monitor monitor;

    @Override
    public Monitor monitor() {
        if (monitor == null) {
            monitor = new SqlMonitor(c, dialect);
        }
        return monitor;
    }

    @Override
    public void close() {
        if (checkpointer != null) {
            checkpointer.close(); // first: the store's connection, the last to close, removes the log
        }
        try {
            c.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + location() + ": " + e.getMessage(), e);
        }
    }
}
