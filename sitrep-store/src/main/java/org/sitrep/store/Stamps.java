package org.sitrep.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants as the store writes them: UTC, always to the microsecond ({@code 2026-12-03T06:10:00.000000Z}), so that
 * text order is time order in both dialects ({@link Instant#toString} drops zero fractions, which breaks that).
 */
public final class Stamps {
    private static final DateTimeFormatter FIXED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Stamps() {
    }

    /** The instant in the store's form; null stays null. */
    public static String format(Instant t) {
        return t == null ? null : FIXED.format(t.truncatedTo(ChronoUnit.MICROS));
    }

    /** An instant the store wrote (or any ISO-8601 instant); null stays null. */
    public static Instant parse(String s) {
        return s == null || s.isEmpty() ? null : Instant.parse(s);
    }
}
