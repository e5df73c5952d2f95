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
}
