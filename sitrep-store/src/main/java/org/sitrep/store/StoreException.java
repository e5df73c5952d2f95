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

    /** A failed full-text query: the caller's fault when SQLite reports a plain SQL error (code 1) for it. */
    static StoreException ofQuery(String message, java.sql.SQLException e) {
        return new StoreException(message, e, e.getErrorCode() == 1);
    }
}
