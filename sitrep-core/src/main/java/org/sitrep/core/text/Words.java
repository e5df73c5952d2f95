package org.sitrep.core.text;

import java.util.Arrays;

/**
 * A fast word scanner for the hot path: one pass over the characters, no regex. A word is a run of letters and
 * digits with inner apostrophes ("Hay’at"); hyphens, slashes and other punctuation separate words. Each word
 * keeps its span and its folded form (see {@link Fold}). Immutable after construction.
 */
public final class Words {
    private final String text;
    private final int base;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private String[] folded = new String[32];
    private int n;

    /** Scans {@code text}; spans are reported offset by {@code base}. */
    public Words(String text, int base) {
        this.text = text;
        this.base = base;
        scan();
    }

    private void scan() {
        int i = 0;
        int len = text.length();
        StringBuilder sb = new StringBuilder(24);
        while (i < len) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Fold.isApostrophe(c) && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && isPossessive(i) ? 2 : 1;
                continue;
            }
            int s = i;
            sb.setLength(0);
            while (i < len) {
                char x = text.charAt(i);
                if (Character.isLetterOrDigit(x)) {
                    char f = Fold.fold(x);
                    if (f != '\0' && f != ' ') {
                        sb.append(f);
                    }
                    i++;
                } else if (Fold.isApostrophe(x) && i + 1 < len && Character.isLetter(text.charAt(i + 1)) && i > s
                        && !isPossessive(i)) {
                    i++;
                } else {
                    break;
                }
            }
            add(s, i, sb.toString());
        }
    }

    /** True when the apostrophe at {@code i} starts a possessive "’s" that ends the word. */
    private boolean isPossessive(int i) {
        int len = text.length();
        return i + 1 < len && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == len || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    /** True when the gap between two words holds only spaces, hyphens, apostrophes or a possessive "’s". */
    public static boolean joinable(String gap) {
        int k = 0;
        if (gap.length() >= 2 && Fold.isApostrophe(gap.charAt(0)) && (gap.charAt(1) == 's' || gap.charAt(1) == 'S')) {
            k = 2;
        }
        for (; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (!(c == ' ' || c == '-' || c == '\u00A0' || c == '\u2010' || c == '\u2011' || Fold.isApostrophe(c))) {
                return false;
            }
        }
        return true;
    }

    /** True when word {@code i} is followed by a possessive "’s". */
    public boolean possessive(int i) {
        return ends[i] + 1 < text.length() && Fold.isApostrophe(text.charAt(ends[i])) && isPossessive(ends[i]);
    }

    private void add(int s, int e, String f) {
        if (n == starts.length) {
            starts = Arrays.copyOf(starts, n * 2);
            ends = Arrays.copyOf(ends, n * 2);
            folded = Arrays.copyOf(folded, n * 2);
        }
        starts[n] = s;
        ends[n] = e;
        folded[n] = f;
        n++;
    }

    public int size() {
        return n;
    }

    /** Start of word {@code i} in the caller's coordinates (base added). */
    public int start(int i) {
        return base + starts[i];
    }

    public int end(int i) {
        return base + ends[i];
    }

    /** Start within the scanned text. */
    public int localStart(int i) {
        return starts[i];
    }

    public int localEnd(int i) {
        return ends[i];
    }

    public String folded(int i) {
        return folded[i];
    }

    /** The word as written. */
    public String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** True when the word starts with an upper-case letter. */
    public boolean capitalized(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether the characters between word {@code i} and word {@code i + 1} hold {@code c} (no copy made). */
    public boolean gapHas(int i, char c) {
        int to = i + 1 < n ? starts[i + 1] : text.length();
        for (int k = ends[i]; k < to; k++) {
            if (text.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether the gap after word {@code i} is {@link #joinable} (no copy made). */
    public boolean joinableAfter(int i) {
        int to = i + 1 < n ? starts[i + 1] : text.length();
        int k = ends[i];
        if (to - k >= 2 && Fold.isApostrophe(text.charAt(k)) && (text.charAt(k + 1) == 's' || text.charAt(k + 1) == 'S')) {
            k += 2;
        }
        for (; k < to; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || c == '-' || c == '\u00A0' || c == '\u2010' || c == '\u2011' || Fold.isApostrophe(c))) {
                return false;
            }
        }
        return true;
    }

    /** The characters between word {@code i} and word {@code i + 1}. */
    public String gapAfter(int i) {
        return i + 1 < n ? text.substring(ends[i], starts[i + 1]) : text.substring(ends[i]);
    }

    /** The text from the start of word {@code from} to the end of word {@code to} (inclusive). */
    public String text(int from, int to) {
        return text.substring(starts[from], ends[to]);
    }

    public String source() {
        return text;
    }

    /** Index of the first word starting at or after local offset {@code off}, or size(). */
    public int indexAtOrAfter(int off) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < off) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
