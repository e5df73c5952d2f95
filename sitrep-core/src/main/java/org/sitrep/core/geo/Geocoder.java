package org.sitrep.core.geo;

import org.sitrep.core.text.Rx;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.ResolvedPlace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a document's place candidates to single places using document context: the country and first-level
 * divisions the document is about, a division named in the same sentence ("Suran … in northern Hama"), distance
 * to the places the document names unambiguously, population and administrative rank. A name it cannot resolve
 * degrades to its container named in context (a possessive's place, the sentence's division, the document's
 * division or country) with a coarser precision and {@code resolved=false}; it is never dropped. Candidates that
 * are probably not places at all (a capitalised word matching only a far-away hamlet) are dropped. Thread-safe.
 */
public final class Geocoder {
    private final Gazetteer gazetteer;

    /** A country with at least this share of the main country's votes is also one the document is about. */
    /** Bare compass names ("the Northwest"): a part of the country the document is about. */

    static final double SECOND_COUNTRY_SHARE = 0.35;
    /** A place the gazetteer alone names (no cue in the words) abroad is believed only from this population on. */
    static final long UNCUED_ABROAD_POPULATION = 1_000_000;
    /** A cued name abroad is read as that place only from this population on; else it is a local place unknown here. */
    static final long CUED_ABROAD_POPULATION = 200_000;

    /** The compass points and centre words a region is named by ("the North", "the centre"), folded, no hyphens. */
    private final Set<String> compassNames;
    /** A country's edge words after its nationality (the pack's {@code edge-words}: "the Syrian border"). */
    private final Set<String> edgeWords;

    /** A geocoder with the English pack's compass words. */
    public Geocoder(Gazetteer gazetteer) {
        this(gazetteer, org.sitrep.core.lang.LanguagePack.english());
    }

    /** A geocoder with a language pack's compass words. */
    public Geocoder(Gazetteer gazetteer, org.sitrep.core.lang.LanguagePack pack) {
        this.gazetteer = gazetteer;
        this.compassNames = pack.wordSet("compass-points", "centre-words");
        this.edgeWords = pack.wordSet("edge-words");
    }

    /** The document's geographic focus. */
    public record Focus(String country, double strength, Map<String, Double> admin1Votes, double lat, double lon, boolean hasCentroid,
                        Set<String> countries, Set<String> named) {
        /** As {@link Focus#Focus(String, double, Map, double, double, boolean, Set, Set)}, the countries it is about its named ones. */
        public Focus(String country, double strength, Map<String, Double> admin1Votes, double lat, double lon, boolean hasCentroid,
                     Set<String> countries) {
            this(country, strength, admin1Votes, lat, lon, hasCentroid, countries, countries);
        }

        /** True when the document is about this country (the main one, or one with a good share of its places). */
        public boolean about(String code) {
            return country == null || countries.contains(code);
        }

        public String topAdmin1() {
            return admin1Votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        }
    }

    /**
     * Resolved mentions, parallel to the input (null where a candidate was dropped), and the focus; {@code cutAt} is
     * the first sentence left unresolved when the deadline came (its list and the later ones are empty), else -1.
     */
    public record Result(List<List<PlaceMention>> mentions, Focus focus, int cutAt) {
        public Result(List<List<PlaceMention>> mentions, Focus focus) {
            this(mentions, focus, -1);
        }
    }

    public Result resolve(List<List<PlaceCandidate>> bySentence) {
        return resolve(bySentence, Map.of());
    }

    /**
     * Resolves a document's candidates.
     *
     * @param hints countries the document says it is about outside its sentences (its title, its address, its
     *              metadata), with a weight each; they count as that many place votes
     */
    public Result resolve(List<List<PlaceCandidate>> bySentence, Map<String, Double> hints) {
        return resolve(bySentence, hints, org.sitrep.core.Deadline.NONE);
    }

