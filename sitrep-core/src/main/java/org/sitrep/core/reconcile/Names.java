package org.sitrep.core.reconcile;

import java.util.Set;

import org.sitrep.core.geo.NameKeys;

/**
 * Decides whether two spellings name the same person or unlisted place across transliterations ("Hasan
 * Abdelghani" / "Hassan Abdul Ghani", "Maar Shahour" / "Maar Shohur", "Zayn al-Abidin mount" / "Jabal Zeinedin"):
 * names are reduced to consonant skeletons (articles, generic landform words and vowels dropped, doubled letters
 * collapsed) and match when equal, or, for skeletons of at least four letters with the same first letter, when one
 * edit apart. Thread-safe.
 */
public final class Names {
    private static final NameKeys KEYS = NameKeys.defaults();
    /** Landform and feature words that transliterations add or drop around a name. */
    private static final Set<String> GENERIC = Set.of("jabal", "jebel", "jbel", "mount", "mountain", "mt", "hill", "hills",
            "the", "of");

    private Names() {
    }

    /** Keys computed so far (names repeat across mentions); emptied when it reaches {@value #CACHE_MAX} entries. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    static final int CACHE_MAX = 200_000;

    /** The comparison key: consonant skeleton of the name without articles and generic words. */
    public static String key(String name) {
        String k = CACHE.get(name);
        if (k == null) {
            if (CACHE.size() >= CACHE_MAX) {
                CACHE.clear();
            }
            k = computeKey(name);
            CACHE.put(name, k);
        }
        return k;
    }

    private static String computeKey(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : KEYS.words(name)) {
            if (!GENERIC.contains(w) && !KEYS.isArticle(w) && !KEYS.isGenericPrefix(w) && !KEYS.isGenericSuffix(w)) {
                sb.append(w);
            }
        }
        String joined = sb.toString();
        return joined.isEmpty() ? "" : KEYS.skeleton(KEYS.normal(joined).replace(" ", ""));
    }

    /** True when the two names are spellings of one name. */
    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return sameKey(key(a), key(b));
    }

    /** True when two {@link #key keys} are of spellings of one name. */
    public static boolean sameKey(String ka, String kb) {
        if (ka.isEmpty() || kb.isEmpty()) {
            return false;
        }
        if (ka.equals(kb)) {
            return true;
        }
        return Math.min(ka.length(), kb.length()) >= 4 && ka.charAt(0) == kb.charAt(0) && withinOneEdit(ka, kb);
    }

    static boolean withinOneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() == b.length()) {
                i++;
            }
            j++;
        }
        return true;
    }
}
