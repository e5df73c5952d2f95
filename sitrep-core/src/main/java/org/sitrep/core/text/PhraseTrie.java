package org.sitrep.core.text;

import java.util.HashMap;
import java.util.Map;

/**
 * A trie over folded words mapping phrases to values; finds the longest phrase starting at a word. Build once,
 * then read from any thread.
 *
 * @param <V> the value stored for a phrase
 */
public final class PhraseTrie<V> {
    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }

    /** A match: the value and the number of words it spans. */
    public record Match<V>(V value, int words) {
    }

    private final Node<V> root = new Node<>();

    /** Adds a phrase (any text; it is split into folded words the way {@link Words} does). Later adds win. */
    public void put(String phrase, V value) {
        Words w = new Words(phrase, 0);
        if (w.size() == 0) {
            return;
        }
        Node<V> node = root;
        for (int i = 0; i < w.size(); i++) {
            node = node.next.computeIfAbsent(w.folded(i), k -> new Node<>());
        }
        node.value = value;
    }

    /** Adds the phrase only if no value is stored for it yet. */
    public void putIfAbsent(String phrase, V value) {
        if (get(phrase) == null) {
            put(phrase, value);
        }
    }

    public V get(String phrase) {
        Words w = new Words(phrase, 0);
        Match<V> m = longest(w, 0);
        return m != null && m.words() == w.size() ? m.value() : null;
    }

    /** The longest phrase starting at word {@code i}, or null. Words must be separated by spaces or hyphens only (or a dot after a letter of an abbreviation). */
    public Match<V> longest(Words words, int i) {
        Node<V> node = root;
        Match<V> best = null;
        for (int j = i; j < words.size(); j++) {
            if (j > i && !Words.joinable(words.gapAfter(j - 1)) && !abbreviationDot(words, j - 1)) {
                break;
            }
            node = node.next.get(words.folded(j));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, j - i + 1);
            }
        }
        return best;
    }

    /** The dot of a letter of an abbreviation ("U.S. forces", "U.N. peacekeepers"): its letters are one name. */
    private static boolean abbreviationDot(Words words, int k) {
        String gap = words.gapAfter(k);
        return words.folded(k).length() == 1 && (gap.equals(".") || gap.equals(". "));
    }

    public boolean isEmpty() {
        return root.next.isEmpty();
    }
}
