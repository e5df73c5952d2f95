package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies a SQLite store's write-ahead log into its file from a thread and connection of its own, so that the store's
 * writer does not: with SQLite's automatic checkpoints, the commit that took the log past its limit copied every page
 * of it into the file and waited for the disk before the writer went on, about 1 s of a 3,000-article ingest's 13 s on
 * two cores ({@code bench-store}: the commits of the writes and of the refresh 1.7 s with them, 0.7 s without). When the
 * log has grown past a limit, the writer has one run made between two of its transactions ({@link #checkpointNow}),
 * so that the log begins again.
 *
 * <p>The writer's connection turns its automatic checkpoints off ({@code PRAGMA wal_autocheckpoint=0}) when this
 * starts. Every {@link #INTERVAL_MS} this runs a passive checkpoint (it copies what no reader still needs and never
 * waits for a lock), so the log is copied while the writer writes its next batch, and SQLite begins the log again at
 * the first write after a checkpoint that copied it all. A checkpoint that fails (the disk is full, the file cannot be
 * read) is counted and retried at the next interval; after {@link #GIVE_UP_AFTER} failures in a row this stops trying
 * ({@link #gaveUp}) and the store's writer turns its own automatic checkpoints back on at its next write, so that the
 * log stays as bounded as without this thread instead of growing until the store closes (and a failure that stops the
 * writer too is then reported by the writer's own statements). Closing stops the thread, runs one last checkpoint and
 * closes the connection.
 */
final class Checkpointer implements AutoCloseable {
    /** Milliseconds between two checkpoints. */
    static final long INTERVAL_MS = 250;
    /** The page cache of its connection, in KiB (a store connection's is 128 MiB). */
    static final int CACHE_KIB = 1024;

    /** The statement each run executes. */
    static final String SQL = "PRAGMA wal_checkpoint(PASSIVE)";
    /** Failed runs in a row after which this stops trying ({@link #gaveUp}): a second's worth. */
    static final int GIVE_UP_AFTER = 4;

    private final Connection c;
    private final String sql;
    /** Milliseconds between two of its own runs. */
    private final long intervalMs;
    private final Thread thread;
    /** Runs that failed since the last that did not. */
    private int failing;
    private volatile boolean gaveUp;
    private volatile boolean closing;
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong copied = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** The log's frames and those of them in the file after the last checkpoint (-1: none ran). */
    private volatile long lastFrames = -1;
    private volatile long lastCopied = -1;

    /** Starts checkpointing the SQLite store at {@code location} (its file). */
    Checkpointer(String location) throws SQLException {
        this(location, SQL);
    }

    /** Starts running {@code sql} in place of a checkpoint (tests: a statement that fails). */
    Checkpointer(String location, String sql) throws SQLException {
        this(location, sql, INTERVAL_MS);
    }

    /** Runs {@code sql} every {@code intervalMs} (tests: an interval no test waits for). */
    Checkpointer(String location, String sql, long intervalMs) throws SQLException {
        this.sql = sql;
        this.intervalMs = intervalMs;
        this.c = Dialect.SQLITE.connect(location);
        try (Statement s = c.createStatement()) {
            // a checkpoint copies the log's frames through a buffer of its own, not this connection's page cache
            s.execute("PRAGMA cache_size=-" + CACHE_KIB);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        this.thread = new Thread(this::run, "sitrep-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (!closing) {
            try {
                TimeUnit.MILLISECONDS.sleep(intervalMs);
            } catch (InterruptedException e) {
                return; // closing
            }
            checkpoint();
            if (failing >= GIVE_UP_AFTER) {
                gaveUp = true; // the writer checkpoints again from its next write
                return;
            }
        }
    }

    /** Runs a passive checkpoint; a failure is counted. */
    private synchronized void checkpoint() {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            runs.incrementAndGet();
            if (r.next()) {
                lastFrames = r.getLong(2);
                lastCopied = r.getLong(3);
                copied.addAndGet(Math.max(0, lastCopied));
            }
            failing = 0;
        } catch (SQLException e) {
            failed.incrementAndGet(); // tried again at the next interval, up to GIVE_UP_AFTER in a row
            failing++;
        }
    }

    /**
     * The log's frames as its last checkpoint found them (-1: none ran yet). The frames the writer added since are not
     * counted.
     */
    long frames() {
        return lastFrames;
    }

    /**
     * Runs a checkpoint now, on the caller's thread: called by the store's writer between two of its transactions,
     * when no frame is being added, so that it copies the whole log (unless a reader still needs part of it) and
     * SQLite begins the log again at the writer's next write. A writer that never pauses between its transactions
     * otherwise never lets this thread's runs copy the whole log, and the log never begins again: a bulk ingest of
     * 100,000 generated articles grew it to 32 GB in five minutes. A failure is counted as a run's is.
     */
    void checkpointNow() {
        checkpoint();
    }

    /**
     * Whether its checkpoints failed {@link #GIVE_UP_AFTER} times in a row and it stopped trying: the store's writer
     * must then checkpoint the log itself.
     */
    boolean gaveUp() {
        return gaveUp;
    }

    /**
     * {runs, frames copied (counted again in each run that finds them copied), failures} since it started, and the
     * log's frames and those of them in the file after the last run (tests).
     */
    long[] counts() {
        return new long[] {runs.get(), copied.get(), failed.get(), lastFrames, lastCopied};
    }

    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join(TimeUnit.MINUTES.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpoint();
        try {
            c.close();
        } catch (SQLException e) {
            // it only read and checkpointed
        }
    }
}
