package org.sitrep.flink;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;

/**
 * An article as it travels through the job: the document (name, source, text, metadata), its content id (the
 * hash the store keys articles by, so duplicates meet in one task) and its event time: the publication time, or
 * the time it was read when the article does not say. {@code diagnostics} are those of reading it (why an
 * unreadable input has no text, a repaired encoding).
 *
 * @param id        content hash of the text ({@link ArticleFactory#id}); the source name for unreadable inputs
 * @param eventTime milliseconds since the epoch (UTC)
 */
public record ArticleIn(String doc, String source, String id, String text, String title, String url, String outlet,
                        String published, String language, long eventTime, List<Diagnostic> diagnostics) implements Serializable {

    public ArticleIn {
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
    }

    /** The article of a document read from a file, a Kafka record or a WARC record. */
    public static ArticleIn of(RawDocument d, long readAt) {
        Metadata m = d.meta();
        return new ArticleIn(d.doc(), d.source(), d.readable() ? ArticleFactory.id(d.text()) : d.source(), d.text(), m.title(), m.url(),
                m.outlet(), m.published(), m.language(), eventTime(m.published(), readAt), d.diagnostics());
    }

    /** Why the input has no text (its errors), or null when it has. */
    public String problem() {
        return text != null ? null : diagnostics.stream().map(Diagnostic::message).reduce((a, b) -> a + "; " + b).orElse("no text");
    }

    /** The document again, for the extractor. */
    public RawDocument document() {
        return new RawDocument(doc, source, text, new Metadata(title, url, outlet, published, language), diagnostics);
    }

    /** A publication time (ISO date or date-time) in milliseconds; {@code fallback} when absent or unreadable. */
    static long eventTime(String published, long fallback) {
        if (published == null || published.isBlank()) {
            return fallback;
        }
        String p = published.strip();
        try {
            if (p.length() == 10) {
                return LocalDate.parse(p).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            return OffsetDateTime.parse(p).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(p).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException again) {
                return fallback;
            }
        }
    }
}
