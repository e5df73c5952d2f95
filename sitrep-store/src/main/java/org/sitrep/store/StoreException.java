package org.sitrep.store;

/** The store could not be opened, read or written; the message names the file or article and the reason. */
public final class StoreException extends RuntimeException {
    private final boolean badQuery;

    public StoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    StoreException(String message, Throwable cause, boolean badQuery) {
        super(message, cause);
        this.badQuery = badQuery;
    }

    /** True when the caller's full-text query is what failed (an FTS5 syntax error), not the store. */
    public boolean badQuery() {
        return badQuery;
    }

    /**
     * True when trying again may succeed: the connection was lost, the transaction was rolled back for a deadlock or
     * a serialization conflict, the server is short of resources or shutting down, or SQLite was busy. False for
     * what this input will always cause (bad data, a constraint), which the caller reports and skips.
     */
    public boolean transientFailure() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException e) {
                String state = e.getSQLState() == null ? "" : e.getSQLState();
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57")
                        || e.getErrorCode() == 5 || e.getErrorCode() == 6) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A failed full-text query: the caller's fault when SQLite reports a plain SQL error (code 1) for it. */
    static StoreException ofQuery(String message, java.sql.SQLException e) {
        return new StoreException(message, e, e.getErrorCode() == 1);
    }
}
