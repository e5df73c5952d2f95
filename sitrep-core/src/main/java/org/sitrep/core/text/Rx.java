package org.sitrep.core.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches}, {@link String#replaceFirst} and {@link String#replaceAll} with the pattern compiled once:
 * the String methods compile their regex at every call, which in per-sentence code costs more than the match. Same
 * results as the String methods; the patterns are the rules' own literals, so the cache stays small.
 */
public final class Rx {
    private static final ConcurrentHashMap<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private Rx() {
    }

    /** The compiled form of {@code regex}, compiled on first use. */
    public static Pattern of(String regex) {
        Pattern p = CACHE.get(regex);
        return p != null ? p : CACHE.computeIfAbsent(regex, Pattern::compile);
    }

    /** {@code s.matches(regex)}. */
    public static boolean matches(CharSequence s, String regex) {
        return of(regex).matcher(s).matches();
    }

    /** {@code s.replaceFirst(regex, replacement)}. */
    public static String replaceFirst(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceFirst(replacement);
    }

    /** {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }
}
