package org.sitrep.store;

import java.nio.file.Path;
import java.util.Set;

import org.sitrep.core.Extraction;

/**
 * The one way to an {@link EventStore}: by location, a SQLite file path or a PostgreSQL URL
 * ({@code postgresql://USER:PASSWORD@HOST:PORT/DB[?currentSchema=NAME]}, {@code postgres://…}, {@code jdbc:postgresql://…}).
 * Code outside this module names {@link EventStore} and this class only, never an implementation.
 */
public final class EventStores {
    private EventStores() {
    }

    /** Opens (creating and migrating when new) the store at a location. */
    public static EventStore open(String location) {
        return SqlEventStore.open(location);
    }

    /** Opens (creating and migrating when new) the SQLite store in a file. */
    public static EventStore open(Path file) {
        return SqlEventStore.open(file);
    }

    /** Whether a location names a PostgreSQL store. */
    public static boolean isPostgres(String location) {
        return SqlEventStore.isPostgres(location);
    }

    /** A location fit for messages: a PostgreSQL URL without its password. */
    public static String redacted(String location) {
        return SqlEventStore.redacted(location);
    }

    /** A PostgreSQL location with its store in a schema of its own. */
    public static String schemaOf(String postgresUrl, String schema) {
        return SqlEventStore.schemaOf(postgresUrl, schema);
    }

    /** Drops a schema made for a store by {@link #schemaOf} (benchmarks and tests clean up with it). */
    public static void dropSchema(String postgresUrl, String schema) {
        SqlEventStore.dropSchema(postgresUrl, schema);
    }

    /**
     * The partitions an extraction's mentions and claims fall in: what {@link EventStore#add} marks dirty, and what a
     * distributed ingest must {@link EventStore#refresh(java.util.Collection) refresh} after adding it.
     */
    public static Set<String> partitions(Extraction x) {
        return SqlEventStore.partitions(x);
    }
}
