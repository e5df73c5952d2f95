package org.sitrep.core.text;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small regex helpers. */
public final class Regex {
    private Regex() {
    }

    /** The group names each pattern may declare, by pattern (identity); patterns beyond {@link #MAX_CACHED} are parsed each time. */
    private static final ConcurrentHashMap<Pattern, Set<String>> NAMES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;

    /**
     * The named group's text, or null when the pattern has no such group or it did not take part in the match. A name
     * the pattern cannot declare is answered without asking the matcher (which throws, and an exception's stack
     * trace costs more than the match: the time rules ask for groups most of them lack).
     */
    public static String group(Matcher m, String name) {
        if (!mayDeclare(m.pattern(), name)) {
            return null;
        }
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether {@code p} may have a group named {@code name}: false only when its text declares none of that name. */
    public static boolean mayDeclare(Pattern p, String name) {
        Set<String> names = NAMES.get(p);
        if (names == null) {
            names = names(p.pattern());
            if (NAMES.size() < MAX_CACHED) {
                NAMES.putIfAbsent(p, names);
            }
        }
        return names.contains(name);
    }

    /**
     * Every name written as {@code (?<name>} in a pattern's text: a superset of its named groups (an escaped
     * parenthesis or one in a character class counts too), never missing one, since Java declares a named group
     * only so.
     */
    static Set<String> names(String regex) {
        Set<String> out = new HashSet<>();
        for (int at = regex.indexOf("(?<"); at >= 0; at = regex.indexOf("(?<", at + 1)) {
            int from = at + 3;
            int end = from;
            while (end < regex.length() && Character.isLetterOrDigit(regex.charAt(end))) {
                end++;
            }
            if (end > from && end < regex.length() && regex.charAt(end) == '>') {
                out.add(regex.substring(from, end));
            }
        }
        return Set.copyOf(out);
    }
}
