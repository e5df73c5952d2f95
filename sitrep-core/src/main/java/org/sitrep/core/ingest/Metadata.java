package org.sitrep.core.ingest;

/**
 * Article metadata given with the text (JSONL fields or a {@code <file>.meta.json} sidecar). Every field may be
 * null. {@code published} is an ISO-8601 date or date-time.
 */
public record Metadata(String title, String url, String outlet, String published, String language) {
    public static final Metadata NONE = new Metadata(null, null, null, null, null);
}
