package org.sitrep.core;

import java.time.Duration;

/**
 * The moment an article's analysis must end, shared by every stage that works on it (cleaning's date inference,
 * place scanning, geocoding, extraction): each checks it between units of work and stops with what it has.
 *
 * @param at      {@link System#nanoTime()} at which the time is up
 * @param seconds the limit as given, for diagnostics
 */
public record Deadline(long at, long seconds) {
    /** A deadline {@code limit} from now. */
    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit.toSeconds());
    }

    /** A deadline that never comes (for tests and tools). */
    public static final Deadline NONE = new Deadline(Long.MAX_VALUE, Long.MAX_VALUE);

    public boolean expired() {
        return at != Long.MAX_VALUE && System.nanoTime() - at > 0;
    }
}
