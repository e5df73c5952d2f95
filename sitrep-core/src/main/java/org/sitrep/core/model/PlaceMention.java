package org.sitrep.core.model;

/**
 * A place named in a sentence, with where it resolved to.
 *
 * @param text  the words used in the article ("Maar Shohur", "the northern Hama countryside", "Sinja Town")
 * @param head  the name inside the words ("Maar Shohur", "Hama", "Sinja")
 * @param kind  how it was found
 * @param level the level the words claim ("X Oblast": province, "X Town": town), or null when they say nothing
 * @param list  mentions named in one list of places share this id (&gt; 0); 0 when named alone
 */
public record PlaceMention(Span span, String text, String head, ResolvedPlace place, Kind kind, GeoPrecision level, int list) {
    /** How a place mention was found. */
    public enum Kind {
        /** A gazetteer name. */
        NAME,
        /** A name introduced by a cue phrase ("the town of X", "in X", "X Town") that the gazetteer may lack. */
        CUE,
        /** A region around a place ("X countryside", "northern X", "X province"). */
        REGION,
        /** A reference back to a place named earlier ("the city", "the towns"). */
        ANAPHOR
    }

    /** A mention whose words claim no level and that belongs to no list. */
    public PlaceMention(Span span, String text, String head, ResolvedPlace place, Kind kind) {
        this(span, text, head, place, kind, null, 0);
    }

    /** The same words resolved elsewhere (an anaphor taking its referent's place). */
    public PlaceMention withPlace(String newHead, ResolvedPlace p) {
        return new PlaceMention(span, text, newHead, p, kind, level, list);
    }

    /**
     * How specific the place is: the level its words claim, else its resolved precision, else a town's (an unknown
     * name is most often a locality).
     */
    public GeoPrecision specificity() {
        if (level != null) {
            return level;
        }
        if (place.resolved() && place.precision() != null) {
            return place.precision();
        }
        return GeoPrecision.TOWN;
    }
}
