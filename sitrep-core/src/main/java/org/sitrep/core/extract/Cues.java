package org.sitrep.core.extract;

import org.sitrep.core.lang.LanguagePack;
import org.sitrep.core.nlp.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cue phrases of a language pack's {@code event-cues.tsv} by section, matched on lower-cased token texts or lemmas. Immutable, thread-safe.
 */
public final class Cues {
    private final Map<String, List<String[]>> sections;
    private final Map<String, Map<String, List<String[]>>> byFirstWord = new HashMap<>();
    /** Each section's phrases as one lower-case string, longest first, for {@link #opens}. */
    private final Map<String, List<String>> joined = new HashMap<>();

    /** Each section's bit in {@link #startMask}. */
    private final Map<String, Long> sectionBit = new HashMap<>();
    /** Per word (a token's lower-case text or lemma): the sections with a phrase that starts with it. */
    private final Map<String, Long> startMask = new HashMap<>();

    /**
     * The last sentence's tokens seen by this thread and, per token, the sections a phrase of which may start there.
     * A sentence is asked about many sections at many ranges; each token is looked up once per sentence.
     */
    private static final class Memo {
        List<Token> tokens;
        int size;
        Token first;
        Token last;
        long[] masks = new long[0];
    }

    private final ThreadLocal<Memo> memo = ThreadLocal.withInitial(Memo::new);

    private Cues(Map<String, List<String[]>> sections) {
        this.sections = sections;
        if (sections.size() > 64) {
            throw new IllegalStateException("cues.tsv: at most 64 sections, found " + sections.size());
        }
        sections.keySet().stream().sorted().forEach(name -> sectionBit.put(name, 1L << sectionBit.size()));
        sections.forEach((name, phrases) -> {
            for (String[] p : phrases) {
                startMask.merge(p[0], sectionBit.get(name), (a, b) -> a | b);
            }
        });
        sections.forEach((name, phrases) -> joined.put(name, phrases.stream().map(p -> String.join(" ", p)).toList()));
        sections.forEach((name, phrases) -> {
            Map<String, List<String[]>> index = new HashMap<>();
            for (String[] p : phrases) {
                index.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
            }
            byFirstWord.put(name, index);
        });
    }

    /** The cues of the English pack. */
    public static Cues defaults() {
        return of(LanguagePack.english());
    }

    /** The cues of a language pack ({@code event-cues.tsv}), built once per pack. */
    public static Cues of(LanguagePack pack) {
        return pack.shared(Cues.class, Cues::load);
    }

    private static Cues load(LanguagePack pack) {
        Map<String, List<String[]>> sections = new HashMap<>();
        for (String line : pack.lines("event-cues.tsv")) {
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

    /** Per token of {@code tokens}: the sections a phrase of which starts with its text or lemma (see {@link Memo}). */
    private long[] masks(List<Token> tokens) {
        Memo m = memo.get();
        int n = tokens.size();
        if (m.tokens != tokens || m.size != n || n > 0 && (m.first != tokens.get(0) || m.last != tokens.get(n - 1))) {
            long[] masks = m.masks.length >= n ? m.masks : new long[Math.max(n, 2 * m.masks.length)];
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                Long a = startMask.get(t.lower());
                Long b = startMask.get(t.lemma());
                masks[i] = (a == null ? 0 : a) | (b == null ? 0 : b);
            }
            m.tokens = tokens;
            m.size = n;
            m.first = n > 0 ? tokens.get(0) : null;
            m.last = n > 0 ? tokens.get(n - 1) : null;
            m.masks = masks;
        }
        return m.masks;
    }

    private long bit(String section) {
        Long b = sectionBit.get(section);
        if (b == null) {
            throw new IllegalArgumentException("Unknown cue section: '" + section + "'");
        }
        return b;
    }

    /** All occurrences of the section's phrases in tokens [from, to), longest first, non-overlapping. */
    public List<Hit> find(String section, List<Token> tokens, int from, int to) {
        Map<String, List<String[]>> index = byFirstWord.get(section);
        long bit = bit(section);
        long[] masks = masks(tokens);
        List<Hit> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, tokens.size());
        while (i < end) {
            int len = (masks[i] & bit) == 0 ? 0 : matchAt(candidates(index, tokens.get(i)), tokens, i, end);
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
        if ((masks(tokens)[i] & bit(section)) == 0) {
            return false;
        }
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

    /**
     * A month's name, not the verb spelled the same ("in February and March 1986", "on March 3", "3 March"):
     * capitalised, with a number next to it or a word of time before it ({@code before}, the pack's
     * {@code month-context}). A headline's "Rebels March on Kidal" stays a verb.
     */
    static boolean isMonthByContext(List<Token> tokens, int i, java.util.Set<String> months, java.util.Set<String> before) {
        Token t = tokens.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !months.contains(t.lower())) {
            return false;
        }
        return i + 1 < tokens.size() && Character.isDigit(tokens.get(i + 1).text().charAt(0))
                || i > 0 && Character.isDigit(tokens.get(i - 1).text().charAt(0))
                || i > 0 && before.contains(tokens.get(i - 1).lower());
    }

    private static boolean isSentencePunctuation(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("‘") || w.equals("'") || w.equals("(") || w.equals("—") || w.equals(":");
    }

    public boolean any(String section, List<Token> tokens, int from, int to) {
        Map<String, List<String[]>> index = byFirstWord.get(section);
        long bit = bit(section);
        long[] masks = masks(tokens);
        int end = Math.min(to, tokens.size());
        for (int i = Math.max(0, from); i < end; i++) {
            if ((masks[i] & bit) != 0 && matchAt(candidates(index, tokens.get(i)), tokens, i, end) > 0) {
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

    /**
     * Whether a phrase of the section occurs as whole words anywhere in a raw text, ignoring case (for short texts
     * read without tokens, such as an actor's words; word forms as listed, no lemmas).
     */
    public boolean occursIn(String section, String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            for (String phrase : joined.get(section)) {
                int len = phrase.length();
                if (i + len <= n && text.regionMatches(true, i, phrase, 0, len)
                        && (i + len == n || !Character.isLetterOrDigit(text.charAt(i + len)))) {
                    return true;
                }
            }
        }
        return false;
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