    /** As {@link #resolve(List, Map)}, stopping at {@code deadline}: the sentences not reached resolve to nothing. */
    public Result resolve(List<List<PlaceCandidate>> bySentence, Map<String, Double> hints, org.sitrep.core.Deadline deadline) {
        return resolve(bySentence, hints, Map.of(), deadline);
    }

    /**
     * As {@link #resolve(List, Map, org.sitrep.core.Deadline)}, with {@code votes}: countries the document leans to
     * without naming them (the capital of a wire dateline), each with a weight of place votes.
     */
    public Result resolve(List<List<PlaceCandidate>> bySentence, Map<String, Double> hints, Map<String, Double> votes,
                          org.sitrep.core.Deadline deadline) {
        Focus focus = focus(bySentence, hints, votes);
        List<List<PlaceMention>> out = new ArrayList<>();
        Map<String, ResolvedPlace> senses = new HashMap<>();
        List<boolean[]> contextual = new ArrayList<>();
        int cutAt = -1;
        for (List<PlaceCandidate> sentence : bySentence) {
            if (cutAt < 0 && !sentence.isEmpty() && deadline.expired()) {
                cutAt = out.size();
            }
            if (cutAt >= 0) {
                out.add(new ArrayList<>());
                contextual.add(new boolean[]{true});
                continue;
            }
            Set<String> sentenceAdmin1 = sentenceAdmin1(sentence, focus);
            List<double[]> anchors = anchors(sentence, focus);
            Set<Integer> lists = listsInFocus(sentence, focus); // once per sentence: every candidate's readings use it
            List<PlaceMention> resolved = new ArrayList<>();
            boolean strong = !sentenceAdmin1.isEmpty() || anchors.size() >= 2;
            for (PlaceCandidate c : sentence) {
                PlaceMention m = resolveOne(c, sentence, sentenceAdmin1, focus, anchors, lists);
                resolved.add(m);
                // (a name's own mention gives its sense; "a rally at Goma's stadium" is no sense of "Goma")
                if (m != null && strong && c.kind() != PlaceMention.Kind.ANAPHOR && c.kind() != PlaceMention.Kind.REGION
                        && c.feature() == null) {
                    senses.putIfAbsent(gazetteer.keys().normal(c.head()), m.place());
                }
            }
            contextual.add(new boolean[]{strong});
            out.add(resolved);
        }
        // one sense per document: a name resolved in a sentence with strong context applies to its other mentions
        for (int i = 0; i < out.size(); i++) {
            if (contextual.get(i)[0]) {
                continue;
            }
            List<PlaceMention> sentence = out.get(i);
            for (int j = 0; j < sentence.size(); j++) {
                PlaceMention m = sentence.get(j);
                PlaceCandidate c = bySentence.get(i).get(j);
                ResolvedPlace sense = senses.get(gazetteer.keys().normal(c.head()));
                if (sense != null && c.kind() != PlaceMention.Kind.ANAPHOR && c.kind() != PlaceMention.Kind.REGION
                        && (m == null || !sense.equals(m.place()))) {
                    sentence.set(j, mention(c, sense));
                }
            }
        }
        // a mention that only says where the place before it lies ("Konotop, Sumska Oblast") is no place of its own
        for (int i = 0; i < out.size(); i++) {
            for (int j = 0; j < out.get(i).size(); j++) {
                if (bySentence.get(i).get(j).containerOnly()) {
                    out.get(i).set(j, null);
                }
            }
        }
        return new Result(out, focus, cutAt);
    }

    /**
     * The most place names a document's focus is read from: the first ones, enough for any article (the longest
     * reports name a few thousand); a document with more does not make the focus cost more.
     */
    static final int MAX_FOCUS_CANDIDATES = 20_000;

    /** The document's candidates, sentence by sentence, up to {@link #MAX_FOCUS_CANDIDATES} in all. */
    private static List<PlaceCandidate> focusCandidates(List<List<PlaceCandidate>> doc) {
        List<PlaceCandidate> out = new ArrayList<>();
        for (List<PlaceCandidate> s : doc) {
            for (PlaceCandidate c : s) {
                if (out.size() >= MAX_FOCUS_CANDIDATES) {
                    return out;
                }
                out.add(c);
            }
        }
        return out;
    }

