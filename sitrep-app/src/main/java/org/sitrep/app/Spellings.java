package org.sitrep.app;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.sitrep.core.text.Fold;
import org.sitrep.store.EventStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the known names closest in spelling to what was asked (case and accents aside). */
public final class Spellings {
    /** Names offered at most. */
    public static final int MAX = 3;

    private Spellings() {
    }

    /**
     * Up to {@link #MAX} of {@code known} (distinct names) within an edit distance of a third of the asked name's length (at least 2),
     * closest first; names that contain the asked one (or are contained in it) count as close.
     */
    public static List<String> closest(String asked, List<String> known) {
        String a = Fold.fold(asked.strip());
        int limit = Math.max(2, a.length() / 3);
        LevenshteinDistance d = new LevenshteinDistance(limit);
        record Hit(String name, int distance) {
        }
        List<Hit> hits = new ArrayList<>();
        for (String name : known) {
            String k = Fold.fold(name);
            int dist = a.length() >= 3 && (k.contains(a) || a.contains(k) && k.length() >= 3) ? 0 : d.apply(a, k);
            if (dist >= 0) {
                hits.add(new Hit(name, dist));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::distance).thenComparing(Hit::name));
        return hits.stream().limit(MAX).map(Hit::name).toList();
    }

    /** "no place 'Hamma' has a control timeline in the store; closest: Hama, Hamah" (the command line and the API). */
    public static String noSuchPlace(String place, EventStore s, boolean sayWhere) {
        java.util.List<String> near = closest(place, s.timelinePlaces());
        return "no place '" + UsageError.shown(place) + "' has a control timeline" + (sayWhere ? " in " + s.location() : "")
                + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near));
    }
}
