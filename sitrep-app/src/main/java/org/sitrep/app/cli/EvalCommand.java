package org.sitrep.app.cli;

import org.sitrep.app.Runs;
import org.sitrep.app.SitrepCommand;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.SentenceTrace;
import org.sitrep.core.eval.EvalReport;
import org.sitrep.core.eval.Evaluator;
import org.sitrep.core.eval.Placement;
import org.sitrep.core.geo.CountryNames;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.eval.Explainer;
import org.sitrep.core.eval.Gold;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.EventMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval --gold FILE [--meta FILE] PATH...}: scores extraction against a gold annotation with the shared
 * scorer's rules; {@code --details} says why each gold event was missed and why each spurious event is not in the
 * gold, and scores each document and each group of documents.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the events extracted from PATH against a gold annotation (the seeds JSON form or JSON Lines, "
                + "see GUIDELINES.md).")
public final class EvalCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotation: seeds.gold.json form or JSON Lines.")
    public Path gold;

    @Option(names = "--meta", paramLabel = "FILE", description = "Document metadata as JSON Lines (id, outlet, url, published, "
            + "title, and any grouping fields such as conflict or genre): used as the sidecar of a text file that has none, "
            + "and to group scores.")
    public Path meta;

    @Option(names = "--group", paramLabel = "FIELD", description = "Score groups of documents by this --meta field "
            + "(repeatable; default: conflict and genre when present), printed with the totals. 'id:N' groups by the first N "
            + "characters of the id.")
    public List<String> groupBy = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "PATH")
    public List<String> paths;

    @Option(names = "--format", description = "text (default) or json.")
    public String format = "text";

    @Option(names = "--details", description = "Explain every miss and spurious event by the stage that failed; list wrong "
            + "fields; score each document and group.")
    public boolean details;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Gold g;
        try (InputStream in = Files.newInputStream(gold)) {
            g = Gold.parse(in);
        } catch (IOException | RuntimeException e) {
            err().println(gold + ": error: cannot read gold file: " + e.getMessage());
            return 2;
        }
        Map<String, JsonNode> docs = new HashMap<>();
        if (meta != null) {
            try {
                for (String line : Files.readAllLines(meta)) {
                    if (!line.isBlank()) {
                        JsonNode n = Json.MAPPER.readTree(line);
                        if (n != null && n.hasNonNull("id")) {
                            docs.put(n.get("id").asText(), n);
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                err().println(meta + ": error: cannot read document metadata: " + e.getMessage());
                return 2;
            }
        }
        List<EventMention> predicted = new ArrayList<>();
        Map<String, List<SentenceTrace>> traces = new HashMap<>();
        Map<String, Set<String>> countries = new HashMap<>();
        common.quiet = true;
        common.bundledActorsOnly = true; // scores comparable whatever the user added
        int code = Runs.run(paths, common, System.err, details, doc -> metadata(docs.get(doc)), r -> {
            predicted.addAll(r.extraction().events());
            String doc = r.extraction().article().doc();
            traces.put(doc, r.extraction().trace());
            // the countries the article is about: its metadata's conflict field, else its own places
            JsonNode m = docs.get(doc);
            Set<String> named = m != null && m.hasNonNull("conflict")
                    ? CountryNames.of(GazetteerBuilder.bundled(), m.get("conflict").asText()) : Set.of();
            countries.put(doc, named.isEmpty() ? new java.util.LinkedHashSet<>(r.extraction().countries()) : named);
        });
        EvalReport report = new Evaluator().evaluate(g, predicted);
        Placement placement = Placement.of(report.predicted(), countries);
        if (format.equals("json")) {
            Map<String, Object> m = new LinkedHashMap<>(report.summary());
            m.put("in_country", Map.of("placed", placement.placed(), "inside", placement.inside(),
                    "share", Math.round(placement.share() * 1000) / 1000.0));
            groups(docs).forEach((name, byDoc) -> {
                Map<String, Object> per = new LinkedHashMap<>();
                new java.util.TreeSet<>(byDoc.values()).forEach(v -> per.put(v,
                        report.subset(d -> v.equals(byDoc.get(d))).summary()));
                m.put("by_" + name, per);
            });
            out.println(Json.write(m));
        } else {
            Explainer.Explanations ex = details ? new Explainer().explain(report, traces) : null;
            out.print(report.render(details, ex, groups(docs)));
            out.println(placement.line());
            if (details) {
                placement.outside().forEach(o -> out.println("  abroad: " + o));
            }
        }
        out.flush();
        return code;
    }

    private static Metadata metadata(JsonNode n) {
        if (n == null) {
            return null;
        }
        return new Metadata(text(n, "title"), text(n, "url"), text(n, "outlet"), text(n, "published"), text(n, "language"));
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    /** Grouping name → document → group, from the --meta fields asked for (or conflict and genre). */
    private Map<String, Map<String, String>> groups(Map<String, JsonNode> docs) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        List<String> fields = !groupBy.isEmpty() ? groupBy : List.of("conflict", "genre");
        for (String f : fields) {
            Map<String, String> byDoc = new HashMap<>();
            docs.forEach((id, n) -> {
                if (f.startsWith("id:")) {
                    int len = Integer.parseInt(f.substring(3));
                    byDoc.put(id, id.substring(0, Math.min(len, id.length())));
                } else if (n.hasNonNull(f)) {
                    byDoc.put(id, n.get(f).asText());
                }
            });
            if (!byDoc.isEmpty()) {
                out.put(f.equals("conflict") ? "war" : f, byDoc);
            }
        }
        return out;
    }
}
