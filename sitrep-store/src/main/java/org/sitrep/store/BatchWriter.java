package org.sitrep.store;

import org.sitrep.core.Extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes extractions to a store in batches ({@link EventStore#addAll}) on a writer thread of its own, so that the
 * caller goes on extracting while a batch is committed: a batch is handed to the writer when it holds
 * {@link #MAX_ARTICLES} articles or its first article has waited {@link #MAX_WAIT_NANOS} — also when no other article
 * comes (a slow stream on stdin): a daemon thread checks the age of the batch — and at {@link #flush} and
 * {@link #close}, which return once everything handed over is committed. One batch is written at a time and one more
 * fills meanwhile; a caller whose next batch is full waits for the write before it (memory stays bounded). Each
 * article's outcome ({@link EventStore.Added} or the {@link StoreException} that refused it) is reported once its
 * batch is committed, never before, on the writer thread. A write that fails as a whole (the store is gone) is
 * thrown by the next {@link #add}, {@link #flush} or {@link #close}; its articles are neither counted nor reported
 * stored. The caller must not use the store itself until the writer is closed.
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
    private final java.util.concurrent.ExecutorService writer;
    private java.util.concurrent.Future<?> inFlight;
    /** A whole write's failure, set on the writer thread (without the lock, which a waiting caller holds). */
    private final java.util.concurrent.atomic.AtomicReference<RuntimeException> failure = new java.util.concurrent.atomic.AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicInteger added = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger alreadyStored = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();

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
        this.clock = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(daemon("sitrep-batch-clock"));
        this.writer = java.util.concurrent.Executors.newSingleThreadExecutor(daemon("sitrep-batch-writer"));
        long tick = MAX_WAIT_NANOS / 5;
        clock.scheduleWithFixedDelay(this::flushIfOld, tick, tick, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Hands the batch to the writer when its first article has waited long enough (the clock's check). */
    private synchronized void flushIfOld() {
        if (!batch.isEmpty() && System.nanoTime() - firstAt >= MAX_WAIT_NANOS) {
            try {
                handOff();
            } catch (RuntimeException e) {
                // kept: the next add, flush or close throws it
            }
        }
    }

    /** Queues an article; hands the batch to the writer when it is full or old enough. */
    public synchronized void add(Extraction x) {
        throwFailure();
        if (batch.isEmpty()) {
            firstAt = System.nanoTime();
        }
        batch.add(x);
        if (batch.size() >= MAX_ARTICLES || System.nanoTime() - firstAt >= MAX_WAIT_NANOS) {
            handOff();
        }
    }

    /** Writes what is queued; returns once every article handed over so far is committed (or refused). */
    public synchronized void flush() {
        if (!batch.isEmpty()) {
            handOff();
        }
        awaitWrite();
        throwFailure();
    }

    /** Waits for the write in flight, then gives the writer the batch (the caller holds the lock). */
    private void handOff() {
        awaitWrite();
        throwFailure();
        List<Extraction> xs = List.copyOf(batch);
        batch.clear();
        inFlight = writer.submit(() -> write(xs));
    }

    private void awaitWrite() {
        if (inFlight == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                inFlight.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the write is committed or not as a whole; wait for it either way
            } catch (java.util.concurrent.ExecutionException e) {
                break; // write() keeps its own failure
            }
        }
        inFlight = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwFailure() {
        RuntimeException f = failure.getAndSet(null);
        if (f != null) {
            throw f;
        }
    }

    /** On the writer thread: one transaction, then each article's outcome. */
    private void write(List<Extraction> xs) {
        List<Object> results;
        try {
            results = store.addAll(xs);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            return;
        }
        for (int i = 0; i < xs.size(); i++) {
            Object r = results.get(i);
            if (r == EventStore.Added.ADDED) {
                added.incrementAndGet();
            } else if (r == EventStore.Added.ALREADY_STORED) {
                alreadyStored.incrementAndGet();
            } else {
                refused.incrementAndGet();
            }
            outcome.accept(xs.get(i), r);
        }
    }

    /** Articles stored so far (their batches committed). */
    public int added() {
        return added.get();
    }

    /** Articles found stored already (same content). */
    public int alreadyStored() {
        return alreadyStored.get();
    }

    /** Articles the store refused. */
    public int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        clock.shutdownNow();
        try {
            flush();
        } finally {
            writer.shutdown();
        }
    }
}
