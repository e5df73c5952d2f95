package org.sitrep.core.time;

import org.sitrep.core.text.Rx;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimeMention;
import org.sitrep.core.model.TimePrecision;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.text.Regex;
import org.sitrep.core.text.Words;

/**
 * Finds time expressions in a sentence and resolves them against a {@link TimeContext}: absolute dates with or
 * without a year, weekdays (bare weekdays resolve to the past), parts of day, "today", "last night", "a week ago",
 * "within the last 24 hours", "earlier this week", "later in the day", "on the fourth day". When the reference is
 * itself a range (an inferred publication date), relative results widen to cover it and become {@code INFERRED}.
 * Stateless and thread-safe.
 */
public final class TimeTagger implements TimeFinder {
    private final TimeRules rules;
    /** For each anchor word, the rules (indexes into {@link TimeRules#rules}) it anchors. */
    private final java.util.Map<String, List<Integer>> rulesByAnchor;
    /** One matcher per rule and thread, reset for each sentence (a new Matcher per rule per sentence is costly). */
    private final ThreadLocal<Matcher[]> matchers;
    /** Per rule, whether a match may begin with two characters (see {@link #mayStart}). */
    private final org.sitrep.core.text.FastPattern[] starts;
    /** Off only in the test that shows the filter changes nothing. */
    static volatile boolean filterStarts = true;

    /** A tagger with the English pack's rules. */
    public TimeTagger() {
        this(org.sitrep.core.lang.LanguagePack.english());
    }

