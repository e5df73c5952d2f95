package org.sitrep.store;

import org.sitrep.core.Extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes extractions to a store in batches ({@link EventStore#addAll}): a batch is written when it holds
 * {@link #MAX_ARTICLES} articles or its first article has waited {@link #MAX_WAIT_NANOS} — also when no other
 * article comes (a slow stream on stdin): a daemon thread checks the age of the batch — and at {@link #flush} and
 * {@link #close}. Each article's outcome ({@link EventStore.Added} or the {@link StoreException} that refused it) is
 * reported once its batch is committed, never before, on the thread that wrote the batch. While it is open, all the
 * writer's use of the store is under its lock: the caller must not use the store itself until it is closed.
 */
public final class BatchWriter implements AutoCloseable {
    /** Articles in one transaction at most. */
    public static final int MAX_ARTICLES = 200;
    /** How long an article waits in a batch at most before the batch is written (1 s). */
    public static final long MAX_WAIT_NANOS = 1_000_000_000L;

    private final EventStore store;
    private final BiConsumer<Extraction, Object> outcome;
    private final List<Extraction> batch = new ArrayList<>();
    private long firstAt;
    private final java.util.concurrent.ScheduledExecutorService clock;

    /** @param outcome told, once each article's batch is committed, its {@link EventStore.Added} or {@link StoreException} */
    public BatchWriter(EventStore store, BiConsumer<Extraction, Object> outcome) {
        this.store = store;
        this.outcome = outcome;
        this.clock = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitrep-batch-writer");
            t.setDaemon(true);
            return t;
        });
        long tick = MAX_WAIT_NANOS / 5;
        clock.scheduleWithFixedDelay(this::flushIfOld, tick, tick, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** Writes the batch when its first article has waited long enough (the clock's check). */
    private synchronized void flushIfOld() {
        if (!batch.isEmpty() && System.nanoTime() - firstAt >= MAX_WAIT_NANOS) {
            try {
                flush();
            } catch (RuntimeException e) {
                // the next add or flush writes the batch again and its caller sees the failure
            }
        }
    }

    /** Queues an article; writes the batch when it is full or old enough. */
    public synchronized void add(Extraction x) {
        if (batch.isEmpty()) {
            firstAt = System.nanoTime();
        }
        batch.add(x);
        if (batch.size() >= MAX_ARTICLES || System.nanoTime() - firstAt >= MAX_WAIT_NANOS) {
            flush();
        }
    }

    /** Writes what is queued. */
    public synchronized void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Extraction> xs = List.copyOf(batch);
        List<Object> results = store.addAll(xs);
        batch.clear();
        for (int i = 0; i < xs.size(); i++) {
            outcome.accept(xs.get(i), results.get(i));
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
        flush();
    }
}
