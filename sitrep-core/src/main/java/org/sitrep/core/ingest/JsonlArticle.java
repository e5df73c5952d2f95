package org.sitrep.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.Diagnostic;

import java.util.List;

/**
 * One JSON Lines article: {@code id} and {@code text} required; {@code title, url, outlet, published, language}
 * optional. A bad line gives a document without text and a diagnostic naming the line. Thread-safe.
 */
public final class JsonlArticle {
    private JsonlArticle() {
    }

    /** Longest id kept as given, in characters. */
    public static final int MAX_ID = 200;

    public static RawDocument parse(String line, String file, int lineNo) {
        String source = file + ":" + lineNo;
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return bad(file, lineNo, "not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            return bad(file, lineNo, "not a JSON object");
        }
        if (!n.hasNonNull("id") || !n.get("id").isValueNode()) {
            return bad(file, lineNo, "missing required field 'id'");
        }
        if (!n.hasNonNull("text") || !n.get("text").isTextual()) {
            return bad(file, lineNo, "missing required string field 'text'");
        }
        if (n.get("text").asText().isBlank()) {
            // as an empty file is: nothing to read is said, not passed on as an article without events
            String id = n.path("id").asText("");
            return bad(file, lineNo, "article " + (id.length() > 64 ? id.substring(0, 64) + "…" : id) + " has an empty 'text'; skipped");
        }
        List<Diagnostic> diags = new java.util.ArrayList<>();
        if (n.get("id").asText().length() > MAX_ID) {
            // an id is repeated in every output line and stored row: a long one is cut, with its hash to stay unique
            String long_ = n.get("id").asText();
            String cut = long_.substring(0, 64) + "…" + org.sitrep.core.text.Hashes.hex("SHA-256", long_, 8);
            diags.add(Diagnostic.warning(file, lineNo, "id of " + long_.length() + " characters shortened to " + cut.length()
                    + " (at most " + MAX_ID + "): " + cut));
            ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("id", cut);
        }
        Metadata meta = new Metadata(str(n, "title"), str(n, "url"), str(n, "outlet"), str(n, "published"), str(n, "language"));
        String text = n.get("text").asText();
        String id = n.get("id").asText();
        if (java.util.stream.Stream.of(text, id, meta.title(), meta.url(), meta.outlet(), meta.published(), meta.language())
                .anyMatch(v -> v != null && v.indexOf(NUL) >= 0)) {
            // JSON can escape a NUL character, which no database stores as text: replaced (as invalid UTF-8 is) so
            // that every store holds the same article
            diags.add(Diagnostic.warning(file, lineNo, "NUL characters replaced by U+FFFD"));
            text = noNul(text);
            id = noNul(id);
            meta = new Metadata(noNul(meta.title()), noNul(meta.url()), noNul(meta.outlet()), noNul(meta.published()), noNul(meta.language()));
        }
        return new RawDocument(id, source, text, meta, diags);
    }

    private static final char NUL = (char) 0;

    private static String noNul(String s) {
        return s == null ? null : s.replace(NUL, '\uFFFD');
    }

    private static RawDocument bad(String file, int lineNo, String why) {
        return new RawDocument(file + ":" + lineNo, file + ":" + lineNo, null, Metadata.NONE,
                List.of(Diagnostic.error(file, lineNo, why)));
    }

    private static String str(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }
}
