package org.sitrep.bench;

import org.sitrep.app.Engine;
import org.sitrep.app.Inputs;
import org.sitrep.app.Runs;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.UsageError;
import org.sitrep.app.cli.DemoCommand;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.sitrep.core.Pipeline;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code sitrep bench}: end-to-end extraction throughput (MB/s and articles/s per core) on a corpus of at least
 * 50 MB, with two baselines measured in the same run on the same text: a naive full analysis (OpenNLP sentence
 * detection, statistical tokenizer, beam-search tagger and lemmatizer on every sentence, no pre-filter) and a naive
 * gazetteer scan (regex word split, n-grams up to 4 looked up in a hash set of names).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extraction throughput against baselines on a generated (or given) corpus.")
public final class BenchCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--mb", description = "Corpus size in MB when generated (default: ${DEFAULT-VALUE}).")
    public int mb = 50;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Benchmark these files instead of the generated corpus.")
    public List<String> corpus;

    @Option(names = "--baseline-mb", description = "MB of the corpus the slow baselines run on (default: ${DEFAULT-VALUE}).")
    public int baselineMb = 2;

    @Option(names = "--seed", description = "Random seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    public long seed = 1;

    @Option(names = "--war-share", paramLabel = "FRACTION",
            description = "Share of the generated corpus's bytes that are war reports; the rest is other news (default: ${DEFAULT-VALUE}).")
    public double warShare = DEFAULT_WAR_SHARE;

    @Option(names = "--startup", description = "Time whole-process starts instead: a new JVM extracting one sentence from "
            + "stdin, against the same JVM printing the version (the floor of any start), run by run.")
    public boolean startup;

    @Option(names = "--stages", description = "Also print where the measured extraction spent its time, stage by stage "
            + "(cleaning, dating, sentence splitting, then each pipeline stage).")
    public boolean stages;

    @Option(names = "--warm-up", paramLabel = "SECONDS", description = "Longest warm-up before the measure (default: ${DEFAULT-VALUE}; "
            + "it ends sooner once the JIT compiles for under 2%% of a round; at least one round runs).")
    public double warmUpSeconds = WARM_UP_MAX_NANOS / 1e9;

    @Option(names = "--runs", description = "Runs of each command with --startup (default: ${DEFAULT-VALUE}).")
    public int runs = 10;

    /** War reports in a general news stream: a generous share (see the README). */
    public static final double DEFAULT_WAR_SHARE = 0.2;

    /** The sentence the start-up benchmark extracts. */
    public static final String STARTUP_SENTENCE = "Rebels captured the town of Saraqib in Idlib province on Monday, a monitor said.\n";

    /**
     * Whole-process start-up: this jar in a new JVM with this JVM's options (heap, GC), extracting
     * one sentence from stdin, against the same JVM printing its version, alternated run by run after one warm-up
     * run of each; medians, ranges and the median of the per-pair ratios.
     */
    private int startupBench(PrintWriter out) throws IOException {
        if (runs < 1) {
            throw new UsageError("--runs must be at least 1");
        }
        Path jar;
        try {
            jar = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            jar = null;
        }
        if (jar == null || !jar.toString().endsWith(".jar")) {
            throw new UsageError("--startup runs from the runnable jar (./sitrep bench --startup)");
        }
        List<String> jvm = new ArrayList<>();
        jvm.add(ProcessHandle.current().info().command().orElse("java"));
        jvm.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        jvm.add("-jar");
        jvm.add(jar.toString());
        List<String> floor = new ArrayList<>(jvm);
        floor.add("--version");
        List<String> extract = new ArrayList<>(jvm);
        extract.addAll(List.of("extract", "-q", "--home", common.home().toString(), "-"));
        out.printf(Locale.ROOT, "start-up: %s%n", String.join(" ", extract));
        out.printf(Locale.ROOT, "machine: %d cores; load %.2f at start; java %s%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        out.flush();
        timeOnce(floor, null);
        String events = timeOnce(extract, STARTUP_SENTENCE)[1];
        double[] a = new double[runs];
        double[] b = new double[runs];
        double[] ratio = new double[runs];
        for (int i = 0; i < runs; i++) {
            b[i] = Double.parseDouble(timeOnce(floor, null)[0]);
            a[i] = Double.parseDouble(timeOnce(extract, STARTUP_SENTENCE)[0]);
            ratio[i] = a[i] / b[i];
        }
        out.printf(Locale.ROOT, "one sentence, whole process: median %.3f s (min %.3f, max %.3f) over %d runs; it found %s event(s)%n",
                median(a), min(a), max(a), runs, events);
        out.printf(Locale.ROOT, "baseline, the same JVM printing its version: median %.3f s (min %.3f, max %.3f)%n",
                median(b), min(b), max(b));
        out.printf(Locale.ROOT, "ratio start-up / JVM floor: %.2fx (median of the %d pairs); load %.2f at the end%n", median(ratio), runs,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return 0;
    }

    /** Runs a command to its end with {@code stdin}; its wall time in seconds and the number of lines it wrote. */
    private static String[] timeOnce(List<String> command, String stdin) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        }
        long lines;
        try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            lines = r.lines().count();
        }
        try {
            int code = p.waitFor();
            if (code != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new String[]{Double.toString((System.nanoTime() - t0) / 1e9), Long.toString(lines)};
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(0);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(0);
    }

    /** Bytes of the corpus a warm-up round runs. */
    public static final long WARM_UP_BYTES = 5_000_000;
    /** A warm-up ends when the JIT compiled for less than this share of a round's wall time... */
    public static final double WARM_JIT_SHARE = 0.02;
    /** ...or after this long: the compiler keeps a core busy for 20 s and more on this code, and a measure taken
     * meanwhile counts it against extraction (against both threads of a two-thread run on two cores). */
    public static final long WARM_UP_MAX_NANOS = 90_000_000_000L;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        if (startup) {
            return startupBench(out);
        }
        Gazetteer gazetteer = Engine.gazetteer(common.home(), (Diagnostic d) -> System.err.println(d.format()));
        if (warShare < 0 || warShare > 1) {
            err().println("sitrep bench: --war-share must be between 0 and 1");
            return 2;
        }
        BenchCorpus.Corpus generated = corpus != null ? null
                : BenchCorpus.build(seeds(), gazetteer, mb * 1_000_000L, warShare, seed);
        List<RawDocument> docs = corpus != null ? read(corpus) : generated.all();
        long bytes = bytes(docs);
        out.printf(Locale.ROOT, "corpus: %d articles, %.1f MB (%s)%n", docs.size(), bytes / 1e6, corpus != null ? String.join(" ", corpus)
                : String.format(Locale.ROOT, "%.0f%% war reports: the 5 bundled articles + sentence recombinations of them with gazetteer "
                + "place names, varied dates and numbers; %.0f%% other news: real English paragraphs (Europarl)", warShare * 100,
                (1 - warShare) * 100));
        out.printf(Locale.ROOT, "machine: %d cores; java %s; threads used: %d%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), common.threads);
        out.flush();
        Engine engine = new Engine(gazetteer, common.timeLimit());
        warmUp(out, engine, prefix(docs, WARM_UP_BYTES), common.threads);
        if (stages) {
            org.sitrep.core.StageTimes.start();
        }
        double mbps = measure(out, "sitrep extract", engine, docs, common.threads);
        if (stages) {
            org.sitrep.core.StageTimes.stop();
            printStages(out, org.sitrep.core.StageTimes.snapshot());
        }
        measureUnseen(out, engine, docs, common.threads);
        if (common.threads > 1) {
            // the same corpus on one thread, in the same run: how far threads scale on this machine today
            double one = measure(out, "  on one thread", engine, docs, 1);
            double scale = mbps * common.threads / one;
            out.printf(Locale.ROOT, "scaling: %d threads give %.2fx one thread (target %.1fx, 0.8 per thread: %s)%n", common.threads,
                    scale, 0.8 * common.threads, scale >= 0.8 * common.threads ? "met" : "NOT met");
        }
        if (generated != null && !generated.war().isEmpty() && !generated.other().isEmpty()) {
            measure(out, "  war reports only", engine, generated.war(), common.threads);
            measure(out, "  other news only", engine, generated.other(), common.threads);
        }
        List<RawDocument> sample = prefix(docs, baselineMb * 1_000_000L);
        long sampleBytes = bytes(sample);
        double full = fullAnalysis(sample, sampleBytes);
        out.printf(Locale.ROOT, "baseline full OpenNLP: %7.3f MB/s per core (every sentence tokenized, tagged, lemmatized; on %.1f MB)%n",
                full, sampleBytes / 1e6);
        double scan = naiveScan(sample, sampleBytes, gazetteer);
        out.printf(Locale.ROOT, "baseline naive scan:   %7.3f MB/s per core (regex words, 1-4-gram hash lookups; on %.1f MB)%n",
                scan, sampleBytes / 1e6);
        out.printf(Locale.ROOT, "ratio sitrep / full OpenNLP analysis: %.1fx; sitrep / naive gazetteer scan: %.2fx%n", mbps / full, mbps / scan);
        out.printf(Locale.ROOT, "target 5 MB/s per core: %s%n", mbps >= 5 ? "met" : "NOT met");
        out.flush();
        return 0;
    }

    /**
     * Runs the first {@link #WARM_UP_BYTES} of the corpus, unmeasured, until the JIT has compiled the hot code: until
     * compilation took less than {@link #WARM_JIT_SHARE} of a round's wall time (or {@link #WARM_UP_MAX_NANOS}).
     */
    private void warmUp(PrintWriter out, Engine engine, List<RawDocument> docs, int threads) {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        long start = System.nanoTime();
        int rounds = 0;
        double share = 1;
        while (true) {
            long c0 = timed ? jit.getTotalCompilationTime() : 0;
            long t0 = System.nanoTime();
            run(engine, docs, threads);
            rounds++;
            long wall = System.nanoTime() - t0;
            share = timed ? (jit.getTotalCompilationTime() - c0) * 1e6 / wall : 0;
            if (!timed || share < WARM_JIT_SHARE || System.nanoTime() - start >= (long) (warmUpSeconds * 1e9)) {
                break;
            }
        }
        out.printf(Locale.ROOT, "warm-up: %d round(s) of %.1f MB in %.1f s; the JIT compiled for %.0f%% of the last%n", rounds,
                bytes(docs) / 1e6, (System.nanoTime() - start) / 1e9, share * 100);
        out.flush();
    }

    /** The stages' times, each with its share of their sum (the rest of a run is reading input and handing out work). */
    static void printStages(PrintWriter out, java.util.Map<String, Long> nanos) {
        // "stage:part" names a part of a stage's time: listed under the stage, not added to the sum
        long total = nanos.entrySet().stream().filter(e -> !e.getKey().contains(":")).mapToLong(java.util.Map.Entry::getValue).sum();
        out.printf(Locale.ROOT, "time by stage (all threads, %.1f s):%n", total / 1e9);
        for (var e : nanos.entrySet()) {
            if (e.getKey().contains(":")) {
                continue;
            }
            out.printf(Locale.ROOT, "  %-16s %8.0f ms %5.1f%%%n", e.getKey(), e.getValue() / 1e6, total == 0 ? 0 : e.getValue() * 100.0 / total);
            for (var part : nanos.entrySet()) {
                if (part.getKey().startsWith(e.getKey() + ":")) {
                    out.printf(Locale.ROOT, "    %-14s %8.0f ms %5.1f%%%n", part.getKey().substring(e.getKey().length() + 1),
                            part.getValue() / 1e6, total == 0 ? 0 : part.getValue() * 100.0 / total);
                }
            }
        }
        out.flush();
    }

    /** Runs the pipeline over the documents and prints MB/s and articles/s per core; returns MB/s per core. */
    private double measure(PrintWriter out, String label, Engine engine, List<RawDocument> docs, int threads) {
        long bytes = bytes(docs);
        long t0 = System.nanoTime();
        int[] events = {0};
        engine.run(docs.iterator(), threads, r -> events[0] += r.extraction() == null ? 0 : r.extraction().events().size());
        double s = (System.nanoTime() - t0) / 1e9;
        double mbps = bytes / 1e6 / s / threads;
        out.printf(Locale.ROOT, "%-22s %7.3f MB/s per core, %8.1f articles/s per core, %d events in %.1f s (%.1f MB)%n",
                label + ":", mbps, docs.size() / s / threads, events[0], s, bytes / 1e6);
        out.flush();
        return mbps;
    }

    /** Passes over the distinct articles for at least this long when their words are new to the process. */
    private static final long UNSEEN_NANOS = 5_000_000_000L;

    /**
     * Extraction of words new to the process: each distinct article of the corpus once per pass, the lemmas found
     * so far forgotten before every pass (a warmed-up process otherwise remembers every word of a repeated corpus,
     * and the lemmatizer is asked only about words it has not seen), passes repeated for at least {@link
     * #UNSEEN_NANOS}.
     */
    private void measureUnseen(PrintWriter out, Engine engine, List<RawDocument> docs, int threads) {
        java.util.Map<String, RawDocument> distinct = new java.util.LinkedHashMap<>();
        docs.forEach(d -> distinct.putIfAbsent(d.text(), d));
        List<RawDocument> once = new ArrayList<>(distinct.values());
        long bytes = bytes(once);
        long nanos = 0;
        int passes = 0;
        while (passes == 0 || nanos < UNSEEN_NANOS) {
            org.sitrep.core.nlp.Annotator.forgetLemmas(org.sitrep.core.lang.LanguagePack.english());
            long t0 = System.nanoTime();
            run(engine, once, threads);
            nanos += System.nanoTime() - t0;
            passes++;
        }
        double s = nanos / 1e9;
        out.printf(Locale.ROOT, "%-22s %7.3f MB/s per core, %8.1f articles/s per core (%d distinct articles, %.1f MB, %d pass(es) "
                + "each starting with no lemma remembered)%n", "  words new to it:", bytes * passes / 1e6 / s / threads,
                once.size() * passes / s / threads, once.size(), bytes / 1e6, passes);
        out.flush();
    }

    private static long bytes(List<RawDocument> docs) {
        return docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static void run(Engine engine, List<RawDocument> docs, int threads) {
        engine.run(docs.iterator(), threads, r -> { });
    }

    private static List<RawDocument> prefix(List<RawDocument> docs, long bytes) {
        List<RawDocument> out = new ArrayList<>();
        long n = 0;
        for (RawDocument d : docs) {
            if (n >= bytes) {
                break;
            }
            out.add(d);
            n += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        return out;
    }

    public static List<String> seeds() throws IOException {
        Path dir = DemoCommand.exampleDir();
        List<String> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(p));
            }
        }
        return out;
    }

    private List<RawDocument> read(List<String> paths) {
        return read(paths, common.maxBytes);
    }

    /** The readable documents of the files and directories, in the order {@code extract} reads them; a file that cannot be read is reported on stderr. */
    static List<RawDocument> read(List<String> paths, long maxBytes) {
        Inputs inputs = new Inputs(maxBytes, d -> System.err.println(d.format()));
        List<RawDocument> out = new ArrayList<>();
        for (Iterator<RawDocument> it = inputs.documents(inputs.files(paths)); it.hasNext(); ) {
            RawDocument d = it.next();
            if (d.readable()) {
                out.add(d);
            }
        }
        return out;
    }

    /** OpenNLP's statistical models on every sentence, as a pipeline without pre-filters would run them. */
    private static double fullAnalysis(List<RawDocument> docs, long bytes) throws IOException {
        SentenceDetectorME sent = new SentenceDetectorME(new SentenceModel(open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
        TokenizerME tok = new TokenizerME(new TokenizerModel(open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")));
        POSTaggerME pos = new POSTaggerME(new POSModel(open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")));
        LemmatizerME lem = new LemmatizerME(new LemmatizerModel(open("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        ArticleFactory factory = new ArticleFactory();
        long t0 = System.nanoTime();
        long tokens = 0;
        for (RawDocument d : docs) {
            String text = factory.create(d.doc(), d.source(), d.text(), d.meta(), List.of()).cleaned();
            for (String s : sent.sentDetect(text)) {
                String[] w = tok.tokenize(s);
                String[] t = pos.tag(w);
                lem.lemmatize(w, t);
                tokens += w.length;
            }
        }
        return tokens == 0 ? 0 : bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
    }

    /** The naive gazetteer lookup of ARCHITECTURE.md's performance notes. */
    private static double naiveScan(List<RawDocument> docs, long bytes, Gazetteer g) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < g.size(); i++) {
            names.add(g.entry(i).name().toLowerCase(Locale.ROOT));
        }
        Pattern split = Pattern.compile("[^\\p{L}\\p{N}]+");
        // one unmeasured run compiles it, then the median of five (it is short: a cold or interrupted single run
        // varied from 3 to 16 MB/s on this machine)
        double[] mbps = new double[NAIVE_RUNS];
        scan(docs, names, split);
        for (int r = 0; r < NAIVE_RUNS; r++) {
            long t0 = System.nanoTime();
            long hits = scan(docs, names, split);
            mbps[r] = hits < 0 ? 0 : bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
        }
        return median(mbps);
    }

    /** Measured runs of the naive scan (their median is the baseline). */
    public static final int NAIVE_RUNS = 5;

    private static long scan(List<RawDocument> docs, Set<String> names, Pattern split) {
        long hits = 0;
        for (RawDocument d : docs) {
            String[] w = split.split(d.text().toLowerCase(Locale.ROOT));
            for (int i = 0; i < w.length; i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 4 && i + k < w.length; k++) {
                    if (k > 0) {
                        sb.append(' ');
                    }
                    sb.append(w[i + k]);
                    if (names.contains(sb.toString())) {
                        hits++;
                    }
                }
            }
        }
        return hits;
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = Pipeline.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("model missing from the classpath: " + path);
        }
        return in;
    }
}