    private Focus focus(List<List<PlaceCandidate>> doc, Map<String, Double> hints, Map<String, Double> votes) {
        List<PlaceCandidate> all = focusCandidates(doc);
        Map<String, Double> countries = new HashMap<>(hints);
        votes.forEach((k, v) -> countries.merge(k, v, Double::sum));
        Set<String> named = new HashSet<>(hints.keySet()); // countries the document names, or names a region of
        for (PlaceCandidate c : all) {
            if (c.country() != null) {
                if (edgeOf(c)) {
                    // "near the Syrian border": a place by a country's edge lies on either side of it, most often in
                    // the country the document is about; a vote, not the country named
                    countries.merge(c.country().code(), 1.0, Double::sum);
                } else {
                    countries.merge(c.country().code(), 3.0, Double::sum);
                    named.add(c.country().code());
                }
            }
            for (Admin1 a : c.admin1s()) {
                countries.merge(a.country(), 1.0 / c.admin1s().size(), Double::sum);
                if (c.admin1s().size() == 1 && (c.hits().isEmpty() || c.kind() == PlaceMention.Kind.REGION)) {
                    named.add(a.country());
                }
            }
            // each name votes once, split among its exact readings by their prominence (a capital named "Tripoli"
            // outweighs a hamlet of that name); fuzzy matches are too weak to say what a document is about
            votes(c.hits()).forEach((k, v) -> countries.merge(k, v, Double::sum));
        }
        String country = mainCountry(countries, named);
        double total = countries.values().stream().mapToDouble(Double::doubleValue).sum();
        double strength = country == null || total == 0 ? 0 : countries.get(country) / total;
        if (country != null && countries.get(country) < countries.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)) {
            strength = Math.max(strength, 0.5); // named over merely voted for: the document says what it is about
        }
        Map<String, Double> admin1 = new HashMap<>();
        double lat = 0;
        double lon = 0;
        int n = 0;
        for (PlaceCandidate c : all) {
            for (Admin1 a : c.admin1s()) {
                if (a.country().equals(country)) {
                    admin1.merge(a.key(), c.kind() == PlaceMention.Kind.REGION ? 2.0 : 1.0, Double::sum);
                }
            }
            List<PlaceCandidate.Hit> inCountry = c.hits().stream()
                    .filter(h -> h.entry().country().equals(country) && h.quality() >= 1.0).toList();
            if (inCountry.size() == 1) {
                GeoEntry e = inCountry.get(0).entry();
                admin1.merge(e.admin1Key(), 1.0, Double::sum);
                lat += e.lat();
                lon += e.lon();
                n++;
            }
        }
        Set<String> about = new HashSet<>();
        if (country != null) {
            double top = countries.get(country);
            countries.forEach((k, v) -> {
                if (v >= SECOND_COUNTRY_SHARE * top && (named.contains(k) || k.equals(country))) {
                    // a second country must be named: the votes of a town name that is also a Spanish city ("Palma")
                    // do not make a document about Mozambique one about Spain
                    about.add(k);
                }
            });
        }
        return new Focus(country, strength, admin1, n > 0 ? lat / n : 0, n > 0 ? lon / n : 0, n > 0, about, Set.copyOf(named));
    }

    /** A country's edge named by its demonym ("the Syrian border", "the Afghan frontier", "the Lebanese side"). */
    private boolean edgeOf(PlaceCandidate c) {
        return c.countryHint() != null && c.kindWord() != null && edgeWords.contains(c.kindWord());
    }

    /** A name's vote by country (cached by its readings list, which the tagger shares among mentions of a name). */
    private record Identity(List<PlaceCandidate.Hit> hits) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.hits == hits;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(hits);
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<Identity, Map<String, Double>> voteCache = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, Double> votes(List<PlaceCandidate.Hit> hits) {
        if (hits.isEmpty()) {
            return Map.of();
        }
        Identity key = new Identity(hits);
        Map<String, Double> v = voteCache.get(key);
        if (v == null) {
            double sum = 0;
            double top = 0;
            for (PlaceCandidate.Hit h : hits) {
                if (h.quality() >= 1.0) {
                    sum += prominence(h);
                    top = Math.max(top, prominence(h));
                }
            }
            // a name whose every reading is a hamlet no one counted (a country file's population-0 villages) is weak
            // evidence of the country: an unknown town of another war often shares its name
            double weight = Math.min(1.0, top / TOWN_PROMINENCE);
            Map<String, Double> m = new HashMap<>();
            for (PlaceCandidate.Hit h : hits) {
                if (h.quality() >= 1.0 && sum > 0) {
                    m.merge(h.entry().country(), weight * prominence(h) / sum, Double::sum);
                }
            }
            v = Map.copyOf(m);
            if (voteCache.size() > 100_000) {
                voteCache.clear();
            }
            voteCache.put(key, v);
        }
        return v;
    }

    /**
     * The country with the most votes; but a country the document names outweighs one that only town names shared with
     * it vote for ("Battle of Palma … Cabo Delgado, Mozambique" is not about Spain, whatever Palma de Mallorca's votes).
     */
    private static String mainCountry(Map<String, Double> countries, Set<String> named) {
        String top = countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (top == null || named.contains(top)) {
            return top;
        }
        String best = named.stream().filter(countries::containsKey).max(java.util.Comparator.comparingDouble(countries::get)).orElse(null);
        return best != null && countries.get(best) >= 0.5 * countries.get(top) ? best : top;
    }

    /** Points of the places the sentence names unambiguously (one exact entry in the focus country). */
    private static List<double[]> anchors(List<PlaceCandidate> sentence, Focus focus) {
        List<double[]> out = new ArrayList<>();
        for (PlaceCandidate c : sentence) {
            List<PlaceCandidate.Hit> exact = c.hits().stream()
                    .filter(h -> h.quality() >= 1.0 && h.entry().country().equals(focus.country())).toList();
            if (exact.size() == 1 && c.feature() == null) {
                out.add(new double[]{exact.get(0).entry().lat(), exact.get(0).entry().lon()});
            }
        }
        return out;
    }

    /**
     * Whether a hit is a believable reading of the words: fuzzy matches must lie in the focus country near the
     * document's places; exact matches of small places must lie in the focus country; a small place far from
     * every other place its sentence names unambiguously is doubted.
     */
    private static boolean plausible(PlaceCandidate c, PlaceCandidate.Hit h, Focus focus, List<double[]> anchors,
                                     Set<String> sentenceAdmin1, Set<Integer> listInFocus) {
        GeoEntry e = h.entry();
        if (c.countryHint() != null) {
            return e.country().equals(c.countryHint());
        }
        boolean inFocus = focus.about(e.country());
        if (h.quality() < 1.0) {
            if (focus.country() == null || !inFocus || focus.hasCentroid() && e.distanceKm(focus.lat(), focus.lon()) > 150) {
                return false;
            }
        } else if (!inFocus && (focus.strength() >= 0.5 || focus.named().contains(focus.country()) && !focus.named().contains(e.country()))) {
            // a capitalised word matching a place abroad: a big city may be meant ("talks in Doha"), a small one is
            // a stray match ("Aid", "Mar", a word of a name) or a local place this gazetteer lacks; so too in a
            // document split between countries it names, abroad in one it never names (Iraq and Turkey's "Gara" is
            // no Croatian village; a round-up naming towns of three wars and no country keeps each town's reading)
            long need = c.cued() || c.kindWord() != null ? CUED_ABROAD_POPULATION : UNCUED_ABROAD_POPULATION;
            if (e.population() < need && !(e.featureCode().equals("PPLC") && !c.cued())) {
                return false;
            }
            if (c.listId() > 0 && listInFocus.contains(c.listId())) {
                return false; // the other places of its list lie in the country the document is about: so does this one
            }
            if ((!sentenceAdmin1.isEmpty() || !anchors.isEmpty()) && !e.featureCode().equals("PPLC")) {
                // "Palma, a town in Cabo Delgado", "Palma and Mocimboa da Praia": its sentence places it in the country
                // the document is about
                return false;
            }
        }
        if (e.population() < 20_000 && !sentenceAdmin1.isEmpty() && !sentenceAdmin1.contains(e.admin1Key())) {
            return false;
        }
        if (e.population() < 20_000 && !anchors.isEmpty()) {
            double nearest = Double.MAX_VALUE;
            for (double[] a : anchors) {
                double d = e.distanceKm(a[0], a[1]);
                if (d > 0.01) {
                    nearest = Math.min(nearest, d);
                }
            }
            return nearest == Double.MAX_VALUE || nearest <= 80;
        }
        return true;
    }

    /** The lists of places of a sentence that have a member with an exact reading in a country the document is about. */
    private static Set<Integer> listsInFocus(List<PlaceCandidate> sentence, Focus focus) {
        Set<Integer> out = null;
        for (PlaceCandidate c : sentence) {
            if (c.listId() > 0 && (out == null || !out.contains(c.listId())) && (c.hits().stream().anyMatch(h -> h.quality() >= 1.0 && focus.about(h.entry().country()))
                    || c.admin1s().stream().anyMatch(a -> focus.about(a.country())) || !c.known())) {
                if (out == null) {
                    out = new HashSet<>();
                }
                out.add(c.listId());
            }
        }
        return out == null ? Set.of() : out;
    }

    /** The prominence of a town of about 1,000 people: a name whose readings are all smaller votes less. */
    private static final double TOWN_PROMINENCE = Math.pow(2, 3);

    /** How prominent a reading of a name is: population (log scale) and administrative rank. */
    private static double prominence(PlaceCandidate.Hit h) {
        GeoEntry e = h.entry();
        int rank = switch (e.featureCode()) {
            case "PPLC" -> 3;
            case "PPLA" -> 2;
            case "PPLA2" -> 1;
            default -> 0;
        };
        if (e.population() == 0) {
            return 2 << rank; // 2^(log10(10) + rank): the common case, without the arithmetic
        }
        return Math.pow(2, Math.log10(e.population() + 10) + rank);
    }

    private Set<String> sentenceAdmin1(List<PlaceCandidate> sentence, Focus focus) {
        Set<String> out = new HashSet<>();
        for (PlaceCandidate c : sentence) {
            if (c.kind() == PlaceMention.Kind.REGION || c.hits().isEmpty() && c.country() == null) { // "in Cabo Delgado"
                for (Admin1 a : c.admin1s()) {
                    if (a.country().equals(focus.country())) {
                        out.add(a.key());
                    }
                }
            }
        }
        return out;
    }

    double score(PlaceCandidate.Hit h, Set<String> sentenceAdmin1, Focus focus) {
        GeoEntry e = h.entry();
        double s = 3 * h.quality();
        if (e.country().equals(focus.country())) {
            s += 2 * focus.strength() * focus.strength(); // a document split between countries says little
        }
        if (sentenceAdmin1.contains(e.admin1Key())) {
            s += 3;
        }
        s += 0.6 * Math.log1p(focus.admin1Votes().getOrDefault(e.admin1Key(), 0.0));
        if (focus.hasCentroid()) {
            s -= Math.min(e.distanceKm(focus.lat(), focus.lon()) / 100.0, 2.5);
        }
        s += 0.3 * Math.log10(e.population() + 10.0);
        s += switch (e.featureCode()) {
            case "PPLC" -> 1.5;
            case "PPLA" -> 1.0;
            case "PPLA2" -> 0.4;
            default -> 0;
        };
        return s;
    }

    private PlaceMention resolveOne(PlaceCandidate c, List<PlaceCandidate> sentence, Set<String> sentenceAdmin1, Focus focus,
                                    List<double[]> anchors, Set<Integer> lists) {
        if (c.kind() == PlaceMention.Kind.ANAPHOR) {
            return mention(c, ResolvedPlace.unresolved(c.text()));
        }
        if (c.kind() == PlaceMention.Kind.REGION) {
            ResolvedPlace r = region(c, sentenceAdmin1, focus, lists);
            if (r != null) {
                return mention(c, r);
            }
        }
        if (countryFirst(c)) {
            Gazetteer.Country k = c.country();
            return mention(c, new ResolvedPlace(k.name(), null, k.lat(), k.lon(), null, k.code(), GeoPrecision.COUNTRY, true));
        }
        PlaceCandidate.Hit best = best(c.hits(), h -> plausible(c, h, focus, anchors, sentenceAdmin1, lists),
                sentenceAdmin1, focus);
        if (best != null && c.feature() == null) {
            return mention(c, place(best.entry()));
        }
        if (best == null && c.kind() == PlaceMention.Kind.NAME && c.admin1s().isEmpty() && c.feature() == null
                && c.kindWord() == null && !c.cued()) {
            return null;
        }
        if (best == null && !c.admin1s().isEmpty() && !foreignDivisionByBareName(c, focus)) {
            ResolvedPlace r = region(c, sentenceAdmin1, focus, lists);
            if (r != null) {
                return mention(c, r);
            }
        }
        return mention(c, degrade(c, sentence, sentenceAdmin1, focus, lists));
    }

    /**
     * A bare name (no kind word, no country) whose only division readings lie in countries the document neither is
     * about nor names: "set fire to homes in Tourou" of a report on Cameroon is an unknown village, not the Finnish
     * province one of whose other names it is.
     */
    private static boolean foreignDivisionByBareName(PlaceCandidate c, Focus focus) {
        if (c.kind() != PlaceMention.Kind.NAME || c.kindWord() != null || c.country() != null || focus.country() == null) {
            return false;
        }
        return c.admin1s().stream().noneMatch(a -> focus.about(a.country()) || focus.named().contains(a.country()));
    }

    /**
     * Whether a name that is a country's means the country: unless a city of a million or more bears that very name
     * ("Singapore"); a city that is only also called so ("Benin" for Benin City, "Mexico" for Mexico City) does not
     * take a country's name from it.
     */
    private boolean countryFirst(PlaceCandidate c) {
        if (c.country() == null) {
            return false;
        }
        String key = gazetteer.keys().normal(c.head() == null ? c.text() : c.head());
        return c.hits().stream().allMatch(h -> h.entry().population() < 1_000_000
                || !gazetteer.keys().normal(h.entry().name()).equals(key));
    }

    private static PlaceMention mention(PlaceCandidate c, ResolvedPlace p) {
        return new PlaceMention(c.span(), c.text(), c.head(), p, c.kind(), c.level(), c.listId());
    }

    /** The highest-scoring hit among those {@code allowed}, or null. */
    private PlaceCandidate.Hit best(List<PlaceCandidate.Hit> hits, java.util.function.Predicate<PlaceCandidate.Hit> allowed,
                                    Set<String> sentenceAdmin1, Focus focus) {
        PlaceCandidate.Hit best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PlaceCandidate.Hit h : hits) {
            if (allowed.test(h)) {
                double s = score(h, sentenceAdmin1, focus);
                if (s > bestScore) {
                    bestScore = s;
                    best = h;
                }
            }
        }
        return best;
    }

    ResolvedPlace place(GeoEntry e) {
        return place(gazetteer, e);
    }

    /** A gazetteer entry as a resolved place: its name, point, division's name and country; a section of a town is a district. */
    public static ResolvedPlace place(Gazetteer gazetteer, GeoEntry e) {
        Admin1 a = gazetteer.admin1(e.admin1Key());
        GeoPrecision p = e.featureCode().startsWith("PPLX") ? GeoPrecision.DISTRICT : GeoPrecision.TOWN;
        return new ResolvedPlace(e.name(), e.geonameid(), e.lat(), e.lon(), a == null ? null : a.name(), e.country(), p, true);
    }

    private ResolvedPlace region(PlaceCandidate c, Set<String> sentenceAdmin1, Focus focus, Set<Integer> listsInFocus) {
        Admin1 pick = null;
        // a country's name without a division's kind word is the country: "northern Niger" is not Nigeria's Niger
        // State, "northern Mexico" not the State of México
        boolean country = c.country() != null && c.kindWord() == null;
        for (Admin1 a : country ? List.<Admin1>of() : c.admin1s()) {
            if (pick == null || a.country().equals(focus.country()) && !pick.country().equals(focus.country())) {
                pick = a;
            }
        }
        boolean compass = c.head() != null && compassNames.contains(c.head().toLowerCase(java.util.Locale.ROOT).replace("-", ""));
        if (pick != null && !focus.about(pick.country()) && (compass || c.listId() > 0 && listsInFocus.contains(c.listId()))) {
            // "the Northwest" of a report on Myanmar is Myanmar's; "Northwest, Southeast and Rakhine" lie together
            Gazetteer.Country k = focus.country() == null ? null : gazetteer.country(focus.country());
            return k == null ? ResolvedPlace.unresolved(c.text())
                    : new ResolvedPlace(c.text(), null, k.lat(), k.lon(), null, k.code(), GeoPrecision.COUNTRY, false);
        }
        if (pick != null && !focus.about(pick.country()) && c.country() == null && (focus.strength() >= 0.5
                || c.hits().stream().anyMatch(h -> focus.about(h.entry().country())))) {
            // "South West State" in a document about Somalia is not Cameroon's South-West region; "southern Gaza" in
            // a digest that is partly about Palestine is not Mozambique's Gaza Province
            pick = null;
        }
        boolean countryFirst = countryFirst(c);
        if (pick == null && !c.hits().isEmpty() && !countryFirst) {
            // "northern Aleppo": the part of the province the town gives its name to ("southern Lebanon" is the country's)
            PlaceCandidate.Hit town = best(c.hits(), h -> focus.about(h.entry().country()) || focus.strength() < 0.5,
                    sentenceAdmin1, focus);
            pick = town == null ? null : gazetteer.admin1(town.entry().admin1Key());
            if (pick == null && town != null && c.country() == null) {
                // a part of a town whose province the gazetteer lacks ("southern Gaza"): the town's point, coarser
                GeoEntry e = town.entry();
                return new ResolvedPlace(e.name(), e.geonameid(), e.lat(), e.lon(), null, e.country(), GeoPrecision.DISTRICT, true);
            }
        }
        if (pick == null && c.country() != null) {
            Gazetteer.Country k = c.country();
            return new ResolvedPlace(k.name(), null, k.lat(), k.lon(), null, k.code(), GeoPrecision.COUNTRY, true);
        }
        if (pick == null) {
            return null;
        }
        return new ResolvedPlace(pick.name(), null, pick.lat(), pick.lon(), pick.name(), pick.country(), GeoPrecision.PROVINCE, true);
    }

    /** A neighbourhood or district of a town, by its kind word. */
    private static boolean insideTown(PlaceCandidate c) {
        return c.kindWord() != null && (c.kindWord().startsWith("neighbo") || c.kindWord().startsWith("district"));
    }

    /** The nearest container named in context, with a coarser precision; {@code resolved=false}. */
    private ResolvedPlace degrade(PlaceCandidate c, List<PlaceCandidate> sentence, Set<String> sentenceAdmin1, Focus focus,
                                  Set<Integer> lists) {
        // the place keeps the name as written ("El-Salin military base", "Sinja Town"), without an article; a settlement
        // named with its kind word after the name is named without it ("Kucheri village", "the Khor Yabis settlement":
        // Kucheri, Khor Yabis), as the gazetteer names towns
        String name = Rx.replaceFirst(c.text(), "^(?i)the\\s+", "");
        if (c.level() == GeoPrecision.TOWN && c.head() != null && !c.head().isBlank() && name.startsWith(c.head() + " ")
                && c.kindWord() != null && name.endsWith(" " + c.kindWord())) { // lower case: "Sadr City" keeps its name
            name = c.head();
        }
        if (c.container() != null && !c.container().hits().isEmpty()) {
            PlaceMention m = resolveOne(c.container(), sentence, sentenceAdmin1, focus, List.of(), lists);
            if (m != null && m.place().hasPoint()) {
                ResolvedPlace p = m.place();
                return new ResolvedPlace(name, null, p.lat(), p.lon(), p.admin1(), p.country(), GeoPrecision.TOWN, false);
            }
        }
        boolean insideTown = insideTown(c);
        if (insideTown) {
            for (PlaceCandidate o : sentence) {
                // not another neighbourhood: "the Ain Zara and Wadi Rabie districts", neither in the gazetteer as a
                // district, each degraded by resolving the other, recursed until the stack overflowed
                if (o != c && o.kind() == PlaceMention.Kind.NAME && !o.hits().isEmpty() && !insideTown(o)) {
                    PlaceMention m = resolveOne(o, sentence, sentenceAdmin1, focus, List.of(), lists);
                    if (m != null) {
                        ResolvedPlace p = m.place();
                        return new ResolvedPlace(name, null, p.lat(), p.lon(), p.admin1(), p.country(), GeoPrecision.TOWN, false);
                    }
                }
            }
        }
        String key = nearestRegion(sentence, c, focus);
        if (key == null) {
            key = nearbyAdmin1(sentence, c, sentenceAdmin1, focus);
        }
        if (key == null && focus.strength() >= 0.5) {
            key = focus.topAdmin1(); // only a document clearly about one country lends its heartland to an unknown name
        }
        Admin1 a = key == null ? null : gazetteer.admin1(key);
        if (a != null) {
            return new ResolvedPlace(name, null, a.lat(), a.lon(), a.name(), a.country(), GeoPrecision.PROVINCE, false);
        }
        Gazetteer.Country k = focus.country() == null || focus.strength() < 0.5 ? null : gazetteer.country(focus.country());
        if (k != null) {
            return new ResolvedPlace(name, null, k.lat(), k.lon(), null, k.code(), GeoPrecision.COUNTRY, false);
        }
        return ResolvedPlace.unresolved(name);
    }

    /** The division of the region mention nearest to {@code self} in its sentence ("… Bridge in the eastern Hama area"). */
    private static String nearestRegion(List<PlaceCandidate> sentence, PlaceCandidate self, Focus focus) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (PlaceCandidate o : sentence) {
            if (o == self || o.kind() != PlaceMention.Kind.REGION) {
                continue;
            }
            for (Admin1 a : o.admin1s()) {
                int d = Math.abs(o.span().start() - self.span().start());
                if (a.country().equals(focus.country()) && d < bestD) {
                    bestD = d;
                    best = a.key();
                }
            }
        }
        return best;
    }

    private String nearbyAdmin1(List<PlaceCandidate> sentence, PlaceCandidate self, Set<String> sentenceAdmin1, Focus focus) {
        for (PlaceCandidate o : sentence) {
            if (o != self && !o.hits().isEmpty() && o.feature() == null) {
                PlaceCandidate.Hit best = best(o.hits(), h -> true, sentenceAdmin1, focus);
                if (best != null && best.entry().country().equals(focus.country())) {
                    return best.entry().admin1Key();
                }
            }
        }
        return null;
    }
}
