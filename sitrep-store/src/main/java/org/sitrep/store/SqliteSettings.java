package org.sitrep.store;

import org.sqlite.SQLiteConfig;

import java.util.Properties;

/** Connection settings of the SQLite store that must be given when a connection opens, not by PRAGMA after. */
final class SqliteSettings {
    /** How long a writer waits for another's write lock before giving up, in milliseconds. */
    static final int BUSY_TIMEOUT_MS = 10_000;

    Properties properties() {
        SQLiteConfig config = new SQLiteConfig();
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.toProperties();
    }
}
