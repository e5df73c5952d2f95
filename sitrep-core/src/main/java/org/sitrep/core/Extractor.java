package org.sitrep.core;

import org.sitrep.core.actor.ActorFinder;
import org.sitrep.core.actor.ActorLexicon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.lang.LanguagePack;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Diagnostic;

/**
 * One document in, its extraction out: the article (cleaned, dated, identified by its content hash) through the
 * pipeline of its language — the language its metadata names, English when none; a language without a pack of its
 * own is read with the English pack and the document gets a warning saying so. Never throws on bad input: an
 * unreadable document gives its diagnostics, an unexpected failure an error diagnostic naming it, and the caller
 * goes on with the next. Thread-safe.
 */
public final class Extractor {
    /** What reads one language: its article factory (cleaning, dating) and its pipeline. */
    private record Reader(ArticleFactory factory, Pipeline pipeline) {
    }

    private final Gazetteer gazetteer;
    private final Duration timeLimit;
    private final java.util.Map<String, Reader> readers = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean trace;
    private final List<java.nio.file.Path> actorFiles;

    public Extractor(Gazetteer gazetteer, Duration timeLimit) {
        this(gazetteer, timeLimit, false);
    }

    /** With {@code trace}, each extraction keeps what the pipeline saw in each sentence (for explaining an evaluation). */
    public Extractor(Gazetteer gazetteer, Duration timeLimit, boolean trace) {
        this(gazetteer, timeLimit, trace, List.of());
    }

    /**
     * With the user's actor files loaded on top of the bundled lexicon ({@link ActorLexicon#of(LanguagePack, List)});
     * a malformed file is an IllegalArgumentException naming it and its line, here, before any document is read.
     */
    public Extractor(Gazetteer gazetteer, Duration timeLimit, boolean trace, List<java.nio.file.Path> actorFiles) {
        this.gazetteer = gazetteer;
        this.timeLimit = timeLimit;
        this.trace = trace;
        this.actorFiles = List.copyOf(actorFiles);
        if (!actorFiles.isEmpty()) {
            reader(LanguagePack.english()); // the files are read and checked now, not at the first document
        }
    }

    private Reader reader(LanguagePack pack) {
        return readers.computeIfAbsent(pack.code(), c -> {
            Pipeline.Builder b = Pipeline.builder(gazetteer).language(pack).timeLimit(timeLimit);
            if (!actorFiles.isEmpty()) {
                b.actors(ActorFinder.of(ActorLexicon.of(pack, actorFiles), pack));
            }
            return new Reader(new ArticleFactory(pack), b.build());
        });
    }

    /** The document's result; {@code extraction} is null when it could not be processed. */
    public Result process(RawDocument d) {
        try {
            if (!d.readable()) {
                return new Result(d, null, d.diagnostics());
            }
            String language = d.meta() == null ? null : d.meta().language();
            Reader r = reader(LanguagePack.forLanguage(language));
            List<Diagnostic> diags = d.diagnostics();
            if (!LanguagePack.covers(language)) {
                diags = new ArrayList<>(diags);
                diags.add(Diagnostic.warning(d.source(), 0, "no language pack for language '" + language + "' (the packs are "
                        + LanguagePack.available() + "); read with the English pack, so few of its events will be found"));
            }
            Deadline deadline = Deadline.after(timeLimit);
            // an undated article's dating finds its sentences and their time expressions; the pipeline reads them again
            ArticleSentences sentences = r.pipeline().sentences();
            Article a = r.factory().create(d.doc(), d.source(), d.text(), d.meta(), diags, deadline, sentences);
            Extraction x = r.pipeline().process(a, trace, deadline, sentences);
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
