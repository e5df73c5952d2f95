package org.sitrep.app.cli;

import org.sitrep.app.Common;
import org.sitrep.app.Runs;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.export.ReportDoc;
import org.sitrep.app.server.ApiServer;

import org.sitrep.core.Extraction;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Realis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
 * {@code sitrep demo}: runs the main job on the bundled example (five articles on the capture of Hama): ingests it
 * into a fresh store (a temporary SQLite file) and serves the map over it, printing its address; with
 * {@code --report} it prints the situation report instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run sitrep on the bundled example articles (capture of Hama, Dec 2024) and serve the map (or print the report).")
public final class DemoCommand extends SitrepCommand implements Callable<Integer> {
    public static final String EXAMPLE = "examples/hama-2024-12";

    @Option(names = "--report", description = "Print the situation report (Markdown) and exit instead of serving the map.")
    public boolean report;
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port of the map (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    public int port = 8080;
    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    public String bind = "127.0.0.1";

    @Override
    public Integer call() throws IOException, InterruptedException {
        requirePort(port);
        PrintWriter out = out();
        Path db = Files.createTempDirectory("sitrep-demo-store").resolve("sitrep.db");
        common.quiet = true;
        int code = ingestExample(db, common);
        if (report) {
            try (org.sitrep.store.EventStore store = org.sitrep.store.EventStores.open(db)) {
                ReportCommand.write(store, new ReportDoc.Markdown(out), null);
            }
            out.flush();
            deleteStore(db);
            return code;
        }
        ApiServer server = new ApiServer(db).start(bind, port);
        ServeCommand.serveUntilStopped(server, out, "sitrep demo: the bundled example (capture of Hama, 27 Nov – 5 Dec 2024) in " + db
                + "; the map is at http://" + bind + ":" + server.port() + "/ (API under /api); Ctrl-C stops", () -> deleteStore(db));
        return code;
    }

    /** Removes the demo's temporary store (the SQLite file, its journal files and their directory). */
    private static void deleteStore(Path db) {
        try (java.util.stream.Stream<Path> files = Files.list(db.getParent())) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(db.getParent());
        } catch (IOException e) {
            System.err.println("sitrep: could not remove the demo store " + db.getParent() + ": " + e.getMessage());
        }
    }

    /**
     * Extracts the bundled example articles into the store at {@code db} and refreshes it; diagnostics go to
     * stderr. Returns the exit code of the run (1 when an article had an error).
     */
    public static int ingestExample(Path db, Common common) throws IOException {
        List<Extraction> results = new ArrayList<>();
        int code = Runs.run(List.of(exampleDir().toString()), common, System.err, r -> results.add(r.extraction()));
        try (org.sitrep.store.EventStore store = org.sitrep.store.EventStores.open(db)) {
            results.forEach(store::add);
            store.refresh();
        }
        return code;
    }

    /** The copy of the bundled example made by this process, if any (one per process, removed when it exits). */
    private static Path copied;

    /**
     * The example directory of the checkout, or a copy of the articles bundled in the jar: made once per process in a
     * temporary directory that is removed, with its files, when the process exits.
     */
    public static synchronized Path exampleDir() throws IOException {
        String root = System.getProperty("sitrep.root", ".");
        Path repo = Path.of(root, EXAMPLE);
        if (Files.isDirectory(repo)) {
            return repo;
        }
        if (copied != null && Files.isDirectory(copied)) {
            return copied;
        }
        Path tmp = Files.createTempDirectory("sitrep-demo");
        // Deleted at exit in the reverse order of registration: the files, then their directory.
        tmp.toFile().deleteOnExit();
        try (InputStream index = resource("articles.lst")) {
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!name.isBlank()) {
                    Path file = tmp.resolve(name.strip());
                    file.toFile().deleteOnExit();
                    try (InputStream in = resource(name.strip())) {
                        Files.copy(in, file);
                    }
                }
            }
        }
        copied = tmp;
        return tmp;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream("/" + EXAMPLE + "/" + name);
        if (in == null) {
            throw new IOException("bundled example file missing from the jar: " + name);
        }
        return in;
    }
}
