package org.sitrep.core.geo;

import org.sitrep.core.lang.LanguagePack;
import org.sitrep.core.model.GeoPrecision;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A language pack's cue-word sets ({@code place-cues.tsv}), demonyms ({@code demonyms.tsv}), the stopwords and the given names.
 * All words are folded (lower case, no diacritics). Immutable, thread-safe.
 */
final class PlaceCues {
    /** The cues of a language pack, read once per pack. */
    static PlaceCues of(LanguagePack pack) {
        return pack.shared(PlaceCues.class, PlaceCues::new);
    }

    final Set<String> kindBefore;
    /** Kind words after a name, with the level they claim ("town" → TOWN, "oblast" → PROVINCE). */
    final Map<String, GeoPrecision> kindAfter = new HashMap<>();
    final Set<String> regionAfter;
    final Set<String> direction;
    final Set<String> modifier;
    final Set<String> featureAfter;
    final Set<String> featureBefore;
    /** Capitalised words that, before "of" and a name, make one name of a feature with it ("the Gulf of Aden"). */
    final Set<String> featureOf;
    /** Words of nearness between a locative and a name, no part of it ("in nearby Sanloaga"). */
    final Set<String> nearby;
    final Set<String> locative;
    final Set<String> eventOf;
    /** Nouns of an assault after which "on X" names the place it hit ("an attack on X"): a strong cue, "on" alone a weak one. */
    final Set<String> eventOn;
    /** Nouns of what a side has in the field ("Nationalist supply ships", "Royalist positions"): an unknown word before one says whose. */
    final Set<String> ownedAfter;
    /** Words hyphened after a name that make it an organisation's seat ("Britain-based", "Paris-headquartered"). */
    final Set<String> seatAfter;
    /** Capitalised heads of a group's name that "of" and a place end ("the Patriotic Union of Kurdistan"). */
    final Set<String> orgOf;
    /** The word naming an assault's agent between its noun and "on X" ("an attack by X on Y"). */
    final Set<String> agentPreposition;
    /** Forms of verbs that send or move forces somewhere ("sent 600 troops to X"). */
    final Set<String> movementVerb;
    final Set<String> notPlaceBefore;
    /** After a country's possessive, a word of its action abroad ("France's intervention"): the country is no place. */
    final Set<String> abroadAfter;
    /** Quantity words that, up to "of", take a share of the place after them in a list ("Sanaa and much of northern Yemen"). */
    final Set<String> partitive;
    /** After a demonym, a word naming the nation's capital ("the Ethiopian capital"). */
    final Set<String> nationalCapital;
    final Set<String> orgWords;
    /** Nouns of people after which an unknown capitalised word names a people, not a place ({@code group-after}). */
    final Set<String> groupAfter;
    /** Words of a way that "to" and a name after them say leads to a place ({@code route-to}: "the road to X"). */
    final Set<String> routeWords;
    final Set<String> objectVerbs;
    /** Lower-case words before which a name may start besides the cue words ("the", "of", "except", "dubbed"). */
    final Set<String> nameContext;
    /** Adjectives that with a region noun after "the" name a region of the war ("the coastal regions", "the border areas"). */
    final Set<String> descriptiveRegion;
    /** Facilities that, after "the" and at most one lower-case word, are a place of the town the text is in ("the presidential palace"). */
    final Set<String> facilityAnaphor;
    /** The lower-case words that may stand between "the" and such a facility ("the presidential palace", "the main prison"). */
    final Set<String> facilityModifier;
    /** Words between "the" and a kind word that still refer back ("the port city", "the border town"). */
    final Set<String> anaphorModifier;
    /** Kind nouns that after "the" point back to the place named before ("the city", "the island"). */
    final Set<String> anaphorNouns;
    /** Kind words after which "of" and names name the places ("the Red Sea port of Massawa"). */
    final Set<String> ofKinds;
    /** The region nouns of {@link #descriptiveRegion}. */
    final Set<String> regionNouns;
    /** Single-word introducers ("including") and the second word of two-word ones by their first ("such" → "as"). */
    final Set<String> introducers = new HashSet<>();
    final Map<String, String> introducerPairs = new HashMap<>();
    final Set<String> listJoin = new HashSet<>();
    /** Demonym → ISO country code ("malian" → ML); "-" for a people or faith that is no country. */
    final Map<String, String> demonyms = new HashMap<>();
    final Set<String> stopwords = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    /** English words that are also place names somewhere (common-words.txt): a place only when the words say so. */
    final Set<String> commonWords = new HashSet<>();

