package org.sitrep.core.model;

import java.util.List;

/**
 * Who held a place over a stretch of time, and the evidence for it.
 *
 * @param placeKey   the place's key ("gn:170017" for a gazetteer entry, "name:…" for an unlisted name)
 * @param seq        0-based position in the place's timeline
 * @param controller the actor holding the place (canonical id), or null while {@code contested}
 * @param side       the controller's side, or, while contested, the side contesting it
 * @param contested  true while sources report entries or fighting inside, or disagree
 * @param from       when the period began (as precisely as the evidence says); {@link TimeInterval#UNKNOWN} when it
 *                   began before the first evidence
 * @param to         when it ended (the next period's {@code from}), or UNKNOWN while it lasts
 * @param evidenceTotal how many mentions support or dispute the period; {@code evidence} lists at most
 *                   {@value #MAX_EVIDENCE} of them: the first of every role and outlet, then the earliest others
 * @param inferred   true when no source states the period: it is implied by a later change ("the army withdrew")
 * @param confidence 0..1, from the number of independent sources and how firmly they state it
 */
public record ControlPeriod(String placeKey, ResolvedPlace place, int seq, String controller, String side,
                            boolean contested, TimeInterval from, TimeInterval to, List<Evidence> evidence,
                            int evidenceTotal, boolean inferred, double confidence) {
    /** Evidence items a period lists (a town fought over for months has thousands). */
    public static final int MAX_EVIDENCE = 25;

    public ControlPeriod {
        evidence = List.copyOf(evidence);
    }

    /**
     * One event mention supporting (or, with role {@code denied}, disputing) the period.
     *
     * @param role   take, enter, fight, hold, lose (the previous controller's withdrawal or admission), denied, or implies
     * @param source how the source is named to people ({@link Sources#name}); the outlet when null
     */
    public record Evidence(String eventId, String role, EventType type, Realis realis, String actor, String outlet,
                           String claimant, String articleId, String doc, int sentence, String quote, Span span,
                           TimeInterval time, String source) {
        public Evidence(String eventId, String role, EventType type, Realis realis, String actor, String outlet,
                        String claimant, String articleId, String doc, int sentence, String quote, Span span, TimeInterval time) {
            this(eventId, role, type, realis, actor, outlet, claimant, articleId, doc, sentence, quote, span, time, null);
        }

        public Evidence {
            if (source == null || source.isBlank()) {
                source = Sources.name(outlet, null, null, null);
            }
        }
    }
}
