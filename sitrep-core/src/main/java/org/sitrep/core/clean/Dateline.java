package org.sitrep.core.clean;

import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.text.Resources;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.sitrep.core.text.Regex;
import java.util.regex.Pattern;

/**
 * Recognises publication datelines ("date 2024-12-05", "December 5, 2024 Hour: 8:45 am", "05 Dec 2024 11:21 AM")
 * with the rules in {@code datelines.rules}. Thread-safe.
 */
public final class Dateline {
    private record Rule(boolean prefix, Pattern pattern) {
    }

    /** A recognised dateline: the interval it states and how many characters of the line it used. */
    public record Match(TimeInterval when, int length) {
    }

    private static final List<Rule> RULES = load();

    private Dateline() {
    }

    private static List<Rule> load() {
        List<Rule> out = new ArrayList<>();
        for (String line : Resources.lines("/org/sitrep/core/clean/datelines.rules")) {
            int tab = line.indexOf('\t');
            out.add(new Rule(line.substring(0, tab).equals("prefix"), Pattern.compile(line.substring(tab + 1))));
        }
        return out;
    }

    /** The dateline the line is (or starts with), or null. */
    public static Match match(String line) {
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(line);
            boolean ok = r.prefix ? m.lookingAt() : m.matches();
            if (ok) {
                TimeInterval t = toInterval(m);
                if (t != null) {
                    return new Match(t, r.prefix ? m.end() : line.length());
                }
            }
        }
        return null;
    }

    private static TimeInterval toInterval(Matcher m) {
        try {
            LocalDate day;
            String iso = Regex.group(m, "iso");
            if (iso != null) {
                day = LocalDate.parse(iso);
            } else {
                int month = monthNumber(Regex.group(m, "mon"));
                day = LocalDate.of(Integer.parseInt(Regex.group(m, "y")), month, Integer.parseInt(Regex.group(m, "d")));
            }
            String h = Regex.group(m, "h");
            if (h == null) {
                return TimeInterval.day(day);
            }
            int hour = Integer.parseInt(h);
            String ampm = Regex.group(m, "ampm");
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            LocalDateTime t = day.atTime(hour, Integer.parseInt(Regex.group(m, "min")));
            return new TimeInterval(t, t.plusMinutes(1), TimePrecision.MINUTE);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }


    /** 1..12 for an English month name or abbreviation; throws for anything else. */
    public static int monthNumber(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < 12; i++) {
            if (k.startsWith(months[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + s);
    }
}
