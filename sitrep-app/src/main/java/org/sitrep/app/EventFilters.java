package org.sitrep.app;

import java.time.LocalDate;

import org.sitrep.store.EventQuery;
import org.sitrep.store.Near;
import picocli.CommandLine.Option;

/** The event filters of every command that lists events ({@code events}, {@code export}). */
public final class EventFilters {
    @Option(names = "--place", paramLabel = "NAME", description = "Place name (any spelling seen).")
    public String place;
    @Option(names = "--actor", paramLabel = "ID|SIDE", description = "Actor id (HTS) or side (opposition).")
    public String actor;
    @Option(names = "--type", paramLabel = "TYPE", description = "Event type (capture, advance, ...; any case).")
    public String type;
    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    public LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    public LocalDate to;
    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Only events within KM of the point.", converter = NearConverter.class)
    public Near near;
    @Option(names = "--text", paramLabel = "QUERY", description = "FTS5 query over the sentences that state the events.")
    public String text;

    /** The query these filters make; a usage error (exit 2) for an unknown type, a reversed range, a limit under 1. */
    public EventQuery query(int limit) {
        return QueryChecks.check(new EventQuery(place, actor, type, from, to, near, text, limit), "--",
                (name, reason) -> new UsageError(name + ": " + reason));
    }
}
