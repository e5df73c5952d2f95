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

    /**
     * A full-text query the store could not run: when it is the query's fault (SQLite's error 1, an FTS5 syntax
     * error), a message in the user's terms, without SQL or driver text; otherwise what the driver said.
     */
    static StoreException ofQuery(String what, String query, java.sql.SQLException e) {
        String shown = query.length() > 100 ? query.substring(0, 100) + "…" : query;
        if (e.getErrorCode() == 1) {
            String m = String.valueOf(e.getMessage());
            int at = m.indexOf("fts5: ");
            String why = at < 0 ? "not understood" : m.substring(at + 6).replaceAll("\\)\\s*$", "");
            return new StoreException(what + " '" + shown + "' is not a valid full-text query (" + why
                    + "); write words, \"a phrase\", OR, NOT, (groups) or prefix*", e, true);
        }
        return new StoreException(what + " '" + shown + "' failed: " + e.getMessage(), e, false);
    }
}
