package org.sitrep.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.sitrep.core.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.Near;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events [filters]}: merged events from the store, earliest first, with their sources. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List merged events from the store.")
final class EventsCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    StoreArgs store = new StoreArgs();
    @Option(names = "--place", paramLabel = "NAME", description = "Place name (any spelling seen).")
    String place;
    @Option(names = "--actor", paramLabel = "ID|SIDE", description = "Actor id (HTS) or side (opposition).")
    String actor;
    @Option(names = "--type", paramLabel = "TYPE", description = "Event type (capture, advance, ...).")
    String type;
    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;
    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Only events within KM of the point.", converter = NearConverter.class)
    Near near;
    @Option(names = "--text", paramLabel = "QUERY", description = "FTS5 query over the sentences that state the events.")
    String text;
    @Option(names = "--limit", paramLabel = "N", description = "Most events listed (default: ${DEFAULT-VALUE}).")
    int limit = EventQuery.DEFAULT_LIMIT;
    @Option(names = "--id", paramLabel = "EVENT", description = "Only this event, with every mention (lists carry at most 25 an event).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (SqliteEventStore s = store.open()) {
            if (id != null) {
                java.util.Optional<Event> e = s.event(id);
                if (e.isEmpty()) {
                    err().println("sitrep events: no event " + id + " in " + s.file());
                    return 1;
                }
                StoreOutput.print(java.util.List.of(e.get()), store.format, out, ev -> {
                    row(out, ev);
                    for (org.sitrep.core.model.SourcedMention m : ev.mentions()) {
                        out.printf("    %-9s %-10s %-28s \"%s\"%n", m.mention().realis().label(), m.mention().type().label(),
                                StoreOutput.source(m.outlet(), m.articleId()), m.mention().quote());
                    }
                });
                return 0;
            }
            StoreOutput.print(s.events(new EventQuery(place, actor, type, from, to, near, text, limit)), store.format, out,
                    e -> row(out, e));
        }
        return 0;
    }

    static void row(PrintWriter out, Event e) {
        String when = e.interval().isKnown() ? e.interval().startText() + (e.interval().startText().equals(e.interval().endText()) ? ""
                : ".." + e.interval().endText()) : "?";
        out.printf("%-22s %-10s %-9s %-8s %-24s %-22s sources %d%s%s%n", e.id(), e.type().label(), e.realis().label(),
                e.actor() == null ? "-" : StoreOutput.or(e.actor().id(), e.actor().text()), e.place() == null ? "-" : e.place().name(), when,
                e.corroboration(), e.unknownSources() > 0 ? " (" + e.unknownSources() + " unknown outlet)" : "",
                e.disputed().isEmpty() ? "" : " disputed: " + String.join(",", e.disputed()));
    }
}
