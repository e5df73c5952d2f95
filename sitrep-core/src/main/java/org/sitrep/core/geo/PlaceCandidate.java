package org.sitrep.core.geo;

import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.model.GeoPrecision;
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
 * @param level     the level the words claim for the place ("X Oblast": province, "X Town": town), or null when
 *                  they say nothing and the gazetteer must tell
 * @param cued      true when the words say it is a place (a locative, a kind word, a list of places), not only
 *                  the gazetteer
 * @param containerOnly true when the mention only says where the place before it lies ("Sinja Town, Sinja
 *                  locality", "Konotop, Sumska Oblast"): it places that mention, it is no event place of its own
 */
public record PlaceCandidate(Span span, String text, String head, PlaceMention.Kind kind, String kindWord,
                             String feature, int listId, List<Hit> hits, List<Admin1> admin1s,
                             Gazetteer.Country country, PlaceCandidate container, String countryHint,
                             GeoPrecision level, boolean cued, boolean containerOnly) {
    /** A candidate the words alone do not qualify (level unknown, not cued, not a container). */
    public PlaceCandidate(Span span, String text, String head, PlaceMention.Kind kind, String kindWord, String feature,
                          int listId, List<Hit> hits, List<Admin1> admin1s, Gazetteer.Country country,
                          PlaceCandidate container, String countryHint) {
        this(span, text, head, kind, kindWord, feature, listId, hits, admin1s, country, container, countryHint, null, false, false);
    }

    public PlaceCandidate withContainer(PlaceCandidate c) {
        return new PlaceCandidate(span, text, head, kind, kindWord, feature, listId, hits, admin1s, country, c, countryHint,
                level, cued, containerOnly);
    }

    public PlaceCandidate asContainerOnly() {
        return new PlaceCandidate(span, text, head, kind, kindWord, feature, listId, hits, admin1s, country, container,
                countryHint, level, cued, true);
    }

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
