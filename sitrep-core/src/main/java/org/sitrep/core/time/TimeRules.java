package org.sitrep.core.time;

import org.sitrep.core.text.Rx;
import org.sitrep.core.text.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The time-expression rules of {@code expressions.rules}, macros expanded. Immutable, thread-safe. */
final class TimeRules {
    static final String MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    static final String NUM = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|twenty-four|thirty|forty-eight|few|several)";

    /** A rule: its kind, the anchor words that must occur for it to run, and its pattern. */
    record Rule(String kind, java.util.Set<String> anchors, Pattern pattern) {
    }

    static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    static final java.util.Set<String> WEEKDAYS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    static final List<Rule> RULES = load();

    private TimeRules() {
    }

    private static List<Rule> load() {
        List<Rule> out = new ArrayList<>();
        for (String line : Resources.lines("/org/sitrep/core/time/expressions.rules")) {
            String[] f = line.split("\t", 3);
            if (f.length != 3) {
                throw new IllegalStateException("Time rule needs kind, anchors and regex: '" + line + "'");
            }
            java.util.Set<String> anchors = new java.util.HashSet<>();
            for (String a : f[1].split("\\|")) {
                switch (a) {
                    case "MONTHS" -> anchors.addAll(MONTHS);
                    case "WEEKDAYS" -> anchors.addAll(WEEKDAYS);
                    default -> anchors.add(a);
                }
            }
            String re = f[2].replace("MONTH", MONTH).replace("WEEKDAY", WEEKDAY).replace("NUM", NUM);
            out.add(new Rule(f[0], java.util.Set.copyOf(anchors), Pattern.compile(re, Pattern.CASE_INSENSITIVE)));
        }
        return out;
    }

    /** A word number ("three", "a", "24") as an int; "few"/"several" count as 3. */
    static int number(String s) {
        if (s == null) {
            return 1;
        }
        String k = s.toLowerCase();
        if (Character.isDigit(k.charAt(0))) {
            return Integer.parseInt(k);
        }
        switch (k) {
            case "a": case "an": case "one": return 1;
            case "two": return 2;
            case "three": case "few": case "several": return 3;
            case "four": return 4;
            case "five": return 5;
            case "six": return 6;
            case "seven": return 7;
            case "eight": return 8;
            case "nine": return 9;
            case "ten": return 10;
            case "eleven": return 11;
            case "twelve": return 12;
            case "fifteen": return 15;
            case "twenty": return 20;
            case "twenty-four": return 24;
            case "thirty": return 30;
            case "forty-eight": return 48;
            default: throw new IllegalArgumentException("not a number word: " + s);
        }
    }

    static int ordinal(String s) {
        String k = s.toLowerCase();
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(k)) {
                return i + 1;
            }
        }
        return Integer.parseInt(Rx.replaceAll(k, "\\D", ""));
    }
}
