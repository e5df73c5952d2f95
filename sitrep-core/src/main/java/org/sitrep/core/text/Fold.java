package org.sitrep.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;

/**
 * Folds text for matching: lower case, diacritics removed (ICU4J NFD + mark stripping), apostrophe-like marks
 * (’ ‘ ʿ ʾ ` ') removed, dashes and other punctuation turned to spaces, runs of spaces collapsed.
 * A per-character table is computed once from ICU so the hot path does no normalisation. Thread-safe.
 */
public final class Fold {
    private static final char[] TABLE = new char[0x3000];
    private static final char DROP = '\u0000';

    static {
        Normalizer2 nfd = Normalizer2.getNFDInstance();
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = foldOne(nfd, c);
        }
    }

    private Fold() {
    }

    private static char foldOne(Normalizer2 nfd, int c) {
        if (isApostrophe(c)) {
            return DROP;
        }
        if (Character.isLetterOrDigit(c)) {
            String d = nfd.normalize(new String(Character.toChars(c)));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < d.length(); i++) {
                char x = d.charAt(i);
                if (UCharacter.getType(x) != UCharacter.NON_SPACING_MARK) {
                    sb.append(x);
                }
            }
            String s = UCharacter.toLowerCase(sb.toString());
            if (s.length() == 1) {
                return s.charAt(0);
            }
            return special(c);
        }
        return ' ';
    }

    private static char special(int c) {
        switch (c) {
            case 'ß': return 's';
            case 'Ø': case 'ø': return 'o';
            case 'Æ': case 'æ': return 'a';
            case 'Ł': case 'ł': return 'l';
            case 'Đ': case 'đ': return 'd';
            case 'ı': return 'i';
            default: return Character.toLowerCase((char) c);
        }
    }

    /** True for characters used as apostrophes or ayn/hamza marks in transliterations. */
    public static boolean isApostrophe(int c) {
        return c == '\'' || c == '`' || c == '\u2018' || c == '\u2019' || c == '\u02BF' || c == '\u02BE'
                || c == '\u02BC' || c == '\u00B4' || c == '\u02BB';
    }

    /** One character folded; '\0' means the character is dropped, ' ' that it separates words. */
    public static char fold(char c) {
        return c < TABLE.length ? TABLE[c] : (Character.isLetterOrDigit(c) ? c : ' ');
    }

    /** Folds a whole string: "Ma‘arr Shaḩūr" → "maarr shahur", "al-Sa’an" → "al saan". */
    public static String fold(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f == DROP) {
                continue;
            }
            if (f == ' ') {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
            } else {
                sb.append(f);
                space = false;
            }
        }
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == ' ') {
            sb.setLength(n - 1);
        }
        return sb.toString();
    }

    /**
     * The {@link String#hashCode} of {@link #fold(CharSequence)} of the text, without making the folded string: its
     * characters hashed as they are folded, a run of separators as the one space it folds to, none at either end.
     */
    public static int foldedHash(String s) {
        return foldedHash(s, 0, s.length());
    }

    /**
     * {@link #foldedHash(String)} of the characters {@code s[from, to)}, without copying them (a string, whose characters
     * the quick compiler reads without an interface call each).
     */
    public static int foldedHash(String s, int from, int to) {
        int h = 0;
        boolean any = false;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char f = fold(s.charAt(i));
            if (f == DROP) {
                continue;
            }
            if (f == ' ') {
                space = any;
                continue;
            }
            if (space) {
                h = 31 * h + ' ';
                space = false;
            }
            h = 31 * h + f;
            any = true;
        }
        return h;
    }

    /** Whether two texts fold to the same string ({@link #fold(CharSequence)}), compared as they are folded, without making either. */
    public static boolean foldEquals(String a, String b) {
        Folding x = new Folding(a);
        Folding y = new Folding(b);
        while (true) {
            int c = x.next();
            if (c != y.next()) {
                return false;
            }
            if (c < 0) {
                return true;
            }
        }
    }

    /** The characters of a text's fold, one at a time ({@link #fold(CharSequence)}'s, in order). */
    private static final class Folding {
        private final String s;
        private int i;
        private boolean any;
        private boolean space;

        Folding(String s) {
            this.s = s;
        }

        /** The next character of the fold, or -1 at its end. */
        int next() {
            while (i < s.length()) {
                char f = fold(s.charAt(i));
                if (f == DROP) {
                    i++;
                    continue;
                }
                if (f == ' ') {
                    space = any;
                    i++;
                    continue;
                }
                if (space) {
                    space = false;
                    return ' '; // this character is read again next time
                }
                any = true;
                i++;
                return f;
            }
            return -1;
        }
    }
}
