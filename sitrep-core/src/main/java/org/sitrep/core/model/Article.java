package org.sitrep.core.model;

import java.util.List;

/**
 * One news article after ingest and cleaning.
 *
 * @param id          content hash of the raw text (re-ingesting the same text gives the same id)
 * @param doc         document name: the file name without its extension, or the JSONL {@code id}
 * @param source      where it was read from (file path, "stdin", "file.jsonl:12")
 * @param outlet      the publishing outlet, or null when neither metadata nor text names it
 * @param url         the article's URL, or null
 * @param published   publication time; precision {@code INFERRED} when derived from content, {@code UNKNOWN} when absent
 * @param language    ISO 639-1 code ("en")
 * @param title       the headline, or null
 * @param text        raw and cleaned text with their alignment
 * @param statements  embedded social posts kept as quoted statements
 * @param diagnostics what went wrong or was doubtful while reading and cleaning
 */
public record Article(String id, String doc, String source, String outlet, String url, TimeInterval published,
                      String language, String title, AlignedText text, List<Statement> statements,
                      List<Diagnostic> diagnostics) {
    public Article {
        statements = List.copyOf(statements);
        diagnostics = List.copyOf(diagnostics);
        if (published == null) {
            published = TimeInterval.UNKNOWN;
        }
    }

    public String cleaned() {
        return text.cleaned();
    }

    /** How the article's source is named to people ({@link Sources#name}: outlet, else site, else title). */
    public String sourceName() {
        return Sources.name(outlet, url, title, doc);
    }

    public Article withPublished(TimeInterval p) {
        return new Article(id, doc, source, outlet, url, p, language, title, text, statements, diagnostics);
    }

    public Article withOutlet(String o) {
        return new Article(id, doc, source, o, url, published, language, title, text, statements, diagnostics);
    }
}
