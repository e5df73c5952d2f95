package org.sitrep.app.watch;

import org.sitrep.store.alert.Alerter;
import org.sitrep.store.alert.Watchlist;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sitrep.app.Engine;
import org.sitrep.core.Extractor;
import org.sitrep.core.ingest.DocumentReader;
import org.sitrep.core.ingest.DocumentReaders;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.store.EventStore;
import org.sitrep.store.Monitor;

/**
 * Follows feeds into a store. One {@link #poll} asks every feed that is due (a conditional GET with the validators
 * kept in the store), reads it with Rome (RSS 0.9x–2.0, Atom 0.3–1.0), and for each item it has not seen fetches the
 * item's page, reads its main text as an HTML file is read, extracts and stores it; then it refreshes the store and
 * raises the watchlists' alerts, feed by feed, so an alert follows its article by the extraction's time. An item is
 * fetched once: by its key (guid or id, else link) in the store, and by URL across feeds. A feed that fails is
 * reported, backed off and tried at a later poll; it never stops the others. An item whose page fails is tried at
 * the next polls, {@link #MAX_ITEM_ATTEMPTS} times in all.
 */
public final class FeedWatcher {
    /** Attempts at an item's page before it is given up. */
    public static final int MAX_ITEM_ATTEMPTS = 5;
    /** Items of a feed read at one poll (the newest): a feed that lists its whole archive does not start a crawl. */
    public static final int MAX_ITEMS = 200;
    /** How long articles fetched from one feed may wait for the store's refresh and the alerts (the rest of the feed being read meanwhile). */
    public static final Duration SETTLE_AFTER = Duration.ofSeconds(1);
    /** The longest a failing feed waits between polls. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final EventStore store;
    private final Engine engine;
    private final Fetcher fetcher;
    private final Duration every;
    private final Consumer<String> log;
    private final Consumer<Monitor.Alert> raised;
    private final Webhooks webhooks;

    /** What one poll did. */
    public static final class Report {
        public int feedsPolled;
        public int notModified;
        public int feedsFailed;
        public int itemsNew;
        public int ingested;
        public int alreadyStored;
        public int itemsFailed;
        public int alerts;
        /** Milliseconds from each ingested page's fetch to the alerts it raised (one entry per alert). */
        public final List<Long> alertLatencyMillis = new ArrayList<>();

        @Override
        public String toString() {
            return String.format("%d feeds polled (%d not modified, %d failed); %d new items: %d ingested, %d already stored, %d failed; %d alerts",
                    feedsPolled, notModified, feedsFailed, itemsNew, ingested, alreadyStored, itemsFailed, alerts);
        }
    }

    /**
     * @param every  the poll interval (a failing feed waits longer, doubling up to {@link #MAX_BACKOFF})
     * @param log    one line per thing worth telling (a failing feed, an item given up, an alert)
     * @param raised hears of every alert raised (the server's stream)
     */
    public FeedWatcher(EventStore store, Engine engine, Fetcher fetcher, Webhooks webhooks, Duration every, Consumer<String> log,
                       Consumer<Monitor.Alert> raised) {
        this.store = store;
        this.engine = engine;
        this.fetcher = fetcher;
        this.webhooks = webhooks;
        this.every = every;
        this.log = log;
        this.raised = raised;
    }

    /** Polls every feed that is due now (all of them when {@code force}). */
    public Report poll(List<FeedList.Source> feeds, boolean force) throws InterruptedException {
        Report report = new Report();
        Monitor m = store.monitor();
        for (FeedList.Source f : feeds) {
            Monitor.Feed state = m.feed(f.url().toString()).orElse(Monitor.Feed.fresh(f.url().toString(), f.outlet()));
            if (!force && state.nextPoll() != null && state.nextPoll().isAfter(Instant.now())) {
                continue;
            }
            report.feedsPolled++;
            Map<String, Long> fetchedAt = new LinkedHashMap<>();
            try {
                pollFeed(f, state, report, fetchedAt);
            } catch (Fetcher.FetchException | FeedException | RuntimeException e) {
                report.feedsFailed++;
                int failures = state.failures() + 1;
                Duration wait = every.multipliedBy(1L << Math.min(failures, 16));
                if (wait.compareTo(MAX_BACKOFF) > 0) {
                    wait = MAX_BACKOFF;
                }
                String why = e instanceof FeedException ? "not a feed Rome can read: " + e.getMessage() : String.valueOf(e.getMessage());
                log.accept("feed " + f.url() + ": " + why + " (failure " + failures + " in a row; next try in " + human(wait) + ")");
                m.saveFeed(new Monitor.Feed(state.url(), f.outlet(), state.etag(), state.lastModified(), Instant.now(), "error: " + why, failures,
                        Instant.now().plus(wait)));
            }
            if (!fetchedAt.isEmpty()) {
                settle(report, fetchedAt);
            }
        }
        List<Watchlist> watchlists = Alerter.watchlists(store, log);
        if (webhooks != null) {
            webhooks.deliverDue(watchlists);
        }
        return report;
    }

