package org.sitrep.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.Diagnostic;

/**
 * Article files as documents, without touching the file system (callers read the bytes): plain text with optional
 * sidecar metadata, HTML (main text and Open Graph metadata), and the names that make a file an article. Shared by
 * the command line and the Flink job so that both read a file the same way. Stateless and thread-safe.
 */
public final class Documents {
    private Documents() {
    }

    /**
     * Whether a file name is an article file: some {@link DocumentReaders reader} reads it by its ending (.txt, .text,
     * .html, .htm, .xhtml, .jsonl, .ndjson, .warc, .warc.gz); a hidden file is not.
     */
    public static boolean isArticleFile(String fileName) {
        return DocumentReaders.forName(fileName).isPresent();
    }

    /** A file name without its extension: the document name. */
    public static String docName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * One text or HTML file as a document: decoded (invalid UTF-8 reported and replaced), HTML reduced to its main
     * text, plain text given the sidecar's metadata. A document without text carries the reason as an error.
     */
    public static RawDocument file(String doc, String source, byte[] bytes, Metadata sidecar) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return html(doc, source, bytes, Metadata.NONE);
        }
        return text(doc, source, bytes, sidecar);
    }

    /** A plain-text file as a document: decoded (invalid UTF-8 reported and replaced), given the sidecar's metadata. */
    public static RawDocument text(String doc, String source, byte[] bytes, Metadata sidecar) {
        Decoder.Result r = Decoder.decode(bytes, source);
        List<Diagnostic> diags = new ArrayList<>();
        if (r.diagnostic() != null) {
            diags.add(r.diagnostic());
        }
        if (r.text() == null) {
            return new RawDocument(doc, source, null, Metadata.NONE, diags);
        }
        return textOf(doc, source, r.text(), sidecar, diags);
    }

    private static RawDocument textOf(String doc, String source, String text, Metadata sidecar, List<Diagnostic> diags) {
        if (text.isBlank()) {
            diags.add(Diagnostic.error(source, 0, "file holds only white space"));
            return new RawDocument(doc, source, null, Metadata.NONE, diags);
        }
        return new RawDocument(doc, source, text, sidecar == null ? Metadata.NONE : sidecar, diags);
    }

    /**
     * An HTML page (from a web archive, say) as a document: its main text and the metadata of its tags, the gaps
     * filled from {@code known} (the archived URL, for instance).
     */
    public static RawDocument html(String doc, String source, byte[] bytes, Metadata known) {
        Decoder.Result r = Decoder.decode(bytes, source);
        List<Diagnostic> diags = new ArrayList<>();
        if (r.diagnostic() != null) {
            diags.add(r.diagnostic());
        }
        if (r.text() == null) {
            return new RawDocument(doc, source, null, known, diags);
        }
        return page(doc, source, r.text(), known, diags);
    }

    private static RawDocument page(String doc, String source, String html, Metadata known, List<Diagnostic> diags) {
        HtmlText.Page page = HtmlText.extract(html);
        Metadata m = page.meta();
        Metadata meta = new Metadata(or(m.title(), known.title()), or(m.url(), known.url()), or(m.outlet(), known.outlet()),
                or(m.published(), known.published()), or(m.language(), known.language()));
        if (page.text().isBlank()) {
            diags.add(Diagnostic.error(source, 0, "HTML page has no text outside scripts, styles and navigation"));
            return new RawDocument(doc, source, null, meta, diags);
        }
        return new RawDocument(doc, source, page.text(), meta, diags);
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /** Metadata from a sidecar's JSON ({@code title, url, outlet, published, language}); a warning when unreadable. */
    public static Metadata sidecar(String json, String source, List<Diagnostic> diags) {
        try {
            JsonNode n = Json.MAPPER.readTree(json);
            return new Metadata(str(n, "title"), str(n, "url"), str(n, "outlet"), str(n, "published"), str(n, "language"));
        } catch (java.io.IOException e) {
            diags.add(Diagnostic.warning(source, 0, "unreadable sidecar metadata, ignored: " + e.getMessage()));
            return Metadata.NONE;
        }
    }

    private static String str(JsonNode n, String f) {
        return n != null && n.hasNonNull(f) ? n.get(f).asText() : null;
    }
}
