package org.sitrep.store;

/** The store could not be opened, read or written; the message names the file or article and the reason. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
