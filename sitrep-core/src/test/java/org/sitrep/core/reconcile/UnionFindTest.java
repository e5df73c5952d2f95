package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Random unions against a plain labelling: every member's set is named by its smallest member. */
class UnionFindTest {
    @Test
    void aSetIsNamedByItsSmallestMember() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            int n = 1 + r.nextInt(300);
            UnionFind uf = new UnionFind(n);
            int[] label = new int[n];
            for (int i = 0; i < n; i++) {
                label[i] = i;
            }
            int unions = r.nextInt(2 * n);
            for (int u = 0; u < unions; u++) {
                int a = r.nextInt(n);
                int b = r.nextInt(n);
                uf.union(a, b);
                int from = Math.max(label[a], label[b]);
                int to = Math.min(label[a], label[b]);
                for (int i = 0; i < n; i++) {
                    if (label[i] == from) {
                        label[i] = to;
                    }
                }
                int x = r.nextInt(n);
                int y = r.nextInt(n);
                assertEquals(label[x] == label[y], uf.same(x, y));
            }
            for (int i = 0; i < n; i++) {
                assertEquals(label[i], uf.find(i), "member " + i + " after " + unions + " unions of " + n);
            }
        }
    }
}
