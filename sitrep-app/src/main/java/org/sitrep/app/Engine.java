package org.sitrep.app;

import org.sitrep.core.Extractor;
import org.sitrep.core.Extractor.Result;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The extraction engine of the command line: the gazetteer (bundled data plus the user's imported files), the
 * core pipeline and the article factory. Processes documents in input order, on one or more threads; a document
 * that cannot be read or that fails unexpectedly yields diagnostics and the run goes on.
 */
final class Engine {
    private final Extractor extractor;

    Engine(Gazetteer gazetteer, Duration timeLimit) {
        this(gazetteer, timeLimit, false);
    }

    Engine(Gazetteer gazetteer, Duration timeLimit, boolean trace) {
        this.extractor = new Extractor(gazetteer, timeLimit, trace);
    }

    /** The bundled gazetteer plus every {@code *.tsv.gz} the user imported under {@code home/gazetteer}. */
    static Gazetteer gazetteer(Path home, Consumer<Diagnostic> diagnostics) {
        Path dir = home.resolve("gazetteer");
        if (!Files.isDirectory(dir)) {
            return GazetteerBuilder.bundled();
        }
        GazetteerBuilder b = new GazetteerBuilder().addBundled();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".tsv.gz")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    b.addCompact(in, p.toString());
                } catch (IOException | RuntimeException e) {
                    diagnostics.accept(Diagnostic.warning(p.toString(), 0, "imported gazetteer not loaded: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            diagnostics.accept(Diagnostic.warning(dir.toString(), 0, "cannot list imported gazetteers: " + e.getMessage()));
        }
        return b.build();
    }

    /**
     * Runs all documents, delivering results in input order to {@code sink}. Unreadable documents deliver their
     * diagnostics; an unexpected failure on one document is reported as a diagnostic for it.
     */
    void run(Iterator<RawDocument> docs, int threads, Consumer<Result> sink) {
        if (threads <= 1) {
            while (docs.hasNext()) {
                sink.accept(safely(docs.next()));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Result>> window = new ArrayList<>();
            while (docs.hasNext()) {
                RawDocument d = docs.next();
                window.add(pool.submit(() -> safely(d)));
                if (window.size() >= threads * 4) {
                    sink.accept(get(window.remove(0)));
                }
            }
            for (Future<Result> f : window) {
                sink.accept(get(f));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result get(Future<Result> f) {
        try {
            return f.get();
        } catch (Exception e) {
            throw new IllegalStateException("worker failed", e);
        }
    }

    private Result safely(RawDocument d) {
        return extractor.process(d);
    }
}