    /** Refreshes the store after a feed's new articles and raises the alerts they cause. */
    private void settle(Report report, Map<String, Long> fetchedAt) throws InterruptedException {
        store.refresh();
        List<Watchlist> watchlists = Alerter.watchlists(store, log);
        List<Monitor.Alert> alerts = new Alerter(store, raised).afterRefresh(store.lastChanges(), watchlists);
        long now = System.nanoTime();
        for (Monitor.Alert a : alerts) {
            report.alerts++;
            long first = fetchedAt.entrySet().stream().filter(e -> a.json().contains(e.getKey())).mapToLong(Map.Entry::getValue).max()
                    .orElse(fetchedAt.values().stream().mapToLong(Long::longValue).max().orElse(now));
            long ms = (now - first) / 1_000_000;
            report.alertLatencyMillis.add(ms);
            log.accept("alert " + a.id() + " (" + a.watchlist() + "): " + summary(a) + " — " + ms + " ms after its page was fetched");
        }
        if (webhooks != null && !alerts.isEmpty()) {
            webhooks.deliverDue(watchlists);
        }
    }

    static String summary(Monitor.Alert a) {
        try {
            return org.sitrep.store.StoreJson.MAPPER.readTree(a.json()).path("summary").asText(a.subject());
        } catch (IOException e) {
            return a.subject();
        }
    }

