package org.sitrep.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.sitrep.core.model.Event;

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
 * @param after  where a page starts: only events after this one in the lists' order (by start time, undated
 *               last, then by id), or null for the first page
 */
public record EventQuery(String place, String actor, String type, LocalDate from, LocalDate to, Near near, String text,
                         int limit, After after) {
    public static final int DEFAULT_LIMIT = 100;

    /** A first page. */
    public EventQuery(String place, String actor, String type, LocalDate from, LocalDate to, Near near, String text, int limit) {
        this(place, actor, type, from, to, near, text, limit, null);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    /** The same filters from another place in the list, with another limit. */
    public EventQuery page(After after, int limit) {
        return new EventQuery(place, actor, type, from, to, near, text, limit, after);
    }

    /**
     * A position in an event list: the start time (as stored, null for an undated event) and id of the last event
     * of a page. As a cursor it is an opaque URL-safe string.
     */
    public record After(String start, String id) {
        public After {
            if (id == null || id.isEmpty()) {
                throw new IllegalArgumentException("a cursor needs an event id");
            }
        }

        /** The position just after an event. */
        public static After of(Event e) {
            return new After(e.interval().isKnown() ? e.interval().start().toString() : null, e.id());
        }

        /** The cursor's text: URL-safe base64 of "start\nid" ("-" for no start). */
        public String encode() {
            String s = (start == null ? "-" : start) + "\n" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
        }

        /** A cursor read back; IllegalArgumentException when the text is not one this class wrote. */
        public static After decode(String cursor) {
            try {
                String[] f = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\n", -1);
                if (f.length != 2 || f[1].isEmpty()) {
                    throw new IllegalArgumentException("not start and id");
                }
                if (!f[0].equals("-")) {
                    java.time.LocalDateTime.parse(f[0]);
                }
                return new After(f[0].equals("-") ? null : f[0], f[1]);
            } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not a cursor this server gave", e);
            }
        }
    }
}
