package org.sitrep.app.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The watcher's HTTP client: private addresses, robots.txt, the pause per host, what is retried and what is not. */
class FetcherTest {
    @Test
    void privateAddressesAreKnown() {
        for (String u : new String[] {"http://127.0.0.1/x", "http://10.1.2.3/", "http://192.168.1.1/", "http://172.16.0.9/", "http://169.254.1.1/",
            "http://[::1]/", "http://[fd00::1]/", "http://localhost:8080/"}) {
            assertTrue(Fetcher.privateHost(URI.create(u)), u);
        }
        for (String u : new String[] {"http://8.8.8.8/", "https://1.1.1.1/feed", "http://[2001:4860:4860::8888]/"}) {
            assertFalse(Fetcher.privateHost(URI.create(u)), u);
        }
    }

    @Test
    void robotsPauseAndRetries() throws Exception {
        try (TestSite site = new TestSite()) {
            site.page("/robots.txt", TestSite.Page.ok("text/plain", "User-agent: sitrep-watch\nDisallow: /no/\nCrawl-delay: 1\n\nUser-agent: *\nDisallow: /\n"));
            site.page("/yes.html", TestSite.Page.ok("text/html", "<p>yes</p>"));
            site.page("/no/x.html", TestSite.Page.ok("text/html", "<p>no</p>"));
            site.page("/missing", new TestSite.Page(404, "text/plain", "", null, 0));
            site.page("/busy", new TestSite.Page(503, "text/plain", "busy", null, 0));
            Fetcher f = new Fetcher(new Fetcher.Settings(Duration.ofMillis(10), Duration.ofSeconds(2), 3, Duration.ofMillis(10)));
            long t0 = System.nanoTime();
            assertEquals(200, f.get(site.uri("/yes.html"), Map.of()).status(), "its own group allows it, the * group does not apply");
            assertEquals(200, f.get(site.uri("/yes.html"), Map.of()).status());
            assertTrue(System.nanoTime() - t0 >= 900_000_000L, "the crawl delay of 1 s is kept between two requests");
            Fetcher.FetchException no = assertThrows(Fetcher.FetchException.class, () -> f.get(site.uri("/no/x.html"), Map.of()));
            assertTrue(no.getMessage().contains("robots.txt") && !no.retryLater(), no.getMessage());
            assertEquals(0, site.hits("/no/x.html"));
            Fetcher.FetchException missing = assertThrows(Fetcher.FetchException.class, () -> f.get(site.uri("/missing"), Map.of()));
            assertFalse(missing.retryLater());
            assertEquals(1, site.hits("/missing"), "a 404 is not retried");
            Fetcher.FetchException busy = assertThrows(Fetcher.FetchException.class, () -> f.get(site.uri("/busy"), Map.of()));
            assertTrue(busy.retryLater());
            assertEquals(3, site.hits("/busy"), "a 503 is tried three times");
            assertThrows(Fetcher.FetchException.class, () -> f.get(URI.create("ftp://example.org/x"), Map.of()));
        }
    }
}