    private void pollFeed(FeedList.Source f, Monitor.Feed state, Report report, Map<String, Long> fetchedAt)
            throws Fetcher.FetchException, FeedException, InterruptedException {
        Monitor m = store.monitor();
        Map<String, String> validators = new LinkedHashMap<>();
        if (state.etag() != null) {
            validators.put("If-None-Match", state.etag());
        }
        if (state.lastModified() != null) {
            validators.put("If-Modified-Since", state.lastModified());
        }
        Fetcher.Response r = fetcher.get(f.url(), validators);
        Instant now = Instant.now();
        if (r.status() == 304) {
            report.notModified++;
            m.saveFeed(new Monitor.Feed(state.url(), f.outlet(), state.etag(), state.lastModified(), now, "304", 0, now.plus(every)));
            return;
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(r.body())));
        } catch (IOException e) {
            throw new FeedException("cannot decode the feed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FeedException(e.getMessage(), e);
        }
        String outlet = f.outlet() != null ? f.outlet() : feed.getTitle() != null && !feed.getTitle().isBlank() ? feed.getTitle().strip() : null;
        List<SyndEntry> entries = new ArrayList<>(feed.getEntries());
        if (entries.size() > MAX_ITEMS) { // feeds list the newest first: a feed of its whole archive gives its newest
            log.accept("feed " + f.url() + ": " + entries.size() + " items; the newest " + MAX_ITEMS + " are read");
            entries = new ArrayList<>(entries.subList(0, MAX_ITEMS));
        }
        java.util.Collections.reverse(entries); // ingest the oldest first
        for (SyndEntry e : entries) {
            item(f, e, outlet, report, fetchedAt);
            // a long feed is settled as it goes: an alert never waits more than SETTLE_AFTER for the rest of its feed
            if (!fetchedAt.isEmpty() && System.nanoTime() - java.util.Collections.min(fetchedAt.values()) > SETTLE_AFTER.toNanos()) {
                settle(report, fetchedAt);
                fetchedAt.clear();
            }
        }
        // the validators are kept only once every item was dealt with: a crash before re-reads the feed, never skips it
        m.saveFeed(new Monitor.Feed(state.url(), f.outlet(), r.header("ETag").orElse(null), r.header("Last-Modified").orElse(null), now,
                Integer.toString(r.status()), 0, now.plus(every)));
    }

    private void item(FeedList.Source f, SyndEntry e, String outlet, Report report, Map<String, Long> fetchedAt) throws InterruptedException {
        Monitor m = store.monitor();
        String feedUrl = f.url().toString();
        URI link = link(f.url(), e);
        String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link != null ? link.toString()
                : "title:" + (e.getTitle() == null ? "" : e.getTitle().strip()) + "@" + e.getPublishedDate();
        java.util.Optional<Monitor.Item> seen = m.item(feedUrl, key);
        if (seen.isPresent() && (seen.get().status() != Monitor.ItemStatus.FAILED || seen.get().attempts() >= MAX_ITEM_ATTEMPTS)) {
            return;
        }
        report.itemsNew += seen.isEmpty() ? 1 : 0;
        int attempts = seen.map(Monitor.Item::attempts).orElse(0) + 1;
        Instant now = Instant.now();
        if (link == null) {
            m.saveItem(new Monitor.Item(feedUrl, key, null, null, Monitor.ItemStatus.SKIPPED, attempts, "the item has no link", now));
            return;
        }
        if (Fetcher.privateHost(link) && !Fetcher.privateHost(f.url())) {
            m.saveItem(new Monitor.Item(feedUrl, key, link.toString(), null, Monitor.ItemStatus.SKIPPED, attempts,
                    "a public feed's item points into a private network", now));
            log.accept("item " + link + ": skipped, a public feed's item points into a private network");
            return;
        }
        java.util.Optional<String> stored = m.articleByUrl(link.toString());
        if (stored.isPresent()) {
            report.alreadyStored++;
            m.saveItem(new Monitor.Item(feedUrl, key, link.toString(), stored.get(), Monitor.ItemStatus.INGESTED, attempts, null, now));
            return;
        }
        Fetcher.Response page;
        try {
            page = fetcher.get(link, Map.of());
        } catch (Fetcher.FetchException ex) {
            failed(feedUrl, key, link, ex.retryLater() ? attempts : MAX_ITEM_ATTEMPTS, ex.getMessage(), report);
            return;
        }
        long fetched = System.nanoTime();
        String published = e.getPublishedDate() != null ? e.getPublishedDate().toInstant().toString()
                : e.getUpdatedDate() != null ? e.getUpdatedDate().toInstant().toString() : null;
        DocumentReader reader = DocumentReaders.forMediaType(page.header("Content-Type").orElse("text/html")).orElse(DocumentReaders.HTML);
        if (reader == DocumentReaders.JSON_LINES || reader == DocumentReaders.WARC) {
            reader = DocumentReaders.HTML;
        }
        List<RawDocument> docs = reader.read(new DocumentReader.Input(link.toString(), link.toString(), new ByteArrayInputStream(page.body()),
                Fetcher.MAX_BYTES, new Metadata(e.getTitle(), link.toString(), outlet, published, null))).toList();
        List<Extractor.Result> results = new ArrayList<>();
        engine.run(docs.iterator(), 1, results::add);
        for (Extractor.Result x : results) {
            if (x.extraction() == null) {
                failed(feedUrl, key, link, MAX_ITEM_ATTEMPTS, x.diagnostics().isEmpty() ? "nothing could be read"
                        : x.diagnostics().get(0).format(), report);
                continue;
            }
            try {
                EventStore.Added added = store.add(x.extraction());
                if (added == EventStore.Added.ADDED) {
                    report.ingested++;
                    fetchedAt.put(x.extraction().article().id(), fetched);
                } else {
                    report.alreadyStored++;
                }
                m.saveItem(new Monitor.Item(feedUrl, key, link.toString(), x.extraction().article().id(), Monitor.ItemStatus.INGESTED,
                        attempts, null, now));
            } catch (RuntimeException ex) {
                failed(feedUrl, key, link, attempts, "the store refused it: " + ex.getMessage(), report);
            }
        }
    }

    private void failed(String feedUrl, String key, URI link, int attempts, String why, Report report) {
        report.itemsFailed++;
        store.monitor().saveItem(new Monitor.Item(feedUrl, key, link.toString(), null, Monitor.ItemStatus.FAILED, attempts, why, Instant.now()));
        log.accept("item " + link + ": " + why + (attempts >= MAX_ITEM_ATTEMPTS ? " (given up)" : " (tried again at the next poll)"));
    }

    private static URI link(URI feed, SyndEntry e) {
        String l = e.getLink();
        if ((l == null || l.isBlank()) && e.getUri() != null && e.getUri().matches("(?i)https?://\\S+")) {
            l = e.getUri();
        }
        if (l == null || l.isBlank()) {
            return null;
        }
        try {
            URI u = feed.resolve(l.strip());
            return u.getScheme() != null && u.getScheme().matches("(?i)https?") ? u : null;
        } catch (IllegalArgumentException ex) {
            return null;
        }
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s % 3600 == 0 && s >= 3600 ? s / 3600 + " h" : s % 60 == 0 && s >= 60 ? s / 60 + " min" : s + " s";
    }
}
