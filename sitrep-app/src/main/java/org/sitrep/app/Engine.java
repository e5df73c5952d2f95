package org.sitrep.app;

import org.sitrep.core.Extractor;
import org.sitrep.core.Extractor.Result;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.geo.GazetteerFile;
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
public final class Engine {
    private final Extractor extractor;

    public Engine(Gazetteer gazetteer, Duration timeLimit) {
        this(gazetteer, timeLimit, false);
    }

    public Engine(Gazetteer gazetteer, Duration timeLimit, boolean trace) {
        this(gazetteer, timeLimit, trace, List.of());
    }

    /** With the user's actor files on top of the bundled lexicon; a malformed one is a usage error naming its line. */
    public Engine(Gazetteer gazetteer, Duration timeLimit, boolean trace, List<Path> actorFiles) {
        try {
            this.extractor = new Extractor(gazetteer, timeLimit, trace, actorFiles);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    /** The bundled gazetteer plus every {@code *.tsv.gz} the user imported under {@code home/gazetteer}. */
    public static Gazetteer gazetteer(Path home, Consumer<Diagnostic> diagnostics) {
        // the language's models and lexicons load on another core while the gazetteer does
        Thread warm = new Thread(() -> {
            try {
                org.sitrep.core.Pipeline.prepare(org.sitrep.core.lang.LanguagePack.english());
            } catch (RuntimeException e) {
                // the pipeline builds them again and reports the failure where it happens
            }
        }, "sitrep-prepare");
        warm.setDaemon(true);
        warm.start();
        Path dir = home.resolve("gazetteer");
        List<Path> imported = List.of();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                imported = s.filter(f -> f.getFileName().toString().endsWith(".tsv.gz")).sorted().toList();
            } catch (IOException e) {
                diagnostics.accept(Diagnostic.warning(dir.toString(), 0, "cannot list imported gazetteers: " + e.getMessage()));
            }
        }
        if (imported.isEmpty()) {
            return GazetteerBuilder.bundled();
        }
        // the bundle and the imports compiled together, kept until an import or the bundle changes
        Path compiled = dir.resolve(COMPILED);
        Path signatureFile = dir.resolve(COMPILED_SIGNATURE);
        String signature = signature(imported);
        try {
            if (Files.isRegularFile(compiled) && Files.isRegularFile(signatureFile)
                    && Files.readString(signatureFile).equals(signature)) {
                return GazetteerFile.read(compiled);
            }
        } catch (IOException | IllegalArgumentException e) {
            diagnostics.accept(Diagnostic.warning(compiled.toString(), 0, "compiled gazetteer not used, rebuilt: " + e.getMessage()));
        }
        // compiled to the file (in a heap bounded by the number of places, not their names), then mapped
        try (GazetteerBuilder b = new GazetteerBuilder(dir).addBundled()) {
            for (Path p : imported) {
                try (InputStream in = Files.newInputStream(p)) {
                    b.addCompact(in, p.toString());
                } catch (IOException | RuntimeException e) {
                    diagnostics.accept(Diagnostic.warning(p.toString(), 0, "imported gazetteer not loaded: " + e.getMessage()));
                }
            }
            try {
                b.write(compiled);
                Path tmp = Files.createTempFile(dir, COMPILED_SIGNATURE, ".part");
                Files.writeString(tmp, signature);
                Files.move(tmp, signatureFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return GazetteerFile.read(compiled);
            } catch (IOException | java.io.UncheckedIOException e) {
                diagnostics.accept(Diagnostic.warning(compiled.toString(), 0, "cannot keep the compiled gazetteer (the next start "
                        + "builds it again): " + e.getMessage()));
                return b.build();
            }
        }
    }

    /** The compiled form of the bundle and the user's imports, under {@code home/gazetteer}. */
    public static final String COMPILED = "compiled.bin";
    /** What {@link #COMPILED} was made from: the format, the bundle, each import's name, size and time. */
    public static final String COMPILED_SIGNATURE = "compiled.sources";

    private static String signature(List<Path> imported) {
        StringBuilder sb = new StringBuilder("format " + GazetteerFile.VERSION + " keys " + org.sitrep.core.geo.NameKeys.fingerprint()
                + " bundle " + GazetteerBuilder.bundleIdentity() + "\n");
        for (Path p : imported) {
            try {
                sb.append(p.getFileName()).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            } catch (IOException e) {
                sb.append(p.getFileName()).append(" unreadable\n");
            }
        }
        return sb.toString();
    }

    /**
     * Runs all documents, delivering results in input order to {@code sink}. Unreadable documents deliver their
     * diagnostics; an unexpected failure on one document is reported as a diagnostic for it.
     */
    public void run(Iterator<RawDocument> docs, int threads, Consumer<Result> sink) {
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
