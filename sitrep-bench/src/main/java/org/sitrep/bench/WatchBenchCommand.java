package org.sitrep.bench;

import com.sun.net.httpserver.HttpServer;

import org.sitrep.app.Engine;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.watch.FeedList;
import org.sitrep.app.watch.FeedWatcher;
import org.sitrep.app.watch.Fetcher;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-watch}: how soon an article published to a watched feed becomes an alert. Fills a store with
 * generated war reports, serves an RSS feed and its pages from this process (plain HTTP on the loopback), adds a
 * watchlist over every war, then publishes {@code --articles} new reports one at a time, each followed by one poll of
 * the watcher as {@code sitrep watch} runs it. Reports, per alert, the time from its page's fetch to the alert
 * stored, and from the start of the poll (feed fetched, page fetched, extracted, stored, refreshed, checked); against
 * the extraction alone of the same articles, measured in the same run (the baseline).
 */
@Command(name = "bench-watch", mixinStandardHelpOptions = true,
        description = "Measure the latency from an article published to a watched feed to its alert.")
public final class WatchBenchCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--store-articles", description = "Articles in the store before the feed starts (default: ${DEFAULT-VALUE}).")
    public int storeArticles = 2000;
    @Option(names = "--articles", description = "Articles published to the feed, one a poll (default: ${DEFAULT-VALUE}).")
    public int articles = 40;
    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
    public long seed = 3;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        Path dir = Files.createTempDirectory("sitrep-bench-watch");
        Gazetteer gazetteer = Engine.gazetteer(common.home(), (Diagnostic d) -> System.err.println(d.format()));
        Engine engine = new Engine(gazetteer, common.timeLimit());
        BenchCorpus.WarReports gen = new BenchCorpus.WarReports(BenchCommand.seeds(), gazetteer, new Random(seed), StoreBenchCommand.RENAME);
        Map<String, String> pages = new ConcurrentHashMap<>();
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", x -> {
            String body = pages.get(x.getRequestURI().getPath());
            byte[] b = (body == null ? "not here" : body).getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", body == null ? "text/plain" : x.getRequestURI().getPath().endsWith(".xml")
                    ? "application/rss+xml; charset=utf-8" : "text/html; charset=utf-8");
            x.sendResponseHeaders(body == null ? 404 : 200, b.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
        });
        site.start();
        String base = "http://127.0.0.1:" + site.getAddress().getPort();
        try (EventStore s = EventStores.open(dir.resolve("watch.db"))) {
            engine.run(StoreBenchCommand.limited(() -> gen.next(StoreBenchCommand.FIRST_DAY, 730), storeArticles), 1, r -> {
                if (r.extraction() != null) {
                    s.add(r.extraction());
                }
            });
            s.refresh();
            s.monitor().saveWatchlist("all-wars", "{\"name\": \"all-wars\"}");
            out.printf(Locale.ROOT, "machine: %d cores, load %.2f; store: %d articles, %d events%n", Runtime.getRuntime().availableProcessors(),
                    load(), s.counts().articles(), s.counts().events());
            out.flush();
            // the feed's published items, newest first, as a feed lists them
            List<String> items = new ArrayList<>();
            List<FeedList.Source> feeds = List.of(new FeedList.Source(URI.create(base + "/feed.xml"), "Bench Wire"));
            List<Long> fromFetch = new ArrayList<>();
            List<Long> fromPoll = new ArrayList<>();
            List<Long> extraction = new ArrayList<>();
            int alerts = 0;
            // the local site answers at once: no politeness pause between the feed and its page (a real host's pause adds to
            // the poll's figure, not to the one from the page's fetch)
            FeedWatcher w = new FeedWatcher(s, engine, new Fetcher(new Fetcher.Settings(Duration.ZERO, Duration.ofSeconds(20), 1, Duration.ZERO)),
                    null, Duration.ofMinutes(15), line -> { }, a -> { });
            pages.put("/robots.txt", "User-agent: *\nAllow: /\n");
            pages.put("/feed.xml", rss(items));
            w.poll(feeds, true); // the feed still empty: the first poll reads robots.txt, as a watcher's first poll does
            for (int i = 0; i < articles; i++) {
                RawDocument d = gen.next(StoreBenchCommand.FIRST_DAY.plusDays(730), 30);
                String path = "/a/" + i + ".html";
                pages.put(path, page(d));
                items.add(0, "<item><title>" + d.meta().title() + "</title><link>" + base + path + "</link><guid>" + d.doc()
                        + "</guid></item>");
                pages.put("/feed.xml", rss(items));
                long t0 = System.nanoTime();
                FeedWatcher.Report r = w.poll(feeds, true);
                long polled = System.nanoTime() - t0;
                if (r.ingested != 1) {
                    throw new IllegalStateException("poll " + i + " ingested " + r.ingested + " articles: " + r);
                }
                alerts += r.alerts;
                for (long ms : r.alertLatencyMillis) {
                    fromFetch.add(ms);
                }
                if (r.alerts > 0) {
                    fromPoll.add(polled / 1_000_000);
                }
                long e0 = System.nanoTime();
                engine.run(List.of(d).iterator(), 1, x -> { });
                extraction.add((System.nanoTime() - e0) / 1_000_000);
            }
            out.printf(Locale.ROOT, "%d articles published one at a time, each followed by one poll: %d alerts%n", articles, alerts);
            out.printf(Locale.ROOT, "page fetched -> alert stored:     %s (target: p50 under 2000 ms)%n", summary(fromFetch));
            out.printf(Locale.ROOT, "poll start -> alert stored:       %s (feed and page fetched, extracted, stored, refreshed, checked)%n",
                    summary(fromPoll));
            out.printf(Locale.ROOT, "extraction alone (baseline):      %s%n", summary(extraction));
            out.printf(Locale.ROOT, "ratio poll -> alert / extraction, p50: %.1fx; load at the end %.2f%n",
                    p50(fromPoll) / Math.max(1, p50(extraction)), load());
        } finally {
            site.stop(0);
        }
        return 0;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String rss(List<String> items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench Wire</title><link>http://127.0.0.1/</link>"
                + "<description>bench</description>\n" + String.join("\n", items) + "\n</channel></rss>\n";
    }

    private static String page(RawDocument d) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(esc(d.meta().title()))
                .append("</title><meta property=\"article:published_time\" content=\"").append(d.meta().published())
                .append("\"></head><body><article>");
        for (String para : d.text().split("\n\n")) {
            sb.append("<p>").append(esc(para)).append("</p>");
        }
        return sb.append("</article></body></html>").toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static double p50(List<Long> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] d = xs.stream().mapToDouble(Long::doubleValue).sorted().toArray();
        return Latencies.p50(d);
    }

    private static String summary(List<Long> xs) {
        if (xs.isEmpty()) {
            return "none";
        }
        double[] d = xs.stream().mapToDouble(Long::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "p50 %6.0f ms, p99 %6.0f ms, max %6.0f ms (n=%d)", Latencies.p50(d), Latencies.p99(d),
                d[d.length - 1], d.length);
    }
}
