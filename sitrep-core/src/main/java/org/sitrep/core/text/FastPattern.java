package org.sitrep.core.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex whose {@link Scan#find} finds what {@link Matcher#find} finds, trying the pattern only at the positions
 * whose first two characters can begin a match. {@code find} tries a pattern at every character of the text; most
 * positions of a sentence begin no match of a rule that starts with a word list ("at least|more than|…" then a
 * number), and the engine pays for each attempt. Which pairs of ASCII characters can begin a match is learnt once
 * per pair, by running the pattern on those two characters alone: a pattern that fails on them without reading past
 * their end ({@link Matcher#hitEnd}), after a letter, a space and a line end alike, fails on any text that begins with
 * them; the text's first position is always tried. A pattern that looks before its start
 * (a lookbehind, {@code \B}, {@code \G}) is tried everywhere, as by {@code find}. Thread-safe; a {@link Scan} is not.
 */
public final class FastPattern {
    private static final List<FastPattern> ALL = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final byte UNKNOWN = 0;
    private static final byte MAY = 1;
    private static final byte NEVER = 2;

    private final Pattern pattern;
    /** Whether the pattern looks before a match's start, so that {@link #mayStart} cannot rule a pair out. */
    private final boolean looksBack;
    /**
     * What each pair of ASCII characters tells ({@code a << 7 | b}), made at the first question (a pattern asked only
     * {@link #mayStart} or only {@link #mayBegin} has one table): for a match after other text, and at a text's start.
     * A benign race: a thread that makes a table another thread made too only learns its pairs again.
     */
    private byte[] pairs;
    private byte[] firstPairs;

    private FastPattern(Pattern pattern, boolean listed) {
        this.pattern = pattern;
        String regex = pattern.pattern();
        this.looksBack = regex.contains("(?<=") || regex.contains("(?<!") || regex.contains("\\B") || regex.contains("\\G");
        if (listed) {
            ALL.add(this);
        }
    }

    /** {@link Pattern#compile(String)} (for a rule's constant: the patterns compiled so are listed for the test). */
    public static FastPattern compile(String regex) {
        return new FastPattern(Pattern.compile(regex), true);
    }

    /** The pattern, with its start test. */
    public static FastPattern of(Pattern pattern) {
        return new FastPattern(pattern, false);
    }

    /** {@link Pattern#compile(String, int)}. */
    public static FastPattern compile(String regex, int flags) {
        return new FastPattern(Pattern.compile(regex, flags), true);
    }

    /** Every pattern compiled so far (for the test that compares them with {@link Matcher#find}). */
    static List<FastPattern> all() {
        return List.copyOf(ALL);
    }

    public Pattern pattern() {
        return pattern;
    }

    /**
     * Whether a match may begin with the two characters, at a position that is not the text's first (which
     * {@link Scan#find} always tries).
     */
    public boolean mayStart(char a, char b) {
        if (looksBack || a >= 128 || b >= 128) {
            return true;
        }
        byte[] table = pairs != null ? pairs : (pairs = new byte[128 * 128]);
        int k = a << 7 | b;
        byte known = table[k];
        if (known == UNKNOWN) {
            known = NEVER;
            // after a word character, a space and a line end: what comes before decides \b and a multi-line ^
            for (char before : new char[] {'a', ' ', '\n'}) {
                Matcher m = pattern.matcher(new String(new char[] {before, a, b})).useTransparentBounds(true).useAnchoringBounds(false);
                m.region(1, 3);
                if (m.lookingAt() || m.hitEnd()) {
                    known = MAY;
                    break;
                }
            }
            table[k] = known; // a benign race: every thread computes the same answer
        }
        return known == MAY;
    }

    /**
     * Whether a match may begin a text that begins with the two characters (as {@link Matcher#matches} and
     * {@link Matcher#lookingAt} match): learnt per pair by running the pattern on those two characters alone, a
     * pattern that fails on them without reading past their end fails on any text they begin. Nothing lies before a
     * text's start, so a lookbehind is no reason to try everywhere here.
     */
    public boolean mayBegin(char a, char b) {
        if (a >= 128 || b >= 128) {
            return true;
        }
        byte[] table = firstPairs != null ? firstPairs : (firstPairs = new byte[128 * 128]);
        int k = a << 7 | b;
        byte known = table[k];
        if (known == UNKNOWN) {
            Matcher m = pattern.matcher(new String(new char[] {a, b}));
            known = m.lookingAt() || m.hitEnd() ? MAY : NEVER;
            table[k] = known; // a benign race, as in mayStart
        }
        return known == MAY;
    }

    /** A search of the text, used as a {@link Matcher} is used with {@code find}. */
    public Scan scan(String text) {
        return new Scan(text);
    }

    /** The successive matches in one text. */
    public final class Scan {
        private final String text;
        private final Matcher m;
        private int from;
        /** The text's characters, read in place by {@link #find} (a charAt call a character cost several times more under the quick compiler). */
        private char[] chars;

        private Scan(String text) {
            this.text = text;
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** As {@link Matcher#find()}: the next match after the previous one (after its end, or one further when empty). */
        public boolean find() {
            int n = text.length();
            char[] cs = chars != null ? chars : (chars = text.toCharArray());
            for (int i = from; i <= n; i++) {
                // the first position is tried as find tries it: nothing before it (a ^ matches there)
                if (i > 0 && i + 1 < n) {
                    char a = cs[i];
                    char b = cs[i + 1];
                    byte[] table = pairs;
                    // mayStart's answer, read from its table when it is there (most pairs after the first few texts)
                    byte known = table == null || looksBack || a >= 128 || b >= 128 ? UNKNOWN : table[a << 7 | b];
                    if (known == NEVER || known == UNKNOWN && !mayStart(a, b)) {
                        continue;
                    }
                }
                m.region(i, n);
                if (m.lookingAt()) {
                    from = m.end() == m.start() ? m.end() + 1 : m.end();
                    return true;
                }
            }
            from = n + 1;
            return false;
        }

        /** The matcher, on the last match found (its region is the rest of the text from the match's start). */
        public Matcher matcher() {
            return m;
        }

        public String group() {
            return m.group();
        }

        public String group(int g) {
            return m.group(g);
        }

        public String group(String name) {
            return m.group(name);
        }

        public int start() {
            return m.start();
        }

        public int start(int g) {
            return m.start(g);
        }

        public int end() {
            return m.end();
        }

        public int end(int g) {
            return m.end(g);
        }
    }
}
