package org.sitrep.core.geo;

import org.sitrep.core.text.Resources;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cue-word sets of {@code cues.tsv}, the stopwords and the given names. Immutable, thread-safe. */
final class PlaceCues {
    static final PlaceCues DEFAULT = new PlaceCues();

    final Set<String> kindBefore;
    final Set<String> regionAfter;
    final Set<String> regionBeforeOf;
    final Set<String> direction;
    final Set<String> featureAfter;
    final Set<String> featureBefore;
    final Set<String> notPlaceBefore;
    final Set<String> objectVerbs;
    final java.util.Map<String, String> demonyms = new HashMap<>();
    final Set<String> stopwords = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();

    private PlaceCues() {
        Map<String, Set<String>> sections = new HashMap<>();
        for (String line : Resources.lines("/org/sitrep/core/geo/cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("cues.tsv: expected 2 columns in '" + line + "'");
            }
            sections.put(f[0], Set.of(f[1].split("\\|")));
        }
        kindBefore = need(sections, "kind-before");
        regionAfter = need(sections, "region-after");
        regionBeforeOf = need(sections, "region-before-of");
        direction = need(sections, "direction");
        featureAfter = need(sections, "feature-after");
        featureBefore = need(sections, "feature-before");
        notPlaceBefore = need(sections, "not-place-before");
        objectVerbs = need(sections, "object-verb");
        for (String pair : need(sections, "demonym")) {
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new IllegalStateException("cues.tsv: bad demonym entry '" + pair + "'");
            }
            demonyms.put(kv[0], kv[1]);
        }
        words("/org/sitrep/core/geo/stopwords.txt", stopwords);
        words("/org/sitrep/core/geo/given-names.txt", givenNames);
    }

    private static Set<String> need(Map<String, Set<String>> s, String key) {
        Set<String> v = s.get(key);
        if (v == null) {
            throw new IllegalStateException("cues.tsv: missing section '" + key + "'");
        }
        return v;
    }

    private static void words(String path, Set<String> into) {
        for (String line : Resources.lines(path)) {
            into.addAll(List.of(line.split("\\s+")));
        }
    }
}
