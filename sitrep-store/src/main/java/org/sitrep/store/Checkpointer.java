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
 * two cores ({@code bench-store}: the commits of the writes and of the refresh 1.7 s with them, 0.7 s without).
 *
 * <p>The writer's connection turns its automatic checkpoints off ({@code PRAGMA wal_autocheckpoint=0}) when this
 * starts. Every {@link #INTERVAL_MS} this runs a passive checkpoint (it copies what no reader still needs and never
 * waits for a lock), so the log is copied while the writer writes its next batch, and SQLite begins the log again at
 * the first write after a checkpoint that copied it all. A checkpoint that fails (the disk is full) is retried at the
 * next interval and counted; the log is then copied by the last connection to close the store, as SQLite does. Closing
 * stops the thread, runs one last checkpoint and closes the connection.
 */
final class Checkpointer implements AutoCloseable {
    /** Milliseconds between two checkpoints. */
    static final long INTERVAL_MS = 250;
    /** The page cache of its connection, in KiB (a store connection's is 128 MiB). */
    static final int CACHE_KIB = 1024;

    private final Connection c;
    private final Thread thread;
    private volatile boolean closing;
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong copied = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    /** The log's frames and those of them in the file after the last checkpoint (-1: none ran). */
    private volatile long lastFrames = -1;
    private volatile long lastCopied = -1;

    /** Starts checkpointing the SQLite store at {@code location} (its file). */
    Checkpointer(String location) throws SQLException {
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
                TimeUnit.MILLISECONDS.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return; // closing
            }
            checkpoint();
        }
    }

    /** Runs a passive checkpoint; a failure is counted. */
    private synchronized void checkpoint() {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            runs.incrementAndGet();
            if (r.next()) {
                lastFrames = r.getLong(2);
                lastCopied = r.getLong(3);
                copied.addAndGet(Math.max(0, lastCopied));
            }
        } catch (SQLException e) {
            failed.incrementAndGet(); // tried again at the next interval
        }
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
