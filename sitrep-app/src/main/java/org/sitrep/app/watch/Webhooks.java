package org.sitrep.app.watch;

import org.sitrep.store.alert.Watchlist;
import org.sitrep.store.alert.AlertJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sitrep.store.EventStore;
import org.sitrep.store.Monitor;
import org.sitrep.store.StoreJson;

/**
 * Sends alerts to their watchlist's webhook: a POST of the alert as JSON ({@code id}, {@code watchlist}, {@code kind},
 * {@code createdAt}, then what the alert carries: summary, place, event or holder, evidence quotes with their article
 * URLs), with the header {@code X-Sitrep-Alert} holding its id so a receiver can drop a repeat. A 2xx answer delivers
 * it. Otherwise it is tried again at once up to {@code attempts} times (doubling the pause), then left pending in the
 * store and tried again later, {@link #LATER} apart and doubling, until {@link #MAX_ATTEMPTS} attempts: a failing
 * webhook never loses an alert, which stays in the store whatever its delivery.
 */
public final class Webhooks {
    /** The first pause before a later round of attempts. */
    public static final Duration LATER = Duration.ofMinutes(1);
    /** How long a sender holds a delivery it took (longer than a round of attempts can last). */
    public static final Duration LEASE = Duration.ofMinutes(5);
    /** Attempts after which a delivery is given up (the alert stays, marked failed). */
    public static final int MAX_ATTEMPTS = 12;

    private final EventStore store;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int attempts;
    private final Duration pause;
    private final Consumer<String> log;

    /** {@code attempts} at once (with {@code pause} doubling between them) before a delivery waits for a later round. */
    public Webhooks(EventStore store, int attempts, Duration pause, Consumer<String> log) {
        this.store = store;
        this.attempts = Math.max(1, attempts);
        this.pause = pause;
        this.log = log;
    }

    /** Tries every delivery that is due now; returns how many were delivered. */
    public int deliverDue(List<Watchlist> watchlists) throws InterruptedException {
        Map<String, String> hooks = new java.util.HashMap<>();
        watchlists.forEach(w -> {
            if (w.webhook() != null) {
                hooks.put(w.name(), w.webhook());
            }
        });
        int delivered = 0;
        for (Monitor.Alert a : store.monitor().dueDeliveries(Instant.now())) {
            Instant now = Instant.now();
            if (!store.monitor().claimDelivery(a.id(), now, now.plus(LEASE))) {
                continue; // another process sharing the store is sending it
            }
            String hook = hooks.get(a.watchlist());
            if (hook == null) {
                store.monitor().delivery(a.id(), false, "the watchlist has no webhook any more", null);
                continue;
            }
            if (deliver(a, hook)) {
                delivered++;
            }
        }
        return delivered;
    }

    /** One round of attempts for an alert; records the outcome in the store. */
    boolean deliver(Monitor.Alert a, String hook) throws InterruptedException {
        String body = AlertJson.body(a);
        String error = null;
        int tried = a.attempts();
        for (int i = 0; i < attempts; i++) {
            if (i > 0) {
                Thread.sleep(pause.toMillis() << (i - 1));
            }
            tried++;
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(hook)).timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", Fetcher.USER_AGENT)
                        .header("X-Sitrep-Alert", Long.toString(a.id()))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() >= 200 && r.statusCode() < 300) {
                    store.monitor().delivery(a.id(), true, null, null);
                    return true;
                }
                error = "HTTP " + r.statusCode();
            } catch (IOException | IllegalArgumentException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (i + 1 < attempts) {
                store.monitor().delivery(a.id(), false, error, Instant.now().plus(LEASE)); // still ours
            }
        }
        Instant next = tried >= MAX_ATTEMPTS ? null : Instant.now().plus(LATER.multipliedBy(1L << Math.min(10, tried / attempts)));
        store.monitor().delivery(a.id(), false, error, next);
        log.accept("alert " + a.id() + ": webhook " + hook + " failed (" + error + ")" + (next == null ? "; given up after " + tried
                + " attempts (the alert stays in the store)" : "; tried again at " + next));
        return false;
    }
}
