package org.sitrep.core.geo;

import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Span;

import java.util.List;

/**
 * A place mention before document-level resolution: where it is, what the words say it is, and every gazetteer
 * entry it may be.
 *
 * @param head      the name inside the words ("Hama" in "the northern Hama countryside")
 * @param kindWord  the cue word that introduced it ("towns", "city", "neighborhoods"), or null
 * @param feature   the feature word for a place the gazetteer of populated places lacks ("bridge", "jabal"), or null
 * @param listId    mentions named in one coordinated list share an id (&gt;0); 0 when alone
 * @param hits      gazetteer entries with a match quality in (0,1]
 * @param admin1s   first-level divisions the head names
 * @param country   the country the head names, or null
 * @param container for a feature or neighbourhood named with its place ("Hama's prison"), that place's candidate
 * @param countryHint the country a demonym before the cue names ("the Israeli town of X" → IL), or null
 */
public record PlaceCandidate(Span span, String text, String head, PlaceMention.Kind kind, String kindWord,
                             String feature, int listId, List<Hit> hits, List<Admin1> admin1s,
                             Gazetteer.Country country, PlaceCandidate container, String countryHint) {
    /** A gazetteer entry with the quality of the name match. */
    public record Hit(GeoEntry entry, double quality) {
    }

    public boolean plural() {
        return kindWord != null && kindWord.endsWith("s") && !kindWord.equals("outskirts") && !kindWord.equals("suburbs");
    }

    public boolean known() {
        return !hits.isEmpty() || !admin1s.isEmpty() || country != null;
    }
}
