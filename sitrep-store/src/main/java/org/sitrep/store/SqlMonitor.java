package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Monitor} on the store's SQL connection (the same statements on SQLite and PostgreSQL). */
final class SqlMonitor implements Monitor {
    private final Connection c;

    private final Dialect dialect;

    SqlMonitor(Connection c, Dialect dialect) {
        this.c = c;
        this.dialect = dialect;
    }

    private static <T> T sql(String failing, SqlWork<T> w) {
        return SqlWork.run(w, failing);
    }

    private <T> T transaction(String failing, SqlWork<T> w) {
        return SqlWork.inTransaction(c, w, failing);
    }

    @Override
    public Optional<Feed> feed(String url) {
        return sql("cannot read feed " + url, () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT url, outlet, etag, last_modified, last_poll, last_status, failures, "
                    + "next_poll FROM feeds WHERE url = ?")) {
                p.setString(1, url);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Feed(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            Stamps.parse(r.getString(5)), r.getString(6), r.getInt(7), Stamps.parse(r.getString(8)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveFeed(Feed f) {
        sql("cannot save feed " + f.url(), () -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feeds (url, outlet, etag, last_modified, last_poll, last_status, "
                    + "failures, next_poll) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET outlet = excluded.outlet, "
                    + "etag = excluded.etag, last_modified = excluded.last_modified, last_poll = excluded.last_poll, "
                    + "last_status = excluded.last_status, failures = excluded.failures, next_poll = excluded.next_poll")) {
                p.setString(1, f.url());
                p.setString(2, f.outlet());
                p.setString(3, f.etag());
                p.setString(4, f.lastModified());
                p.setString(5, Stamps.format(f.lastPoll()));
                p.setString(6, f.lastStatus());
                p.setInt(7, f.failures());
                p.setString(8, Stamps.format(f.nextPoll()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Item> item(String feedUrl, String key) {
        return sql("cannot read feed item " + key, () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT url, article_id, status, attempts, error, seen_at FROM feed_items "
                    + "WHERE feed_url = ? AND item_key = ?")) {
                p.setString(1, feedUrl);
                p.setString(2, key);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Item(feedUrl, key, r.getString(1), r.getString(2), ItemStatus.valueOf(r.getString(3)),
                            r.getInt(4), r.getString(5), Stamps.parse(r.getString(6)))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveItem(Item i) {
        sql("cannot save feed item " + i.key(), () -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO feed_items (feed_url, item_key, url, article_id, status, attempts, "
                    + "error, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url, item_key) DO UPDATE SET url = excluded.url, "
                    + "article_id = excluded.article_id, status = excluded.status, attempts = excluded.attempts, error = excluded.error, "
                    + "seen_at = excluded.seen_at")) {
                p.setString(1, i.feedUrl());
                p.setString(2, i.key());
                p.setString(3, i.url());
                p.setString(4, i.articleId());
                p.setString(5, i.status().name());
                p.setInt(6, i.attempts());
                p.setString(7, i.error());
                p.setString(8, Stamps.format(i.seenAt()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public Optional<String> articleByUrl(String url) {
        return sql("cannot look up article by URL", () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE url = ? ORDER BY ingested_at LIMIT 1")) {
                p.setString(1, url);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Map<String, String> articleUrls(java.util.Collection<String> articleIds) {
        Map<String, String> out = new java.util.HashMap<>();
        inChunks("cannot read article URLs", "SELECT id, url FROM articles WHERE url IS NOT NULL AND id IN (%s)", List.of(), articleIds,
                r -> out.put(r.getString(1), r.getString(2)));
        return out;
    }

    /** One row of a query's answer. */
    @FunctionalInterface
    private interface Row {
        void read(ResultSet r) throws SQLException;
    }

    /**
     * Runs a query whose {@code %s} is an IN list of {@code values}, 500 a statement, after the fixed {@code first}
     * arguments; each row of every answer goes to {@code row}.
     */
    private void inChunks(String failing, String query, List<String> first, java.util.Collection<String> values, Row row) {
        sql(failing, () -> {
            List<String> all = new ArrayList<>(values);
            for (int from = 0; from < all.size(); from += 500) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
                try (PreparedStatement p = c.prepareStatement(String.format(query,
                        String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))))) {
                    int i = 1;
                    for (String f : first) {
                        p.setString(i++, f);
                    }
                    for (String v : chunk) {
                        p.setString(i++, v);
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            row.read(r);
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<String> articlesIngestedSince(Instant since) {
        return sql("cannot list articles ingested since " + since, () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE ingested_at >= ? ORDER BY ingested_at, id")) {
                p.setString(1, Stamps.format(since));
                List<String> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** The events holding an article's mentions ({@link Dialect#ofArticle}). */
    static String eventsOfArticle(Dialect dialect) {
        return "SELECT DISTINCT event_id FROM event_mentions WHERE " + dialect.ofArticle("mention_id");
    }

    @Override
    public List<String> eventsOfArticles(java.util.Collection<String> articleIds) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        sql("cannot list the events of articles", () -> {
            try (PreparedStatement p = c.prepareStatement(eventsOfArticle(dialect))) {
                for (String id : articleIds) {
                    dialect.bindArticle(p, 1, id);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            out.add(r.getString(1));
                        }
                    }
                }
            }
            return null;
        });
        return new ArrayList<>(out);
    }

    @Override
    public Map<String, String> watchlists() {
        return sql("cannot read watchlists", () -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT name, json FROM watchlists ORDER BY name"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
            return out;
        });
    }

    @Override
    public void saveWatchlist(String name, String json) {
        sql("cannot save watchlist " + name, () -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO watchlists (name, json, updated_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (name) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at")) {
                p.setString(1, name);
                p.setString(2, json);
                p.setString(3, Stamps.format(Instant.now()));
                return p.executeUpdate();
            }
        });
    }

    @Override
    public boolean removeWatchlist(String name) {
        return sql("cannot remove watchlist " + name, () -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM watchlists WHERE name = ?")) {
                p.setString(1, name);
                return p.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Optional<String> mark(String watchlist, String subject) {
        return sql("cannot read alert mark", () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT state FROM alert_marks WHERE watchlist = ? AND subject = ?")) {
                p.setString(1, watchlist);
                p.setString(2, subject);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public java.util.Set<String> marked(String watchlist, java.util.Collection<String> subjects) {
        java.util.Set<String> out = new java.util.HashSet<>();
        inChunks("cannot read alert marks", "SELECT subject FROM alert_marks WHERE watchlist = ? AND subject IN (%s)", List.of(watchlist),
                subjects, r -> out.add(r.getString(1)));
        return out;
    }

    @Override
    public Alert raise(String watchlist, String kind, String subject, String json, boolean webhook, Map<String, String> marks) {
        Instant now = Instant.now();
        return transaction("cannot raise alert for " + subject, () -> {
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO alerts (watchlist, kind, subject, created_at, json, delivery, "
                    + "attempts, next_attempt) VALUES (?, ?, ?, ?, ?, ?, 0, ?) RETURNING id")) {
                p.setString(1, watchlist);
                p.setString(2, kind);
                p.setString(3, subject);
                p.setString(4, Stamps.format(now));
                p.setString(5, json);
                p.setString(6, webhook ? "pending" : "none");
                p.setString(7, webhook ? Stamps.format(now) : null);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            writeMarks(watchlist, marks);
            return new Alert(id, watchlist, kind, subject, Stamps.parse(Stamps.format(now)), json, webhook ? "pending" : "none", 0, null);
        });
    }

    @Override
    public void setMarks(String watchlist, Map<String, String> marks) {
        if (!marks.isEmpty()) {
            transaction("cannot record alert marks", () -> {
                writeMarks(watchlist, marks);
                return null;
            });
        }
    }

    private void writeMarks(String watchlist, Map<String, String> marks) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO alert_marks (watchlist, subject, state) VALUES (?, ?, ?) "
                + "ON CONFLICT (watchlist, subject) DO UPDATE SET state = excluded.state")) {
            for (Map.Entry<String, String> m : marks.entrySet()) {
                p.setString(1, watchlist);
                p.setString(2, m.getKey());
                p.setString(3, m.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static final String ALERT_COLUMNS = "id, watchlist, kind, subject, created_at, json, delivery, attempts, last_error";

    private static Alert alert(ResultSet r) throws SQLException {
        return new Alert(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), Stamps.parse(r.getString(5)), r.getString(6),
                r.getString(7), r.getInt(8), r.getString(9));
    }

    @Override
    public List<Alert> alerts(Instant since, long afterId, int limit) {
        return alertsWhere("id > ? AND created_at >= ? ORDER BY id LIMIT ?", afterId, since == null ? "" : Stamps.format(since), limit);
    }

    /** Alerts by a condition with its arguments (longs, strings, ints), oldest first when it says so. */
    private List<Alert> alertsWhere(String condition, Object... args) {
        return sql("cannot read alerts", () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + ALERT_COLUMNS + " FROM alerts WHERE " + condition)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                List<Alert> out = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(alert(r));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public long lastAlertId() {
        return sql("cannot read alerts", () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM alerts"); ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<Alert> dueDeliveries(Instant now) {
        return alertsWhere("delivery = 'pending' AND next_attempt <= ? ORDER BY id", Stamps.format(now));
    }

    @Override
    public boolean claimDelivery(long alertId, Instant now, Instant leaseUntil) {
        return sql("cannot claim the delivery of alert " + alertId, () -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE alerts SET next_attempt = ? WHERE id = ? AND delivery = 'pending' "
                    + "AND next_attempt <= ?")) {
                p.setString(1, Stamps.format(leaseUntil));
                p.setLong(2, alertId);
                p.setString(3, Stamps.format(now));
                return p.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void delivery(long alertId, boolean delivered, String error, Instant nextAttempt) {
        sql("cannot record the delivery of alert " + alertId, () -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE alerts SET attempts = attempts + 1, delivery = ?, last_error = ?, "
                    + "next_attempt = ?, delivered_at = ? WHERE id = ?")) {
                Instant now = Instant.now();
                p.setString(1, delivered ? "delivered" : nextAttempt == null ? "failed" : "pending");
                p.setString(2, delivered ? null : error);
                p.setString(3, delivered ? null : Stamps.format(nextAttempt));
                p.setString(4, delivered ? Stamps.format(now) : null);
                p.setLong(5, alertId);
                return p.executeUpdate();
            }
        });
    }
}
