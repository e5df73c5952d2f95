package org.sitrep.app;


import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day on the command line and in the API: ISO {@code YYYY-MM-DD} only, whatever the machine's locale; anything
 * else is a usage error (a 400) that shows the expected form ("18/12/2023" is told to be written 2023-12-18), never a
 * Java exception.
 */
public final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }

    /** A day as the command line and the API take it; the reason in the exception's message, quoting the value. */
    public static LocalDate parse(String value) {
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + UsageError.shown(value) + "' is not a date; write it YYYY-MM-DD (as 2023-12-18)");
        }
        if (d.getYear() < 1 || d.getYear() > 9999) {
            throw new IllegalArgumentException("'" + UsageError.shown(value) + "' is out of range (years 0001 to 9999)");
        }
        return d;
    }
}
