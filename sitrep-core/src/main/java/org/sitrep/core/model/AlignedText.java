package org.sitrep.core.model;

import java.util.Arrays;

/**
 * Raw text, the cleaned text derived from it, and an offset map from every cleaned character to the raw
 * character it came from (after OpenNLP's {@code AlignedText} idea). Immutable.
 *
 * @param raw     the input as read (after decoding)
 * @param cleaned the text that every {@link Span} in sitrep points into
 * @param toRaw   {@code toRaw[i]} is the raw offset of cleaned character {@code i}; length {@code cleaned.length() + 1}
 *                (the last entry maps the end of the text)
 */
public record AlignedText(String raw, String cleaned, int[] toRaw) {
    public AlignedText {
        if (toRaw.length != cleaned.length() + 1) {
            throw new IllegalArgumentException("offset map has " + toRaw.length + " entries for " + cleaned.length() + " chars");
        }
        toRaw = toRaw.clone();
    }

    /** Text that is its own cleaned form (identity alignment). */
    public static AlignedText identity(String text) {
        int[] map = new int[text.length() + 1];
        for (int i = 0; i < map.length; i++) {
            map[i] = i;
        }
        return new AlignedText(text, text, map);
    }

    /** The raw span a cleaned span came from. */
    public Span toRaw(Span cleanedSpan) {
        int s = toRaw[cleanedSpan.start()];
        int e = cleanedSpan.end() == 0 ? toRaw[0] : toRaw[cleanedSpan.end() - 1] + 1;
        return new Span(s, Math.max(s, Math.min(e, raw.length())));
    }

    @Override
    public int[] toRaw() {
        return toRaw.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlignedText a && raw.equals(a.raw) && cleaned.equals(a.cleaned) && Arrays.equals(toRaw, a.toRaw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode() * 31 + cleaned.hashCode();
    }

    @Override
    public String toString() {
        return "AlignedText[raw=" + raw.length() + " chars, cleaned=" + cleaned.length() + " chars]";
    }
}
