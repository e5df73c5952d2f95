package org.sitrep.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a store's connection that may fail with SQL's exception, and the one way the store runs it in a transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run() throws SQLException;

    /**
     * Runs work in one transaction: committed when it returns, rolled back when it throws; a SQL failure becomes a
     * {@link StoreException} that begins with {@code failing}. The connection is back in auto-commit afterwards.
     */
    static <T> T inTransaction(Connection c, SqlWork<T> work, String failing) {
        try {
            c.setAutoCommit(false);
            try {
                T r = work.run();
                c.commit();
                return r;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(failing + ": " + e.getMessage(), e);
        }
    }

    /** Runs work outside a transaction; a SQL failure becomes a {@link StoreException} that begins with {@code failing}. */
    static <T> T run(SqlWork<T> work, String failing) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(failing + ": " + e.getMessage(), e);
        }
    }
}
