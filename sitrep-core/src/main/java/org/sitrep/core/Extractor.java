package org.sitrep.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Diagnostic;

/**
 * One document in, its extraction out: the article (cleaned, dated, identified by its content hash) through the
 * pipeline. Never throws on bad input: an unreadable document gives its diagnostics, an unexpected failure an error
 * diagnostic naming it, and the caller goes on with the next. Thread-safe when the pipeline is (it is).
 */
public final class Extractor {
    private final ArticleFactory factory = new ArticleFactory();
    private final Pipeline pipeline;
    private final boolean trace;

    public Extractor(Gazetteer gazetteer, Duration timeLimit) {
        this(gazetteer, timeLimit, false);
    }

    /** With {@code trace}, each extraction keeps what the pipeline saw in each sentence (for explaining an evaluation). */
    public Extractor(Gazetteer gazetteer, Duration timeLimit, boolean trace) {
        this.pipeline = new Pipeline(gazetteer, timeLimit);
        this.trace = trace;
    }

    /** The document's result; {@code extraction} is null when it could not be processed. */
    public Result process(RawDocument d) {
        try {
            if (!d.readable()) {
                return new Result(d, null, d.diagnostics());
            }
            Deadline deadline = Deadline.after(pipeline.timeLimit());
            Article a = factory.create(d.doc(), d.source(), d.text(), d.meta(), d.diagnostics(), deadline);
            Extraction x = pipeline.process(a, trace, deadline);
            return new Result(d, x, x.diagnostics());
        } catch (RuntimeException | StackOverflowError e) {
            List<Diagnostic> diags = new ArrayList<>(d.diagnostics());
            diags.add(Diagnostic.error(d.source(), 0, "internal error while processing: " + e));
            return new Result(d, null, diags);
        }
    }

    /** A processed document: its extraction (null when it failed) and every diagnostic. */
    public record Result(RawDocument doc, Extraction extraction, List<Diagnostic> diagnostics) {
        public boolean failed() {
            return diagnostics.stream().anyMatch(x -> x.severity() == Diagnostic.Severity.ERROR);
        }
    }
}
