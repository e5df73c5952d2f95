package org.sitrep.core.clean;

import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.lang.CalendarWords;
import org.sitrep.core.lang.LanguagePack;

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
 * with the rules of a language pack's {@code datelines.rules} and its month names. Immutable, thread-safe.
 */
public final class Dateline {
    private record Rule(boolean prefix, Pattern pattern) {
    }

    /** A recognised dateline: the interval it states and how many characters of the line it used. */
    public record Match(TimeInterval when, int length) {
    }

    private final List<Rule> rules;
    private final CalendarWords words;

    private Dateline(LanguagePack pack) {
        List<Rule> out = new ArrayList<>();
        for (String line : pack.lines("datelines.rules")) {
            int tab = line.indexOf('\t');
            out.add(new Rule(line.substring(0, tab).equals("prefix"), Pattern.compile(line.substring(tab + 1))));
        }
        this.rules = List.copyOf(out);
        this.words = CalendarWords.of(pack);
    }

    /**
     * A wire dateline opening a sentence: a city in capitals, a place or day after a comma, an agency, a dash (spaced, or
     * an em or en dash closed up to the text's first word, as older newspapers set it).
     */
    private static final java.util.regex.Pattern WIRE = java.util.regex.Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu}'’.\\- ]{2,40}(?:,[^—–()\\n]{1,40})?\\s*(?:\\([\\p{L} .&-]{1,30}\\))?\\s*"
                    + "(?:[—–-]{1,2}\\s|[—–](?=\\p{Lu}))"); // "AMMAN, Jordan, Sept. 17—Jordanian Army units …": a dash closed up

    /**
     * The wire dateline a sentence opens with ("NIAMEY, Oct 3 (Reuters) - ", "RAIPUR, India, April 4 (Reuters) - "):
     * its words up to and with its dash, or null.
     */
    public static String wire(String sentence) {
        if (sentence.length() < 8 || !Character.isUpperCase(sentence.charAt(0)) || !Character.isUpperCase(sentence.charAt(1))
                || !Character.isUpperCase(sentence.charAt(2))) {
            return null;
        }
        java.util.regex.Matcher m = WIRE.matcher(sentence);
        return m.find() ? m.group() : null;
    }

    /** The datelines of the English pack. */
    public static Dateline defaults() {
        return of(LanguagePack.english());
    }

    /** The datelines of a language pack, compiled once per pack. */
    public static Dateline of(LanguagePack pack) {
        return pack.shared(Dateline.class, Dateline::new);
    }

    /** The dateline the line is (or starts with), or null. */
    public Match match(String line) {
        if (!hasFourDigits(line)) {
            return null; // every dateline states a year (ISO or written): the cheap test first
        }
        for (Rule r : rules) {
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

    private static boolean hasFourDigits(String line) {
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = Character.isDigit(line.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private TimeInterval toInterval(Matcher m) {
        try {
            LocalDate day;
            String iso = Regex.group(m, "iso");
            if (iso != null) {
                day = LocalDate.parse(iso);
            } else {
                int month = words.monthNumber(Regex.group(m, "mon"));
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

}
