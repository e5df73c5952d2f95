package org.sitrep.app.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.sitrep.store.alert.Alerter;
import org.sitrep.app.watch.Webhooks;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;

/**
 * Sends the alerts waiting for their watchlist's webhook, every {@link #EVERY} on a thread and a store connection of
 * its own: the alerts of articles posted to the server, and those a watcher left pending. Several processes sharing a
 * store each take a delivery before sending it, so an alert is sent by one of them.
 */
final class WebhookSender implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(2);
    private final EventStore store;
    private final Webhooks hooks;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-webhooks");
        t.setDaemon(true);
        return t;
    });

    WebhookSender(String db) {
        this.store = EventStores.open(db);
        this.hooks = new Webhooks(store, 3, Duration.ofSeconds(1), line -> System.err.println("sitrep serve: " + line));
        timer.scheduleWithFixedDelay(this::send, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void send() {
        try {
            hooks.deliverDue(Alerter.watchlists(store, line -> System.err.println("sitrep serve: " + line)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("sitrep serve: webhooks: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        synchronized (this) {
            store.close();
        }
    }
}
