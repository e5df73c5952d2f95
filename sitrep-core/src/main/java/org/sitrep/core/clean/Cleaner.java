package org.sitrep.core.clean;

import org.sitrep.core.model.AlignedText;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeInterval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.sitrep.core.text.Regex;
import java.util.regex.Pattern;

/**
 * Removes page furniture from raw article text, line by line, with {@link FurnitureRules}; drops repeated lines
 * (duplicated headers and captions); lifts the headline and a dateline; keeps embedded posts as statements.
 * The result keeps an offset map into the raw text. Stateless and thread-safe; never throws on any input.
 */
public final class Cleaner {
    /** Datelines are looked for in this many leading non-empty lines. */
    static final int HEADER_LINES = 12;

    private final FurnitureRules rules;
    private final Dateline datelines;
    private final List<Pattern> inline;

    public Cleaner(FurnitureRules rules, Dateline datelines) {
        this.rules = rules;
        this.datelines = datelines;
        this.inline = rules.inline();
    }

    /** A cleaner with a language pack's furniture rules and datelines. */
    public Cleaner(org.sitrep.core.lang.LanguagePack pack) {
        this(FurnitureRules.of(pack), Dateline.of(pack));
    }

    /** A cleaner with the English pack's rules. */
    public Cleaner() {
        this(org.sitrep.core.lang.LanguagePack.english());
    }

    /** Lines longer than this are text, never furniture: the line rules (built for short lines) are not tried on them. */
    static final int MAX_FURNITURE_LINE = 5_000;

    /** Cleans {@code raw}. */
    public CleanText clean(String raw) {
        return clean(raw, org.sitrep.core.Deadline.NONE);
    }

    /**
     * Cleans {@code raw} within {@code deadline}: once it has passed, the remaining lines are kept as they are (no
     * furniture removed from them), so that the article's other stages still get their share of the time.
     */
    public CleanText clean(String raw, org.sitrep.core.Deadline deadline) {
        Builder b = new Builder(raw);
        Set<String> seen = new HashSet<>();
        List<int[]> lines = lines(raw);
        int nonEmpty = 0;
        boolean dropNext = false;
        boolean late = false;
        for (int[] l : lines) {
            String line = raw.substring(l[0], l[1]);
            if (line.isBlank()) {
                continue;
            }
            if (late || (late = deadline.expired())) {
                b.addLine(l[0], l[0] + (line.length() - line.stripLeading().length()), l[0] + line.stripTrailing().length(), List.of());
                continue;
            }
            nonEmpty++;
            String key = collapseSpaces(line);
            if (dropNext) {
                dropNext = false;
                b.removed++;
                seen.add(key);
                continue;
            }
            if (!seen.add(key)) {
                b.removed++;
                continue;
            }
            int lead = l[0] + (line.length() - line.stripLeading().length());
            Dateline.Match d = nonEmpty <= HEADER_LINES && b.dateline == null ? datelines.match(key) : null;
            long t = org.sitrep.core.StageTimes.begin();
            FurnitureRules.Rule rule = d == null && key.length() <= MAX_FURNITURE_LINE ? rules.matchLine(key) : null;
            org.sitrep.core.StageTimes.add("clean:rules", t);
            if (rule != null) {
                dropNext = apply(b, rule, key);
                continue;
            }
            if (d != null) {
                b.dateline = d.when();
                if (d.length() >= key.length()) {
                    b.removed++;
                    continue;
                }
                lead = skipPrefix(raw, lead, d.length());
            }
            t = org.sitrep.core.StageTimes.begin();
            b.addLine(l[0], lead, l[0] + line.stripTrailing().length(), inline);
            org.sitrep.core.StageTimes.add("clean:lines", t);
        }
        long t = org.sitrep.core.StageTimes.begin();
        CleanText out = b.finish(this);
        org.sitrep.core.StageTimes.add("clean:finish", t);
        return out;
    }

    private static int skipPrefix(String raw, int from, int prefixLengthInKey) {
        // the key collapses whitespace; walk the raw text counting non-collapsed characters
        int i = from;
        int counted = 0;
        while (i < raw.length() && counted < prefixLengthInKey) {
            char c = raw.charAt(i);
            i++;
            counted++;
            if (Character.isWhitespace(c)) {
                while (i < raw.length() && Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != '\n') {
                    i++;
                }
            }
        }
        return i;
    }

    private boolean apply(Builder b, FurnitureRules.Rule rule, String line) {
        b.removed++;
        Matcher m = rule.pattern().matcher(line);
        m.matches();
        switch (rule.kind()) {
            case DROP_WITH_NEXT:
                return true;
            case CAPTION:
                String date = Regex.group(m, "date");
                if (date != null) { // a credit line without a date ("… (Agency/Photographer)") has none to keep
                    b.captionDates.add(date);
                }
                String credit = Regex.group(m, "credit");
                if (credit != null) {
                    b.captionCredits.add(credit.strip());
                }
                return false;
            case SIGNATURE:
                if (b.signature == null) {
                    b.signature = m.group("outlet");
                }
                return false;
            case POST_ATTRIBUTION:
                b.attributeLastLine(m.group("author").strip(), m.group("handle"), m.group("date"));
                return false;
            default:
                return false;
        }
    }


