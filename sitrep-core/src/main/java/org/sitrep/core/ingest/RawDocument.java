package org.sitrep.core.ingest;

import org.sitrep.core.model.Diagnostic;

import java.util.List;

/**
 * An input document before cleaning: its name, where it came from, its text and metadata, and what went wrong
 * while reading it.
 *
 * @param doc  the document name (file name without extension, or the JSONL {@code id})
 * @param text     the decoded text, or null when the input could not be read at all (see diagnostics)
 * @param captured when a web archive captured the page, or null (not a publication time: a bound on it)
 */
public record RawDocument(String doc, String source, String text, Metadata meta, List<Diagnostic> diagnostics,
                          java.time.Instant captured) {
    public RawDocument(String doc, String source, String text, Metadata meta, List<Diagnostic> diagnostics) {
        this(doc, source, text, meta, diagnostics, null);
    }

    public RawDocument {
        diagnostics = List.copyOf(diagnostics);
        if (meta == null) {
            meta = Metadata.NONE;
        }
    }

    public boolean readable() {
        return text != null;
    }
}
