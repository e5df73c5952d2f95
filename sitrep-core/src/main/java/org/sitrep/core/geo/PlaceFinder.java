package org.sitrep.core.geo;

import org.sitrep.core.Deadline;
import org.sitrep.core.text.Words;

import java.util.List;
import java.util.Map;

/**
 * The place stage: finds the place names of each sentence, then resolves them for the document as a whole (a name
 * is ambiguous alone; the document's country focus and the places near it decide). Implementations are
 * thread-safe and never throw on any text.
 */
public interface PlaceFinder {
    /**
     * The place candidates of one sentence, before they are resolved.
     *
     * @param blocked    words that cannot be part of a place name (an actor's name, the outlet's), by word index
     * @param listIdBase the first id given to a coordinated list of places in this sentence
     */
    List<PlaceCandidate> find(Words sentence, boolean[] blocked, int listIdBase);

    /**
     * Resolves every sentence's candidates together; the sentences not reached by {@code deadline} resolve to
     * nothing and the result says where it stopped.
     *
     * @param countryHints countries the document says it is about outside its sentences, with a weight each
     */
    Geocoder.Result resolve(List<List<PlaceCandidate>> bySentence, Map<String, Double> countryHints, Deadline deadline);

    /**
     * As {@link #resolve(List, Map, Deadline)}, with {@code countryVotes}: countries the document leans to without
     * naming them (the capital of its wire dateline), each with a weight of place votes. By default they are not used.
     */
    default Geocoder.Result resolve(List<List<PlaceCandidate>> bySentence, Map<String, Double> countryHints,
                                    Map<String, Double> countryVotes, Deadline deadline) {
        return resolve(bySentence, countryHints, deadline);
    }

    /** The gazetteer names are resolved against (for country names outside sentences: an address, the focus). */
    Gazetteer gazetteer();

    /** The rule-based finder with the English pack's place cues. */
    static PlaceFinder of(Gazetteer gazetteer) {
        return of(gazetteer, org.sitrep.core.lang.LanguagePack.english());
    }

    /** The pack's words of a title before a person's name ({@code place-cues.tsv}'s {@code not-place-before}: "President X"). */
    static java.util.Set<String> titleWords(org.sitrep.core.lang.LanguagePack pack) {
        return PlaceCues.of(pack).notPlaceBefore;
    }

    /** The pack's words for a nation's capital ({@code place-cues.tsv}'s {@code national-capital}: "the capital"). */
    static java.util.Set<String> nationalCapitalWords(org.sitrep.core.lang.LanguagePack pack) {
        return PlaceCues.of(pack).nationalCapital;
    }

    /** The rule-based finder: a scan of the gazetteer's names with a language pack's place cues, and the geocoder. */
    static PlaceFinder of(Gazetteer gazetteer, org.sitrep.core.lang.LanguagePack pack) {
        PlaceTagger tagger = new PlaceTagger(gazetteer, pack);
        Geocoder geocoder = new Geocoder(gazetteer, pack);
        return new PlaceFinder() {
            @Override
            public List<PlaceCandidate> find(Words sentence, boolean[] blocked, int listIdBase) {
                return tagger.tag(sentence, blocked, listIdBase);
            }

            @Override
            public Geocoder.Result resolve(List<List<PlaceCandidate>> bySentence, Map<String, Double> countryHints, Deadline deadline) {
                return geocoder.resolve(bySentence, countryHints, deadline);
            }

            @Override
            public Geocoder.Result resolve(List<List<PlaceCandidate>> bySentence, Map<String, Double> countryHints,
                                           Map<String, Double> countryVotes, Deadline deadline) {
                return geocoder.resolve(bySentence, countryHints, countryVotes, deadline);
            }

            @Override
            public Gazetteer gazetteer() {
                return gazetteer;
            }
        };
    }
}
