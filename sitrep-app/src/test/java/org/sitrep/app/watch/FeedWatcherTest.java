package org.sitrep.app.watch;

import org.sitrep.store.alert.Alerter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Engine;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.Monitor;

/**
 * The watcher against a web site on this machine: RSS 2.0 and Atom 1.0 feeds, a malformed feed, a feed whose items
 * repeat, 304 answers, a slow host, a 500, a page that fails before it works, robots.txt disallowing a path. It
 * ingests exactly the new items, once, across a restart, and the watchlist's alerts follow.
 */
class FeedWatcherTest {
    @TempDir
    Path dir;

    static Engine engine;

    @BeforeAll
    static void engine() {
        engine = new Engine(Engine.gazetteer(Path.of("target", "no-home"), d -> { }), Duration.ofSeconds(30));
    }

    static Fetcher fetcher() {
        return new Fetcher(new Fetcher.Settings(Duration.ofMillis(10), Duration.ofMillis(800), 3, Duration.ofMillis(10)));
    }

    static final String MOREK = "{\"name\": \"morek\", \"area\": {\"circle\": \"35.376,36.690,15\"}}";

    @Test
    void ingestsExactlyTheNewItemsOnceAcrossARestartAndAlertsOnce() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/robots.txt", TestSite.Page.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
            site.page("/news/1.html", TestSite.Page.ok("text/html; charset=utf-8", TestSite.resource("a1.html")));
            site.page("/news/2.html", TestSite.Page.ok("text/html; charset=utf-8", TestSite.resource("a2.html")));
            site.page("/private/3.html", TestSite.Page.ok("text/html; charset=utf-8", TestSite.resource("a3.html")));
            site.page("/news/4.html", TestSite.Page.ok("text/html; charset=utf-8", TestSite.resource("a3.html")));
            // a page that answers 500 to the three attempts of the first poll, then works
            site.page("/news/5.html", (n, x) -> n < 3 ? new TestSite.Page(500, "text/plain", "busy", null, 0)
                    : TestSite.Page.ok("text/html", TestSite.resource("a2.html").replace("residents told reporters", "a local council said")));
            // newest first, as feeds are; g1 is listed twice
            site.page("/rss.xml", new TestSite.Page(200, "application/rss+xml", TestSite.rss("Levant Wire",
                    "Army retakes Morek", "/private/3.html", "g3",
                    "Morek falls", "/news/2.html", "g2",
                    "Rebels capture Morek", "/news/1.html", "g1",
                    "Rebels capture Morek", "/news/1.html", "g1"), "\"r1\"", 0));
            site.page("/atom.xml", TestSite.Page.ok("application/atom+xml", TestSite.atom("Atom Desk",
                    "Army retakes Morek", site.uri("/news/4.html").toString(), "urn:a4",
                    "Rebels capture Morek", site.uri("/news/1.html").toString(), "urn:a1")));
            site.page("/bad.xml", TestSite.Page.ok("application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut"));
            site.page("/err.xml", new TestSite.Page(500, "text/plain", "oops", null, 0));
            site.page("/slow.xml", new TestSite.Page(200, "application/rss+xml", TestSite.rss("Slow"), null, 1_500));
            site.page("/flaky.xml", TestSite.Page.ok("application/rss+xml", TestSite.rss("Flaky", "Morek", "/news/5.html", "f5")));
            List<FeedList.Source> feeds = FeedList.parse(String.join("\n", "# test feeds",
                    site.uri("/rss.xml") + " Levant Wire", site.uri("/atom.xml").toString(), site.uri("/bad.xml").toString(),
                    site.uri("/err.xml").toString(), site.uri("/slow.xml").toString(), site.uri("/flaky.xml") + " Flaky Times", "ftp://nowhere/feed"), "feeds.txt", p -> { });
            assertEquals(6, feeds.size());
            Path db = dir.resolve("watch.db");
            List<String> log = new ArrayList<>();

            FeedWatcher.Report first;
            List<Monitor.Alert> alerts;
            try (EventStore store = EventStores.open(db)) {
                store.monitor().saveWatchlist("morek", MOREK);
                first = watcher(store, log).poll(feeds, true);
                alerts = store.monitor().alerts(null, 0, 100);
                assertEquals(3, store.counts().articles(), log::toString);
            }
            assertEquals(1, site.hits("/news/1.html"), "listed twice in one feed and once in another: fetched once");
            assertEquals(1, site.hits("/news/2.html"));
            assertEquals(1, site.hits("/news/4.html"));
            assertEquals(0, site.hits("/private/3.html"), "robots.txt disallows /private/");
            assertEquals(1, site.hits("/robots.txt"), "robots.txt is asked once per host");
            assertEquals(3, site.hits("/err.xml"), "a 500 is tried three times");
            assertEquals(3, site.hits("/news/5.html"));
            assertEquals(3, first.feedsFailed, log::toString);
            assertEquals(3, first.ingested);
            assertTrue(log.stream().anyMatch(l -> l.contains("/bad.xml") && l.contains("not a feed")), log::toString);
            assertTrue(log.stream().anyMatch(l -> l.contains("/slow.xml") && l.contains("no answer")), log::toString);
            assertTrue(site.lastHeaders.get("/rss.xml user-agent").contains("sitrep-watch"));

