package org.sitrep.store;

import org.sitrep.core.Extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Writes extractions to a store in batches ({@link EventStore#addAll}): a batch is written when it holds
 * {@link #MAX_ARTICLES} articles or its first article has waited {@link #MAX_WAIT_NANOS}, and at {@link #flush}.
 * Each article's outcome ({@link EventStore.Added} or the {@link StoreException} that refused it) is reported once
 * its batch is committed, never before. Not thread-safe: one writer thread.
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

    /** @param outcome told, once each article's batch is committed, its {@link EventStore.Added} or {@link StoreException} */
    public BatchWriter(EventStore store, BiConsumer<Extraction, Object> outcome) {
        this.store = store;
        this.outcome = outcome;
    }

    /** Queues an article; writes the batch when it is full or old enough. */
    public void add(Extraction x) {
        if (batch.isEmpty()) {
            firstAt = System.nanoTime();
        }
        batch.add(x);
        if (batch.size() >= MAX_ARTICLES || System.nanoTime() - firstAt >= MAX_WAIT_NANOS) {
            flush();
        }
    }

    /** Writes what is queued. */
    public void flush() {
        if (batch.isEmpty()) {
            return;
        }
        List<Extraction> xs = List.copyOf(batch);
        batch.clear();
        List<Object> results = store.addAll(xs);
        for (int i = 0; i < xs.size(); i++) {
            outcome.accept(xs.get(i), results.get(i));
        }
    }

    @Override
    public void close() {
        flush();
    }
}
