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
 * {@code sitrep demo}: runs the main job on the bundled example (five articles on the capture of Hama): ingests it
 * into a fresh store (a temporary SQLite file) and prints the situation report.
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
        Path db = Files.createTempDirectory("sitrep-demo-store").resolve("sitrep.db");
        try (org.sitrep.store.SqliteEventStore store = org.sitrep.store.SqliteEventStore.open(db)) {
            results.forEach(store::add);
            store.refresh();
            ReportCommand.write(store, new ReportDoc.Markdown(out), null);
        }
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
}
