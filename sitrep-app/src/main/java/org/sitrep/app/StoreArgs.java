package org.sitrep.app;

import java.nio.file.Path;

import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Option;

/** Options of every command that reads or writes the store. */
final class StoreArgs {
    static final String DEFAULT_DB = "sitrep.db";

    @Option(names = "--db", paramLabel = "FILE", description = "The store (SQLite file; default: ./" + DEFAULT_DB + ").")
    Path db = Path.of(DEFAULT_DB);

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or jsonl (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    /** Opens the store and brings its derived data up to date (a killed ingest may have left partitions pending). */
    SqliteEventStore open() {
        return open(db);
    }

    static SqliteEventStore open(Path db) {
        SqliteEventStore s = SqliteEventStore.open(db);
        s.refresh();
        return s;
    }
}
