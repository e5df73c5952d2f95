package org.sitrep.app.cli;

import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.export.ReportDoc;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.FramingRow;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep report [--html]}: a situation report of the store in Markdown (or HTML): control of places as of
 * the latest event, places that changed hands, contradictions, corroborated events and framing, every line with
 * its sources and quotes. Article text is escaped in HTML.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Print a situation report (Markdown, or HTML with --html).")
public final class ReportCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();
    @Option(names = "--html", description = "HTML instead of Markdown.")
    public boolean html;
    @Option(names = "--as-of", paramLabel = "DATE", description = "Day of the control section (default: the latest event day).")
    public LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (EventStore s = store.open()) {
            write(s, html ? new ReportDoc.Html(out) : new ReportDoc.Markdown(out), asOf);
        }
        out.flush();
        return 0;
    }

    public static void write(EventStore s, ReportDoc d, LocalDate asOf) {
        List<Event> events = s.events(new EventQuery(null, null, null, null, null, null, null, 100_000));
        LocalDate day = asOf;
        for (Event e : events) {
            if (asOf == null && e.interval().isKnown() && (day == null || e.interval().lastDay().isAfter(day))) {
                day = e.interval().lastDay();
            }
        }
        EventStore.Counts c = s.counts();
        d.begin("sitrep situation report");
        d.paragraph(c.articles() + " articles, " + c.mentions() + " event mentions merged into " + c.events() + " events; "
                + c.periods() + " control periods; " + s.contradictions(false).size() + " contradictions.");
        if (day != null) {
            d.heading("Control as of " + day);
            List<List<String>> rows = new ArrayList<>();
            for (ControlPeriod p : s.control(day, null)) {
                rows.add(List.of(p.place().name(), p.contested() ? "contested (" + p.side() + " inside)" : p.controller() + " (" + p.side() + ")",
                        p.from().isKnown() ? TimelineCommand.when(p.from()) : "before the first report", String.format("%.2f", p.confidence()),
                        sources(p)));
            }
            d.table(List.of("place", "held by", "since", "confidence", "sources"), rows);
        }
        d.heading("Places that changed hands");
        Map<String, List<ControlPeriod>> byPlace = new LinkedHashMap<>();
        for (ControlPeriod p : s.control(LocalDate.of(9999, 1, 1), null)) {
            List<ControlPeriod> t = s.timeline(p.place().name()).stream().filter(x -> x.placeKey().equals(p.placeKey())).toList();
            if (t.size() > 1) {
                byPlace.put(p.placeKey(), t);
            }
        }
        for (List<ControlPeriod> t : byPlace.values()) {
            List<String> items = new ArrayList<>();
            for (ControlPeriod p : t) {
                String quote = p.evidence().isEmpty() ? "" : " — “" + p.evidence().get(0).quote() + "” (" + sourceOf(p.evidence().get(0)) + ")";
                items.add((p.contested() ? "contested" : p.controller()) + " from " + (p.from().isKnown() ? TimelineCommand.when(p.from()) : "…")
                        + (p.inferred() ? " (inferred)" : "") + quote);
            }
            d.list(t.get(0).place().name(), items);
        }
        d.heading("Contradictions");
        for (Contradiction x : s.contradictions(false)) {
            List<String> items = new ArrayList<>();
            for (Contradiction.Position p : x.positions()) {
                items.add(p.value() + " — " + p.source()
                        + (p.claimant() == null ? "" : ", " + p.claimant()) + ": “" + p.quote() + "”");
            }
            d.list("[" + x.kind().label() + "] " + x.subject() + ": " + x.attribute(), items);
        }
        d.heading("Corroborated events");
        for (Event e : events) {
            if (e.corroboration() < 2) {
                continue;
            }
            List<String> items = new ArrayList<>();
            for (SourcedMention m : e.mentions()) {
                items.add(m.mention().realis().label() + " — " + m.sourceName()
                        + ": “" + m.mention().quote() + "”");
            }
            d.list(e.type().label() + " " + (e.place() == null ? "" : e.place().name()) + " " + (e.interval().isKnown() ? TimelineCommand.when(e.interval()) : "")
                    + " by " + (e.actor() == null ? "?" : e.actor().id()) + " — " + e.corroboration() + " sources"
                    + (e.disputed().isEmpty() ? "" : ", disputed: " + String.join(", ", e.disputed())), items);
        }
        d.heading("Framing");
        List<List<String>> rows = new ArrayList<>();
        for (FramingRow r : s.framing()) {
            rows.add(List.of(r.outlet(), r.side(), r.term() + (r.loaded() ? " (loaded)" : ""), Integer.toString(r.count())));
        }
        d.table(List.of("outlet", "side", "term", "count"), rows);
        d.end();
    }

    private static String sources(ControlPeriod p) {
        List<String> out = new ArrayList<>();
        for (ControlPeriod.Evidence e : p.evidence()) {
            String s = sourceOf(e);
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        int more = p.evidenceTotal() - p.evidence().size();
        return String.join("; ", out) + (more > 0 ? "; and " + more + " more mentions" : "");
    }

    private static String sourceOf(ControlPeriod.Evidence e) {
        return e.source();
    }
}
