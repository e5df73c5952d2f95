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
    private int added;
    private int alreadyStored;
    private int refused;

    /**
     * A writer that counts what happens to each article ({@link #added}, {@link #alreadyStored}, {@link #refused}) and
     * tells {@code refusals} a diagnostic line ({@code source:0: error: reason}) for each article the store refused.
     */
    public BatchWriter(EventStore store, java.util.function.Consumer<String> refusals) {
        this(store, (x, outcome) -> {
            if (outcome instanceof StoreException e) {
                refusals.accept(x.article().source() + ":0: error: " + e.getMessage());
            }
        });
    }

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
            Object r = results.get(i);
            if (r == EventStore.Added.ADDED) {
                added++;
            } else if (r == EventStore.Added.ALREADY_STORED) {
                alreadyStored++;
            } else {
                refused++;
            }
            outcome.accept(xs.get(i), r);
        }
    }

    /** Articles stored so far (their batches committed). */
    public synchronized int added() {
        return added;
    }

    /** Articles found stored already (same content). */
    public synchronized int alreadyStored() {
        return alreadyStored;
    }

    /** Articles the store refused. */
    public synchronized int refused() {
        return refused;
    }

    @Override
    public void close() {
        clock.shutdownNow();
        flush();
    }
}
