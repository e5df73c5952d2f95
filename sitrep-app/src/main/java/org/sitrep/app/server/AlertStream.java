package org.sitrep.app.server;

import io.javalin.http.sse.SseClient;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.sitrep.store.alert.AlertJson;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.Monitor;

/**
 * The alert stream ({@code GET /api/alerts/stream}, Server-Sent Events): every alert stored after a client connects
 * is sent to it as an {@code alert} event whose id is the alert's, whoever raised it (this server's watcher, a posted
 * article, a {@code sitrep watch} beside it on the same store). The store is read every {@link #EVERY_MILLIS} ms on a
 * connection of the stream's own. A client that reconnects with {@code Last-Event-ID} (browsers do) first gets what
 * it missed; a comment every 15 s keeps proxies from closing a quiet stream and finds clients that went away.
 */
final class AlertStream implements AutoCloseable {
    static final long EVERY_MILLIS = 500;
    private final Queue<SseClient> clients = new ConcurrentLinkedQueue<>();
    private final EventStore store;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-alert-stream");
        t.setDaemon(true);
        return t;
    });
    private long lastId;
    private long ticks;

    AlertStream(String db) {
        this.store = EventStores.open(db);
        this.lastId = store.monitor().lastAlertId();
        timer.scheduleWithFixedDelay(this::tick, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A new client: what it missed (by Last-Event-ID), then every new alert. */
    void connect(SseClient c) {
        c.keepAlive();
        c.onClose(() -> clients.remove(c));
        synchronized (this) {
            String last = c.ctx().header("Last-Event-ID");
            if (last != null && last.strip().matches("\\d{1,18}")) {
                for (Monitor.Alert a : store.monitor().alerts(null, Long.parseLong(last.strip()), 1000)) {
                    if (a.id() <= lastId) {
                        send(c, a);
                    }
                }
            }
            c.sendComment("connected; alerts after " + lastId + " follow");
            clients.add(c);
        }
    }

    private synchronized void tick() {
        try {
            List<Monitor.Alert> fresh = store.monitor().alerts(null, lastId, 200);
            for (Monitor.Alert a : fresh) {
                for (SseClient c : clients) {
                    send(c, a);
                }
                lastId = a.id();
            }
            if (++ticks % (15_000 / EVERY_MILLIS) == 0) {
                clients.forEach(c -> c.sendComment("still here"));
            }
        } catch (RuntimeException e) {
            System.err.println("sitrep serve: alert stream: " + e.getMessage());
        }
    }

    private static void send(SseClient c, Monitor.Alert a) {
        if (!c.terminated()) {
            c.sendEvent("alert", AlertJson.record(a), Long.toString(a.id()));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        clients.forEach(SseClient::close);
        synchronized (this) {
            store.close();
        }
    }
}
