package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.watch.TestSite;
import org.sitrep.store.StoreJson;

/** {@code watchlist}, {@code watch --once}, {@code alerts} and {@code digest} from the command line, against a local web site. */
class WatchCommandsTest {
    @TempDir
    Path dir;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void followAFeedWatchAnAreaReadTheAlertsAndTheDigest() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/news/1.html", TestSite.Page.ok("text/html", TestSite.resource("a1.html")));
            site.page("/news/3.html", TestSite.Page.ok("text/html", TestSite.resource("a3.html").replace("state media reported.",
                    "state media reported &lt;script&gt;alert(1)&lt;/script&gt;.")));
            site.page("/rss.xml", TestSite.Page.ok("application/rss+xml", TestSite.rss("Levant Wire",
                    "Army retakes Morek", "/news/3.html", "g3", "Rebels capture Morek", "/news/1.html", "g1")));
            site.page("/gone.xml", new TestSite.Page(410, "text/plain", "gone", null, 0));
            Path feeds = dir.resolve("feeds.txt");
            Files.writeString(feeds, "# two feeds, one gone\n" + site.uri("/rss.xml") + " Levant Wire\n" + site.uri("/gone.xml") + "\nnot a url\n");
            String db = dir.resolve("w.db").toString();
            String home = dir.resolve("home").toString();

            CliTest.Run added = run("watchlist", "add", "--db", db, "--name", "hama", "--near", "35.13,36.75,40");
            assertEquals(0, added.code(), added.err());
            assertTrue(added.out().contains("within 40.0 km"), added.out());
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, "{\"area\": {\"circle\": \"1,2\"}}");
            CliTest.Run refused = run("watchlist", "add", "--db", db, bad.toString());
            assertEquals(2, refused.code());
            assertTrue(refused.err().contains("bad.json: a circle is LAT,LON,KM"), refused.err());
            assertTrue(run("watchlist", "list", "--db", db).out().contains("\"name\":\"hama\""));

            CliTest.Run watched = run("watch", "--db", db, "--home", home, "--feeds", feeds.toString(), "--once", "--delay", "10ms", "--retries", "1");
            assertEquals(1, watched.code(), "a feed failed: " + watched.err());
            assertTrue(watched.out().contains("2 feeds polled (0 not modified, 1 failed); 2 new items: 2 ingested"), watched.out());
            assertTrue(watched.err().contains("feeds.txt:4: not an http(s) feed URL: 'not'"), watched.err());
            assertTrue(watched.err().contains("/gone.xml: HTTP 410"), watched.err());
            assertTrue(watched.err().contains("ms after its page was fetched"), watched.err());

            CliTest.Run alerts = run("alerts", "--db", db, "--format", "jsonl", "--since", "1h");
            assertEquals(0, alerts.code(), alerts.err());
            List<JsonNode> lines = alerts.out().lines().map(l -> {
                try {
                    return StoreJson.MAPPER.readTree(l);
                } catch (java.io.IOException e) {
                    throw new AssertionError(l, e);
                }
            }).toList();
            assertFalse(lines.isEmpty());
            JsonNode control = lines.stream().filter(n -> n.path("kind").asText().equals("control")).findFirst().orElseThrow();
            assertEquals("SAA", control.path("controller").asText());
            assertEquals(site.uri("/news/3.html").toString(), control.path("evidence").get(0).path("url").asText());
            assertEquals("none", control.path("delivery").asText());
            assertTrue(run("alerts", "--db", db).out().contains("Mūrak now held by SAA"));
            assertEquals("", run("alerts", "--db", db, "--since", "2099-01-01", "-q").out());

            CliTest.Run digest = run("digest", "--db", db, "--since", "1h");
            assertEquals(0, digest.code(), digest.err());
            assertTrue(digest.out().contains("(2 articles ingested)"), digest.out());
            assertTrue(digest.out().contains("Mūrak: HTS -> SAA from 2024-12-06"), digest.out());
            CliTest.Run html = run("digest", "--db", db, "--since", "1h", "--html");
            assertTrue(html.out().startsWith("<!DOCTYPE html>"));
            assertTrue(html.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "article text is escaped");
            assertFalse(html.out().contains("<script>"));
            JsonNode json = StoreJson.MAPPER.readTree(run("digest", "--db", db, "--since", "1h", "--json").out());
            assertEquals(2, json.path("articles").asInt());
            assertEquals(2, json.path("controlChanges").size());
            assertTrue(run("digest", "--db", db, "--since", "2099-01-01").out().contains("Nothing was ingested since then."));
            assertEquals(2, run("digest", "--db", db, "--since", "yesterday").code());

            // again: the store remembers what was fetched; the gone feed waits (backed off), the other has nothing new
            CliTest.Run again = run("watch", "--db", db, "--home", home, "--feeds", feeds.toString(), "--once", "--delay", "10ms", "--retries", "1");
            assertTrue(again.out().contains("0 new items"), again.out());
            assertEquals(1, site.hits("/news/1.html"));
            assertEquals(1, site.hits("/news/3.html"));

            assertEquals(0, run("watchlist", "remove", "--db", db, "hama").code());
            assertEquals(2, run("watchlist", "remove", "--db", db, "hama").code());
            assertTrue(Files.readString(feeds, StandardCharsets.UTF_8).contains("gone"));
        }
    }

    @Test
    void watchWithoutFeedsOrWithAnEmptyFileIsAUsageError() throws Exception {
        assertEquals(2, run("watch", "--db", dir.resolve("x.db").toString()).code());
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "# nothing\n\n");
        CliTest.Run r = run("watch", "--db", dir.resolve("x.db").toString(), "--feeds", empty.toString(), "--once");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no feed URL in"), r.err());
        assertEquals(2, run("watch", "--feeds", empty.toString(), "--every", "soon").code());
    }

    @Test
    void ingestRaisesTheWatchlistsAlertsToo() throws Exception {
        String db = dir.resolve("i.db").toString();
        Path page = dir.resolve("morek.html");
        Files.writeString(page, TestSite.resource("a1.html"));
        assertEquals(0, run("watchlist", "add", "--db", db, "--name", "morek", "--place", "Mūrak", "--no-events").code());
        CliTest.Run r = run("ingest", "--db", db, "-q", page.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1 alert raised"), r.out());
        assertTrue(run("alerts", "--db", db).out().contains("Mūrak now held by HTS"));
        CliTest.Run again = run("ingest", "--db", db, "-q", page.toString());
        assertFalse(again.out().contains("alerts raised"), "nothing new, no alert: " + again.out());
    }
}
