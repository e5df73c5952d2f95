package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live-monitoring state (migration 7) on both dialects: it survives a reopen, alerts keep order, deliveries retry. */
class MonitorTest {
    @TempDir
    Path dir;

    @Test
    void feedsItemsAndWatchlistsSurviveAReopen() {
        Path file = dir.resolve("monitor.db");
        Instant poll = Instant.parse("2026-12-03T06:00:00Z");
        try (EventStore s = TestStores.open(file)) {
            Monitor m = s.monitor();
            assertTrue(m.feed("http://a/feed").isEmpty());
            m.saveFeed(new Monitor.Feed("http://a/feed", "Outlet A", "\"v1\"", "Wed, 02 Dec 2026 10:00:00 GMT", poll, "200", 0, poll.plusSeconds(900)));
            m.saveFeed(new Monitor.Feed("http://a/feed", "Outlet A", "\"v2\"", null, poll.plusSeconds(900), "304", 0, null));
            m.saveItem(new Monitor.Item("http://a/feed", "guid-1", "http://a/1", "abc", Monitor.ItemStatus.INGESTED, 1, null, poll));
            m.saveItem(new Monitor.Item("http://a/feed", "guid-2", "http://a/2", null, Monitor.ItemStatus.FAILED, 1, "HTTP 500", poll));
            m.saveItem(new Monitor.Item("http://a/feed", "guid-2", "http://a/2", null, Monitor.ItemStatus.FAILED, 2, "HTTP 500", poll));
            m.saveWatchlist("hama", "{\"area\":\"35.13,36.75,30\"}");
            m.saveWatchlist("kyiv", "{}");
            assertTrue(m.removeWatchlist("kyiv"));
            assertFalse(m.removeWatchlist("kyiv"));
        }
        try (EventStore s = TestStores.open(file)) {
            Monitor m = s.monitor();
            Monitor.Feed f = m.feed("http://a/feed").orElseThrow();
            assertEquals("\"v2\"", f.etag());
            assertEquals(null, f.lastModified());
            assertEquals(poll.plusSeconds(900), f.lastPoll());
            assertEquals("304", f.lastStatus());
            assertEquals(Monitor.ItemStatus.INGESTED, m.item("http://a/feed", "guid-1").orElseThrow().status());
            assertEquals(2, m.item("http://a/feed", "guid-2").orElseThrow().attempts());
            assertTrue(m.item("http://a/feed", "guid-3").isEmpty());
            assertEquals(Map.of("hama", "{\"area\":\"35.13,36.75,30\"}"), m.watchlists());
        }
    }

    @Test
    void alertsAreRaisedWithTheirMarksAndDeliveredOrGivenUp() {
        try (EventStore s = TestStores.open(dir.resolve("alerts.db"))) {
            Monitor m = s.monitor();
            Instant before = Instant.now().minusSeconds(1);
            assertTrue(m.mark("w", "place:gn:1").isEmpty());
            assertEquals(0, m.lastAlertId());
            Monitor.Alert a = m.raise("w", "control", "place:gn:1", "{\"x\":1}", true, Map.of("place:gn:1", "HTS"));
            Monitor.Alert b = m.raise("w", "event", "mention:m1", "{\"x\":2}", false, Map.of("mention:m1", "2", "mention:m2", "2"));
            m.setMarks("w", Map.of("mention:m3", "2"));
            assertTrue(b.id() > a.id());
            assertEquals(b.id(), m.lastAlertId());
            assertEquals("HTS", m.mark("w", "place:gn:1").orElseThrow());
            assertEquals("2", m.mark("w", "mention:m3").orElseThrow());
            assertEquals(java.util.Set.of("mention:m1", "mention:m3"), m.marked("w", List.of("mention:m1", "mention:m3", "mention:m9")));
            assertEquals(java.util.Set.of(), m.marked("other", List.of("mention:m1")));
            List<String> many = new java.util.ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                many.add("mention:x" + i);
            }
            many.add("mention:m2");
            assertEquals(java.util.Set.of("mention:m2"), m.marked("w", many), "more subjects than one query takes");
            assertEquals(List.of(a.id(), b.id()), m.alerts(before, 0, 10).stream().map(Monitor.Alert::id).toList());
            assertEquals(List.of(b.id()), m.alerts(null, a.id(), 10).stream().map(Monitor.Alert::id).toList());
            assertEquals(List.of(), m.alerts(Instant.now().plusSeconds(60), 0, 10));
            // only the webhook's alert waits for delivery; a failure with a next attempt keeps it pending, then delivered
            assertEquals(List.of(a.id()), m.dueDeliveries(Instant.now()).stream().map(Monitor.Alert::id).toList());
            m.delivery(a.id(), false, "HTTP 500", Instant.now().plusSeconds(30));
            assertEquals(List.of(), m.dueDeliveries(Instant.now()));
            assertEquals(List.of(a.id()), m.dueDeliveries(Instant.now().plusSeconds(31)).stream().map(Monitor.Alert::id).toList());
            // two senders on one store: one takes the delivery, the other sees it taken until the lease ends
            Instant now = Instant.now().plusSeconds(31);
            try (EventStore other = TestStores.open(dir.resolve("alerts.db"))) {
                assertTrue(m.claimDelivery(a.id(), now, now.plusSeconds(60)));
                assertFalse(other.monitor().claimDelivery(a.id(), now, now.plusSeconds(60)));
                assertTrue(other.monitor().claimDelivery(a.id(), now.plusSeconds(61), now.plusSeconds(120)), "a lease ends");
            }
            m.delivery(a.id(), true, null, null);
            assertFalse(m.claimDelivery(a.id(), now.plusSeconds(3600), now.plusSeconds(3700)), "a delivered alert is never taken");
            Monitor.Alert done = m.alerts(null, 0, 10).get(0);
            assertEquals("delivered", done.delivery());
            assertEquals(2, done.attempts());
            assertEquals(List.of(), m.dueDeliveries(Instant.now().plusSeconds(3600)));
            Monitor.Alert c = m.raise("w", "control", "place:gn:2", "{}", true, Map.of());
            m.delivery(c.id(), false, "connection refused", null);
            assertEquals("failed", m.alerts(null, b.id(), 10).get(0).delivery());
        }
    }

    @Test
    void theStoreFormOfAnInstantSortsAsTime() {
        Instant whole = Instant.parse("2026-12-03T06:00:00Z");
        Instant later = whole.plusNanos(1_000);
        assertTrue(Stamps.format(whole).compareTo(Stamps.format(later)) < 0);
        assertEquals(whole, Stamps.parse(Stamps.format(whole)));
        assertEquals(null, Stamps.format(null));
    }
}
