package org.sitrep.store;

import java.time.LocalDate;

/**
 * Filters for {@link EventStore#events}; null fields do not filter.
 *
 * @param place  a place name (any spelling the store has seen for it)
 * @param actor  a canonical actor id or side ("HTS", "opposition")
 * @param type   an event type label ("capture")
 * @param from   first day (inclusive) the event's time must reach
 * @param to     last day (inclusive) the event's time must start by
 * @param near   a circle the event's place must lie in
 * @param text   an FTS5 query one of the sentences stating the event must match
 * @param limit  most events returned
 */
public record EventQuery(String place, String actor, String type, LocalDate from, LocalDate to, Near near, String text,
                         int limit) {
    public static final int DEFAULT_LIMIT = 100;

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }
}
