package org.sitrep.app;

import org.sitrep.core.Extraction;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Realis;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code sitrep demo}: runs the main job on the bundled example (five articles on the capture of Hama) and prints
 * the situation so far: the articles, the events by date with their sources, the latest reported control of each
 * place, the claims, and the place names the gazetteer lacks.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run sitrep on the bundled example articles (capture of Hama, Dec 2024) and print the situation.")
final class DemoCommand extends SitrepCommand implements Callable<Integer> {
    static final String EXAMPLE = "examples/hama-2024-12";

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        Path dir = exampleDir();
        List<Extraction> results = new ArrayList<>();
        common.quiet = true;
        int code = Runs.run(List.of(dir.toString()), common, System.err, r -> results.add(r.extraction()));
        new Situation(out).print(results);
        out.flush();
        return code;
    }

    /** The example directory of the checkout, or a copy of the articles bundled in the jar. */
    static Path exampleDir() throws IOException {
        String root = System.getProperty("sitrep.root", ".");
        Path repo = Path.of(root, EXAMPLE);
        if (Files.isDirectory(repo)) {
            return repo;
        }
        Path tmp = Files.createTempDirectory("sitrep-demo");
        try (InputStream index = resource("articles.lst")) {
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!name.isBlank()) {
                    try (InputStream in = resource(name.strip())) {
                        Files.copy(in, tmp.resolve(name.strip()));
                    }
                }
            }
        }
        tmp.toFile().deleteOnExit();
        return tmp;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream("/" + EXAMPLE + "/" + name);
        if (in == null) {
            throw new IOException("bundled example file missing from the jar: " + name);
        }
        return in;
    }

    /** Prints the situation report of a set of extractions. */
    static final class Situation {
        private final PrintWriter out;

        Situation(PrintWriter out) {
            this.out = out;
        }

        void print(List<Extraction> results) {
            List<EventMention> events = new ArrayList<>();
            out.println("sitrep — situation from " + results.size() + " articles\n");
            out.println("Articles");
            for (Extraction x : results) {
                var a = x.article();
                out.printf("  %-22s outlet %-14s published %-22s %3d events %2d claims%n", a.doc(),
                        a.outlet() == null ? "(unknown)" : a.outlet(), a.published().isKnown()
                                ? a.published().startText() + (a.published().precision().label().equals("inferred") ? ".." + a.published().endText() + " (inferred)" : "")
                                : "(unknown)", x.events().size(), x.claims().size());
                events.addAll(x.events());
            }
            printByDate(events);
            printControl(events);
            printClaims(results);
            printUnresolved(results);
        }

        private void printByDate(List<EventMention> events) {
            out.println("\nEvents by date (each line: what, who, where, how the source holds it, which articles)");
            Map<String, Map<String, List<EventMention>>> byDay = new TreeMap<>();
            for (EventMention e : events) {
                String day = e.time() == null || !e.time().interval().isKnown() ? "undated" : e.time().interval().firstDay().toString();
                String key = e.type().label() + "|" + (e.actor() == null ? "-" : e.actor().id()) + "|"
                        + (e.place() == null ? "-" : e.place().head()) + "|" + e.realis().label();
                byDay.computeIfAbsent(day, k -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
            byDay.forEach((day, groups) -> groups.forEach((key, list) -> {
                String[] k = key.split("\\|");
                out.printf("  %-10s %-10s %-12s %-24s %-9s %s%n", day, k[0], k[1], EventTable.cut(k[2], 24), k[3],
                        String.join(",", list.stream().map(e -> e.doc().substring(0, Math.min(3, e.doc().length()))).distinct().toList()));
            }));
        }

        private void printControl(List<EventMention> events) {
            out.println("\nLatest reported control by place (from captures, recaptures, withdrawals and control; not from denied or failed events)");
            Map<String, EventMention> latest = new TreeMap<>();
            Map<String, String> names = new TreeMap<>();
            events.stream().filter(e -> e.place() != null && e.time() != null && e.time().interval().isKnown()
                            && (e.realis() == Realis.ASSERTED || e.realis() == Realis.REPORTED || e.realis() == Realis.CLAIMED)
                            && (e.type().family() == EventType.CAPTURE || e.type() == EventType.CONTROL || e.type() == EventType.WITHDRAW))
                    .sorted(Comparator.comparing(e -> e.time().interval().end()))
                    .forEach(e -> {
                        boolean region = e.place().kind() == PlaceMention.Kind.REGION;
                        String label = region ? e.place().text().replaceFirst("^(?i)the ", "") : e.place().head();
                        String key = e.place().place().geonameid() != null ? e.place().place().geonameid().toString() : label;
                        names.putIfAbsent(key, label);
                        latest.put(key, e);
                    });
            Map<String, EventMention> byName = new TreeMap<>();
            latest.forEach((k, e) -> byName.put(names.get(k), e));
            byName.forEach((place, e) -> out.printf("  %-24s %-8s %-12s by %-10s (%s %s in %s)%n", EventTable.cut(place, 24),
                    controller(e), e.type() == EventType.WITHDRAW ? "left" : "held", e.time().interval().lastDay(), e.type().label(),
                    e.realis().label(), e.doc()));
        }

        private static String controller(EventMention e) {
            return e.actor() == null ? "?" : e.actor().id();
        }

        private void printClaims(List<Extraction> results) {
            out.println("\nClaims");
            for (Extraction x : results) {
                for (Claim c : x.claims()) {
                    out.printf("  %-10s %-24s %-38s %s%s%n", c.doc().substring(0, Math.min(3, c.doc().length())),
                            EventTable.cut(c.subject(), 24), EventTable.cut(c.attribute(), 38), c.value(), c.approximate() ? " (approx.)" : "");
                }
            }
        }

        private void printUnresolved(List<Extraction> results) {
            out.println("\nPlace names not in the gazetteer (degraded to their container)");
            Map<String, PlaceMention> seen = new TreeMap<>();
            for (Extraction x : results) {
                for (PlaceMention p : x.unresolved()) {
                    seen.putIfAbsent(p.head(), p);
                }
            }
            seen.forEach((name, p) -> out.printf("  %-28s -> %s (%s)%n", name,
                    p.place().admin1() != null ? p.place().admin1() : p.place().country() != null ? p.place().country() : "nowhere",
                    p.place().precision() == null ? "no coordinates" : p.place().precision().label()));
        }
    }
}
