package org.sitrep.core.text;

/**
 * Cheap literal tests that keep regular expressions off text that cannot match them. {@link String#indexOf} is
 * much faster than a case-insensitive alternation tried at every character, so a pattern's obligatory words are
 * looked for first and the pattern runs only where one occurs.
 */
public final class Literals {
    private Literals() {
    }

    /** True when the (lower-cased) text contains one of the needles anywhere. */
    public static boolean containsAny(String lower, String... needles) {
        for (String n : needles) {
            if (lower.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** True when the (lower-cased) text contains one of the words as a whole word (not inside a longer word). */
    public static boolean containsAnyWord(String lower, String... words) {
        for (String w : words) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                if (wordAt(lower, i, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the {@code length} characters at {@code i} are a whole word (no letter or digit on either side). */
    public static boolean wordAt(String s, int i, int length) {
        int e = i + length;
        return (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) && (e == s.length() || !Character.isLetterOrDigit(s.charAt(e)));
    }

    /** True when the text holds an ASCII digit. */
    public static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
