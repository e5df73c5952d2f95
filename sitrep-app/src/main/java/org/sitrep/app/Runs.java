package org.sitrep.app;

import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/** Runs the engine over command-line paths, printing diagnostics and progress on stderr; returns the exit code. */
public final class Runs {
    private Runs() {
    }

    /**
     * @return 0 when every input was processed cleanly, 1 when any input had an error diagnostic
     */
    public static int run(List<String> paths, Common common, PrintStream err, Consumer<org.sitrep.core.Extractor.Result> sink) {
        return run(paths, common, err, false, doc -> null, sink);
    }

    /**
     * @param trace     keep what the pipeline saw in each sentence
     * @param knownMeta metadata by document name for text files without a sidecar
     */
    public static int run(List<String> paths, Common common, PrintStream err, boolean trace,
                   java.util.function.Function<String, org.sitrep.core.ingest.Metadata> knownMeta,
                   Consumer<org.sitrep.core.Extractor.Result> sink) {
        boolean[] failed = {false};
        Consumer<Diagnostic> report = d -> {
            err.println(d.format());
            if (d.severity() == Diagnostic.Severity.ERROR) {
                failed[0] = true;
            }
        };
        Inputs inputs = new Inputs(common.maxBytes, report, knownMeta);
        List<Path> files = inputs.files(paths);
        java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        long total = 0;
        for (Path f : files) {
            try {
                long n = java.nio.file.Files.size(f);
                sizes.put(f.toString(), n);
                total += n;
            } catch (java.io.IOException | RuntimeException e) {
                // stdin, or a file that is gone: read and reported as it comes, not counted in the bar
            }
        }
        Progress progress = Progress.ofBytes(err, total, common.quiet);
        progress.say("sitrep: loading the gazetteer and the language models…");
        Gazetteer gazetteer = Engine.gazetteer(common.home(), report);
        Engine engine = new Engine(gazetteer, common.timeLimit(), trace, common.actorFiles());
        Iterator<RawDocument> docs = inputs.documents(files);
        ByteCredit credit = new ByteCredit(sizes);
        engine.run(docs, common.threads, r -> {
            progress.step(r.doc().source(), progress.shown() ? credit.of(r.doc()) : 0); // no bar, no counting
            r.diagnostics().forEach(report);
            if (r.extraction() != null) {
                sink.accept(r);
            }
        });
        progress.finish(credit.rest());
        return failed[0] ? 1 : 0;
    }

    /**
     * The input bytes a document stands for, so that a bar over the files' sizes moves with each document: its
     * text's bytes while its file goes on (a JSON Lines file's lines), and what is left of a file once the next file
     * begins (markup, sidecars and JSON are not text).
     */
    public static final class ByteCredit {
        private final java.util.Map<String, Long> sizes;
        private String file;
        private long given;

        public ByteCredit(java.util.Map<String, Long> sizes) {
            this.sizes = sizes;
        }

        public long of(RawDocument d) {
            String f = fileOf(d.source());
            long out = 0;
            if (!java.util.Objects.equals(f, file)) {
                out += rest();
                file = f;
                given = 0;
            }
            long size = f == null ? 0 : sizes.getOrDefault(f, 0L);
            long text = d.text() == null ? 0 : d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            long step = Math.max(0, Math.min(text, size - given));
            given += step;
            return out + step;
        }

        /** What is left of the current file. */
        public long rest() {
            long size = file == null ? 0 : sizes.getOrDefault(file, 0L);
            long left = Math.max(0, size - given);
            given = size;
            return left;
        }

        /** The input file a document came from: its source, or its source without a ":LINE" suffix. */
        private String fileOf(String source) {
            if (source == null) {
                return null;
            }
            if (sizes.containsKey(source)) {
                return source;
            }
            int colon = source.lastIndexOf(':');
            if (colon > 0 && source.substring(colon + 1).chars().allMatch(Character::isDigit) && sizes.containsKey(source.substring(0, colon))) {
                return source.substring(0, colon);
            }
            return source;
        }
    }
}
