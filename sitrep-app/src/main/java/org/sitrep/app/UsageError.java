package org.sitrep.app;

/**
 * The user asked for something that cannot be answered as asked (a store that does not exist, a filter out of
 * range): the command line prints {@code sitrep COMMAND: message}, without a usage dump, and exits 2.
 */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message);
    }
}
