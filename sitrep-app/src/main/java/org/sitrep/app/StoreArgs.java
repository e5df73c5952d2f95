package org.sitrep.app;

import org.sitrep.store.SqlEventStore;
import picocli.CommandLine.Option;

/** Options of every command that reads or writes the store. */
final class StoreArgs {
    static final String DEFAULT_DB = "sitrep.db";

    /** What --db says of a store. */
    static final String DB_HELP = "The store: a SQLite file or a PostgreSQL URL (postgresql://user:password@host:port/database; "
            + "default: ./" + DEFAULT_DB + ").";

    @Option(names = "--db", paramLabel = "FILE|URL", description = DB_HELP)
    String db = DEFAULT_DB;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or jsonl (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    /** Opens the store and brings its derived data up to date (a killed ingest may have left partitions pending). */
    SqlEventStore open() {
        return open(db);
    }

    static SqlEventStore open(String db) {
        SqlEventStore s = SqlEventStore.open(db);
        s.refresh();
        return s;
    }
}
