package org.sitrep.core.model;

import java.util.List;

/**
 * Sources that disagree about one subject and attribute. {@code kind} says how: {@code HARD} (both cannot be
 * true), {@code SOFT} (a tension worth showing: a denial against a claim, a role named two ways), or
 * {@code COMPATIBLE} (the values agree within what the sources state, e.g. approximate figures; kept, not reported).
 *
 * @param id        stable id (hash of partition, subject and attribute)
 * @param partition the reconciliation partition it was found in ("claims:…", or the merged event's partition)
 * @param eventId   the merged event the disagreement is about, or null for claims
 */
public record Contradiction(String id, String partition, String subject, String attribute, Kind kind, String eventId,
                            List<Position> positions) {
    public enum Kind {
        HARD, SOFT, COMPATIBLE;

        public String label() {
            return name().toLowerCase();
        }
    }

    /**
     * One side of the disagreement: the value a source gives, who says it, and the sentence.
     *
     * @param claimant who the source attributes the statement to, or null when the article itself states it
     * @param source   how the source is named to people ({@link Sources#name}); the outlet when null
     */
    public record Position(String value, boolean approximate, String claimant, String outlet, String articleId,
                           String doc, int sentence, String quote, Span span, String source) {
        public Position(String value, boolean approximate, String claimant, String outlet, String articleId,
                        String doc, int sentence, String quote, Span span) {
            this(value, approximate, claimant, outlet, articleId, doc, sentence, quote, span, null);
        }

        public Position {
            if (source == null || source.isBlank()) {
                source = Sources.name(outlet, null, null, null);
            }
        }
    }

    public Contradiction {
        positions = List.copyOf(positions);
    }
}
