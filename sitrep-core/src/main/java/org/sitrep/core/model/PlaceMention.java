package org.sitrep.core.model;

/**
 * A place named in a sentence, with where it resolved to.
 *
 * @param text  the words used in the article ("Maar Shohur", "the northern Hama countryside")
 * @param head  the name inside the words ("Maar Shohur", "Hama")
 * @param kind  how it was found
 */
public record PlaceMention(Span span, String text, String head, ResolvedPlace place, Kind kind) {
    /** How a place mention was found. */
    public enum Kind {
        /** A gazetteer name. */
        NAME,
        /** A name introduced by a cue phrase ("the town of X") that the gazetteer may lack. */
        CUE,
        /** A region around a place ("X countryside", "northern X", "X province"). */
        REGION,
        /** A reference back to a place named earlier ("the city", "the towns"). */
        ANAPHOR
    }
}
