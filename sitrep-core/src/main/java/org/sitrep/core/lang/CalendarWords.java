package org.sitrep.core.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language's words for dates and counts, from its pack's {@code words.tsv}: month names and abbreviations,
 * weekdays, number words and ordinals, as values and as regular-expression alternatives. Immutable, thread-safe.
 */
public final class CalendarWords {
    private final List<String> months;
    private final List<String> abbreviations;
    private final List<String> weekdays;
    private final Map<String, Integer> numbers;
    private final List<String> ordinals;

    private CalendarWords(LanguagePack pack) {
        this.months = pack.words("months");
        this.abbreviations = pack.words("month-abbreviations");
        this.weekdays = pack.words("weekdays");
        this.ordinals = pack.words("ordinals");
        if (months.size() != 12 || weekdays.size() != 7) {
            throw new IllegalStateException("language pack '" + pack.code() + "': words.tsv needs 12 months and 7 weekdays");
        }
        Map<String, Integer> n = new LinkedHashMap<>();
        for (String w : pack.words("numbers")) {
            String[] kv = w.split("=");
            if (kv.length != 2) {
                throw new IllegalStateException("language pack '" + pack.code() + "': words.tsv numbers need word=value, not '" + w + "'");
            }
            n.put(kv[0], Integer.parseInt(kv[1]));
        }
        this.numbers = java.util.Collections.unmodifiableMap(n);
    }

    /** The words of a pack, read once per pack. */
    public static CalendarWords of(LanguagePack pack) {
        return pack.shared(CalendarWords.class, CalendarWords::new);
    }

    /**
     * 1..12 for a month name or abbreviation (a word that starts with the first three letters of a month's name).
     *
     * @throws IllegalArgumentException for anything else
     */
    public int monthNumber(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (k.startsWith(months.get(i).substring(0, Math.min(3, months.get(i).length())))) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + s);
    }

    /**
     * A count written in digits or as a number word ("three", "a", "24"); null counts as 1.
     *
     * @throws IllegalArgumentException for a word that is no number word
     */
    public int number(String s) {
        if (s == null) {
            return 1;
        }
        String k = s.toLowerCase(Locale.ROOT);
        if (Character.isDigit(k.charAt(0))) {
            return Integer.parseInt(k);
        }
        Integer v = numbers.get(k);
        if (v == null) {
            throw new IllegalArgumentException("not a number word: " + s);
        }
        return v;
    }

    /** 1..10 for an ordinal word ("fourth"), else the digits of the word ("4th" → 4). */
    public int ordinal(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        int i = ordinals.indexOf(k);
        return i >= 0 ? i + 1 : Integer.parseInt(org.sitrep.core.text.Rx.replaceAll(k, "\\D", ""));
    }

    /** Every month name and abbreviation. */
    public Set<String> monthWords() {
        List<String> all = new ArrayList<>(months);
        all.addAll(abbreviations);
        return Set.copyOf(all);
    }

    public Set<String> weekdayWords() {
        return Set.copyOf(weekdays);
    }

    /** A month name or abbreviation, with an optional full stop, as a non-capturing group. */
    public String monthPattern() {
        return "(?:" + String.join("|", months) + "|" + String.join("|", abbreviations) + ")\\.?";
    }

    public String weekdayPattern() {
        return "(?:" + String.join("|", weekdays) + ")";
    }

    /** One to three digits or a number word, as a non-capturing group. */
    public String numberPattern() {
        return "(?:\\d{1,3}|" + String.join("|", numbers.keySet()) + ")";
    }
}
