package org.sitrep.app.cli;

import org.sitrep.app.EventFilters;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.StoreOutput;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.sitrep.core.model.Event;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep events [filters]}: merged events from the store, earliest first, with their sources. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List merged events from the store.")
public final class EventsCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();
    @Mixin
    public EventFilters filters = new EventFilters();
    @Option(names = "--limit", paramLabel = "N", description = "Most events listed (default: ${DEFAULT-VALUE}).")
    public int limit = EventQuery.DEFAULT_LIMIT;
    @Option(names = "--id", paramLabel = "EVENT", description = "Only this event, with every mention (lists carry at most 25 an event).")
    public String id;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (EventStore s = store.open()) {
            if (id != null) {
                java.util.Optional<Event> e = s.event(id);
                if (e.isEmpty()) {
                    err().println("sitrep events: no event " + id + " in " + s.location());
                    return 1;
                }
                StoreOutput.print(java.util.List.of(e.get()), store.format, out, ev -> {
                    row(out, ev);
                    for (org.sitrep.core.model.SourcedMention m : ev.mentions()) {
                        out.printf("    %-9s %-10s %-28s \"%s\"%n", m.mention().realis().label(), m.mention().type().label(),
                                m.sourceName(), m.mention().quote());
                    }
                });
                return 0;
            }
            StoreOutput.print(s.events(filters.query(limit)), store.format, out,
                    e -> row(out, e));
        }
        return 0;
    }

    public static void row(PrintWriter out, Event e) {
        String when = e.interval().isKnown() ? e.interval().startText() + (e.interval().startText().equals(e.interval().endText()) ? ""
                : ".." + e.interval().endText()) : "?";
        out.printf("%-22s %-10s %-9s %-8s %-24s %-22s sources %d%s%s%n", e.id(), e.type().label(), e.realis().label(),
                e.actor() == null ? "-" : StoreOutput.or(e.actor().id(), e.actor().text()), e.place() == null ? "-" : e.place().name(), when,
                e.corroboration(), e.unknownSources() > 0 ? " (" + e.unknownSources() + " unknown outlet)" : "",
                e.disputed().isEmpty() ? "" : " disputed: " + String.join(",", e.disputed()));
    }
}
