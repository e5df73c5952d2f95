package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sitrep.core.model.SourcedMention;

/**
 * The test oracle for {@link EventMerger#cluster}: its definition tried literally, every pair and every candidate,
 * nothing skipped. Precise mentions that are {@link EventMerger#compatible} are one happening (transitively); each
 * vague mention then joins the compatible precise mention of the least (type differs, actor differs, distance of the
 * midpoints, that mention's set) as the precise groups stand; vague mentions that join none merge among themselves.
 */
final class ReferenceMerger {
    private ReferenceMerger() {
    }

    /** The groups, as sets of mention ids, sorted by their first id. */
    static List<Set<String>> groups(List<SourcedMention> mentions) {
        List<Item> items = new ArrayList<>();
        for (SourcedMention sm : mentions) {
            items.add(new Item(sm));
        }
        items.sort(Comparator.comparing(Item::id));
        Cells cells = Cells.flat(items);
        Takes takes = new Takes(items, cells);
        UnionFind uf = new UnionFind(items.size());
        List<Integer> precise = new ArrayList<>();
        List<Integer> vague = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).precise) {
                precise.add(i);
            } else if (items.get(i).timed) {
                vague.add(i);
            }
        }
        unionAll(items, precise, uf, takes);
        List<int[]> joins = new ArrayList<>();
        List<Integer> alone = new ArrayList<>();
        for (int v : vague) {
            Item x = items.get(v);
            int best = -1;
            long[] bestScore = null;
            for (int p : precise) {
                Item y = items.get(p);
                if (!EventMerger.compatible(x, y, takes)) {
                    continue;
                }
                boolean sameActor = x.m.actor() != null && y.m.actor() != null && x.m.actor().id().equals(y.m.actor().id());
                long[] score = {x.m.type() == y.m.type() ? 0 : 1, sameActor ? 0 : 1, Math.abs(x.mid - y.mid), uf.find(p)};
                if (bestScore == null || java.util.Arrays.compare(score, bestScore) < 0) {
                    best = p;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                joins.add(new int[] {v, best});
            } else {
                alone.add(v);
            }
        }
        for (int[] j : joins) {
            uf.union(j[0], j[1]);
        }
        unionAll(items, alone, uf, takes);
        Map<Integer, Set<String>> groups = new java.util.TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(uf.find(i), k -> new TreeSet<>()).add(items.get(i).id());
        }
        List<Set<String>> out = new ArrayList<>(groups.values());
        out.sort(Comparator.comparing(s -> s.iterator().next()));
        return out;
    }

    private static void unionAll(List<Item> items, List<Integer> idx, UnionFind uf, Takes takes) {
        for (int a = 0; a < idx.size(); a++) {
            for (int b = a + 1; b < idx.size(); b++) {
                if (EventMerger.compatible(items.get(idx.get(a)), items.get(idx.get(b)), takes)) {
                    uf.union(idx.get(a), idx.get(b));
                }
            }
        }
    }
}
