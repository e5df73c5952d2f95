package org.sitrep.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of a set of literals a text contains, in one pass over its characters (an Aho–Corasick automaton): the
 * cheap test that keeps regular expressions off text that cannot match them when a pattern, or a group of patterns,
 * has many obligatory words. Where {@link Literals#containsAny} scans the text once per literal, this reads each
 * character once whatever the number of literals. Matching is exact (callers pass lower-cased text and literals).
 * Immutable and thread-safe.
 */
public final class LiteralSet {
    private static final int ASCII = 128;

    private final String[] literals;
    /** Transitions on ASCII characters, complete (failure links folded in): {@code delta[state * 128 + c]}. */
    private final int[] delta;
    /** Trie edges on other characters, per state (key: state << 16 | char), followed with {@link #fail}. */
    private final Map<Integer, Integer> wide;
    /**
     * The characters of {@link #wide}'s edges: on any other character beyond ASCII every state fails to the root, which
     * has no edge on it either, so {@link #step} answers the root without looking (most sets' literals are ASCII, and
     * news text has curly quotes and dashes: the boxed lookups down the failure chain were 3% of an extraction).
     */
    private final java.util.BitSet wideChars = new java.util.BitSet();
    private final int[] fail;
    /** Literals ending at each state (its own and its failure chain's), as bits; null when none. */
    private final long[][] out;
    private final int words;

    private LiteralSet(String[] literals) {
        this.literals = literals;
        this.words = Math.max(1, (literals.length + 63) / 64);
        List<int[]> asciiEdges = new ArrayList<>();
        Map<Integer, Integer> trieWide = new HashMap<>();
        List<long[]> outs = new ArrayList<>();
        asciiEdges.add(filled());
        outs.add(null);
        for (int i = 0; i < literals.length; i++) {
            String lit = literals[i];
            if (lit.isEmpty()) {
                throw new IllegalArgumentException("an empty literal");
            }
            int s = 0;
            for (int k = 0; k < lit.length(); k++) {
                char c = lit.charAt(k);
                int next = c < ASCII ? asciiEdges.get(s)[c] : trieWide.getOrDefault(key(s, c), -1);
                if (next < 0) {
                    next = asciiEdges.size();
                    asciiEdges.add(filled());
                    outs.add(null);
                    if (c < ASCII) {
                        asciiEdges.get(s)[c] = next;
                    } else {
                        trieWide.put(key(s, c), next);
                    }
                }
                s = next;
            }
            long[] o = outs.get(s) == null ? new long[words] : outs.get(s);
            o[i >>> 6] |= 1L << (i & 63);
            outs.set(s, o);
        }
        int n = asciiEdges.size();
        int[] f = new int[n];
        int[] d = new int[n * ASCII];
        long[][] o = outs.toArray(new long[0][]);
        // breadth first: a state's failure and its transitions are known before its children's
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ASCII; c++) {
            int child = asciiEdges.get(0)[c];
            d[c] = Math.max(child, 0);
            if (child > 0) {
                queue.add(child);
            }
        }
        Map<Integer, List<int[]>> wideChildren = new HashMap<>();
        for (Map.Entry<Integer, Integer> e : trieWide.entrySet()) {
            wideChildren.computeIfAbsent(e.getKey() >>> 16, k -> new ArrayList<>()).add(new int[]{e.getKey() & 0xFFFF, e.getValue()});
        }
        for (int[] ch : wideChildren.getOrDefault(0, List.of())) {
            queue.add(ch[1]);
        }
        this.wide = trieWide;
        for (int k : trieWide.keySet()) {
            wideChars.set(k & 0xFFFF);
        }
        this.fail = f;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            if (o[f[s]] != null) {
                o[s] = o[s] == null ? o[f[s]].clone() : or(o[s], o[f[s]]);
            }
            for (int c = 0; c < ASCII; c++) {
                int child = asciiEdges.get(s)[c];
                if (child > 0) {
                    f[child] = d[f[s] * ASCII + c];
                    d[s * ASCII + c] = child;
                    queue.add(child);
                } else {
                    d[s * ASCII + c] = d[f[s] * ASCII + c];
                }
            }
            for (int[] ch : wideChildren.getOrDefault(s, List.of())) {
                f[ch[1]] = step(f[s], (char) ch[0]);
                queue.add(ch[1]);
            }
        }
        // the root's wide children fail to the root (f[] is 0 already)
        this.delta = d;
        this.out = o;
    }

    private static int[] filled() {
        int[] a = new int[ASCII];
        Arrays.fill(a, -1);
        return a;
    }

    private static long[] or(long[] a, long[] b) {
        long[] r = a.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] |= b[i];
        }
        return r;
    }

    private static int key(int state, char c) {
        return state << 16 | c;
    }

    /** The set of these literals (lower-case them first to test lower-cased text). */
    public static LiteralSet of(String... literals) {
        return new LiteralSet(literals.clone());
    }

    /** The set of these literals. */
    public static LiteralSet of(List<String> literals) {
        return new LiteralSet(literals.toArray(new String[0]));
    }

    /** The literals, in the order their bits are numbered. */
    public List<String> literals() {
        return List.of(literals);
    }

    private int step(int s, char c) {
        if (c < ASCII) {
            return delta[s * ASCII + c];
        }
        if (!wideChars.get(c)) {
            return 0;
        }
        while (true) {
            Integer next = wide.get(key(s, c));
            if (next != null) {
                return next;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }

    /** Whether the text contains one of the literals. */
    public boolean any(CharSequence text) {
        // the characters read from an array, and an ASCII step taken here: a charAt through CharSequence and a call
        // a character cost several times more under the quick compiler
        char[] cs = text.toString().toCharArray();
        int[] d = delta;
        int s = 0;
        for (char c : cs) {
            s = c < ASCII ? d[s * ASCII + c] : step(s, c);
            if (out[s] != null) {
                return true;
            }
        }
        return false;
    }

    /** The literals the text contains, as bits (literal i is bit {@code i % 64} of word {@code i / 64}). */
    public long[] found(CharSequence text) {
        long[] found = new long[words];
        char[] cs = text.toString().toCharArray(); // as in any
        int[] d = delta;
        int s = 0;
        for (char c : cs) {
            s = c < ASCII ? d[s * ASCII + c] : step(s, c);
            long[] o = out[s];
            if (o != null) {
                for (int w = 0; w < words; w++) {
                    found[w] |= o[w];
                }
            }
        }
        return found;
    }

    /** The bits of these literals (each must be one of the set's), for testing {@link #found} with {@link #intersects}. */
    public long[] mask(String... some) {
        long[] m = new long[words];
        for (String lit : some) {
            int i = Arrays.asList(literals).indexOf(lit);
            if (i < 0) {
                throw new IllegalArgumentException("not in the set: '" + lit + "'");
            }
            m[i >>> 6] |= 1L << (i & 63);
        }
        return m;
    }

    /** Whether two bit sets share a bit. */
    public static boolean intersects(long[] a, long[] b) {
        for (int i = 0, n = Math.min(a.length, b.length); i < n; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
