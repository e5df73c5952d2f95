package org.sitrep.app;

/**
 * The user asked for something that cannot be answered as asked (a store that does not exist, a filter out of
 * range): the command line prints {@code sitrep COMMAND: message}, without a usage dump, and exits 2.
 */
public final class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message);
    }

    /** A value as quoted back in an error: at most 100 characters. */
    public static String shown(String v) {
        return v.length() > 100 ? v.substring(0, 100) + "…" : v;
    }
}
