package org.sitrep.core.geo;

import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Span;
import org.sitrep.core.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds place mentions in a sentence: gazetteer names (transliteration-tolerant), names introduced by cue phrases
 * ("the towns of A, B and C" — kept even when the gazetteer lacks them), regions ("the northern Hama
 * countryside", "Idlib province", "the countryside of Hama"), features ("Jabal Zeinedin", "Al-Mazarib Bridge",
 * "Hama's prison") and anaphors ("the city", "the towns"). Resolution to one entry happens per document in
 * {@link Geocoder}. Thread-safe.
 */
public final class PlaceTagger {
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_HITS = 60;
    /** Skeletons shared by more names than this are too common for a fuzzy match to mean anything. */
    private static final int MAX_FUZZY = 5000;

    private final Gazetteer gazetteer;
    private final NameKeys keys;
    private final PlaceCues cues = PlaceCues.DEFAULT;

    /** The lower-case words that the scan in {@link #tag} acts on (cues, list introducers, "the"). */
    private final java.util.Set<String> loopWords = new java.util.HashSet<>();

    public PlaceTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.keys = gazetteer.keys();
        loopWords.add("the");
        loopWords.addAll(cues.objectVerbs);
        loopWords.addAll(cues.kindBefore);
        loopWords.addAll(LIST_INTRODUCERS);
        loopWords.addAll(LIST_INTRODUCER_PAIRS.keySet());
    }

    /** Place candidates in {@code w}; words with {@code blocked[i]} (actor names) are never places. */
    public List<PlaceCandidate> tag(Words w, boolean[] blocked, int listIdBase) {
        List<PlaceCandidate> out = new ArrayList<>();
        int n = w.size();
        String listKind = null;
        String hint = null;
        int listId = 0;
        int lastKindAt = -10;
        int i = 0;
        while (i < n) {
            String f = w.folded(i);
            if (listKind == null && !w.capitalized(i) && !loopWords.contains(f) && !keys.isArticle(f)) {
                i++; // nothing below starts at a lower-case word that is not a cue: the common case, decided at once
                continue;
            }
            if (blocked[i]) {
                listKind = null;
                i++;
                continue;
            }
            if (f.equals("the") && i + 1 < n && isAnaphorNoun(w.folded(i + 1)) && !w.capitalized(i + 1)
                    && (i + 2 >= n || !w.folded(i + 2).equals("of") || !w.gapAfter(i + 1).equals(" "))) {
                out.add(new PlaceCandidate(new Span(w.start(i), w.end(i + 1)), w.text(i, i + 1), w.word(i + 1),
                        PlaceMention.Kind.ANAPHOR, w.folded(i + 1), null, 0, List.of(), List.of(), null, null, null));
                i += 2;
                continue;
            }
            if (cues.objectVerbs.contains(f) && !w.capitalized(i) && i + 1 < n
                    && (isNameWord(w, i + 1) || w.folded(i + 1).equals("both") && i + 2 < n && isNameWord(w, i + 2))) {
                listKind = "places";
                listId = listIdBase + i + 1;
                i += w.folded(i + 1).equals("both") ? 2 : 1;
                continue;
            }
            if (cues.kindBefore.contains(f) && !w.capitalized(i) && i + 1 < n && w.folded(i + 1).equals("of")) {
                listKind = f;
                listId = listIdBase + i + 1;
                lastKindAt = i;
                hint = demonymBefore(w, i);
                i += 2;
                if (i < n && w.folded(i).equals("the") && i + 1 < n && isAnaphorNoun(w.folded(i + 1))
                        && i + 2 < n && w.folded(i + 2).equals("of")) {
                    listKind = w.folded(i + 1);
                    i += 3;
                }
                continue;
            }
            if (cues.kindBefore.contains(f) && !w.capitalized(i) && f.endsWith("s")) {
                lastKindAt = i;
                listKind = null;
            }
            if (isListIntroducer(w, i) && i - lastKindAt <= 14 && lastKindAt >= 0 && w.folded(lastKindAt).endsWith("s")) {
                listKind = w.folded(lastKindAt);
                listId = listIdBase + i + 1;
                i++;
                continue;
            }
            int end = nameRunEnd(w, blocked, i);
            if (end > i) {
                int before = out.size();
                i = emitRun(w, i, end, listKind, listKind != null ? listId : 0, out);
                if (hint != null && listKind != null) {
                    for (int k = before; k < out.size(); k++) {
                        PlaceCandidate c = out.get(k);
                        out.set(k, new PlaceCandidate(c.span(), c.text(), c.head(), c.kind(), c.kindWord(), c.feature(), c.listId(),
                                c.hits(), c.admin1s(), c.country(), c.container(), hint));
                    }
                }
                if (i < n && isListConnector(w, i - 1)) {
                    continue;
                }
                listKind = continuesList(w, i - 1) ? listKind : null;
                continue;
            }
            if (listKind != null && !isListWord(f)) {
                listKind = null;
            }
            i++;
        }
        out.sort(Comparator.comparing(PlaceCandidate::span));
        return out;
    }

    /** The country a demonym names within two words before a kind word ("the northern Israeli town of"), or null. */
    private String demonymBefore(Words w, int kindAt) {
        for (int k = kindAt - 1; k >= Math.max(0, kindAt - 3); k--) {
            String code = cues.demonyms.get(w.folded(k));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** Words that introduce the rest of a list of places by themselves. */
    private static final java.util.Set<String> LIST_INTRODUCERS = java.util.Set.of("including", "notably", "being", "namely");
    /** First words of two-word introducers, with the second word: "such as", "among them". */
    private static final java.util.Map<String, String> LIST_INTRODUCER_PAIRS = java.util.Map.of("such", "as", "among", "them");

    /** "including", "notably", "such as", "(the most notable) being", "among them" continue a list of places. */
    private static boolean isListIntroducer(Words w, int i) {
        String f = w.folded(i);
        if (LIST_INTRODUCERS.contains(f)) {
            return true;
        }
        String second = LIST_INTRODUCER_PAIRS.get(f);
        return second != null && i + 1 < w.size() && w.folded(i + 1).equals(second);
    }

    /** True when a locative preposition stands before word {@code i} (a fuzzy name match needs such a context). */
    private static boolean locativeBefore(Words w, int i) {
        int k = i - 1;
        while (k >= 0 && (w.folded(k).equals("the") || !w.capitalized(k) && k == i - 1 && w.folded(k).length() > 3
                && !isPreposition(w.folded(k)) && k > 0 && isPreposition(w.folded(k - 1)))) {
            k--;
        }
        return k >= 0 && isPreposition(w.folded(k));
    }

    private static boolean isPreposition(String f) {
        return switch (f) {
            case "in", "near", "at", "from", "to", "toward", "towards", "into", "outside", "around", "of", "on", "via",
                 "through", "across", "between", "and", "reached", "reaching", "entered", "captured", "seized" -> true;
            default -> false;
        };
    }

    private static boolean isAnaphorNoun(String f) {
        return f.equals("city") || f.equals("town") || f.equals("village") || f.equals("towns") || f.equals("cities")
                || f.equals("villages");
    }

    private static boolean isListWord(String f) {
        return f.equals("and") || f.equals("the") || f.equals("strategic") || f.equals("key") || f.equals("both")
                || f.equals("as") || f.equals("well") || f.equals("in") || f.equals("addition") || f.equals("to")
                || f.equals("town") || f.equals("of") || f.equals("village") || f.equals("city");
    }

    private static boolean isListConnector(Words w, int last) {
        String gap = w.gapAfter(last);
        return gap.startsWith(",") && gap.length() <= 2;
    }

    private boolean continuesList(Words w, int last) {
        String gap = w.gapAfter(last).strip();
        if (gap.equals(",")) {
            return true;
        }
        int next = last + 1;
        return gap.isEmpty() && next < w.size() && (w.folded(next).equals("and") || w.folded(next).equals("as")
                || w.folded(next).equals("in"));
    }

    /** The end (exclusive) of a capitalised name run starting at {@code i}, or {@code i} when none starts. */
    private int nameRunEnd(Words w, boolean[] blocked, int i) {
        int n = w.size();
        if (!isNameWord(w, i)) {
            return i;
        }
        int j = i;
        while (j < n && j - i < MAX_NAME_WORDS && !blocked[j] && isNameWord(w, j)) {
            if (j > i && (!Words.joinable(w.gapAfter(j - 1)) || w.possessive(j - 1)
                    || cues.featureAfter.contains(w.folded(j)) || cues.regionAfter.contains(w.folded(j)))) {
                break;
            }
            j++;
        }
        // a run may not end on an article
        while (j > i && keys.isArticle(w.folded(j - 1)) && !w.capitalized(j - 1)) {
            j--;
        }
        return j;
    }

    private boolean isNameWord(Words w, int i) {
        if (w.capitalized(i)) {
            return true;
        }
        String f = w.folded(i);
        return keys.isArticle(f) && i + 1 < w.size() && w.capitalized(i + 1) && Words.joinable(w.gapAfter(i));
    }

    /** Emits candidates for the run [from, to); returns the index after what was consumed. */
    private int emitRun(Words w, int from, int to, String listKind, int listId, List<PlaceCandidate> out) {
        if (from > 0 && cues.notPlaceBefore.contains(w.folded(from - 1)) && w.gapAfter(from - 1).isBlank()) {
            return to;
        }
        boolean person = to - from >= 2 && cues.givenNames.contains(w.folded(from));
        boolean contextual = listKind != null || locativeBefore(w, from);
        if (isFeatureAfter(w, to)) {
            Lookup whole = lookup(w, from, to, contextual, person);
            if (w.possessive(to - 1) && whole != null) {
                emit(w, from, to, listKind, listId, whole, out);
            } else {
                emit(w, from, to, listKind, listId, new Lookup(List.of(), List.of(), null), out);
            }
            return afterFeature(w, to);
        }
        String featureBefore = cues.featureBefore.contains(w.folded(from)) && to - from >= 2 ? w.folded(from) : null;
        Lookup whole = listKind != null && to - from >= 2 ? lookup(w, from, to, true, person) : null;
        if (listKind != null && to - from >= 2 && !person) {
            // in a list, places are separated by commas or "and": one capitalised run is one name
            emit(w, from, to, listKind, listId, whole != null ? whole : new Lookup(List.of(), List.of(), null), out);
            return afterFeature(w, to);
        }
        int j = from;
        while (j < to) {
            int matched = 0;
            Lookup best = null;
            for (int len = to - j; len >= 1; len--) {
                Lookup l = lookup(w, j, j + len, contextual || j > from, person);
                if (l != null) {
                    best = l;
                    matched = len;
                    break;
                }
            }
            if (best == null) {
                if (listKind != null || featureBefore != null || isFeatureAfter(w, to)) {
                    emit(w, j, to, listKind, listId, new Lookup(List.of(), List.of(), null), out);
                    return afterFeature(w, to);
                }
                if (cues.notPlaceBefore.contains(w.folded(j)) || j + 1 < to && cues.givenNames.contains(w.folded(j))) {
                    return afterFeature(w, to);
                }
                j++;
                continue;
            }
            if (featureBefore != null && j == from && !keys.isGenericPrefix(featureBefore)) {
                emit(w, from, to, listKind, listId, new Lookup(List.of(), List.of(), null), out);
                return afterFeature(w, to);
            }
            emit(w, j, j + matched, listKind, listId, best, out);
            j += matched;
            if (j < to && !Words.joinable(w.gapAfter(j - 1))) {
                break;
            }
        }
        return afterFeature(w, to);
    }

    private boolean isFeatureAfter(Words w, int i) {
        return i < w.size() && cues.featureAfter.contains(w.folded(i)) && Words.joinable(w.gapAfter(i - 1));
    }

    private int afterFeature(Words w, int i) {
        return isFeatureAfter(w, i) || (i < w.size() && (w.folded(i).equals("city") || cues.regionAfter.contains(w.folded(i)))
                && Words.joinable(w.gapAfter(i - 1))) ? i + 1 : i;
    }

    private record Lookup(List<PlaceCandidate.Hit> hits, List<Admin1> admin1s, Gazetteer.Country country) {
    }

    /** Lookups are pure functions of the words and the two flags; names recur, so results are kept (bounded). */
    private static final int CACHE_SIZE = 100_000;
    private static final Lookup NONE = new Lookup(List.of(), List.of(), null);
    private final java.util.concurrent.ConcurrentHashMap<String, Lookup> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private Lookup lookup(Words w, int from, int to, boolean cued, boolean person) {
        StringBuilder key = new StringBuilder().append(cued ? 'c' : '-').append(person ? 'p' : '-');
        for (int k = from; k < to; k++) {
            key.append('\u0001').append(w.word(k));
        }
        String k = key.toString();
        Lookup l = cache.get(k);
        if (l == null) {
            l = uncachedLookup(w, from, to, cued, person);
            l = l == null ? NONE : new Lookup(List.copyOf(l.hits), List.copyOf(l.admin1s), l.country);
            if (cache.size() > CACHE_SIZE) {
                cache.clear();
            }
            cache.put(k, l);
        }
        return l == NONE ? null : l;
    }

    private Lookup uncachedLookup(Words w, int from, int to, boolean cued, boolean person) {
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            String f = w.folded(k);
            String word = w.word(k);
            if (word.length() >= 2 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase())) {
                return null;
            }
            if (!(keys.isArticle(f) && k + 1 < to)) {
                words.add(f);
            }
        }
        if (words.size() == 1 && cues.stopwords.contains(words.get(0))) {
            return null;
        }
        String key = keys.normalOfWords(words);
        if (key.length() < 3) {
            return null;
        }
        List<PlaceCandidate.Hit> hits = new ArrayList<>();
        for (var e : gazetteer.byNormal(key)) {
            hits.add(new PlaceCandidate.Hit(e, 1.0));
        }
        List<Admin1> admin1s = gazetteer.admin1ByNormal(key);
        Gazetteer.Country country = gazetteer.countryByNormal(key);
        if (hits.isEmpty() && admin1s.isEmpty() && country == null && !person && cued && key.length() >= 4) {
            double min = cued ? 0.8 : 0.85;
            List<Gazetteer.SkeletonHit> fuzzy = gazetteer.bySkeleton(keys.skeleton(key));
            if (fuzzy.size() > MAX_FUZZY) {
                fuzzy = List.of(); // a skeleton shared by that many names identifies nothing
            }
            for (Gazetteer.SkeletonHit h : fuzzy) {
                if (Math.abs(h.normalKey().length() - key.length()) > 4) {
                    continue;
                }
                double sim = NameKeys.similarity(key, h.normalKey());
                if (sim >= min) {
                    hits.add(new PlaceCandidate.Hit(h.entry(), 0.9 * sim));
                }
            }
        }
        if (words.size() >= 2 && keys.isGenericPrefix(words.get(0)) && admin1s.isEmpty() && country == null) {
            Lookup rest = lookup(w, from + 1, to, cued, person);
            if (rest != null) {
                for (PlaceCandidate.Hit h : rest.hits) {
                    hits.add(new PlaceCandidate.Hit(h.entry(), 0.9 * h.quality()));
                }
            }
        }
        if (hits.isEmpty() && admin1s.isEmpty() && country == null) {
            return null;
        }
        if (person && country == null && admin1s.isEmpty() && hits.stream().noneMatch(h -> h.entry().population() > 50_000)) {
            return null;
        }
        if (hits.size() > MAX_HITS) {
            hits.sort(Comparator.comparingDouble((PlaceCandidate.Hit h) -> -h.quality())
                    .thenComparingLong(h -> -h.entry().population()));
            hits = new ArrayList<>(hits.subList(0, MAX_HITS));
        }
        return new Lookup(hits, admin1s, country);
    }

    private void emit(Words w, int from, int to, String listKind, int listId, Lookup l, List<PlaceCandidate> out) {
        int n = w.size();
        int start = from;
        int end = to;
        PlaceMention.Kind kind = listKind != null && !l.hits.isEmpty() ? PlaceMention.Kind.NAME
                : listKind != null ? PlaceMention.Kind.CUE : PlaceMention.Kind.NAME;
        String feature = null;
        String head = w.text(from, to - 1);
        if (cues.featureBefore.contains(w.folded(from)) && to - from >= 2 && l.hits.isEmpty()) {
            feature = w.folded(from);
            kind = PlaceMention.Kind.CUE;
        }
        // region after: "Hama countryside", "Idlib province"; feature after: "Al-Mazarib Bridge", "Hama's prison"
        if (to < n && Words.joinable(w.gapAfter(to - 1))) {
            String next = w.folded(to);
            if (cues.regionAfter.contains(next) && !next.equals("outskirts") && !next.equals("area")) {
                kind = PlaceMention.Kind.REGION;
                end = to + 1;
            } else if (cues.featureAfter.contains(next)) {
                feature = next;
                kind = PlaceMention.Kind.CUE;
                end = to + 1;
            }
        }
        // direction before: "northern Hama", "the eastern Hama countryside"
        if (from > 0 && cues.direction.contains(w.folded(from - 1)) && !w.capitalized(from - 1)
                && (!l.admin1s.isEmpty() || l.country != null)) {
            kind = PlaceMention.Kind.REGION;
            start = from - 1;
        }
        // region before of: "the countryside of Hama", "the eastern countryside of Hama"
        if (from >= 2 && w.folded(from - 1).equals("of") && isRegionWord(w.folded(from - 2))) {
            kind = PlaceMention.Kind.REGION;
            start = from - 2;
            if (from >= 3 && cues.direction.contains(w.folded(from - 3))) {
                start = from - 3;
            }
        }
        PlaceCandidate self = new PlaceCandidate(new Span(w.start(start), w.end(end - 1)), w.text(start, end - 1), head,
                kind, listKind, feature, listId, l.hits, l.admin1s, l.country, null, null);
        if (feature != null && !l.hits.isEmpty() && w.possessive(to - 1)) {
            PlaceCandidate container = new PlaceCandidate(new Span(w.start(from), w.end(to - 1)), head, head,
                    PlaceMention.Kind.NAME, null, null, 0, l.hits, l.admin1s, l.country, null, null);
            self = new PlaceCandidate(self.span(), self.text(), self.text(), PlaceMention.Kind.CUE, listKind, feature,
                    listId, List.of(), List.of(), null, container, null);
        }
        out.add(self);
    }

    private static boolean isRegionWord(String f) {
        return f.equals("countryside") || f.equals("province") || f.equals("governorate") || f.equals("region");
    }
}
