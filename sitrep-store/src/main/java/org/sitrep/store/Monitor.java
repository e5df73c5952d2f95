package org.sitrep.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What live monitoring keeps in the store beside the articles (migration 7): the feeds followed with their HTTP
 * validators, every feed item seen, the watchlists, the alerts raised with their delivery, and what each watchlist
 * has alerted on. A watcher that restarts resumes from here without fetching again. Reached through
 * {@link EventStore#monitor()}; shares its store's connection, so, like it, not thread-safe.
 */
public interface Monitor {

    /** A feed's state: validators for a conditional GET, the last poll and its outcome, failures in a row. */
    record Feed(String url, String outlet, String etag, String lastModified, Instant lastPoll, String lastStatus, int failures,
                Instant nextPoll) {
        public static Feed fresh(String url, String outlet) {
            return new Feed(url, outlet, null, null, null, null, 0, null);
        }
    }

    /** What became of a feed item. */
    enum ItemStatus { INGESTED, SKIPPED, FAILED }

    /**
     * A feed item seen: its key in the feed (guid, else link), the page's URL, the article it became (when ingested),
     * attempts to fetch it and the last error.
     */
    record Item(String feedUrl, String key, String url, String articleId, ItemStatus status, int attempts, String error,
                Instant seenAt) {
    }

    Optional<Feed> feed(String url);

    void saveFeed(Feed f);

    Optional<Item> item(String feedUrl, String key);

    void saveItem(Item i);

    /** The id of an article stored from this URL, if any (an article is fetched once per URL, whatever feed lists it). */
    Optional<String> articleByUrl(String url);

    /** The URL of each of these articles that has one, by article id (one query for an alert's evidence). */
    Map<String, String> articleUrls(java.util.Collection<String> articleIds);

    /** Ids of the articles ingested at or after the instant, oldest first. */
    List<String> articlesIngestedSince(Instant since);

    /** Ids of the merged events holding a mention from any of these articles, sorted. */
    List<String> eventsOfArticles(java.util.Collection<String> articleIds);

    /** The watchlists stored, by name: each one's JSON as given. */
    Map<String, String> watchlists();

    /** Adds or replaces a watchlist. */
    void saveWatchlist(String name, String json);

    /** Removes a watchlist (its alerts stay); false when there was none of that name. */
    boolean removeWatchlist(String name);

    /** What a watchlist alerted on last about a subject (a mention id, a place key), if it did. */
    Optional<String> mark(String watchlist, String subject);

    /** Which of these subjects a watchlist has a mark for (one query for many: an event's mentions). */
    java.util.Set<String> marked(String watchlist, java.util.Collection<String> subjects);

    /**
     * Raises an alert and records the marks that keep it from being raised again, in one transaction.
     * {@code webhook} true leaves its delivery pending.
     */
    Alert raise(String watchlist, String kind, String subject, String json, boolean webhook, Map<String, String> marks);

    /** Records marks without an alert (what a watchlist has seen but must not alert on again). */
    void setMarks(String watchlist, Map<String, String> marks);

    /** Alerts raised at or after {@code since} (null: all) with an id above {@code afterId}, oldest first, at most {@code limit}. */
    List<Alert> alerts(Instant since, long afterId, int limit);

    /** The id of the latest alert; 0 when there is none. */
    long lastAlertId();

    /** Alerts whose webhook delivery is pending and due at {@code now}, oldest first. */
    List<Alert> dueDeliveries(Instant now);

    /**
     * Takes a pending delivery for one sender until {@code leaseUntil}: true for exactly one of several processes
     * sharing the store that ask at once (the others see it taken); the taker then records the attempt with
     * {@link #delivery}. A taker that dies leaves it due again when the lease ends.
     */
    boolean claimDelivery(long alertId, Instant now, Instant leaseUntil);

    /**
     * Records a delivery attempt: delivered, or failed with its error and the next attempt (null: give up, the
     * alert stays in the store as {@code failed}).
     */
    void delivery(long alertId, boolean delivered, String error, Instant nextAttempt);

    /** An alert: what raised it, when, the JSON it carries (the event or control change with its evidence), its delivery. */
    record Alert(long id, String watchlist, String kind, String subject, Instant createdAt, String json, String delivery,
                 int attempts, String lastError) {
    }
}
