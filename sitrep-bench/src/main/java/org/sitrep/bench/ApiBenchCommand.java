package org.sitrep.bench;

import org.sitrep.app.Engine;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.server.ApiServer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreBenchProbe;
import org.sitrep.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-api}: the API under load. Builds a store of generated war reports, serves it, and runs
 * {@code --clients} concurrent clients in a second process against {@code /api/events} (circles, words, places and
 * days drawn from the store) for {@code --seconds}, while this process keeps posting new articles to
 * {@code /api/articles}. Reports requests, errors, requests/s per core and p50/p99/max, against the same queries
 * answered in-process by one store connection (the baseline, measured in the same run).
 */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = "Measure the REST API under concurrent load while articles are posted.")
public final class ApiBenchCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--articles", description = "Articles in the store before the load (default: ${DEFAULT-VALUE}).")
    public int articles = 5000;
    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    public int clients = 50;
    @Option(names = "--seconds", description = "Length of the load (default: ${DEFAULT-VALUE}).")
    public int seconds = 30;
    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    public long seed = 1;

    /** Articles posted per request during the load. */
    public static final int POST_BATCH = 20;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Path dir = Files.createTempDirectory("sitrep-bench-api");
        Path db = dir.resolve("api.db");
        Gazetteer gazetteer = Engine.gazetteer(common.home(), (Diagnostic d) -> System.err.println(d.format()));
        Engine engine = new Engine(gazetteer, common.timeLimit());
        BenchCorpus.WarReports gen = new BenchCorpus.WarReports(BenchCommand.seeds(), gazetteer, new Random(seed), StoreBenchCommand.RENAME);
        try (EventStore s = EventStores.open(db)) {
            engine.run(StoreBenchCommand.limited(() -> gen.next(StoreBenchCommand.FIRST_DAY, 730), articles), 1, r -> {
                if (r.extraction() != null) {
                    s.add(r.extraction());
                }
            });
            s.refresh();
            out.printf(Locale.ROOT, "machine: %d cores; store: %d articles, %d events%n", Runtime.getRuntime().availableProcessors(),
                    s.counts().articles(), s.counts().events());
        }
        List<String> paths = paths(db, new Random(seed + 1));
        Path pathFile = dir.resolve("paths.txt");
        Files.write(pathFile, paths);
        double[] baseline = baseline(db, paths);
        String token = "bench-" + seed;
        try (ApiServer server = new ApiServer(db, engine, token).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port();
            AtomicInteger posted = new AtomicInteger();
            AtomicInteger postErrors = new AtomicInteger();
            AtomicReference<String> postError = new AtomicReference<>();
            Thread writer = new Thread(() -> postWhileLoaded(base, token, gen, posted, postErrors, postError));
            String java = ProcessHandle.current().info().command().orElse("java");
            Process load = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LoadClient.class.getName(), base,
                    Integer.toString(clients), Integer.toString(seconds), pathFile.toString()).redirectErrorStream(true).start();
            writer.setDaemon(true);
            writer.start();
            List<String> report = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    report.add(line);
                }
            }
            int exit = load.waitFor();
            writer.interrupt();
            writer.join(60_000);
            String[] f = report.isEmpty() ? new String[0] : report.get(0).split(" ");
            if (exit != 0 || f.length < 10 || !f[0].equals("requests")) {
                err().println("sitrep bench-api: the load process failed (exit " + exit + "): " + String.join("\n", report));
                return 1;
            }
            long requests = Long.parseLong(f[1]);
            long errors = Long.parseLong(f[3]);
            int cores = Runtime.getRuntime().availableProcessors();
            out.printf(Locale.ROOT, "load: %d clients for %d s against /api/events while %d articles were posted (%d post errors): "
                    + "%d requests, %d errors, %.1f requests/s per core%n", clients, seconds, posted.get(), postErrors.get(), requests, errors,
                    requests / (double) seconds / cores);
            out.printf(Locale.ROOT, "  latency under load:             p50 %8s ms  p99 %8s ms  max %8s ms%n", f[5], f[7], f[9]);
            out.printf(Locale.ROOT, "  baseline, in-process, 1 thread: p50 %8.2f ms  p99 %8.2f ms  (%.1f queries/s)%n", baseline[0],
                    baseline[1], baseline[2]);
            report.stream().skip(1).forEach(l -> out.println("  " + l));
            if (postError.get() != null) {
                out.println("  first post error: " + postError.get());
            }
            out.printf(Locale.ROOT, "result: %s%n", errors == 0 && postErrors.get() == 0 ? "no errors" : "ERRORS");
            out.flush();
            return errors == 0 && postErrors.get() == 0 ? 0 : 1;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Event queries as the map sends them: circles, words, places, days, and all of these together. */
    private static List<String> paths(Path db, Random r) throws Exception {
        StoreBenchProbe probe = new StoreBenchProbe(db);
        List<double[]> points = probe.points(r, 200);
        List<String> words = probe.words(r, 200);
        probe.close();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            double[] p = points.get(r.nextInt(points.size()));
            String near = String.format(Locale.ROOT, "%.4f,%.4f,%d", p[0], p[1], 5 + r.nextInt(46));
            LocalDate from = StoreBenchCommand.FIRST_DAY.plusDays(r.nextInt(700));
            out.add(switch (i % 4) {
                case 0 -> "/api/events?near=" + near;
                case 1 -> "/api/events?text=" + enc(words.get(r.nextInt(words.size())));
                case 2 -> "/api/events?near=" + near + "&from=" + from + "&to=" + from.plusDays(30);
                default -> "/api/events?from=" + from + "&to=" + from.plusDays(7) + "&limit=50";
            });
        }
        return out;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode("\"" + s.replace("\"", "") + "\"", StandardCharsets.UTF_8);
    }

    /** The same queries, answered in this process by one store connection: {p50, p99, queries/s}. */
    private static double[] baseline(Path db, List<String> paths) {
        double[] ms = new double[paths.size()];
        long t0 = System.nanoTime();
        try (EventStore s = EventStores.open(db)) {
            for (int i = 0; i < paths.size(); i++) {
                EventQuery q = query(paths.get(i));
                long t = System.nanoTime();
                StoreJson.write(s.events(q));
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
        }
        double rate = paths.size() / ((System.nanoTime() - t0) / 1e9);
        Arrays.sort(ms);
        return new double[] {Latencies.p50(ms), Latencies.p99(ms), rate};
    }

    /** The EventQuery the server makes of a path {@link #paths} made. */
    public static EventQuery query(String path) {
        java.util.Map<String, String> params = new java.util.HashMap<>();
        for (String kv : path.substring(path.indexOf('?') + 1).split("&")) {
            params.put(kv.substring(0, kv.indexOf('=')), java.net.URLDecoder.decode(kv.substring(kv.indexOf('=') + 1), StandardCharsets.UTF_8));
        }
        return ApiServer.query(params::get);
    }

    /** Posts batches of new articles until interrupted: the ingest that runs during the load. */
    private void postWhileLoaded(String base, String token, BenchCorpus.WarReports gen, AtomicInteger posted, AtomicInteger errors,
                                 AtomicReference<String> firstError) {
        HttpClient http = HttpClient.newHttpClient();
        while (!Thread.currentThread().isInterrupted()) {
            StringBuilder body = new StringBuilder();
            synchronized (gen) {
                for (int i = 0; i < POST_BATCH; i++) {
                    RawDocument d = gen.next(StoreBenchCommand.FIRST_DAY, 730);
                    body.append(StoreJson.write(java.util.Map.of("id", d.doc(), "text", d.text(), "outlet", d.meta().outlet(),
                            "published", d.meta().published()))).append('\n');
                }
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                        .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    posted.addAndGet(POST_BATCH);
                } else {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, r.statusCode() + " " + r.body());
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e.toString());
            }
        }
    }
}
