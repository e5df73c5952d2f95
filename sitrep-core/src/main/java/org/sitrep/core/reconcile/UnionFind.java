package org.sitrep.core.reconcile;

/**
 * Disjoint sets over 0..n-1; {@link #find} names a set by its smallest member. The trees are joined by size, the
 * smaller under the larger, and halved on every walk, so a walk stays short however the unions come. Not thread-safe.
 */
final class UnionFind {
    private final int[] parent;
    private final int[] size;
    /** The smallest member of the set each root holds. */
    private final int[] smallest;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        smallest = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            smallest[i] = i;
        }
    }

    /** The root of i's set: equal for the members of one set, changed only by a union. */
    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The smallest member of i's set. */
    int find(int i) {
        return smallest[root(i)];
    }

    /** Whether a and b are in one set. */
    boolean same(int a, int b) {
        return root(a) == root(b);
    }

    void union(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        smallest[ra] = Math.min(smallest[ra], smallest[rb]);
    }
}
