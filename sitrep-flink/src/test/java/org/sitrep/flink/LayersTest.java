package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * The modules' layering, read from the compiled classes by the JDK's {@code jdeps} (the last module built, so every
 * other module's classes are there): core depends on no other module; files (the walk and reading of article
 * files) and store on core only; the command line and the Flink job on core, files and store, never on each other; and nothing outside the store names a store
 * implementation class, only {@code EventStore}, {@code EventStores} and the store's value types.
 */
class LayersTest {
    static final Map<String, Path> MODULES = Map.of(
            "core", Path.of("..", "sitrep-core", "target", "classes"),
            "files", Path.of("..", "sitrep-files", "target", "classes"),
            "store", Path.of("..", "sitrep-store", "target", "classes"),
            "app", Path.of("..", "sitrep-app", "target", "classes"),
            "bench", Path.of("..", "sitrep-bench", "target", "classes"),
            "flink", Path.of("target", "classes"));
    /** Which modules each may depend on. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "core", List.of(),
            "files", List.of("core"),
            "store", List.of("core"),
            "app", List.of("core", "files", "store"),
            "bench", List.of("core", "files", "store", "app"),
            "flink", List.of("core", "files", "store"));
    /** The store's classes that are its implementation: named by no other module. */
    static final Pattern STORE_INTERNALS = Pattern.compile("org\\.sitrep\\.store\\.(SqlEventStore|StoreDerived|StoreReads|Dialect|BriefPeriod|ControlIndex|Migrations|OffsetRuns|SqliteSettings)\\b.*");
    static final Pattern EDGE = Pattern.compile("^\\s+(org\\.sitrep\\.\\S+)\\s+->\\s+(org\\.sitrep\\.\\S+)");

    static String moduleOf(String cls) {
        String rest = cls.substring("org.sitrep.".length());
        String top = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return switch (top) {
            case "core", "files", "store", "app", "bench", "flink" -> top;
            default -> "?" + top;
        };
    }

    /** Class-level edges between sitrep classes, as jdeps prints them ("a.B -> c.D  module"). */
    static List<String[]> edges() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("this JDK has no jdeps"));
        List<String> args = new ArrayList<>(List.of("-verbose:class", "-filter:none", "-e", "org\\.sitrep\\..*"));
        for (Path p : MODULES.values()) {
            assertTrue(Files.isDirectory(p), p + " is missing: build the modules first (mvn verify builds them in order)");
            args.add(p.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        List<String[]> edges = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.find()) {
                edges.add(new String[] {m.group(1), m.group(2)});
            }
        }
        return edges;
    }

    @Test
    void eachModuleDependsOnlyOnTheLayersBelowItAndNoneOnTheStoresImplementation() {
        List<String[]> edges = edges();
        assertTrue(edges.size() > 1000, "jdeps read the classes: " + edges.size() + " edges");
        TreeSet<String> wrong = new TreeSet<>();
        for (String[] e : edges) {
            String from = moduleOf(e[0]);
            String to = moduleOf(e[1]);
            if (!from.equals(to) && !ALLOWED.getOrDefault(from, List.of()).contains(to)) {
                wrong.add(e[0] + " -> " + e[1]);
            }
            if (!from.equals("store") && STORE_INTERNALS.matcher(e[1]).matches()) {
                wrong.add(e[0] + " -> " + e[1] + " (a store implementation class)");
            }
        }
        assertTrue(wrong.isEmpty(), "dependencies against the layering:\n" + String.join("\n", wrong));
    }

    /**
     * The command line's parts: export on nothing of the app; live monitoring (watch) on the shared base and export;
     * server on those; cli on all.
     */
    static final Map<String, List<String>> APP_PARTS = Map.of(
            "export", List.of(),
            "base", List.of("export"),
            "watch", List.of("base", "export"),
            "server", List.of("base", "export", "watch"),
            "cli", List.of("base", "export", "server", "watch"));

    static String appPart(String cls) {
        String rest = cls.substring("org.sitrep.app.".length());
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : "";
        return switch (first) {
            case "cli", "server", "export", "watch" -> first;
            default -> "base";
        };
    }

    @Test
    void theAppsPartsDependOnlyDownwardAndOnlyItsEntryPointsNameTheSubcommands() {
        TreeSet<String> wrong = new TreeSet<>();
        int seen = 0;
        for (String[] e : edges()) {
            if (!e[0].startsWith("org.sitrep.app.") || !e[1].startsWith("org.sitrep.app.")) {
                continue;
            }
            seen++;
            String from = appPart(e[0]);
            String to = appPart(e[1]);
            boolean entry = e[0].startsWith("org.sitrep.app.Main") || e[0].startsWith("org.sitrep.app.SitrepCommand");
            if (!from.equals(to) && !APP_PARTS.get(from).contains(to) && !(entry && to.equals("cli"))) {
                wrong.add(e[0] + " -> " + e[1]);
            }
        }
        assertTrue(seen > 100, "edges within the app: " + seen);
        assertTrue(wrong.isEmpty(), "dependencies against the app's parts:\n" + String.join("\n", wrong));
    }
}
