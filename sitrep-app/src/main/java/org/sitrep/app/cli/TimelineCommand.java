package org.sitrep.app.cli;

import org.sitrep.app.SitrepCommand;
import org.sitrep.app.Spellings;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.StoreOutput;
import org.sitrep.app.server.ApiServer;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sitrep timeline PLACE}: who held the place over time, with the evidence. */
@Command(name = "timeline", mixinStandardHelpOptions = true, description = "Print the control timeline of a place.")
public final class TimelineCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();
    @Parameters(paramLabel = "PLACE", description = "Place name (any spelling seen).")
    public String place;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (EventStore s = store.open()) {
            var periods = s.timeline(place);
            if (periods.isEmpty()) {
                err().println("sitrep timeline: " + Spellings.noSuchPlace(place, s, true));
                return 1;
            }
            StoreOutput.print(periods, store.format, out, p -> period(out, p, true));
        }
        return 0;
    }

    public static void period(PrintWriter out, ControlPeriod p, boolean evidence) {
        String who = p.contested() ? "contested (" + p.side() + " inside)" : p.controller() + " (" + p.side() + ")";
        String from = p.from().isKnown() ? when(p.from()) : "…";
        String to = p.to().isKnown() ? when(p.to()) : "";
        out.printf("%-24s %-30s from %-24s to %-24s confidence %.2f%s%n", p.place().name(), who, from, to, p.confidence(),
                p.inferred() ? " (inferred)" : "");
        if (evidence) {
            for (ControlPeriod.Evidence e : p.evidence()) {
                out.printf("    %-7s %-9s %-9s %-28s \"%s\"%n", e.role(), e.type().label(), e.realis().label(),
                        e.source(), e.quote());
            }
            if (p.evidenceTotal() > p.evidence().size()) {
                out.printf("    … and %d more mentions (every event is listed by sitrep events --place)%n", p.evidenceTotal() - p.evidence().size());
            }
        }
    }

    public static String when(org.sitrep.core.model.TimeInterval t) {
        return t.startText() + (t.startText().equals(t.endText()) ? "" : ".." + t.endText());
    }
}