            // the town changed hands twice: two control alerts; every event alerted once
            List<Monitor.Alert> control = alerts.stream().filter(a -> a.kind().equals("control")).toList();
            assertEquals(2, control.size(), alerts::toString);
            assertTrue(control.get(0).json().contains("\"controller\":\"HTS\""), control.get(0)::json);
            assertTrue(control.get(1).json().contains("\"controller\":\"SAA\""), control.get(1)::json);
            assertTrue(control.get(1).json().contains(site.uri("/news/4.html").toString()), "the evidence carries the article's URL");
            Map<String, Long> bySubject = alerts.stream().filter(a -> a.kind().equals("event")).collect(Collectors.groupingBy(Monitor.Alert::subject, Collectors.counting()));
            assertTrue(bySubject.values().stream().allMatch(n -> n == 1), bySubject::toString);

            // a second poll: the RSS feed answers 304, no page is fetched again, the flaky page now comes in;
            // it only corroborates the capture, so it raises nothing
            try (EventStore store = EventStores.open(db)) {
                FeedWatcher.Report second = watcher(store, log).poll(feeds, true);
                assertEquals(1, second.ingested, log::toString);
                assertEquals(1, second.notModified);
                assertEquals(alerts.size(), store.monitor().alerts(null, 0, 100).size(), "a corroborating article raises no alert");
            }
            assertEquals("\"r1\"", site.lastHeaders.get("/rss.xml if-none-match"));
            assertEquals(4, site.hits("/news/5.html"));

            // a restart resumes from the store: nothing fetched again
            Map<String, Integer> before = hitsOfPages(site);
            try (EventStore store = EventStores.open(db)) {
                FeedWatcher.Report third = watcher(store, log).poll(feeds, false);
                assertEquals(0, third.ingested);
                assertEquals(0, third.itemsNew);
            }
            assertEquals(before, hitsOfPages(site));
        }
    }

    private static Map<String, Integer> hitsOfPages(TestSite site) {
        return site.hits.entrySet().stream().filter(e -> e.getKey().endsWith(".html"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    static FeedWatcher watcher(EventStore store, List<String> log) {
        return new FeedWatcher(store, engine, fetcher(), new Webhooks(store, 3, Duration.ofMillis(10), log::add), Duration.ofMinutes(15),
                log::add, a -> { });
    }

    @Test
    void aWebhookThatFailsTwiceGetsTheAlertOnce() throws Exception {
        try (TestSite site = new TestSite(); TestSite hook = new TestSite()) {
            site.page("/news/1.html", TestSite.Page.ok("text/html", TestSite.resource("a1.html")));
            site.page("/rss.xml", TestSite.Page.ok("application/rss+xml", TestSite.rss("Levant Wire", "Rebels capture Morek", "/news/1.html", "g1")));
            List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
            hook.page("/hook", (n, x) -> {
                try {
                    String body = new String(x.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (n >= 2) {
                        bodies.add(x.getRequestHeaders().getFirst("X-Sitrep-Alert") + " " + body);
                    }
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                return n < 2 ? new TestSite.Page(503, "text/plain", "down", null, 0) : TestSite.Page.ok("text/plain", "ok");
            });
            List<String> log = new ArrayList<>();
            try (EventStore store = EventStores.open(dir.resolve("hook.db"))) {
                store.monitor().saveWatchlist("morek", "{\"name\": \"morek\", \"area\": {\"place\": \"Mūrak\"}, \"control\": false, "
                        + "\"types\": [\"capture\"], \"webhook\": \"" + hook.uri("/hook") + "\"}");
                watcher(store, log).poll(FeedList.parse(site.uri("/rss.xml").toString(), "feeds", p -> { }), true);
                List<Monitor.Alert> alerts = store.monitor().alerts(null, 0, 10);
                assertEquals(1, alerts.size(), alerts::toString);
                assertEquals("delivered", alerts.get(0).delivery());
                assertEquals(3, alerts.get(0).attempts());
                // a later round has nothing left to send
                new Webhooks(store, 3, Duration.ofMillis(10), log::add).deliverDue(Alerter.watchlists(store, log::add));
            }
            assertEquals(3, hook.hits("/hook"));
            assertEquals(1, bodies.size());
            assertTrue(bodies.get(0).startsWith("1 {"), bodies::toString);
            assertTrue(bodies.get(0).contains("\"quote\":\"HAMA, Syria (Dec 3, 2024)"), bodies::toString);
            assertTrue(bodies.get(0).contains("\"url\":\"" + site.uri("/news/1.html")), bodies::toString);
        }
    }

    @Test
    void aWebhookThatNeverAnswersKeepsTheAlertPending() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/news/1.html", TestSite.Page.ok("text/html", TestSite.resource("a1.html")));
            site.page("/rss.xml", TestSite.Page.ok("application/rss+xml", TestSite.rss("Levant Wire", "Rebels capture Morek", "/news/1.html", "g1")));
            List<String> log = new ArrayList<>();
            try (EventStore store = EventStores.open(dir.resolve("dead.db"))) {
                // a port nobody listens on
                int port;
                try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
                    port = s.getLocalPort();
                }
                store.monitor().saveWatchlist("all", "{\"name\": \"all\", \"webhook\": \"http://127.0.0.1:" + port + "/hook\"}");
                watcher(store, log).poll(FeedList.parse(site.uri("/rss.xml").toString(), "feeds", p -> { }), true);
                List<Monitor.Alert> alerts = store.monitor().alerts(null, 0, 100);
                assertTrue(!alerts.isEmpty());
                assertTrue(alerts.stream().allMatch(a -> a.delivery().equals("pending") && a.attempts() == 3), alerts::toString);
                assertTrue(log.stream().anyMatch(l -> l.contains("webhook") && l.contains("tried again at")), log::toString);
            }
        }
    }
}