    private PlaceCues(LanguagePack pack) {
        Map<String, Set<String>> sections = new HashMap<>();
        for (String line : pack.lines("place-cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("cues.tsv: expected 2 columns in '" + line + "'");
            }
            // Set.of refuses a word listed twice
            sections.put(f[0], org.sitrep.core.text.Lookups.set(Set.of(f[1].split("\\|"))));
        }
        kindBefore = need(sections, "kind-before");
        nameContext = need(sections, "name-context");
        for (String pair : need(sections, "kind-after")) {
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new IllegalStateException("cues.tsv: bad kind-after entry '" + pair + "' (want word=level)");
            }
            kindAfter.put(kv[0], GeoPrecision.valueOf(kv[1].toUpperCase()));
        }
        regionAfter = need(sections, "region-after");
        direction = need(sections, "direction");
        modifier = need(sections, "modifier");
        featureAfter = need(sections, "feature-after");
        featureBefore = need(sections, "feature-before");
        featureOf = need(sections, "feature-of");
        nearby = need(sections, "nearby");
        locative = need(sections, "locative");
        eventOf = need(sections, "event-of");
        eventOn = need(sections, "event-on");
        ownedAfter = need(sections, "owned-after");
        seatAfter = need(sections, "seat-after");
        orgOf = need(sections, "org-of");
        agentPreposition = need(sections, "agent-preposition");
        movementVerb = need(sections, "movement-verb");
        notPlaceBefore = need(sections, "not-place-before");
        abroadAfter = need(sections, "abroad-after");
        nationalCapital = need(sections, "national-capital");
        partitive = need(sections, "partitive");
        orgWords = need(sections, "org-word");
        groupAfter = need(sections, "group-after");
        routeWords = need(sections, "route-to");
        objectVerbs = need(sections, "object-verb");
        descriptiveRegion = need(sections, "descriptive-region");
        facilityAnaphor = pack.wordSet("facility-anaphor");
        facilityModifier = pack.wordSet("facility-modifier");
        anaphorModifier = pack.wordSet("anaphor-modifier");
        anaphorNouns = pack.wordSet("anaphor-nouns");
        ofKinds = pack.wordSet("of-kinds");
        regionNouns = need(sections, "region-noun");
        for (String p : need(sections, "introducer")) {
            String[] w = p.split(" ");
            if (w.length == 1) {
                introducers.add(p);
            } else {
                introducerPairs.put(w[0], w[1]);
            }
        }
        for (String p : need(sections, "list-join")) {
            listJoin.add(p.split(" ")[0]);
        }
        for (String line : pack.lines("demonyms.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("demonyms.tsv: expected 2 columns in '" + line + "'");
            }
            demonyms.put(f[0], f[1]);
        }
        words(pack.lines("stopwords.txt"), stopwords);
        words(pack.lines("given-names.txt"), givenNames);
        words(pack.lines("common-words.txt"), commonWords);
    }

    /** The ISO code a demonym names, or null (also null for a people or a faith). */
    String demonymCountry(String folded) {
        String c = demonyms.get(folded);
        return c == null || c.equals("-") ? null : c;
    }

    boolean isDemonym(String folded) {
        return demonyms.containsKey(folded);
    }

    private static Set<String> need(Map<String, Set<String>> s, String key) {
        Set<String> v = s.get(key);
        if (v == null) {
            throw new IllegalStateException("cues.tsv: missing section '" + key + "'");
        }
        return v;
    }

    private static void words(List<String> lines, Set<String> into) {
        for (String line : lines) {
            into.addAll(List.of(line.split("\\s+")));
        }
    }
}
