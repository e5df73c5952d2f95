package org.sitrep.core.extract;

import org.sitrep.core.nlp.Token;
import org.sitrep.core.text.Resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue phrases of {@code cues.tsv} by section, matched on lower-cased token texts or lemmas. Immutable, thread-safe.
 */
public final class Cues {
    private static final Cues DEFAULT = load();

    private final Map<String, List<String[]>> sections;
    private final Map<String, Map<String, List<String[]>>> byFirstWord = new HashMap<>();
    /** Each section's phrases as one lower-case string, longest first, for {@link #opens}. */
    private final Map<String, List<String>> joined = new HashMap<>();

    private Cues(Map<String, List<String[]>> sections) {
        this.sections = sections;
        sections.forEach((name, phrases) -> joined.put(name, phrases.stream().map(p -> String.join(" ", p)).toList()));
        sections.forEach((name, phrases) -> {
            Map<String, List<String[]>> index = new HashMap<>();
            for (String[] p : phrases) {
                index.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
            }
            byFirstWord.put(name, index);
        });
    }

    public static Cues defaults() {
        return DEFAULT;
    }

    private static Cues load() {
        Map<String, List<String[]>> sections = new HashMap<>();
        for (String line : Resources.lines("/org/sitrep/core/extract/cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("cues.tsv: expected 2 columns in '" + line + "'");
            }
            List<String[]> l = sections.computeIfAbsent(f[0], k -> new ArrayList<>());
            for (String p : f[1].split("\\|")) {
                l.add(p.trim().toLowerCase().split("\\s+"));
            }
        }
        for (List<String[]> l : sections.values()) {
            l.sort((a, b) -> b.length - a.length);
        }
        return new Cues(sections);
    }

    /** A cue occurrence: tokens [start, end). */
    public record Hit(int start, int end) {
    }

    /** All occurrences of the section's phrases in tokens [from, to), longest first, non-overlapping. */
    public List<Hit> find(String section, List<Token> tokens, int from, int to) {
        Map<String, List<String[]>> index = byFirstWord.get(section);
        if (index == null) {
            throw new IllegalArgumentException("Unknown cue section: '" + section + "'");
        }
        List<Hit> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, tokens.size());
        while (i < end) {
            int len = matchAt(candidates(index, tokens.get(i)), tokens, i, end);
            if (len > 0) {
                out.add(new Hit(i, i + len));
                i += len;
            } else {
                i++;
            }
        }
        return out;
    }

    /** True when the section has a phrase starting at token i. */
    public boolean at(String section, List<Token> tokens, int i) {
        return matchAt(candidates(byFirstWord.get(section), tokens.get(i)), tokens, i, tokens.size()) > 0;
    }

    private static List<String[]> candidates(Map<String, List<String[]>> index, Token t) {
        List<String[]> a = index.get(t.lower());
        List<String[]> b = index.get(t.lemma());
        if (a == null) {
            return b == null ? List.of() : b;
        }
        if (b == null || b == a) {
            return a;
        }
        List<String[]> both = new ArrayList<>(a);
        both.addAll(b);
        both.sort((x, y) -> y.length - x.length);
        return both;
    }

    /**
     * "May" the month, not the modal ("on May 2", "2 May", "in May", "KHARTOUM, May 2, 2025 -"): capitalised inside a
     * sentence, or next to a number.
     */
    static boolean isMonthMay(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        if (!w.equals("May") && !w.equals("MAY")) {
            return false;
        }
        boolean numberNext = i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).text().charAt(0))
                || i > 0 && Character.isDigit(tokens.get(i - 1).text().charAt(0));
        return numberNext || i > 0 && !isSentencePunctuation(tokens.get(i - 1).text());
    }

    private static boolean isSentencePunctuation(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("‘") || w.equals("'") || w.equals("(") || w.equals("—") || w.equals(":");
    }

    public boolean any(String section, List<Token> tokens, int from, int to) {
        Map<String, List<String[]>> index = byFirstWord.get(section);
        if (index == null) {
            throw new IllegalArgumentException("Unknown cue section: '" + section + "'");
        }
        int end = Math.min(to, tokens.size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (matchAt(candidates(index, tokens.get(i)), tokens, i, end) > 0) {
                return true;
            }
        }
        return false;
    }

    private static int matchAt(List<String[]> phrases, List<Token> tokens, int i, int end) {
        if (phrases.isEmpty() || isMonthMay(tokens, i)) {
            return 0;
        }
        for (String[] p : phrases) {
            if (i + p.length > end) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < p.length && ok; k++) {
                Token t = tokens.get(i + k);
                String w = t.lower();
                ok = w.equals(p[k]) || t.lemma().equals(p[k]);
            }
            if (ok) {
                return p.length;
            }
        }
        return 0;
    }

    /** Phrases of a section that open a text (for sentence-initial cues on raw text). */
    public boolean opens(String section, String sentence) {
        List<String> phrases = joined.get(section);
        int n = sentence.length();
        for (String phrase : phrases) {
            int len = phrase.length();
            if (n >= len && sentence.regionMatches(true, 0, phrase, 0, len)
                    && (n == len || !Character.isLetter(sentence.charAt(len)))) {
                return true;
            }
        }
        return false;
    }
}
