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
final class Runs {
    private Runs() {
    }

    /**
     * @return 0 when every input was processed cleanly, 1 when any input had an error diagnostic
     */
    static int run(List<String> paths, Common common, PrintStream err, Consumer<org.sitrep.core.Extractor.Result> sink) {
        return run(paths, common, err, false, doc -> null, sink);
    }

    /**
     * @param trace     keep what the pipeline saw in each sentence
     * @param knownMeta metadata by document name for text files without a sidecar
     */
    static int run(List<String> paths, Common common, PrintStream err, boolean trace,
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
        Gazetteer gazetteer = Engine.gazetteer(common.home(), report);
        Engine engine = new Engine(gazetteer, common.timeLimit(), trace);
        Progress progress = new Progress(err, files.size(), common.quiet);
        Iterator<RawDocument> docs = inputs.documents(files);
        engine.run(docs, common.threads, r -> {
            progress.step(r.doc().source());
            r.diagnostics().forEach(report);
            if (r.extraction() != null) {
                sink.accept(r);
            }
        });
        progress.finish();
        return failed[0] ? 1 : 0;
    }
}
