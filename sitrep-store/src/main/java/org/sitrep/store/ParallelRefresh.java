package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.sitrep.core.StageTimes;
import org.sitrep.core.reconcile.PartitionReconciler;

/**
 * The reading and reconciling half of a refresh on worker threads: each worker has a connection to the store of its
 * own (read only), a {@link StoreDerived} on it and a {@link PartitionReconciler}, and computes a partition's result
 * from what is committed, exactly as a refresh on one thread reads it, except that the marks of the mentions added
 * since the partition's last refresh are read, not taken: the store's own connection takes them when it writes the
 * result ({@link SqlEventStore#refresh(java.util.Collection)}). Closing stops the workers and closes their connections.
 */
final class ParallelRefresh implements AutoCloseable {
    /**
     * A partition's result with the state it was computed from; without a result (null) for a partition of more
     * mentions than the workers take, which the writer refreshes itself (the state then holds only its counts).
     *
     * @param encoded the JSON of its events and periods, made on the worker (null for a claims partition)
     */
    record Computed(PartitionState state, PartitionReconciler.PartitionResult result, StoreDerived.Encoded encoded) {
        String partition() {
            return state.partition();
        }
    }

    /** One worker's connection and what reads and reconciles on it. */
    private record Worker(Connection c, StoreDerived derived, PartitionReconciler reconciler) {
    }

    private final ExecutorService pool;
    private final LinkedBlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final List<Worker> workers = new ArrayList<>();

    /** Partitions with more mentions than this are left to the writer (a {@link Computed} without a result). */
    private final long largeMentions;

    ParallelRefresh(String location, Dialect dialect, int threads, long largeMentions) throws SQLException {
        this.largeMentions = largeMentions;
        try {
            for (int i = 0; i < threads; i++) {
                Connection c = dialect.connect(location);
                workers.add(new Worker(c, new StoreDerived(c), new PartitionReconciler()));
                if (dialect == Dialect.SQLITE) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA query_only = 1");
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            closeConnections();
            throw e;
        }
        idle.addAll(workers);
        int[] n = {0};
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sitrep-refresh-" + ++n[0]);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts computing a partition's result. */
    Future<Computed> submit(String partition) {
        return pool.submit(() -> {
            Worker w = idle.take();
            try {
                return compute(w, partition);
            } finally {
                idle.add(w);
            }
        });
    }

    /** The result of a submitted partition; a worker's failure is thrown as it was thrown. */
    static Computed get(Future<Computed> f) throws SQLException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("refresh interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error r) {
                throw r;
            }
            throw new StoreException("refresh failed: " + cause, cause);
        }
    }

    private Computed compute(Worker w, String part) throws SQLException {
        StoreDerived d = w.derived();
        // the counts first: whatever is added after them makes the writer find the partition changed
        long mentions = d.count("mentions", part);
        long claims = d.count("claims", part);
        if (mentions > largeMentions) {
            // read and reconciled by the writer itself, one at a time: several such partitions held at once (each worker's
            // and those computed ahead) ran a million-event store out of a heap that refreshed it on one thread
            return new Computed(new PartitionState(part, List.of(), List.of(), Map.of(), List.of(), mentions, claims, false), null, null);
        }
        PartitionState state;
        PartitionReconciler.PartitionResult result;
        if (PartitionReconciler.isClaims(part)) {
            state = d.state(part, mentions, claims);
            long t = StageTimes.begin();
            result = state.reconcile(w.reconciler());
            StageTimes.add("refresh:reconcile", t);
        } else {
            StoreDerived.Reconciled r = d.refresh(part, d.freshOf(part), mentions, claims, w.reconciler());
            state = r.state();
            result = r.result();
        }
        long t = StageTimes.begin();
        StoreDerived.Encoded encoded = result.claimsOnly() ? null : StoreDerived.Encoded.of(result);
        StageTimes.add("refresh:encode", t);
        return new Computed(state, result, encoded);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES); // a worker still in a read then has its connection closed under it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnections();
    }

    private void closeConnections() {
        for (Worker w : workers) {
            try {
                w.c().close();
            } catch (SQLException e) {
                // nothing was written on it
            }
        }
    }
}
