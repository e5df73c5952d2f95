package org.sitrep.app;

import picocli.CommandLine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A span of time on the command line and in the API: a number and a unit, {@code 30s}, {@code 15m}, {@code 2h},
 * {@code 7d} (or an ISO-8601 duration, {@code PT15M}); anything else is a usage error that shows the form.
 */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    public static Duration parse(String value) {
        return parse(value, false);
    }

    /** As the converter, but {@code 0s} is a span too (a pause that may be none). */
    public static final class ZeroOrMore implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parse(value, true);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static Duration parse(String value, boolean zero) {
        String v = value == null ? "" : value.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min|h|d)").matcher(v);
        Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m", "min" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'" + UsageError.shown(v) + "' is not a span of time; write it as 30s, 15m, 2h or 7d");
            }
        }
        if (d.isNegative() || (d.isZero() && !zero)) {
            throw new IllegalArgumentException("'" + UsageError.shown(v) + "' must be longer than nothing");
        }
        return d;
    }

    /**
     * "Since when" as the commands take it: a span back from now ({@code 24h}), a day ({@code 2026-12-01}, from its
     * start, UTC) or an instant ({@code 2026-12-01T06:00:00Z}).
     */
    public static Instant since(String value, Instant now) {
        String v = value.strip();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DateConverter.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return Instant.parse(v);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("'" + UsageError.shown(v) + "' is not an instant; write it as 2026-12-01T06:00:00Z");
            }
        }
        return now.minus(parse(v));
    }

    /** {@link #since} for picocli. */
    public static final class Since implements CommandLine.ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return since(value, Instant.now());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage() + " (or a day, 2026-12-01, or an instant)");
            }
        }
    }
}
