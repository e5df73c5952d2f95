package org.sitrep.core.text;

import java.util.regex.Matcher;

/** Small regex helpers. */
public final class Regex {
    private Regex() {
    }

    /** The named group's text, or null when the pattern has no such group or it did not take part in the match. */
    public static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
