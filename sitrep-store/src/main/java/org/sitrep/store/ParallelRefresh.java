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
 * result ({@link SqlEventStore#refresh(java.util.Collection)}). The large partitions are computed the same way on a
 * thread and connection of their own, and the largest of them on one more ({@link #plan}). Closing stops the threads
 * and closes their connections.
 */
final class ParallelRefresh implements AutoCloseable {
    /**
     * A partition's result with the state it was computed from; without a result (null) for a partition that a worker
     * found to have more mentions than the workers take (one grown since the refresh counted it), which the writer
     * then refreshes itself (the state holds only its counts).
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
    /**
     * The thread and connection of the large partitions ({@link #submitLarge}): its reads parse on {@code threads}
     * threads and keep their mentions in the store's cache, its reconciler uses {@code threads} threads, as the
     * writer's own did when it refreshed them itself.
     */
    private final ExecutorService largePool;
    private Worker large;
    /**
     * The thread and connection of the largest partition of a refresh with several large ones ({@link #plan}), set up
     * as the large partitions' are; the connection is opened by the plan that has such a partition (null until then).
     */
    private final ExecutorService largestPool;
    private Worker largest;

    /**
     * The page cache of each worker's connection and of the large partitions', in KiB (16 MiB; the store's own has 128
     * MiB). They are opened for one refresh and read a partition's pages about once: with the store connection's
     * cache each, three increments into a 150,000-event store took the process to 1.8-2.0 GB resident (1.4 GB before
     * the large partitions had a connection of their own), with this one to 1.2-1.3 GB, the refreshes no slower.
     */
    static final int READER_CACHE_KIB = 16_384;

    /** Partitions with more mentions than this are left to the writer (a {@link Computed} without a result). */
    private final long largeMentions;

    /** The partitions of the refresh, in the order they are written ({@link #plan}). */
    private List<String> parts = List.of();
    /** The mentions of each of {@link #parts} that is large (computed on a large partitions' thread), else 0. */
    private long[] largeCounts = new long[0];
    /** Results of the partitions that are not large, submitted ahead of the writer in order: at most {@link #limit}. */
    private final java.util.ArrayDeque<Future<Computed>> ahead = new java.util.ArrayDeque<>();
    private int limit;
    /** The next of {@link #parts} to consider submitting to the workers. */
    private int submitted;
    /** The index of the large partition being computed on the large partitions' thread ({@link #largeAhead}), or -1. */
    private int nextLarge = -1;
    private Future<Computed> largeAhead;
    /** The index of the partition computed on the largest partition's thread ({@link #largestAhead}), or -1. */
    private int largestIndex = -1;
    private Future<Computed> largestAhead;

    /** What a connection of this refresh is opened with ({@link #open}). */
    private final String location;
    private final Dialect dialect;
    private final int threads;
    private final MentionCache cache;
    private final java.util.concurrent.atomic.AtomicLongArray periodCounts;

    /**
     * Workers on {@code threads} connections of their own, and the large partitions' thread on one more; the largest
     * partition's thread gets one more when a plan has a largest partition ({@link #plan}).
     *
     * @param cache the parsed mentions kept between refreshes (the store's own connection's), which the large
     *              partitions' reads use and keep (null: none)
     * @param periodCounts where the workers count the periods their refreshes merged and took ({@link StoreDerived#periodCounts})
     */
    ParallelRefresh(String location, Dialect dialect, int threads, long largeMentions, MentionCache cache,
                    java.util.concurrent.atomic.AtomicLongArray periodCounts) throws SQLException {
        this.largeMentions = largeMentions;
        this.location = location;
        this.dialect = dialect;
        this.threads = threads;
        this.cache = cache;
        this.periodCounts = periodCounts;
        try {
            for (int i = 0; i < threads; i++) {
                workers.add(open(false));
            }
            large = open(true);
        } catch (SQLException | RuntimeException e) {
            closeConnections();
            throw e;
        }
        idle.addAll(workers);
        int[] n = {0};
        pool = Executors.newFixedThreadPool(threads, r -> daemon("sitrep-refresh-" + ++n[0], r));
        largePool = Executors.newSingleThreadExecutor(r -> daemon("sitrep-refresh-large", r));
        largestPool = Executors.newSingleThreadExecutor(r -> daemon("sitrep-refresh-largest", r));
    }

    /**
     * A connection of this refresh (read only, with a page cache of {@link #READER_CACHE_KIB}) and what reads and
     * reconciles on it: a worker's, or ({@code large}) a large partition's, whose reads parse on {@link #threads}
     * threads and use the cache, and whose reconciler uses as many. The cache's partitions are each used by the one
     * thread that refreshes it; its methods are synchronised.
     */
    private Worker open(boolean large) throws SQLException {
        Connection c = dialect.connect(location);
        try {
            StoreDerived d = new StoreDerived(c);
            d.periodCounts(periodCounts);
            if (large) {
                d.parseThreads(threads);
                d.mentionCache(cache);
            }
            if (dialect == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = 1");
                    s.execute("PRAGMA cache_size=-" + READER_CACHE_KIB);
                }
            }
            return new Worker(c, d, large ? new PartitionReconciler(threads) : new PartitionReconciler());
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Starts computing a partition's result on a worker (one of more than the workers' largest: without a result). */
    private Future<Computed> submit(String partition) {
        return pool.submit(() -> {
            Worker w = idle.take();
            try {
                return compute(w, partition, largeMentions);
            } finally {
                idle.add(w);
            }
        });
    }

    /**
     * Plans the refresh of {@code parts}, written in that order. Those with a count of mentions in {@code large} (0:
     * not large) are computed on a thread of their own, one at a time, the first from now on, each next one once the
     * writer has written the one before ({@link #written}); but when two or more are large, the one of the most
     * mentions ({@link #largest(long[])}) is computed from now on on one more thread, and the others on theirs without
     * it. The others are computed by the workers, at most {@code limit} of them ahead of the writer.
     *
     * <p>A popular region's partition holds most of a store's history, and its refresh was most of an increment's (at a
     * million events, Hama's 63 of 105 s in a process's first refresh, 18 of 38 s in the next): it began only once
     * every large partition before it was computed and written. Now two large partitions are held at once, the largest
     * and one other.
     */
    void plan(List<String> parts, long[] large, int limit) throws SQLException {
        if (large.length != parts.size() || limit < 1 || java.util.Arrays.stream(large).anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("a plan of " + parts.size() + " partitions with " + large.length + " counts, " + limit + " ahead");
        }
        this.parts = parts;
        this.largeCounts = large.clone();
        this.limit = limit;
        this.largestIndex = largest(large);
        if (largestIndex >= 0) {
            if (largest == null) {
                largest = open(true); // only a refresh with a largest partition pays for its connection
            }
            String part = parts.get(largestIndex);
            largestAhead = largestPool.submit(() -> compute(largest, part, Long.MAX_VALUE));
        }
        submitLargeFrom(0);
        fill();
    }

    /**
     * The index of the partition of the most mentions when two or more are large (the first of them on a tie), which
     * a refresh computes on a thread of its own from its start; else -1.
     */
    static int largest(long[] large) {
        int largest = -1;
        int count = 0;
        for (int i = 0; i < large.length; i++) {
            if (large[i] > 0) {
                count++;
                if (largest < 0 || large[i] > large[largest]) {
                    largest = i;
                }
            }
        }
        return count >= 2 ? largest : -1;
    }

    /** The partition of the plan computed on a thread of its own ({@link #largest(long[])}), or -1. */
    int largest() {
        return largestIndex;
    }

    /** The large partition other than the largest being computed or held for the writer (tests), or -1. */
    int nextLarge() {
        return nextLarge;
    }

    /** The result of partition {@code i} of the plan; partitions are taken in order, each once, and each one {@link #written} before the next is taken. */
    Computed take(int i) throws SQLException {
        fill();
        if (i == largestIndex) {
            return get(largestAhead);
        }
        if (largeCounts[i] > 0) {
            if (i != nextLarge) {
                throw new IllegalStateException("large partition " + i + " taken out of order (" + nextLarge + " is being computed)");
            }
            return get(largeAhead);
        }
        Future<Computed> f = ahead.poll();
        if (f == null) {
            throw new IllegalStateException("partition " + i + " taken out of order");
        }
        return get(f);
    }

    /** Tells that partition {@code i} of the plan is written: a large one's successor may now be computed. */
    void written(int i) {
        if (i == largestIndex) {
            largestAhead = null; // the other large partitions go on as planned
        } else if (largeCounts[i] > 0) {
            largeAhead = null;
            submitLargeFrom(i + 1);
        }
    }

    /** Whether partition {@code i} of the plan is computed on a large partitions' thread. */
    boolean large(int i) {
        return largeCounts[i] > 0;
    }

    private void submitLargeFrom(int from) {
        nextLarge = -1;
        for (int i = from; i < largeCounts.length; i++) {
            if (largeCounts[i] > 0 && i != largestIndex) {
                nextLarge = i;
                largeAhead = submitLarge(parts.get(i));
                return;
            }
        }
    }

    /** Submits the partitions after the last submitted that are not large, until {@link #limit} are ahead. */
    private void fill() {
        while (ahead.size() < limit && submitted < parts.size()) {
            if (largeCounts[submitted] == 0) {
                ahead.add(submit(parts.get(submitted)));
            }
            submitted++;
        }
    }

    /**
     * Starts computing a large partition's result on the large partitions' thread, however many mentions it has. The
     * writer submits one at a time, the next once it has written the one before, so that one such partition's
     * mentions and result are held at a time besides the largest's; the workers meanwhile compute the partitions before
     * it, which the writer writes while this one is read and reconciled.
     */
    private Future<Computed> submitLarge(String partition) {
        return largePool.submit(() -> compute(large, partition, Long.MAX_VALUE));
    }

    /** The result of a submitted partition; a worker's failure is thrown as it was thrown. */
    private static Computed get(Future<Computed> f) throws SQLException {
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

    /** A partition's result, or one without a result when it has more mentions than {@code largest}. */
    private static Computed compute(Worker w, String part, long largest) throws SQLException {
        StoreDerived d = w.derived();
        // the counts first: whatever is added after them makes the writer find the partition changed
        long mentions = d.count("mentions", part);
        long claims = d.count("claims", part);
        if (mentions > largest) {
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
        StoreDerived.Encoded encoded = result.claimsOnly() ? null : d.encode(result);
        StageTimes.add("refresh:encode", t);
        return new Computed(state, result, encoded);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        largePool.shutdownNow();
        largestPool.shutdownNow();
        try {
            // a worker still in a read then has its connection closed under it
            pool.awaitTermination(1, TimeUnit.MINUTES);
            largePool.awaitTermination(1, TimeUnit.MINUTES);
            largestPool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnections();
    }

    private void closeConnections() {
        List<Worker> all = new ArrayList<>(workers);
        if (large != null) {
            all.add(large);
        }
        if (largest != null) {
            all.add(largest);
        }
        for (Worker w : all) {
            try {
                w.c().close();
            } catch (SQLException e) {
                // nothing was written on it
            }
        }
    }
}
