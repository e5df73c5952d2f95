package org.sitrep.app;

import java.time.LocalDate;

import org.sitrep.store.EventQuery;
import org.sitrep.store.Near;
import picocli.CommandLine.Option;

/** The event filters of every command that lists events ({@code events}, {@code export}). */
final class EventFilters {
    @Option(names = "--place", paramLabel = "NAME", description = "Place name (any spelling seen).")
    String place;
    @Option(names = "--actor", paramLabel = "ID|SIDE", description = "Actor id (HTS) or side (opposition).")
    String actor;
    @Option(names = "--type", paramLabel = "TYPE", description = "Event type (capture, advance, ...; any case).")
    String type;
    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;
    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Only events within KM of the point.", converter = NearConverter.class)
    Near near;
    @Option(names = "--text", paramLabel = "QUERY", description = "FTS5 query over the sentences that state the events.")
    String text;

    /** The query these filters make; a usage error (exit 2) for an unknown type, a reversed range, a limit under 1. */
    EventQuery query(int limit) {
        return QueryChecks.check(new EventQuery(place, actor, type, from, to, near, text, limit), "--",
                (name, reason) -> new UsageError(name + ": " + reason));
    }
}
