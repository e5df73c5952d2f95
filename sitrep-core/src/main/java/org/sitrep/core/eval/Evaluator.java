package org.sitrep.core.eval;

import org.sitrep.core.model.EventMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores predicted event mentions against a {@link Gold} annotation with the shared scorer's rules
 * ({@link ScoreRules}): only predictions of the gold's documents count; a prediction matches a gold event of the same
 * document, type family and place; matching is one-to-one, pairs whose date agrees first, then in gold and prediction
 * order. Over matched pairs it scores date, realis, actor side and geocoding (within 5 km of a gold point).
 * Thread-safe.
 */
public final class Evaluator {
    static final double GEO_KM = 5;

    /** One matched pair. */
    public record Pair(Gold.Event gold, EventMention predicted) {
    }

    public EvalReport evaluate(Gold gold, List<EventMention> predictedAll) {
        Set<String> docs = new HashSet<>();
        gold.events().forEach(e -> docs.add(e.doc()));
        List<EventMention> predicted = predictedAll.stream().filter(p -> docs.contains(p.doc())).toList();
        List<int[]> cands = new ArrayList<>();
        for (int g = 0; g < gold.events().size(); g++) {
            Gold.Event ge = gold.events().get(g);
            for (int p = 0; p < predicted.size(); p++) {
                EventMention pe = predicted.get(p);
                if (ge.doc().equals(pe.doc()) && ScoreRules.sameType(ge, pe) && ScoreRules.samePlace(ge, pe)) {
                    cands.add(new int[]{Boolean.TRUE.equals(ScoreRules.dateOk(ge, pe)) ? 0 : 1, g, p});
                }
            }
        }
        cands.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2]));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (int[] c : cands) {
            if (usedG.contains(c[1]) || usedP.contains(c[2])) {
                continue;
            }
            usedG.add(c[1]);
            usedP.add(c[2]);
            pairs.add(new Pair(gold.events().get(c[1]), predicted.get(c[2])));
        }
        List<Gold.Event> missed = new ArrayList<>();
        for (int g = 0; g < gold.events().size(); g++) {
            if (!usedG.contains(g)) {
                missed.add(gold.events().get(g));
            }
        }
        List<EventMention> spurious = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!usedP.contains(p)) {
                spurious.add(predicted.get(p));
            }
        }
        return new EvalReport(gold, predicted, pairs, missed, spurious);
    }
}
