package org.sitrep.app;


import org.sitrep.core.model.EventType;
import org.sitrep.store.EventQuery;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * What the command line and the API both refuse in an event query, with the same words: an event type that does
 * not exist (the valid ones listed), a date range that ends before it starts, a limit under one. A query that asks
 * wrong is told so, never answered with an empty list.
 */
public final class QueryChecks {
    private QueryChecks() {
    }

    /** The event types, as {@code --type} and {@code type=} take them. */
    public static String types() {
        return Arrays.stream(EventType.values()).map(EventType::label).collect(Collectors.joining(", "));
    }

    /**
     * Throws {@code error.apply(parameter, reason)} for the first thing wrong with {@code q}; {@code dash} is how a
     * parameter is named ("--" on the command line, "" in the API).
     */
    public static EventQuery check(EventQuery q, String dash, BiFunction<String, String, RuntimeException> error) {
        if (q.type() != null) {
            boolean known = Arrays.stream(EventType.values()).anyMatch(t -> t.label().equals(q.type().strip().toLowerCase(Locale.ROOT)));
            if (!known) {
                throw error.apply(dash + "type", "unknown event type '" + UsageError.shown(q.type()) + "'; the types are: " + types());
            }
        }
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw error.apply(dash + "to", q.to() + " is before " + dash + "from " + q.from());
        }
        if (q.limit() < 1) {
            throw error.apply(dash + "limit", "must be at least 1, not " + q.limit());
        }
        return q;
    }
}
