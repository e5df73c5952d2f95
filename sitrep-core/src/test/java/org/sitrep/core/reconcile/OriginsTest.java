package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.text.Fold;

/** Origins count sources carrying the same sentence (as it folds) once, as folding every quote into a string does. */
class OriginsTest {
    /** One sentence written several ways (case, dashes, apostrophes, accents, spacing), and other sentences. */
    private static final String[] QUOTES = {"The army shelled Hama’s north.", "the army shelled hamas north", "The army — shelled Hama's north",
        "THE ARMY SHELLED HAMÁS NORTH.", "The army shelled Homs.", "The army shelled  Homs", "Rebels took the town.", "rebels took the town",
        "Rebels took the towns.", "", " ", "’"};

    /** The origins as counted before: every quote folded into a string, sources sharing one joined. */
    private static int reference(List<SourcedMention> support) {
        Map<String, Integer> index = new HashMap<>();
        for (SourcedMention s : support) {
            index.putIfAbsent(s.sourceKey(), index.size());
        }
        int[] parent = new int[index.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byQuote = new HashMap<>();
        for (SourcedMention s : support) {
            int src = index.get(s.sourceKey());
            Integer other = byQuote.putIfAbsent(Fold.fold(s.mention().quote()), src);
            if (other != null) {
                parent[root(parent, other)] = root(parent, src);
            }
        }
        TreeSet<Integer> roots = new TreeSet<>();
        for (int i = 0; i < parent.length; i++) {
            roots.add(root(parent, i));
        }
        return roots.size();
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    @Test
    void sourcesSharingASentenceAsItFoldsAreOneOrigin() {
        Random r = new Random(9);
        int joined = 0;
        for (int round = 0; round < 5_000; round++) {
            List<SourcedMention> support = new ArrayList<>();
            for (int k = 1 + r.nextInt(12); k > 0; k--) {
                int i = support.size();
                EventMention m = new EventMention("d" + round, 0, EventType.ATTACK, Realis.ASSERTED, "shelled", null, null, null, null, null,
                        null, QUOTES[r.nextInt(QUOTES.length)], new Span(0, 1), 0.5);
                String outlet = r.nextInt(6) == 0 ? null : "outlet" + r.nextInt(7);
                support.add(new SourcedMention("a" + round + "x" + i + ":0", "a" + round + "x" + i, outlet, TimeInterval.day(LocalDate.of(2024, 12, 1)), m));
            }
            int expected = reference(support);
            EventAssembler.Origins o = new EventAssembler.Origins(support);
            assertEquals(expected, o.count(), support.stream().map(s -> s.sourceKey() + " " + s.mention().quote()).toList().toString());
            joined += support.stream().map(SourcedMention::sourceKey).distinct().count() > expected ? 1 : 0;
        }
        assertTrue(joined > 1_000, joined + " supports with sources joined");
    }
}