    /** The line trimmed, with runs of white space as one space (the key for repeated lines and rules). */
    static String collapseSpaces(String line) {
        if (singleSpaced(line)) {
            return line; // most lines: nothing to collapse, no copy
        }
        String stripped = line.strip(); // the same white space as below
        if (singleSpaced(stripped)) {
            return stripped; // most others: white space only at the ends
        }
        StringBuilder sb = new StringBuilder(stripped.length());
        int from = -1; // start of the run of other characters being read
        for (int i = 0, n = stripped.length(); i <= n; i++) {
            boolean white = i == n || Character.isWhitespace(stripped.charAt(i));
            if (white && from >= 0) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(stripped, from, i);
                from = -1;
            } else if (!white && from < 0) {
                from = i;
            }
        }
        return sb.toString();
    }

    /** No whitespace at either end, and only single plain spaces inside. */
    private static boolean singleSpaced(String line) {
        int n = line.length();
        if (n == 0) {
            return true;
        }
        if (Character.isWhitespace(line.charAt(0)) || Character.isWhitespace(line.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = line.charAt(i);
            // no character from '!' to U+167F is white space to Character.isWhitespace (U+00A0 is not either)
            if (c > ' ' && c < '\u1680') {
                continue;
            }
            if (c == ' ' ? line.charAt(i + 1) == ' ' : Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** [start, end) of every line, without the line terminator. */
    static List<int[]> lines(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int i = s.indexOf('\n', start); // reads the characters in place, without a call and a check for each
            int stop = i < 0 ? s.length() : i;
            int end = stop > start && s.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            out.add(new int[]{start, end});
            if (i < 0) {
                return out;
            }
            start = i + 1;
        }
    }

    /** True when the first line reads like a title: several words, no final stop, not longer than a headline. */
    static boolean looksLikeTitle(String line) {
        String t = line.strip();
        return looksLikeHeadline(t) || t.length() >= 15 && t.length() <= 140 && ".!?\"”:".indexOf(t.charAt(t.length() - 1)) < 0
                && t.split("\\s+").length >= 4 && Character.isUpperCase(t.charAt(0));
    }

    /** True when a line reads like a headline: short, several words, mostly capitalised, no final stop. */
    public static boolean looksLikeHeadline(String line) {
        String t = line.strip();
        if (t.length() < 15 || t.length() > 160 || ".!?\"”:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        // the words as t.split("\\s+") gives them (t is stripped), read in place
        int words = 0;
        int content = 0;
        int capital = 0;
        for (int i = 0, n = t.length(); i < n; ) {
            int start = i;
            while (i < n && !regexSpace(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (i - start >= 4 && Character.isLetter(t.charAt(start))) {
                    content++;
                    if (Character.isUpperCase(t.charAt(start))) {
                        capital++;
                    }
                }
            }
            while (i < n && regexSpace(t.charAt(i))) {
                i++;
            }
        }
        return words >= 4 && content > 0 && capital >= 0.75 * content;
    }

    /** A character of the regex class {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Accumulates kept text and its offset map. */
    private static final class Builder {
        final String raw;
        final StringBuilder text = new StringBuilder();
        /** Raw offset of each kept character (a growable int array: one entry per character). */
        int[] map = new int[1024];
        int mapSize;
        final List<Statement> statements = new ArrayList<>();
        final List<String> captionCredits = new ArrayList<>();
        final List<String> captionDates = new ArrayList<>();
        final List<int[]> lineSpans = new ArrayList<>();
        TimeInterval dateline;
        String signature;
        int removed;

        Builder(String raw) {
            this.raw = raw;
        }

        /** Appends raw[start, end) minus inline furniture; the line separator maps to the raw newline before lineStart. */
        void addLine(int lineStart, int start, int end, List<Pattern> inline) {
            boolean[] drop = new boolean[end - start];
            String line = raw.substring(start, end);
            for (Pattern p : inline) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    for (int i = m.start(); i < m.end(); i++) {
                        drop[i] = true;
                    }
                }
            }
            if (text.length() > 0) {
                text.append('\n');
                mapAdd(lineStart > 0 ? lineStart - 1 : 0);
            }
            int begin = text.length();
            // the runs of kept characters, each copied at once with its offsets (most lines are one run)
            int from = -1;
            for (int i = 0; i <= drop.length; i++) {
                if (i < drop.length && !drop[i]) {
                    from = from < 0 ? i : from;
                } else if (from >= 0) {
                    text.append(line, from, i);
                    mapRun(start + from, i - from);
                    from = -1;
                }
            }
            while (text.length() > begin && Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.setLength(text.length() - 1);
                mapSize--;
            }
            lineSpans.add(new int[]{begin, text.length()});
        }

        /** Maps the next {@code n} characters of the text to raw offsets {@code first}, {@code first + 1}, … */
        private void mapRun(int first, int n) {
            if (mapSize + n > map.length) {
                map = java.util.Arrays.copyOf(map, Math.max(map.length * 2, mapSize + n));
            }
            for (int k = 0; k < n; k++) {
                map[mapSize++] = first + k;
            }
        }

        private void mapAdd(int rawOffset) {
            if (mapSize == map.length) {
                map = java.util.Arrays.copyOf(map, map.length * 2);
            }
            map[mapSize++] = rawOffset;
        }

        void attributeLastLine(String author, String handle, String date) {
            if (lineSpans.isEmpty()) {
                return;
            }
            int[] last = lineSpans.get(lineSpans.size() - 1);
            statements.add(new Statement(new Span(last[0], last[1]), author, handle, date));
        }

        CleanText finish(Cleaner c) {
            String title = null;
            String cleaned = text.toString();
            int[] toRaw = java.util.Arrays.copyOf(map, mapSize + 1);
            toRaw[mapSize] = raw.length();
            if (lineSpans.size() > 1) {
                int[] first = lineSpans.get(0);
                String firstLine = cleaned.substring(first[0], first[1]);
                if (looksLikeTitle(firstLine)) {
                    title = firstLine.strip();
                }
            }
            return new CleanText(new AlignedText(raw, cleaned, toRaw), title, List.copyOf(statements), dateline,
                    signature, List.copyOf(captionCredits), List.copyOf(captionDates), removed);
        }
    }
}
