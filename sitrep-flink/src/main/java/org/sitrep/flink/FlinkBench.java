package org.sitrep.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.sitrep.core.Extractor;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.ingest.Documents;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;

/**
 * The job's benchmark: the same generated articles (the bundled example and re-publications of it by other outlets
 * on other days) through the single-process path (extract, add, refresh on one thread) and through the job in a
 * MiniCluster at parallelism 1 and 2, each into a new schema of the PostgreSQL database (dropped at the end); reports articles/s, per
 * task slot, and the ratios, measured in one run. {@code java … org.sitrep.flink.FlinkBench --db URL
 * [--articles 2000] [--example DIR]} ({@code scripts/bench-flink.sh} sets it up).
 */
public final class FlinkBench {
    private FlinkBench() {
    }

    public static void main(String[] args) throws Exception {
        String db = null;
        int n = 2000;
        Path example = Path.of("examples", "hama-2024-12");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--db" -> db = args[++i];
                case "--articles" -> n = Integer.parseInt(args[++i]);
                case "--example" -> example = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (db == null) {
            throw new IllegalArgumentException("--db postgresql://… is required");
        }
        List<ArticleIn> base = new ArrayList<>();
        try (var files = Files.list(example)) {
            for (Path p : files.filter(f -> Documents.isArticleFile(f.getFileName().toString())).sorted().toList()) {
                for (RawDocument d : ArticleSources.ReadFile.read(p)) {
                    base.add(ArticleIn.of(d, 0));
                }
            }
        }
        List<ArticleIn> articles = new ArrayList<>(base);
        articles.addAll(Variants.of(base, Math.max(0, n - base.size()), new Random(42)));
        long chars = articles.stream().mapToLong(a -> a.text() == null ? 0 : a.text().length()).sum();
        String run = Long.toHexString(System.currentTimeMillis());
        System.out.printf("machine: %d cores; input: %d articles (%.1f MB of text), PostgreSQL store %s%n",
                Runtime.getRuntime().availableProcessors(), articles.size(), chars / 1e6, EventStores.redacted(db));

        List<String> schemas = List.of("bench_warmup_" + run, "bench_single_" + run, "bench_flink1_" + run, "bench_flink2_" + run);
        double single;
        double[] job = new double[3];
        try {
            // warm-up, not timed: the first path measured would otherwise pay for the JIT compiling the core stages
            singleProcess(articles.subList(0, Math.min(articles.size(), 200)), EventStores.schemaOf(db, schemas.get(0)));
            single = singleProcess(articles, EventStores.schemaOf(db, schemas.get(1)));
            for (int p : new int[] {1, 2}) {
                job[p] = flink(articles, EventStores.schemaOf(db, schemas.get(1 + p)), p);
            }
        } finally {
            for (String s : schemas) {
                EventStores.dropSchema(db, s);
            }
        }
        System.out.printf("single process, 1 thread:       %8.1f articles/s%n", single);
        System.out.printf("Flink MiniCluster, parallelism 1: %8.1f articles/s (%.1f per slot)%n", job[1], job[1]);
        System.out.printf("Flink MiniCluster, parallelism 2: %8.1f articles/s (%.1f per slot)%n", job[2], job[2] / 2);
        System.out.printf("ratios: parallelism 2 / 1 = %.2f; parallelism 1 / single process = %.2f%n", job[2] / job[1], job[1] / single);
    }

    static double singleProcess(List<ArticleIn> articles, String store) {
        long t0 = System.nanoTime();
        ingestOnce(articles, store);
        return articles.size() / ((System.nanoTime() - t0) / 1e9);
    }

    /** The single-process path: every article extracted and added on one thread, then one refresh. */
    static void ingestOnce(List<ArticleIn> articles, String store) {
        Extractor x = new Extractor(GazetteerBuilder.bundled(), org.sitrep.core.Pipeline.DEFAULT_TIME_LIMIT);
        try (EventStore s = EventStores.open(store)) {
            for (ArticleIn a : articles) {
                Extractor.Result r = x.process(a.document());
                if (r.extraction() != null) {
                    s.add(r.extraction());
                }
            }
            s.refresh();
        }
    }

    static double flink(List<ArticleIn> articles, String store, int parallelism) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        new SitrepJob(ArticleSources.of(articles), null, Settings.of(store)).build(env);
        long t0 = System.nanoTime();
        env.execute("sitrep-bench-p" + parallelism);
        return articles.size() / ((System.nanoTime() - t0) / 1e9);
    }
}