    /** A tagger with the rules and calendar words of a language pack. */
    public TimeTagger(org.sitrep.core.lang.LanguagePack pack) {
        this.rules = TimeRules.of(pack);
        this.rulesByAnchor = rulesByAnchor(rules);
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[rules.rules.size()]);
        this.starts = new org.sitrep.core.text.FastPattern[rules.rules.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = org.sitrep.core.text.FastPattern.of(rules.rules.get(i).pattern());
        }
    }

    /**
     * Whether rule {@code ri} may match at {@code st} as far as its first two characters tell: most word starts near an
     * anchor begin no match of most rules, and this spares the regex there ({@link org.sitrep.core.text.FastPattern}).
     */
    private boolean mayStart(int ri, String text, int st) {
        return !filterStarts || st == 0 || st + 1 >= text.length() || starts[ri].mayStart(text.charAt(st), text.charAt(st + 1));
    }

    /** Finds and resolves every time expression in {@code text}; spans are offset by {@code base}. */
    public List<TimeExpr> tag(String text, int base, TimeContext ctx) {
        return tag(text, base, ctx, new Words(text, base));
    }

    @Override
    public List<TimeExpr> find(String text, int base, TimeContext ctx, Words scanned) {
        return scanned == null ? tag(text, base, ctx) : tag(text, base, ctx, scanned);
    }

    /** As {@link #tag(String, int, TimeContext)}, with the text's words already scanned. */
    public List<TimeExpr> tag(String text, int base, TimeContext ctx, Words scanned) {
        return tag(text, base, ctx, candidates(text, scanned));
    }

    /**
     * The matches of every rule in a text, before any is chosen or resolved: they depend on the text alone (not on
     * its offset or a context), so a text tagged in several contexts (its publication date inferred, then its events
     * dated) is matched once, and each match's groups are read once too. Not thread-safe (the groups are kept as
     * they are first read): one thread at a time.
     */
    public static final class Candidates {
        private final String text;
        private final List<Candidate> sorted;
        /** Per candidate, the matcher that found it again with its groups (null: not yet; {@link #lost}: not found). */
        private Matcher[] matched;

        private Candidates(String text, List<Candidate> sorted) {
            this.text = text;
            this.sorted = sorted;
        }

        /** Candidate {@code k}'s match with its groups, found the first time it is asked for; null if it is not found. */
        private Matcher matcher(int k) {
            if (matched == null) {
                matched = new Matcher[sorted.size()];
            }
            Matcher m = matched[k];
            if (m == null) {
                Candidate c = sorted.get(k);
                m = c.pattern.matcher(text);
                matched[k] = m.find(c.start) ? m : LOST;
            }
            return matched[k] == LOST ? null : matched[k];
        }

        /** How many matches the rules made (overlapping ones included). */
        public int size() {
            return sorted.size();
        }
    }

    /** The rules' matches in {@code text}, whose words are {@code scanned}, by start and then longest first. */
    public Candidates candidates(String text, Words scanned) {
        List<List<Integer>> anchors = anchorsByRule(scanned);
        if (anchors == null) {
            return new Candidates(text, List.of());
        }
        java.util.Set<Candidate> cands = new java.util.LinkedHashSet<>();
        for (int ri = 0; ri < rules.rules.size(); ri++) {
            TimeRules.Rule r = rules.rules.get(ri);
            List<Integer> at = anchors.get(ri);
            if (at.isEmpty()) {
                continue;
            }
            // a match holds one of its rule's anchors and starts at a word at most MAX_BEFORE characters before it:
            // try the rule only there (anchored), not at every character of the sentence
            Matcher m = matcher(ri, text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int end = Math.min(text.length(), at.get(at.size() - 1) + MAX_AFTER);
            int tried = -1;
            for (int p : at) {
                for (int st = Math.max(Math.max(0, p - MAX_BEFORE), tried + 1); st <= p; st++) {
                    if (!wordBoundaryAt(text, st) || !Character.isLetterOrDigit(text.charAt(st)) || !mayStart(ri, text, st)) {
                        continue;
                    }
                    m.region(st, end);
                    if (m.lookingAt() && m.end() > m.start()) {
                        cands.add(new Candidate(r.kind(), r.pattern(), m.start(), m.end()));
                    }
                }
                tried = p;
            }
        }
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> c.start - c.end));
        return new Candidates(text, List.copyOf(sorted));
    }

    /**
     * The time expressions of {@code text} chosen from its {@code found} matches and resolved in {@code ctx}: from the
     * first start on, each match that overlaps none taken before and resolves; spans offset by {@code base}.
     */
    public List<TimeExpr> tag(String text, int base, TimeContext ctx, Candidates found) {
        if (!found.text.equals(text)) {
            throw new IllegalArgumentException("the candidates were found in another text");
        }
        List<TimeExpr> out = new ArrayList<>();
        // candidates come by start, so one overlaps a taken expression exactly when it starts before the furthest
        // end taken so far: one comparison each, not one per taken expression (a long text has thousands)
        int takenEnd = -1;
        for (int k = 0; k < found.sorted.size(); k++) {
            Candidate c = found.sorted.get(k);
            if (c.start < takenEnd) {
                continue;
            }
            Matcher m = found.matcher(k);
            TimeExpr e = m == null ? null : resolve(c, m, text, base, ctx);
            if (e != null) {
                takenEnd = Math.max(takenEnd, c.end);
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(e -> e.mention().span().start()));
        return out;
    }

    /** How far before its anchor word a time expression may start, and how far after it it may end (characters). */
    private static final int MAX_BEFORE = 40;
    private static final int MAX_AFTER = 50;

    private static java.util.Map<String, List<Integer>> rulesByAnchor(TimeRules rules) {
        java.util.Map<String, List<Integer>> out = new java.util.HashMap<>();
        for (int i = 0; i < rules.rules.size(); i++) {
            for (String a : rules.rules.get(i).anchors()) {
                out.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    /**
     * For each rule, the positions (in the text, ascending) of its anchor words: "DIGIT" for a word starting with a
     * digit, else the folded word itself. Null when no rule has an anchor in the text.
     */
    private List<List<Integer>> anchorsByRule(Words w) {
        List<List<Integer>> out = null;
        for (int i = 0; i < w.size(); i++) {
            String f = w.folded(i);
            char c = f.charAt(0);
            List<Integer> anchored = rulesByAnchor.get(c >= '0' && c <= '9' ? "DIGIT" : f);
            if (anchored == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(rules.rules.size());
                for (int r = 0; r < rules.rules.size(); r++) {
                    out.add(new ArrayList<>(2));
                }
            }
            for (int r : anchored) {
                out.get(r).add(w.localStart(i));
            }
        }
        return out;
    }


    private Matcher matcher(int rule, String text) {
        Matcher[] ms = matchers.get();
        Matcher m = ms[rule];
        if (m == null) {
            m = rules.rules.get(rule).pattern().matcher(text);
            ms[rule] = m;
        } else {
            m.reset(text);
        }
        return m;
    }

    private static boolean wordBoundaryAt(String s, int i) {
        return i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
    }

    private record Candidate(String kind, java.util.regex.Pattern pattern, int start, int end) {
    }

    /** A matcher that stands for a candidate not found again. */
    private static final Matcher LOST = Pattern.compile("").matcher("");

    /** The candidate resolved in {@code ctx}, with {@code m} its pattern's match found from the candidate's start. */
    private TimeExpr resolve(Candidate c, Matcher m, String text, int base, TimeContext ctx) {
        String matched = text.substring(c.start, c.end);
        TimeInterval t;
        int offset = 0;
        try {
            switch (c.kind) {
                case "absolute", "absolute-dmy" -> t = absolute(ctx, rules.words.number(Regex.group(m, "d")), rules.words.monthNumber(Regex.group(m, "mon")),
                        Regex.group(m, "y"), partOfDay(m));
                case "iso" -> t = TimeInterval.day(LocalDate.parse(Regex.group(m, "iso")));
                case "range-dm", "range-md" -> t = range(ctx, rules.words.number(Regex.group(m, "d1")),
                        Regex.group(m, "mon1") != null ? rules.words.monthNumber(Regex.group(m, "mon1")) : 0, Regex.group(m, "y1"),
                        rules.words.number(Regex.group(m, "d2")),
                        Regex.group(m, "mon") != null ? rules.words.monthNumber(Regex.group(m, "mon")) : 0, Regex.group(m, "y"));
                case "range-months" -> t = months(ctx, rules.words.monthNumber(Regex.group(m, "mon1")), Regex.group(m, "y1"),
                        rules.words.monthNumber(Regex.group(m, "mon")), Regex.group(m, "y"));
                case "reporting-week" -> t = overReference(ctx, ref -> TimeInterval.days(ref.minusDays(6), ref, TimePrecision.WEEK));
                case "month-part", "in-month" -> t = month(ctx, rules.words.monthNumber(Regex.group(m, "mon")), Regex.group(m, "y"));
                case "weekday" -> t = weekday(ctx, Regex.group(m, "wd"), Regex.group(m, "last") != null, partOfDay(m));
                case "today" -> t = relativeDay(ctx, 0, pod(Regex.group(m, "post")));
                case "yesterday" -> t = relativeDay(ctx, -1, pod(Regex.group(m, "post")));
                case "last-night" -> t = relativeDay(ctx, -1, "night");
                case "ago" -> t = ago(ctx, rules.words.number(Regex.group(m, "n")), Regex.group(m, "unit"));
                case "recent" -> t = recent(ctx, rules.words.number(Regex.group(m, "n")), Regex.group(m, "unit"));
                case "recent-hours" -> t = recentHours(ctx, matched.toLowerCase(Locale.ROOT).contains("days") ? 72 : 12);
                case "this-week" -> t = thisWeek(ctx, Regex.group(m, "pre"));
                case "last-period" -> t = lastPeriod(ctx, Regex.group(m, "unit") != null ? Regex.group(m, "unit") : Regex.group(m, "unit2"));
                case "same-day" -> t = ctx.narrative() == null || !ctx.narrative().isKnown() ? TimeInterval.UNKNOWN
                        : TimeInterval.days(ctx.narrative().firstDay(), ctx.narrative().lastDay(), TimePrecision.DAY);
                case "since-start" -> t = ctx.operationStart() == null || !ctx.reference().isKnown() ? TimeInterval.UNKNOWN
                        : TimeInterval.days(ctx.operationStart(), ctx.reference().lastDay(), TimePrecision.RANGE);
                case "first-days" -> {
                    int days = rules.words.number(Regex.group(m, "n")) * ("week".equalsIgnoreCase(Regex.group(m, "unit")) ? 7 : 1);
                    t = ctx.operationStart() == null ? TimeInterval.UNKNOWN
                            : TimeInterval.days(ctx.operationStart(), ctx.operationStart().plusDays(days), TimePrecision.RANGE);
                }
                case "later-offset" -> {
                    int days = Regex.group(m, "n") == null ? 1
                            : rules.words.number(Regex.group(m, "n")) * ("week".equalsIgnoreCase(Regex.group(m, "unit")) ? 7 : 1);
                    String dir = Regex.group(m, "dir");
                    if ("earlier".equalsIgnoreCase(dir) || "before".equalsIgnoreCase(dir) || Regex.group(m, "before") != null
                            || Regex.group(m, "prev") != null) {
                        days = -days;
                    }
                    t = ctx.narrative() == null || !ctx.narrative().isKnown() ? TimeInterval.UNKNOWN
                            : TimeInterval.day(ctx.narrative().firstDay().plusDays(days));
                    offset = days; // kept for a day named before it in the same sentence ("on 24 February …, and X fell a day later")
                }
                case "ordinal-day" -> t = ctx.operationStart() == null ? TimeInterval.UNKNOWN
                        : TimeInterval.day(ctx.operationStart().plusDays(rules.words.ordinal(Regex.group(m, "ord")) - 1L));
                case "offset-after" -> {
                    t = TimeInterval.UNKNOWN;
                    offset = rules.words.number(Regex.group(m, "n")) * ("week".equalsIgnoreCase(Regex.group(m, "unit")) ? 7 : 1);
                }
                case "month-year" -> {
                    LocalDate first = LocalDate.of(Integer.parseInt(Regex.group(m, "y")), rules.words.monthNumber(Regex.group(m, "mon")), 1);
                    t = TimeInterval.days(first, first.with(TemporalAdjusters.lastDayOfMonth()), TimePrecision.MONTH);
                }
                case "range-years" -> {
                    int y1 = Integer.parseInt(Regex.group(m, "y1"));
                    int y2 = Integer.parseInt(Regex.group(m, "y"));
                    t = y2 < y1 || y2 - y1 > 10 ? TimeInterval.UNKNOWN
                            : TimeInterval.days(LocalDate.of(y1, 1, 1), LocalDate.of(y2, 12, 31), TimePrecision.RANGE);
                }
                case "year" -> {
                    int y = Integer.parseInt(Regex.group(m, "y"));
                    t = TimeInterval.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), TimePrecision.RANGE);
                }
                default -> {
                    if (c.kind.startsWith(SEASON)) {
                        // "in the summer of 1988": the season's months ("season-06-08"), winter into the next year
                        String[] mm = c.kind.substring(SEASON.length()).split("-");
                        int y = Integer.parseInt(Regex.group(m, "y"));
                        int m1 = Integer.parseInt(mm[0]);
                        int m2 = Integer.parseInt(mm[1]);
                        LocalDate first = LocalDate.of(y, m1, 1);
                        LocalDate last = LocalDate.of(m2 < m1 ? y + 1 : y, m2, 1).with(TemporalAdjusters.lastDayOfMonth());
                        t = TimeInterval.days(first, last, TimePrecision.RANGE);
                        break;
                    }
                    if (!c.kind.startsWith(FIXED_DAY)) {
                        throw new IllegalStateException("No resolver for time rule kind '" + c.kind + "'");
                    }
                    // a day of the year the rule names ("New Year's Day": absolute-fixed-01-01), in the year it falls
                    // as a month and day would
                    String[] md = c.kind.substring(FIXED_DAY.length()).split("-");
                    t = absolute(ctx, Integer.parseInt(md[1]), Integer.parseInt(md[0]), Regex.group(m, "y"), partOfDay(m));
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        if (t == null) {
            return null;
        }
        String core = trimLeadingPrepositions(matched);
        int s = c.start + (matched.length() - core.length());
        TimeMention tm = new TimeMention(new Span(base + s, base + c.end), core, t);
        String bg = Regex.group(m, "bg");
        if (bg != null && bg.equalsIgnoreCase("since") && t.isKnown() && ctx.reference().isKnown()
                && !t.firstDay().isAfter(ctx.reference().lastDay())) {
            // "since 24 June": from that day to the time of writing, a range the events of the sentence fall in
            TimeInterval since = TimeInterval.days(t.firstDay(), ctx.reference().lastDay(), TimePrecision.RANGE);
            return new TimeExpr(new TimeMention(tm.span(), tm.text(), since), "since", false, offset);
        }
        return new TimeExpr(tm, c.kind, bg != null, offset);
    }

    /** The kind prefix of a rule for a day named by the calendar, followed by its month and day ("absolute-fixed-12-25"). */
    static final String FIXED_DAY = "absolute-fixed-";
    /** The kind prefix of a rule for a season, followed by its first and last month ("season-06-08"). */
    static final String SEASON = "season-";

    private static String trimLeadingPrepositions(String s) {
        return Rx.replaceFirst(s, "(?i)^(on|by|in|during)\\s+(?=\\S)", "");
    }


    private static String partOfDay(Matcher m) {
        String p = Regex.group(m, "pre");
        if (p == null) {
            p = Regex.group(m, "pre2");
        }
        if (p == null) {
            p = Regex.group(m, "post");
        }
        return pod(p);
    }

    private static String pod(String p) {
        if (p == null) {
            return null;
        }
        String k = p.toLowerCase(Locale.ROOT);
        return k.equals("earlier") || k.equals("later") ? null : k;
    }

    /** The interval of a part of a day ("late", "early", "morning", "afternoon", "evening", "night", "early hours"). */
    static TimeInterval partOfDayWindow(LocalDate day, String pod) {
        int from;
        int to;
        switch (pod) {
            case "early hours", "small hours" -> { from = 0; to = 6; }
            case "early" -> { from = 0; to = 10; }
            case "early morning" -> { from = 3; to = 9; }
            case "morning" -> { from = 5; to = 12; }
            case "afternoon" -> { from = 12; to = 18; }
            case "evening" -> { from = 17; to = 22; }
            case "late" -> { from = 16; to = 24; }
            case "night" -> { from = 18; to = 30; }
            default -> throw new IllegalArgumentException("unknown part of day: " + pod);
        }
        LocalDateTime s = day.atTime(LocalTime.MIDNIGHT).plusHours(from);
        return new TimeInterval(s, day.atStartOfDay().plusHours(to), TimePrecision.PART_OF_DAY);
    }

    private static TimeInterval onDay(LocalDate day, String pod) {
        return pod == null ? TimeInterval.day(day) : partOfDayWindow(day, pod);
    }

    /**
     * A range of days ("9-11 August", "28 December to 3 January 2022", "between 26 and 27 December"): a missing month
     * or year of the first day is the second day's, a year back when the first day would otherwise follow the second.
     */
    private TimeInterval range(TimeContext ctx, int d1, int mon1, String y1, int d2, int mon2, String y2) {
        if (mon2 == 0) {
            mon2 = mon1;
        }
        if (mon1 == 0) {
            mon1 = mon2;
        }
        TimeInterval end = absolute(ctx, d2, mon2, y2, null);
        if (!end.isKnown()) {
            return TimeInterval.UNKNOWN;
        }
        int year = y1 != null ? Integer.parseInt(y1) : end.lastDay().getYear();
        LocalDate start = LocalDate.of(year, mon1, d1);
        if (y1 == null && start.isAfter(end.lastDay())) {
            start = start.minusYears(1);
        }
        if (start.isAfter(end.lastDay()) || start.plusYears(2).isBefore(end.lastDay())) {
            return TimeInterval.UNKNOWN;
        }
        return TimeInterval.days(start, end.lastDay(), TimePrecision.RANGE);
    }

    /**
     * Months in a row ("in February and March 1986", "from November 2023 to January 2024"): from the first day of the
     * first to the last of the second; a missing year of the first month is the second's, a year back when the first
     * would otherwise follow it.
     */
    private TimeInterval months(TimeContext ctx, int mon1, String y1, int mon2, String y2) {
        TimeInterval end = month(ctx, mon2, y2);
        if (!end.isKnown()) {
            return TimeInterval.UNKNOWN;
        }
        int year = y1 != null ? Integer.parseInt(y1) : end.lastDay().getYear() - (mon1 > mon2 ? 1 : 0);
        LocalDate start = LocalDate.of(year, mon1, 1);
        if (!start.isBefore(end.firstDay()) || start.plusYears(2).isBefore(end.lastDay())) {
            return TimeInterval.UNKNOWN;
        }
        return TimeInterval.days(start, end.lastDay(), TimePrecision.RANGE);
    }

    /** A month named with or without a year ("late March 2024", "in August"): the whole month. */
    private TimeInterval month(TimeContext ctx, int month, String year) {
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (ctx.storyYear() > 0) {
            y = ctx.storyYear();
        } else if (ctx.reference().isKnown()) {
            LocalDate ref = ctx.reference().lastDay();
            y = ref.getYear();
            if (LocalDate.of(y, month, 1).isAfter(ref)) {
                y--;
            }
        } else if (ctx.frame() != null && ctx.frame().isKnown()) {
            y = ctx.frame().lastDay().getYear();
        } else if (ctx.defaultYear() > 0) {
            y = ctx.defaultYear();
        } else {
            return TimeInterval.UNKNOWN;
        }
        LocalDate first = LocalDate.of(y, month, 1);
        return TimeInterval.days(first, first.with(TemporalAdjusters.lastDayOfMonth()), TimePrecision.MONTH);
    }

    private TimeInterval absolute(TimeContext ctx, int d, int month, String year, String pod) {
        int y;
        if (year != null) {
            y = Integer.parseInt(year);
        } else if (ctx.storyYear() > 0) {
            y = ctx.storyYear(); // "On 3 April 1982 … killed 95 people on 3 April", told in 1999
        } else if (ctx.frame() != null && ctx.frame().isKnown() && inFrame(ctx.frame(), month, d) > 0) {
            y = inFrame(ctx.frame(), month, d); // "on September 8" in an article about February 2021 – April 2022
        } else if (ctx.reference().isKnown()) {
            LocalDate ref = ctx.reference().lastDay();
            y = ref.getYear();
            if (LocalDate.of(y, month, d).isAfter(ref.plusDays(2)) && ctx.reference().precision() != TimePrecision.INFERRED) {
                y--; // a day after the publication is last year's; not after a day inferred from the text's own dates,
                     // which counted only those that name their year ("26 April 1937 … on 19 June": 1937)
            }
        } else if (ctx.defaultYear() > 0) {
            y = ctx.defaultYear();
        } else {
            return TimeInterval.UNKNOWN;
        }
        return onDay(LocalDate.of(y, month, d), pod);
    }

    /** The year of the frame in which this month and day fall, or 0. */
    private static int inFrame(TimeInterval frame, int month, int day) {
        for (int y = frame.firstDay().getYear(); y <= frame.lastDay().getYear(); y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (!d.isBefore(frame.firstDay()) && !d.isAfter(frame.lastDay())) {
                    return y;
                }
            } catch (DateTimeException e) {
                return 0;
            }
        }
        return 0;
    }

    private TimeInterval weekday(TimeContext ctx, String wd, boolean last, String pod) {
        DayOfWeek dow = DayOfWeek.valueOf(wd.toUpperCase(Locale.ROOT));
        return overReference(ctx, ref -> {
            LocalDate day = last ? ref.minusDays(1).with(TemporalAdjusters.previousOrSame(dow))
                    : ref.with(TemporalAdjusters.previousOrSame(dow));
            return onDay(day, pod);
        });
    }

    private TimeInterval relativeDay(TimeContext ctx, int delta, String pod) {
        return overReference(ctx, ref -> onDay(ref.plusDays(delta), pod));
    }

    private TimeInterval ago(TimeContext ctx, int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return overReference(ctx, ref -> switch (u) {
            case "hour" -> TimeInterval.days(ref.minusDays(n >= 24 ? n / 24 + 1 : 1), ref, TimePrecision.RANGE);
            case "day" -> TimeInterval.day(ref.minusDays(n));
            case "week" -> TimeInterval.days(ref.minusDays(7L * n + 1), ref.minusDays(7L * n - 1), TimePrecision.WEEK);
            case "month" -> TimeInterval.days(ref.minusMonths(n).minusDays(7), ref.minusMonths(n).plusDays(7), TimePrecision.MONTH);
            default -> TimeInterval.days(ref.minusYears(n).withDayOfYear(1), ref.minusYears(n).withMonth(12).withDayOfMonth(31), TimePrecision.RANGE);
        });
    }

    private TimeInterval recent(TimeContext ctx, int n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return overReference(ctx, ref -> {
            if (u.equals("month")) {
                return TimeInterval.days(ref.minusMonths(n), ref, TimePrecision.RANGE); // "over the past three months"
            }
            long days = switch (u) {
                case "hour" -> Math.max(1, (n + 23) / 24);
                case "day" -> n;
                default -> 7L * n;
            };
            return TimeInterval.days(ref.minusDays(days), ref, TimePrecision.RANGE);
        });
    }

    private TimeInterval recentHours(TimeContext ctx, int hours) {
        if (!ctx.reference().isKnown()) {
            return TimeInterval.UNKNOWN;
        }
        TimeInterval r = ctx.reference();
        return new TimeInterval(r.start().minusHours(hours), r.end(), TimePrecision.INFERRED);
    }

    /** "last week": the previous Monday–Sunday; "last month": the previous calendar month. */
    private TimeInterval lastPeriod(TimeContext ctx, String unit) {
        boolean month = unit.equalsIgnoreCase("month");
        boolean year = unit.equalsIgnoreCase("year");
        return overReference(ctx, ref -> {
            if (year) { // "last year": the calendar year before
                LocalDate first = LocalDate.of(ref.getYear() - 1, 1, 1);
                return TimeInterval.days(first, first.withDayOfYear(first.lengthOfYear()), TimePrecision.RANGE);
            }
            if (month) {
                LocalDate first = ref.minusMonths(1).withDayOfMonth(1);
                return TimeInterval.days(first, first.with(TemporalAdjusters.lastDayOfMonth()), TimePrecision.MONTH);
            }
            LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return TimeInterval.days(monday, monday.plusDays(6), TimePrecision.WEEK);
        });
    }

    private TimeInterval thisWeek(TimeContext ctx, String pre) {
        boolean later = pre != null && pre.equalsIgnoreCase("later");
        return overReference(ctx, ref -> later
                ? TimeInterval.days(ref, ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), TimePrecision.WEEK)
                : TimeInterval.days(ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), ref, TimePrecision.WEEK));
    }

    /**
     * Applies a day-relative resolution to the reference. A single-day reference gives the result as is; a range
     * (inferred publication) gives the hull over its first and last day, marked INFERRED.
     */
    private static TimeInterval overReference(TimeContext ctx, Function<LocalDate, TimeInterval> f) {
        TimeInterval r = ctx.reference();
        if (!r.isKnown()) {
            return TimeInterval.UNKNOWN;
        }
        LocalDate first = r.firstDay();
        LocalDate last = r.lastDay();
        TimeInterval a = f.apply(first);
        if (first.equals(last) && r.precision() != TimePrecision.INFERRED) {
            return a;
        }
        TimeInterval b = f.apply(last);
        return new TimeInterval(min(a.start(), b.start()), max(a.end(), b.end()), TimePrecision.INFERRED);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
