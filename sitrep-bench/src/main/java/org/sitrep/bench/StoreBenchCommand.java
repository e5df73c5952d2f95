package org.sitrep.bench;

import org.sitrep.app.Engine;
import org.sitrep.app.Progress;
import org.sitrep.app.Runs;
import org.sitrep.app.SitrepCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.sitrep.core.Extraction;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.Near;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreBenchProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-store}: the store at scale. Generates war reports (as {@code sitrep bench} does), ingests
 * {@code --articles} of them (or the files of {@code --corpus}) into a fresh store (SQLite, or a new schema of a PostgreSQL database) and reports articles/s per core against two baselines
 * measured in the same run on the same articles (extraction alone, and storing the bare text with its full-text index); then keeps
 * ingesting until the store holds {@code --events} merged events, and measures the latency (p50, p99, max) of the
 * three map queries — events near a point, control as of a day, events by text — against full-scan baselines.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Measure ingest throughput and query latency of the store (SQLite or PostgreSQL) on a generated data set.")
public final class StoreBenchCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "Articles whose ingest is measured (default: ${DEFAULT-VALUE}).")
    public int articles = 100_000;

    @Option(names = "--events", description = "Merged events the store must hold before queries are measured (default: ${DEFAULT-VALUE}).")
    public long events = 1_000_000;

    @Option(names = "--queries", description = "Measured queries of each kind (default: ${DEFAULT-VALUE}).")
    public int queries = 1000;

    @Option(names = "--days", description = "Days the articles' publication dates spread over (default: ${DEFAULT-VALUE}).")
    public int days = 730;

    @Option(names = "--seed", description = "Random seed of the generated data (default: ${DEFAULT-VALUE}).")
    public long seed = 1;

    @Option(names = "--db", paramLabel = "FILE|URL", description = "Store to build: a SQLite file that must not exist (default: a "
            + "temporary file, deleted afterwards), or a PostgreSQL URL, in whose database a new schema is made (dropped afterwards).")
    public String db;

    @Option(names = "--increments", description = "Small ingests (of 100 articles, each refreshed) into the full store (default: ${DEFAULT-VALUE}).")
    public int increments = 10;

    @Option(names = "--recent", paramLabel = "DAYS", description = "Date the increments' articles within the last DAYS days of --days, "
            + "as the news a running deployment adds (default: 0, over all of --days, as an archive's).")
    public int recent;

    @Option(names = "--stages", description = "Also print where the measured ingest (and the increments' refreshes) spent their time: extraction stage by stage "
            + "(the extraction threads' sum), the store's writes (the writer thread) and the refresh's parts.")
    public boolean stages;

    @Option(names = "--keep", description = "Keep the store (file or schema) afterwards.")
    public boolean keep;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Measure the ingest, and extraction alone, on these files (each "
            + "once, in the order extract reads them; at most --articles of them) instead of generated war reports; the "
            + "warm-up stores them in a scratch store first. The store is then filled and queried with generated reports as without it.")
    public List<String> corpus;

    @Option(names = "--bulk-refreshes", paramLabel = "N", description = "After the measured ingest, write its articles again "
            + "to a new SQLite store without refreshing it, and time the refresh of N fresh copies of that store, one at a "
            + "time in this process (the ingest's own refresh, measured with it, varies with the run's extraction; default: 0).")
    public int bulkRefreshes;

    @Option(names = "--existing", description = "Build nothing: run the increments and queries on the store --db names (a SQLite "
            + "file, or a PostgreSQL URL with ?currentSchema=NAME, as --keep left them); the increments stay in it.")
    public boolean existing;

    /** Extraction alone and the bare text stored with an FTS5 index, in articles/s per core, on the same articles. */
    private double[] baselines(Engine engine, List<RawDocument> sample, int threads, Path file) throws IOException, SQLException {
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        engine.run(sample.iterator(), threads, r -> { });
        double extractRate = rate(sample.size(), t0, threads);
        double cpuPerArticle = (cpuNanos() - cpu0) / 1e6 / sample.size();
        return new double[] {extractRate, bareText(sample, file.resolveSibling(file.getFileName() + ".text")), cpuPerArticle};
    }

    /** Extracts the warm-up articles and stores them in a scratch store ({@link #warmStore}). */
    private void warmUp(Engine engine, List<RawDocument> docs, int threads, boolean postgres, String schema, Path file)
            throws IOException {
        List<Extraction> warmed = new ArrayList<>();
        engine.run(docs.iterator(), threads, r -> {
            if (r.extraction() != null) {
                warmed.add(r.extraction());
            }
        });
        warmStore(warmed, postgres, schema, file);
    }

    /**
     * Stores and refreshes the warm-up articles in a scratch store of the measured kind (a SQLite file beside the
     * measured one, or another schema), then drops it: the store's code is compiled before its ingest is measured,
     * as the extraction's is before its baseline.
     */
    private void warmStore(List<Extraction> warmed, boolean postgres, String schema, Path file) throws IOException {
        Path scratch = file.resolveSibling(file.getFileName() + ".warm");
        String location = postgres ? EventStores.schemaOf(db, schema + "_warm") : scratch.toString();
        try {
            try (EventStore s = EventStores.open(location)) {
                org.sitrep.store.BatchWriter w = new org.sitrep.store.BatchWriter(s, (x, outcome) -> { });
                warmed.forEach(w::add);
                w.close();
                s.refresh();
            }
        } finally {
            if (postgres) {
                EventStores.dropSchema(db, schema + "_warm");
            } else {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(Path.of(scratch + suffix));
                }
            }
        }
    }

    /** Articles extracted before measuring, and stored in a scratch store, to compile the hot code. */
    public static final int WARM_UP = 3000;
    /** Most generated articles whose ingest is measured that are made before it (about 3 KB of text each: 20,000 hold about 64 MB of the heap). */
    public static final int PREGENERATED_MAX = 20_000;
    /** Articles in the extraction-only and bare-text baselines. */
    public static final int BASELINE_ARTICLES = 10_000;
    /** Full-scan baseline queries of each kind (they take seconds each at scale). */
    public static final int SCAN_QUERIES = 5;
    public static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    /**
     * Share of capitalised words renamed to gazetteer places: with the extraction benchmark's third, the example's
     * own towns (Hama above all) would hold a third of a million-event store; a war over many places is the test.
     */
    public static final double RENAME = 0.8;

    @Override
    public Integer call() throws IOException, SQLException {
        PrintWriter out = out();
        Gazetteer gazetteer = Engine.gazetteer(common.home(), (Diagnostic d) -> System.err.println(d.format()));
        if (existing) {
            return onExisting(out(), gazetteer);
        }
        boolean postgres = db != null && EventStores.isPostgres(db);
        String schema = "sitrep_bench_" + Long.toHexString(System.currentTimeMillis());
        // a temporary file also for PostgreSQL: the bare-text baseline is a SQLite file beside it
        Path file = db == null || postgres ? Files.createTempFile("sitrep-bench", ".db") : Path.of(db);
        if (db != null && !postgres && Files.exists(file)) {
            err().println("sitrep bench-store: " + db + " exists; give a new file");
            return 2;
        }
        Files.deleteIfExists(file);
        String location = postgres ? EventStores.schemaOf(db, schema) : file.toString();
        int threads = Math.max(1, common.threads);
        Supplier<RawDocument> next = reports(gazetteer);
        Engine engine = new Engine(gazetteer, common.timeLimit());
        header(out, threads, "store " + EventStores.redacted(location));
        List<RawDocument> given = null;
        if (corpus != null) {
            List<RawDocument> read = BenchCommand.read(corpus, common.maxBytes);
            if (read.isEmpty()) {
                err().println("sitrep bench-store: no readable document in " + String.join(" ", corpus));
                return 2;
            }
            given = read.subList(0, Math.min(read.size(), articles));
            long bytes = 0;
            for (RawDocument d : given) {
                bytes += d.text().length();
            }
            out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB of text (%s)%n", given.size(), bytes / 1e6, String.join(" ", corpus));
            out.flush();
        }
        int measured = given != null ? given.size() : articles;
        try {
            // the given articles, else generated ones: WARM_UP of them, then BASELINE_ARTICLES more
            warmUp(engine, given != null ? given : take(next, WARM_UP), threads, postgres, schema, file);
            // baselines on the same kind of articles (nothing of them is kept: the ingest measured next must not
            // pay the collector for the baselines' articles)
            double[] rates = baselines(engine, given != null ? given : take(next, BASELINE_ARTICLES), threads, file);
            double extractRate = rates[0];
            double textRate = rates[1];
            double extractCpu = rates[2];

            // The measured articles are generated before the clock starts, as the baseline's are: the generator is
            // the benchmark's, not the ingest's, and on the fly it ran on the ingest's cores (18% of one on 3,000
            // articles). Past PREGENERATED_MAX they would not fit the default heap and are generated as they are read.
            List<RawDocument> measuredDocs = given;
            if (measuredDocs == null && articles <= PREGENERATED_MAX) {
                long g = System.nanoTime();
                measuredDocs = take(next, articles);
                out.printf(Locale.ROOT, "generated the %d measured articles beforehand in %.1f s (not measured)%n", articles, (System.nanoTime() - g) / 1e9);
                out.flush();
            } else if (measuredDocs == null) {
                out.printf(Locale.ROOT, "the %d measured articles are generated as they are read, in the ingest's time "
                        + "(the baseline's were generated beforehand)%n", articles);
                out.flush();
            }
            Iterator<RawDocument> input = measuredDocs != null ? measuredDocs.iterator() : limited(next, articles);

            // measured ingest
            long[] mentions = {0};
            long[] tStore = {0};
            if (stages) {
                org.sitrep.core.StageTimes.start();
            }
            long cpuIngest = cpuNanos();
            long tIngest = System.nanoTime();
            try (EventStore s = EventStores.open(location)) {
                Progress p = new Progress(System.err, measured, common.quiet);
                // as sitrep ingest writes: in batches, one transaction each, on a writer thread while extraction goes on
                org.sitrep.store.BatchWriter w = new org.sitrep.store.BatchWriter(s, (x, outcome) -> { });
                engine.run(input, threads, r -> {
                    p.step(r.doc().source());
                    if (r.extraction() != null) {
                        long a = System.nanoTime();
                        w.add(r.extraction());
                        tStore[0] += System.nanoTime() - a;
                        mentions[0] += r.extraction().events().size();
                    }
                });
                long a = System.nanoTime();
                w.close();
                tStore[0] += System.nanoTime() - a;
                p.finish();
                long tRefresh = System.nanoTime();
                long tr = org.sitrep.core.StageTimes.begin();
                int parts = s.refresh();
                org.sitrep.core.StageTimes.add("refresh", tr);
                long end = System.nanoTime();
                if (stages) {
                    org.sitrep.core.StageTimes.stop();
                }
                double ingestRate = measured / ((end - tIngest) / 1e9) / threads;
                double ingestCpu = (cpuNanos() - cpuIngest) / 1e6 / measured;
                EventStore.Counts c = s.counts();
                out.printf(Locale.ROOT, "ingest:  %d articles (%d mentions) in %.1f s: %.1f articles/s per extraction thread "
                        + "(waits for the writer %.1f s, refresh of %d partitions %.1f s); store: %d events, %d control periods, %d contradictions%n",
                        measured, mentions[0], (end - tIngest) / 1e9, ingestRate, tStore[0] / 1e9, parts, (end - tRefresh) / 1e9,
                        c.events(), c.periods(), c.contradictions());
                int baselineArticles = given != null ? given.size() : BASELINE_ARTICLES;
                out.printf(Locale.ROOT, "baseline extraction only:   %8.1f articles/s per extraction thread (on %d articles)%n", extractRate, baselineArticles);
                out.printf(Locale.ROOT, "baseline bare text + FTS5:  %8.1f articles/s per core (on %d articles)%n", textRate, baselineArticles);
                out.printf(Locale.ROOT, "ratio ingest / extraction only: %.2f (wall clock, %d extraction thread(s) in both, ingest's writer "
                        + "thread besides); ingest / bare text: %.3f%n", ingestRate / extractRate, threads, ingestRate / textRate);
                out.printf(Locale.ROOT, "CPU per article (all threads of this process%s): ingest %.2f ms, extraction only %.2f ms: "
                        + "extraction is %.2f of ingest's CPU%n", postgres ? "; not the PostgreSQL server's" : "", ingestCpu, extractCpu,
                        extractCpu / ingestCpu);
                if (stages) {
                    BenchCommand.printStages(out, org.sitrep.core.StageTimes.snapshot());
                }
                out.flush();
                if (bulkRefreshes > 0) {
                    bulkRefreshes(out, engine, measuredDocs, threads, postgres, file);
                }

                // fill up to the event target
                long more = 0;
                long tFill = System.nanoTime();
                while (s.counts().events() < events) {
                    long missing = events - s.counts().events();
                    int batch = (int) Math.max(1000, Math.min(500_000, missing * 11 / 10 * measured / Math.max(1, c.events()) + 1000));
                    engine.run(limited(next, batch), threads, r -> {
                        if (r.extraction() != null) {
                            s.add(r.extraction());
                        }
                    });
                    more += batch;
                    s.refresh();
                }
                c = s.counts();
                out.printf(Locale.ROOT, "store for queries: %d articles (%d more in %.1f s), %d mentions, %d events, %d control periods; %.0f MB%n",
                        c.articles(), more, (System.nanoTime() - tFill) / 1e9, c.mentions(), c.events(), c.periods(), s.sizeBytes() / 1e6);
                out.flush();
                incremental(out, s, engine, next, threads);
                queries(out, s, location);
            }
            return 0;
        } finally {
            if (postgres && !keep) {
                try {
                    EventStores.dropSchema(db, schema);
                } catch (RuntimeException e) {
                    err().println("sitrep bench-store: could not drop schema " + schema + ": " + e.getMessage());
                }
            }
            if (!keep || postgres) {
                deleteStore(file);
                deleteStore(file.resolveSibling(file.getFileName() + ".text"));
            }
        }
    }

    /**
     * {@code --bulk-refreshes}: the measured articles written to a new SQLite store beside {@code file} without a refresh
     * (extracted again; not timed), then {@link #bulkRefreshes} copies of that store refreshed one after the other,
     * each timed, and the median printed. Each copy is deleted once refreshed.
     */
    private void bulkRefreshes(PrintWriter out, Engine engine, List<RawDocument> docs, int threads, boolean postgres, Path file)
            throws IOException {
        if (postgres || docs == null) {
            out.printf(Locale.ROOT, "bulk refreshes: not measured (%s)%n", postgres ? "they copy a SQLite file" : "the measured articles were generated as read");
            out.flush();
            return;
        }
        Path written = file.resolveSibling(file.getFileName() + ".bulk");
        Path copy = file.resolveSibling(file.getFileName() + ".bulk-copy");
        try {
            deleteStore(written); // one a killed run left would hold the articles already, refreshed or not
            try (EventStore s = EventStores.open(written.toString())) {
                org.sitrep.store.BatchWriter w = new org.sitrep.store.BatchWriter(s, (x, outcome) -> { });
                engine.run(docs.iterator(), threads, r -> {
                    if (r.extraction() != null) {
                        w.add(r.extraction());
                    }
                });
                w.close();
            } // closed: the write-ahead log copied into the file, which is then the whole store
            double[] seconds = new double[bulkRefreshes];
            int parts = 0;
            for (int i = 0; i < bulkRefreshes; i++) {
                deleteStore(copy);
                Files.copy(written, copy);
                try (EventStore s = EventStores.open(copy.toString())) {
                    long t = System.nanoTime();
                    parts = s.refresh();
                    seconds[i] = (System.nanoTime() - t) / 1e9;
                }
            }
            double[] sorted = seconds.clone();
            Arrays.sort(sorted);
            StringBuilder each = new StringBuilder();
            for (double x : seconds) {
                each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", x));
            }
            // the median: the middle one, or of an even count the upper of the two in the middle
            out.printf(Locale.ROOT, "bulk refreshes (the measured articles written again to a new store, %d partitions; each a fresh "
                    + "copy of it, in order): %s s; median %.2f s%n", parts, each, sorted[sorted.length / 2]);
            out.flush();
        } finally {
            deleteStore(copy);
            deleteStore(written);
        }
    }

    /** Deletes a SQLite store's file and its log and shared-memory files, where they exist. */
    private static void deleteStore(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    /**
     * {@code --existing}: the increments and queries of a run, on a store an earlier run kept. The articles generated
     * for the increments follow the seed as a fresh run's would, so a different {@code --seed} gives new ones.
     */
    private int onExisting(PrintWriter out, Gazetteer gazetteer) throws IOException, SQLException {
        if (db == null || (!EventStores.isPostgres(db) && !Files.isRegularFile(Path.of(db)))) {
            err().println("sitrep bench-store: --existing needs --db naming a store kept by --keep");
            return 2;
        }
        int threads = Math.max(1, common.threads);
        Supplier<RawDocument> next = reports(gazetteer);
        Engine engine = new Engine(gazetteer, common.timeLimit());
        header(out, threads, "existing store " + EventStores.redacted(db));
        try (EventStore s = EventStores.open(db)) {
            EventStore.Counts c = s.counts();
            out.printf(Locale.ROOT, "store for queries: %d articles, %d mentions, %d events, %d control periods; %.0f MB%n",
                    c.articles(), c.mentions(), c.events(), c.periods(), s.sizeBytes() / 1e6);
            out.flush();
            incremental(out, s, engine, next, threads);
            queries(out, s, db);
        }
        return 0;
    }

    /** The generated war reports of this run's seed, published over {@code --days} from {@link #FIRST_DAY}. */
    private Supplier<RawDocument> reports(Gazetteer gazetteer) throws IOException {
        BenchCorpus.WarReports gen = new BenchCorpus.WarReports(BenchCommand.seeds(), gazetteer, new Random(seed), RENAME);
        generator = gen;
        return () -> gen.next(FIRST_DAY, days);
    }

    /** The generator of {@link #reports}, for the increments' articles. */
    private BenchCorpus.WarReports generator;

    private static void header(PrintWriter out, int threads, String store) {
        out.printf(Locale.ROOT, "machine: %d cores; java %s; threads used: %d; %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), threads, store);
        out.flush();
    }

    /** Small ingests into the full store, each followed by a refresh: what a running deployment does all day. */
    private void incremental(PrintWriter out, EventStore s, Engine engine, Supplier<RawDocument> next, int threads) {
        if (increments < 1) {
            return;
        }
        int within = Math.min(recent, days);
        if (within > 0) {
            next = () -> generator.next(FIRST_DAY.plusDays(days - within), within);
        }
        double[] refresh = new double[increments];
        java.util.Map<String, Long> parts = new java.util.LinkedHashMap<>();
        List<java.util.Map<String, Long>> partsOfEach = new ArrayList<>();
        double[] firstAsOf = new double[increments];
        LocalDate mid = FIRST_DAY.plusDays(days / 2);
        long t0 = System.nanoTime();
        for (int i = 0; i < increments; i++) {
            engine.run(limited(next, INCREMENT_ARTICLES), threads, r -> {
                if (r.extraction() != null) {
                    s.add(r.extraction());
                }
            });
            if (stages) {
                org.sitrep.core.StageTimes.start();
            }
            long t = System.nanoTime();
            long tr = org.sitrep.core.StageTimes.begin();
            s.refresh();
            org.sitrep.core.StageTimes.add("refresh", tr);
            refresh[i] = (System.nanoTime() - t) / 1e9;
            if (stages) {
                org.sitrep.core.StageTimes.stop();
                sum(parts, org.sitrep.core.StageTimes.snapshot());
                partsOfEach.add(org.sitrep.core.StageTimes.snapshot());
            }
            t = System.nanoTime();
            s.control(mid, null);
            firstAsOf[i] = (System.nanoTime() - t) / 1e6;
        }
        double total = (System.nanoTime() - t0) / 1e9;
        double[] inOrder = refresh.clone();
        Arrays.sort(refresh);
        Arrays.sort(firstAsOf);
        out.printf(Locale.ROOT, "incremental: %d ingests of %d articles%s into the full store, each refreshed: %.1f articles/s per core; "
                + "refresh p50 %.2f s, max %.2f s%n", increments, INCREMENT_ARTICLES,
                within > 0 ? " (published in the last " + within + " days)" : "", increments * INCREMENT_ARTICLES / total / threads,
                refresh[increments / 2], refresh[increments - 1]);
        StringBuilder each = new StringBuilder();
        for (double d : inOrder) {
            each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", d));
        }
        out.printf(Locale.ROOT, "  each refresh in order: %s s%n", each);
        if (increments >= 3) {
            // a process's first refresh reads and parses its windows, which the connection keeps for the next ones
            double[] later = Arrays.copyOfRange(inOrder, 1, increments);
            Arrays.sort(later);
            out.printf(Locale.ROOT, "  the refreshes after the process's first: p50 %.2f s, max %.2f s%n", later[later.length / 2],
                    later[later.length - 1]);
        }
        out.printf(Locale.ROOT, "  first control --as-of after each refresh (reloads the in-memory period index, or the places the refresh changed): p50 %.0f ms, max %.0f ms%n",
                firstAsOf[increments / 2], firstAsOf[increments - 1]);
        if (stages) {
            EventStore.RefreshCounts rc = s.refreshCounts();
            out.printf(Locale.ROOT, "the increments' refreshes by part (all %d, %d windowed and %d whole partitions in the store's lifetime; "
                    + "of the windows' periods %d merged, %d taken from the refresh before):%n",
                    increments, rc.windowed(), rc.whole(), rc.periodsMerged(), rc.periodsTaken());
            BenchCommand.printStages(out, parts);
            // the first refresh of a process reads what the later ones keep: the sum above hides how they differ
            out.printf(Locale.ROOT, "each refresh by part (all threads), in order:%n");
            for (int i = 0; i < partsOfEach.size(); i++) {
                StringBuilder line = new StringBuilder();
                partsOfEach.get(i).forEach((stage, nanos) -> {
                    if (stage.startsWith("refresh:")) {
                        line.append(line.length() == 0 ? "" : ", ").append(stage.substring("refresh:".length()))
                                .append(String.format(Locale.ROOT, " %.0f ms", nanos / 1e6));
                    }
                });
                out.printf(Locale.ROOT, "  refresh %d (%.2f s): %s%n", i + 1, inOrder[i], line);
            }
        }
        out.flush();
    }

    private static void sum(java.util.Map<String, Long> into, java.util.Map<String, Long> more) {
        more.forEach((k, v) -> into.merge(k, v, Long::sum));
    }

    public static final int INCREMENT_ARTICLES = 100;

    private void queries(PrintWriter out, EventStore s, String location) throws SQLException {
        Random r = new Random(seed + 1);
        StoreBenchProbe probe = new StoreBenchProbe(location);
        List<double[]> points = probe.points(r, 2000);
        List<String> words = probe.words(r, 2000);
        LocalDate[] span = probe.span();
        int range = (int) Math.max(1, span[1].toEpochDay() - span[0].toEpochDay());
        double[] radii = {5, 10, 25, 50};
        Query near = () -> {
            double[] p = points.get(r.nextInt(points.size()));
            Near n = new Near(p[0], p[1], radii[r.nextInt(radii.length)]);
            return s.events(new EventQuery(null, null, null, null, null, n, null, EventQuery.DEFAULT_LIMIT)).size();
        };
        Query asOf = () -> s.control(span[0].plusDays(r.nextInt(range)), null).size();
        Query asOfNear = () -> {
            double[] p = points.get(r.nextInt(points.size()));
            return s.control(span[0].plusDays(r.nextInt(range)), new Near(p[0], p[1], 50)).size();
        };
        Query text = () -> s.events(new EventQuery(null, null, null, null, null, null, words.get(r.nextInt(words.size())),
                EventQuery.DEFAULT_LIMIT)).size();
        out.printf(Locale.ROOT, "queries (%d each after %d warm-up; at most %d events returned):%n", queries, queries / 10, EventQuery.DEFAULT_LIMIT);
        double[] pNear = latency(out, "events --near (5-50 km)", near);
        double[] pAsOf = latency(out, "control --as-of", asOf);
        latency(out, "control --as-of --near 50 km", asOfNear);
        double[] pText = latency(out, "events --text (one word)", text);
        // full-scan baselines: the same queries answered without the spatial, period and text indexes
        double[] bNear = scan(out, "baseline near by full scan", () -> {
            double[] p = points.get(r.nextInt(points.size()));
            return probe.nearByScan(p[0], p[1], radii[r.nextInt(radii.length)]);
        });
        double[] bAsOf = scan(out, "baseline as-of by full scan", () -> probe.asOfByScan(span[0].plusDays(r.nextInt(range))));
        double[] bText = scan(out, "baseline text by LIKE scan", () -> probe.textByScan(words.get(r.nextInt(words.size()))));
        out.printf(Locale.ROOT, "speed-up of the median over the full-scan baseline: near %.0fx, as-of %.0fx, text %.0fx%n",
                bNear[0] / pNear[0], bAsOf[0] / pAsOf[0], bText[0] / pText[0]);
        boolean met = pNear[1] < 50 && pAsOf[1] < 50 && pText[1] < 50;
        out.printf(Locale.ROOT, "target p99 < 50 ms over >= 1,000,000 events: %s%n", met && s.counts().events() >= 1_000_000 ? "met" : "NOT met");
        out.flush();
        probe.close();
    }

    @FunctionalInterface
    public interface Query {
        public int run() throws SQLException;
    }

    /** Runs warm-up then measured queries; prints and returns {p50, p99, max} in ms. */
    private double[] latency(PrintWriter out, String label, Query q) throws SQLException {
        for (int i = 0; i < queries / 10; i++) {
            q.run();
        }
        double[] ms = new double[queries];
        long rows = 0;
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            rows += q.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return print(out, label, ms, rows);
    }

    private double[] scan(PrintWriter out, String label, Query q) throws SQLException {
        double[] ms = new double[SCAN_QUERIES];
        long rows = 0;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            rows += q.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return print(out, label, ms, rows);
    }

    private static double[] print(PrintWriter out, String label, double[] ms, long rows) {
        Arrays.sort(ms);
        double p50 = Latencies.p50(ms);
        double p99 = Latencies.p99(ms);
        out.printf(Locale.ROOT, "  %-32s p50 %8.2f ms  p99 %8.2f ms  max %8.2f ms  (%d queries, %.1f rows each)%n", label + ":", p50, p99,
                ms[ms.length - 1], ms.length, rows / (double) ms.length);
        out.flush();
        return new double[] {p50, p99, ms[ms.length - 1]};
    }

    /** Stores the bare article text with an FTS5 index, one transaction per article: the least an archive does. */
    private static double bareText(List<RawDocument> docs, Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT NOT NULL)");
                st.execute("CREATE VIRTUAL TABLE t_fts USING fts5(text, content='t', content_rowid='rowid')");
            }
            long t0 = System.nanoTime();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t (id, text) VALUES (?, ?)");
                 PreparedStatement f = c.prepareStatement("INSERT INTO t_fts (rowid, text) SELECT rowid, text FROM t WHERE id = ?")) {
                for (RawDocument d : docs) {
                    c.setAutoCommit(false);
                    p.setString(1, d.doc());
                    p.setString(2, d.text());
                    p.executeUpdate();
                    f.setString(1, d.doc());
                    f.executeUpdate();
                    c.commit();
                    c.setAutoCommit(true);
                }
            }
            return rate(docs.size(), t0, 1);
        }
    }

    /** CPU time of the whole process so far (every thread: extraction, the writer, the compiler, the collector). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double rate(int n, long t0, int threads) {
        return n / ((System.nanoTime() - t0) / 1e9) / threads;
    }

    private static List<RawDocument> take(Supplier<RawDocument> next, int n) {
        List<RawDocument> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next.get());
        }
        return out;
    }

    public static Iterator<RawDocument> limited(Supplier<RawDocument> next, int n) {
        return new Iterator<>() {
            int left = n;

            @Override
            public boolean hasNext() {
                return left > 0;
            }

            @Override
            public RawDocument next() {
                if (left-- <= 0) {
                    throw new NoSuchElementException();
                }
                return next.get();
            }
        };
    }
}
