package org.sitrep.app;

import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Option;

/** Options of every command that reads or writes the store. */
public final class StoreArgs {
    public static final String DEFAULT_DB = "sitrep.db";

    /** What --db says of a store. */
    public static final String DB_HELP = "The store: a SQLite file or a PostgreSQL URL (postgresql://user:password@host:port/database; "
            + "default: ./" + DEFAULT_DB + ").";

    @Option(names = "--db", paramLabel = "FILE|URL", description = DB_HELP)
    public String db = DEFAULT_DB;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or jsonl (default: ${DEFAULT-VALUE}).")
    public Format format = Format.table;

    /** Opens the store and brings its derived data up to date (a killed ingest may have left partitions pending). */
    public EventStore open() {
        return open(db);
    }

    /**
     * Opens an existing store for a command that reads it: a SQLite file that does not exist is a usage error naming
     * it (a read never creates a store; {@code ingest} does), not an empty answer from a store made on the spot.
     */
    public static EventStore open(String db) {
        requireExisting(db);
        EventStore s = EventStores.open(db);
        s.refresh();
        return s;
    }

    /**
     * A usage error unless {@code db} is a PostgreSQL URL or a file whose directory exists (the store itself refuses
     * to make directories; this says so as a usage error, exit 2, before anything is read).
     */
    public static void requireDirectory(String db) {
        if (EventStores.isPostgres(db)) {
            return;
        }
        java.nio.file.Path parent = java.nio.file.Path.of(db).toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new UsageError("no directory " + parent + " for the store " + db + " (ingest makes the store file, not its directory)");
        }
    }

    /** A usage error unless {@code db} is a PostgreSQL URL or an existing file. */
    public static void requireExisting(String db) {
        if (EventStores.isPostgres(db)) {
            return;
        }
        java.nio.file.Path p = java.nio.file.Path.of(db);
        if (!java.nio.file.Files.exists(p)) {
            throw new UsageError("no store " + db + (db.equals(DEFAULT_DB) ? " in " + java.nio.file.Path.of("").toAbsolutePath() : "")
                    + " (give --db FILE; sitrep ingest --db FILE ARTICLES... makes one)");
        }
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw new UsageError(db + " is not a store file");
        }
    }
}
