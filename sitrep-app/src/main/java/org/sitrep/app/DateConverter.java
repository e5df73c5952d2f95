package org.sitrep.app;

import picocli.CommandLine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day on the command line: ISO {@code YYYY-MM-DD} only, whatever the machine's locale; anything else is a usage
 * error that shows the expected form ("18/12/2023" is told to be written 2023-12-18), never a Java exception.
 */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        String v = value.strip();
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() < 1 || d.getYear() > 9999) {
                throw new CommandLine.TypeConversionException("'" + ApiServer.shown(value) + "' is out of range (years 0001 to 9999)");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + ApiServer.shown(value) + "' is not a date; write it YYYY-MM-DD (as 2023-12-18)");
        }
    }
}
