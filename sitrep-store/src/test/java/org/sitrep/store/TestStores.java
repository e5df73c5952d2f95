package org.sitrep.store;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the store tests keep their stores: SQLite files (the default), or, with {@code -Dsitrep.store.backend=postgresql}
 * (the build's second test run), one schema per store file name in the PostgreSQL database named by
 * {@code $SITREP_TEST_PG} ({@code postgresql://…}; {@code scripts/pg-test-cluster.sh} starts a throwaway one). Without
 * that variable the PostgreSQL run is skipped, unless {@code SITREP_PG=required} (as in {@code .ci/run}), when it fails.
 */
final class TestStores {
    /** Schemas of this run are new: a store reopened in the same run is the same schema, a later run starts empty. */
    private static final String RUN = Long.toHexString(System.nanoTime() & 0xFFFFFFFL);

    private TestStores() {
    }

    static boolean postgres() {
        return "postgresql".equals(System.getProperty("sitrep.store.backend"));
    }

    /** The location of the store a test keeps in {@code file}: the file itself, or its own PostgreSQL schema. */
    static String location(Path file) {
        if (!postgres()) {
            return file.toString();
        }
        String url = System.getenv("SITREP_TEST_PG");
        if (url == null || url.isBlank()) {
            if ("required".equals(System.getenv("SITREP_PG"))) {
                throw new AssertionError("SITREP_PG=required but SITREP_TEST_PG is not set (scripts/pg-test-cluster.sh start DIR)");
            }
            Assumptions.assumeTrue(false, "no SITREP_TEST_PG: the PostgreSQL store tests are skipped");
        }
        return EventStores.schemaOf(url, "t_" + RUN + "_" + Integer.toHexString(file.toAbsolutePath().toString().hashCode() & 0x7FFFFFFF));
    }

    /** The store a test keeps in {@code file}, opened as every other module opens one: {@link EventStores#open}. */
    static EventStore open(Path file) {
        return EventStores.open(location(file));
    }
}
