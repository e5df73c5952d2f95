package org.sitrep.core.geo;

import org.sitrep.core.text.Fold;
import org.sitrep.core.text.Resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matching keys that tolerate the ways Arabic (and other) place names are transliterated. Rules come from
 * {@code name-rules.txt}. Three keys, from strict to loose:
 * <ul>
 *   <li>{@link #normal}: folded, article words dropped, spelling variants unified, doubled letters collapsed,
 *       word-final "h" after a vowel dropped, words joined ("Ma‘arr Shaḩūr" and "Maar Shahour" → "marshahur");</li>
 *   <li>{@link #skeleton}: the normal key's consonants (first letter kept, vowels and w/y dropped):
 *       "Mardas", "Maardes", "Ma‘rdis" → "mrds";</li>
 *   <li>{@link #similarity}: Jaro-Winkler similarity of normal keys, to rank skeleton candidates.</li>
 * </ul>
 * Thread-safe: the rules are immutable; word keys are cached in a concurrent map.
 */
public final class NameKeys {
    private static final NameKeys DEFAULT = fromResource();

    private final Set<String> articles;
    private final Set<String> genericPrefixes;
    private final Set<String> genericSuffixes;
    private final String[][] spellings;
    /** Adjectival endings and what each may stand for ("ska" → "", "sk", "y", "a"), longest ending first. */
    private final List<Map.Entry<String, List<String>>> adjectival;

    NameKeys(Set<String> articles, Set<String> genericPrefixes, Set<String> genericSuffixes, String[][] spellings) {
        this(articles, genericPrefixes, genericSuffixes, spellings, List.of());
    }

    NameKeys(Set<String> articles, Set<String> genericPrefixes, Set<String> genericSuffixes, String[][] spellings,
             List<Map.Entry<String, List<String>>> adjectival) {
        this.articles = org.sitrep.core.text.Lookups.set(articles);
        this.genericPrefixes = org.sitrep.core.text.Lookups.set(genericPrefixes);
        this.genericSuffixes = org.sitrep.core.text.Lookups.set(genericSuffixes);
        this.spellings = spellings.clone();
        this.adjectival = List.copyOf(adjectival);
    }

    public static NameKeys defaults() {
        return DEFAULT;
    }

    /**
     * A 64-bit fingerprint of the rules the keys are made with ({@code name-rules.txt} and the ICU version that
     * folds diacritics): an index of keys made under other rules is stale.
     */
    public static long fingerprint() {
        long h = 0xcbf29ce484222325L;
        List<String> parts = new ArrayList<>(Resources.lines("/org/sitrep/core/geo/name-rules.txt"));
        parts.add(com.ibm.icu.util.VersionInfo.ICU_VERSION.toString());
        for (String line : parts) {
            for (int i = 0; i < line.length(); i++) {
                h = (h ^ line.charAt(i)) * 0x100000001b3L;
            }
            h = (h ^ '\n') * 0x100000001b3L;
        }
        return h;
    }

    private static NameKeys fromResource() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (String line : Resources.lines("/org/sitrep/core/geo/name-rules.txt")) {
            String[] parts = line.split("\\s+");
            sections.computeIfAbsent(parts[0], k -> new ArrayList<>()).addAll(List.of(parts).subList(1, parts.length));
        }
        List<String[]> sp = new ArrayList<>();
        for (String rule : sections.getOrDefault("spelling", List.of())) {
            String[] kv = rule.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalStateException("Bad spelling rule in name-rules.txt: '" + rule + "'");
            }
            sp.add(kv);
        }
        List<Map.Entry<String, List<String>>> adj = new ArrayList<>();
        for (String rule : sections.getOrDefault("adjectival", List.of())) {
            String[] kv = rule.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalStateException("Bad adjectival rule in name-rules.txt: '" + rule + "'");
            }
            adj.add(Map.entry(kv[0], List.of(kv[1].split(",", -1))));
        }
        adj.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return new NameKeys(Set.copyOf(sections.getOrDefault("article", List.of())),
                Set.copyOf(sections.getOrDefault("generic-prefix", List.of())),
                Set.copyOf(sections.getOrDefault("generic-suffix", List.of())), sp.toArray(new String[0][]), adj);
    }

    /**
     * Normal keys of the base names an adjectival form may stand for: the last word's adjectival ending replaced
     * ("kharkivska" → "kharkiv", "kharkivsk", …); empty when no ending applies. Stems shorter than three letters are
     * not tried.
     */
    public List<String> adjectivalStems(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        String last = words.get(words.size() - 1);
        for (Map.Entry<String, List<String>> r : adjectival) {
            if (last.endsWith(r.getKey()) && last.length() - r.getKey().length() >= 3) {
                String stem = last.substring(0, last.length() - r.getKey().length());
                List<String> out = new ArrayList<>();
                for (String rep : r.getValue()) {
                    List<String> ws = new ArrayList<>(words.subList(0, words.size() - 1));
                    ws.add(stem + rep);
                    out.add(normalOfWords(ws));
                }
                return out;
            }
        }
        return List.of();
    }

    public boolean isArticle(String foldedWord) {
        return articles.contains(foldedWord);
    }

    public boolean isGenericPrefix(String foldedWord) {
        return genericPrefixes.contains(foldedWord);
    }

    public boolean isGenericSuffix(String foldedWord) {
        return genericSuffixes.contains(foldedWord);
    }

    /** Folded words with articles removed (a lone article is kept). */
    public List<String> words(String name) {
        String folded = Fold.fold(name);
        List<String> out = new ArrayList<>();
        if (folded.isEmpty()) {
            return out;
        }
        String[] ws = folded.split(" ");
        for (int i = 0; i < ws.length; i++) {
            if (articles.contains(ws[i]) && i + 1 < ws.length) {
                continue;
            }
            out.add(ws[i]);
        }
        return out;
    }

    /** The normal key (see class doc); empty for a name with no letters. */
    public String normal(String name) {
        return normalOfWords(words(name));
    }

    String normalOfWords(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(wordKey(w));
        }
        return collapse(sb);
    }

    /** Bound on the per-word key cache (cleared when full). */
    private static final int WORD_CACHE_SIZE = 500_000;
    private final java.util.concurrent.ConcurrentHashMap<String, String> wordKeys = new java.util.concurrent.ConcurrentHashMap<>();

    /** One folded word with the spelling rules and the word-final "h" rule applied (cached: names repeat). */
    private String wordKey(String w) {
        String cached = wordKeys.get(w);
        if (cached != null) {
            return cached;
        }
        String x = w;
        for (String[] r : spellings) {
            x = x.replace(r[0], r[1]);
        }
        int n = x.length();
        if (n > 2 && x.charAt(n - 1) == 'h' && isVowel(x.charAt(n - 2))) {
            x = x.substring(0, n - 1);
        }
        if (wordKeys.size() > WORD_CACHE_SIZE) {
            wordKeys.clear();
        }
        wordKeys.put(w, x);
        return x;
    }

    /** The consonant skeleton of a normal key. */
    public String skeleton(String normalKey) {
        if (normalKey.isEmpty()) {
            return normalKey;
        }
        StringBuilder sb = new StringBuilder();
        char first = normalKey.charAt(0);
        sb.append(isVowel(first) || first == 'w' || first == 'y' ? 'a' : first);
        for (int i = 1; i < normalKey.length(); i++) {
            char c = normalKey.charAt(i);
            if (!isVowel(c) && c != 'w' && c != 'y') {
                sb.append(c);
            }
        }
        return collapse(sb);
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Jaro-Winkler similarity in [0,1]. */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb == 0) {
            return 0.0;
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window);
            int hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int t = 0;
        int k = 0;
        for (int i = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[k]) {
                    k++;
                }
                if (a.charAt(i) != b.charAt(k)) {
                    t++;
                }
                k++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - t / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(la, lb)) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
