package org.sitrep.core.time;

import org.sitrep.core.lang.CalendarWords;
import org.sitrep.core.lang.LanguagePack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The time-expression rules of a language pack's {@code time-expressions.rules}, with the macros MONTH, WEEKDAY and
 * NUM (and the anchors MONTHS and WEEKDAYS) expanded from its {@link CalendarWords}. Immutable, thread-safe.
 */
final class TimeRules {
    /** A rule: its kind, the anchor words that must occur for it to run, and its pattern. */
    record Rule(String kind, java.util.Set<String> anchors, Pattern pattern) {
    }

    final List<Rule> rules;
    final CalendarWords words;

    private TimeRules(LanguagePack pack) {
        this.words = CalendarWords.of(pack);
        List<Rule> out = new ArrayList<>();
        for (String line : pack.lines("time-expressions.rules")) {
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalStateException("Time rule needs kind, anchors and regex: '" + line + "'");
            }
            java.util.Set<String> anchors = new java.util.HashSet<>();
            for (String a : f[1].split("\\|")) {
                switch (a) {
                    case "MONTHS" -> anchors.addAll(words.monthWords());
                    case "WEEKDAYS" -> anchors.addAll(words.weekdayWords());
                    default -> anchors.add(a);
                }
            }
            String re = f[2].replace("MONTH", words.monthPattern()).replace("WEEKDAY", words.weekdayPattern())
                    .replace("NUM", words.numberPattern());
            out.add(new Rule(f[0], java.util.Set.copyOf(anchors), Pattern.compile(re, Pattern.CASE_INSENSITIVE)));
        }
        this.rules = List.copyOf(out);
    }

    /** The rules of a language pack, compiled once per pack. */
    static TimeRules of(LanguagePack pack) {
        return pack.shared(TimeRules.class, TimeRules::new);
    }
}
