package org.sitrep.store;

import org.sqlite.SQLiteConfig;

import java.util.Properties;

/** Connection settings of the SQLite store that must be given when a connection opens, not by PRAGMA after. */
final class SqliteSettings {
    /** How long a writer waits for another's write lock before giving up, in milliseconds. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    /**
     * The page size of a new store file, in bytes (SQLite's default is 4,096; an existing file keeps its own). Rows
     * hold JSON of one to several kilobytes and many indexes are written per article: 16 KiB pages made a bulk ingest's
     * writes and refresh about a tenth cheaper and the file 6% smaller, on 3,000 generated articles.
     */
    static final int PAGE_SIZE = 16_384;

    Properties properties() {
        SQLiteConfig config = new SQLiteConfig();
        config.setPageSize(PAGE_SIZE);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // the driver otherwise runs "SELECT last_insert_rowid()" as a statement of its own after every INSERT executed
        // on its own (the store asks for rowids with RETURNING and never calls getGeneratedKeys)
        config.setGetGeneratedKeys(false);
        return config.toProperties();
    }
}
