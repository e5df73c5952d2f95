package org.sitrep.core.ingest;

import org.sitrep.core.text.Rx;
import org.sitrep.core.clean.CleanText;
import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.clean.Dateline;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.time.TimeContext;
import org.sitrep.core.time.TimeExpr;
import org.sitrep.core.time.TimeTagger;
import org.sitrep.core.ArticleSentences;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an {@link Article} from raw text and metadata: cleans it, and finds its publication time (metadata, else a
 * dateline, else inferred from the text with precision INFERRED and a range — a photo caption's date is a lower
 * bound, never the publication date) and its outlet (metadata, else a sign-off, else self-references such as
 * "told Enab Baladi" confirmed by a caption credit or a second reference). Thread-safe.
 */
public final class ArticleFactory {
    /**
     * An article without a dateline is assumed to appear from the day after the latest date it names (a date
     * named for an event is in the past) to this many days after it.
     */
    static final int INFERRED_PUBLICATION_WINDOW_DAYS = 4;
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "\\b(?:told|stated to|said to|speaking to|in an interview with|according to)\\s+((?:[A-Z][\\w’'-]+\\s?){1,3})");
    private static final String[] SELF_REFERENCE_LEADS = {"told", "stated to", "said to", "speaking to", "in an interview with",
        "according to"};
    private static final Pattern YEAR = Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|this morning|tonight|this afternoon)\\b");

    private final Cleaner cleaner;
    private final TimeTagger times;
    private final Dateline datelines;
    private final String language;
    private final org.sitrep.core.lang.LanguagePack pack;
    /** The sentence splitter of undated articles read without a pipeline's sentences, made when first needed. */
    private volatile org.sitrep.core.nlp.Annotator splitter;

    /** A factory for articles in English. */
    public ArticleFactory() {
        this(org.sitrep.core.lang.LanguagePack.english());
    }

    /**
     * A factory that cleans and dates articles with a language pack (its furniture rules, datelines and time
     * expressions); an article whose metadata names no language gets the pack's.
     */
    public ArticleFactory(org.sitrep.core.lang.LanguagePack pack) {
        this.cleaner = new Cleaner(pack);
        this.times = new TimeTagger(pack);
        this.datelines = Dateline.of(pack);
        this.language = pack.code();
        this.pack = pack;
    }

    public Article create(String doc, String source, String raw, Metadata meta, List<Diagnostic> diagnostics) {
        return create(doc, source, raw, meta, diagnostics, org.sitrep.core.Deadline.NONE);
    }

    /** As {@link #create(String, String, String, Metadata, List)}, inferring the publication time within {@code deadline}. */
    public Article create(String doc, String source, String raw, Metadata meta, List<Diagnostic> diagnostics,
                          org.sitrep.core.Deadline deadline) {
        return create(doc, source, raw, meta, diagnostics, deadline, null);
    }

    /**
     * As {@link #create(String, String, String, Metadata, List, org.sitrep.core.Deadline)}; when the publication time
     * is inferred from the text, its sentences and their time expressions are found in {@code sentences} (null: in
     * sentences of this factory's own), where the pipeline that reads the article next finds them again.
     */
    public Article create(String doc, String source, String raw, Metadata meta, List<Diagnostic> diagnostics,
                          org.sitrep.core.Deadline deadline, ArticleSentences sentences) {
        List<Diagnostic> diags = new ArrayList<>(diagnostics);
        if (raw.indexOf('\0') >= 0 || java.util.stream.Stream.of(meta.title(), meta.url(), meta.outlet(), meta.published(), meta.language())
                .anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
            // no database stores NUL in text (PostgreSQL refuses the whole article): replaced, as invalid UTF-8 is, so
            // that every store holds the same article whichever way it came in
            diags.add(Diagnostic.warning(source, 0, "NUL characters replaced by U+FFFD"));
            raw = raw.replace('\0', '\uFFFD');
            meta = new Metadata(noNul(meta.title()), noNul(meta.url()), noNul(meta.outlet()), noNul(meta.published()), noNul(meta.language()));
        }
        long t = org.sitrep.core.StageTimes.begin();
        CleanText c = cleaner.clean(raw, deadline);
        org.sitrep.core.StageTimes.add("clean", t);
        if (deadline.expired()) {
            diags.add(Diagnostic.warning(source, 0, "time limit of " + deadline.seconds() + " s reached while cleaning; "
                    + "page furniture may remain in the text after that point"));
        }
        t = org.sitrep.core.StageTimes.begin();
        TimeInterval published = fromMetadata(meta, source, diags);
        if (published == null) {
            published = c.dateline();
        }
        if (published == null) {
            published = infer(c, deadline, source, diags, sentences);
        }
        org.sitrep.core.StageTimes.add("date", t);
        String outlet = meta.outlet() != null ? meta.outlet() : c.signature() != null ? c.signature() : outletFromText(c);
        String title = meta.title() != null ? meta.title() : c.title();
        return new Article(id(raw), doc, source, outlet, meta.url(), published,
                meta.language() == null ? language : meta.language(), title, c.text(), c.statements(), diags);
    }

    private static String noNul(String s) {
        return s == null ? null : s.replace('\0', '\uFFFD');
    }

    /** SHA-256 of the raw text, first 16 hex digits. */
    public static String id(String raw) {
        return org.sitrep.core.text.Hashes.hex("SHA-256", raw, 8);
    }

    private static TimeInterval fromMetadata(Metadata meta, String source, List<Diagnostic> diags) {
        String p = meta.published();
        if (p == null || p.isBlank()) {
            return null;
        }
        try {
            if (p.length() == 10) {
                return TimeInterval.day(LocalDate.parse(p));
            }
            LocalDateTime t;
            try {
                t = OffsetDateTime.parse(p).toLocalDateTime();
            } catch (DateTimeParseException e) {
                t = LocalDateTime.parse(p);
            }
            return new TimeInterval(t, t.plusMinutes(1), TimePrecision.MINUTE);
        } catch (DateTimeParseException e) {
            diags.add(Diagnostic.warning(source, 0, "unreadable 'published' value '" + p + "'; publication time inferred from the text"));
            return null;
        }
    }

    /**
     * Publication time inferred from content: "today" with an embedded post's date gives that day; else the days
     * after the latest date the text or a photo caption names (a caption's date bounds the publication from below,
     * it is never the publication date); else unknown.
     */
    TimeInterval infer(CleanText c) {
        return infer(c, org.sitrep.core.Deadline.NONE, null, new ArrayList<>(), null);
    }

    /** Sentences of this factory's own (its splitter made at the first undated article), for inferring without a pipeline's. */
    private ArticleSentences ownSentences() {
        org.sitrep.core.nlp.Annotator a = splitter;
        if (a == null) {
            a = new org.sitrep.core.nlp.Annotator(pack);
            splitter = a;
        }
        return new ArticleSentences(a, times);
    }

    private TimeInterval infer(CleanText c, org.sitrep.core.Deadline deadline, String source, List<Diagnostic> diags,
                               ArticleSentences sentences) {
        String text = c.text().cleaned();
        if (namesToday(text)) {
            LocalDate latestPost = null;
            for (Statement s : c.statements()) {
                Dateline.Match m = s.date() == null ? null : datelines.match(s.date());
                if (m != null && (latestPost == null || m.when().firstDay().isAfter(latestPost))) {
                    latestPost = m.when().firstDay();
                }
            }
            if (latestPost != null) {
                return TimeInterval.days(latestPost, latestPost, TimePrecision.INFERRED);
            }
        }
        int year = latestYear(text);
        for (String caption : c.captionDates()) {
            year = Math.max(year, latestYear(caption));
        }
        TimeContext ctx = new TimeContext(TimeInterval.UNKNOWN, year, null, null);
        LocalDate latest = null;
        for (String caption : c.captionDates()) {
            latest = latest(times.tag(caption, 0, ctx), latest);
        }
        // the text's dates sentence by sentence, as the pipeline will tag them: it reuses what is found here
        ArticleSentences in = sentences != null ? sentences : ownSentences();
        int n = in.of(text).size();
        for (int i = 0; i < n; i++) {
            if (deadline.expired()) {
                diags.add(Diagnostic.warning(source, 0, "time limit of " + deadline.seconds() + " s reached while inferring "
                        + "the publication time; the dates after sentence " + i + " of " + n + " were not read"));
                break;
            }
            long t = org.sitrep.core.StageTimes.begin();
            List<TimeExpr> found = in.times(i, ctx);
            org.sitrep.core.StageTimes.add("date:times", t);
            latest = latest(found, latest);
        }
        if (latest == null) {
            return TimeInterval.UNKNOWN;
        }
        return TimeInterval.days(latest.plusDays(1), latest.plusDays(INFERRED_PUBLICATION_WINDOW_DAYS), TimePrecision.INFERRED);
    }

    /** The last day of the latest date ({@code absolute…} or {@code iso}) among {@code found}, or {@code latest} if later. */
    private static LocalDate latest(List<TimeExpr> found, LocalDate latest) {
        for (TimeExpr e : found) {
            if (e.kind().startsWith("absolute") || e.kind().equals("iso")) {
                LocalDate d = e.mention().interval().lastDay();
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        }
        return latest;
    }

    /**
     * Whether the text says "today", "this morning", "tonight" or "this afternoon" ({@link #TODAY}): the pattern is
     * tried only where a word starting "to" or "th" (any case) begins, not at every character.
     */
    static boolean namesToday(String text) {
        Matcher m = TODAY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length() - 1;
        // the t's found by indexOf, which reads the text in place (a charAt a character cost far more on UTF-16 text)
        for (char t : new char[] {'t', 'T'}) {
            for (int i = text.indexOf(t); i >= 0 && i < n; i = text.indexOf(t, i + 1)) {
                int next = text.charAt(i + 1) | 0x20;
                if ((next == 'o' || next == 'h') && m.region(i, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The latest year from 1900 to 2099 written as a word of four digits ({@link #YEAR}), 0 when none. */
    static int latestYear(String text) {
        Matcher m = YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int y = 0;
        int n = text.length() - 3;
        // every match begins "19" or "20"; the latest of them, in whatever order they are found
        for (char c : new char[] {'1', '2'}) {
            char second = c == '1' ? '9' : '0';
            for (int i = text.indexOf(c); i >= 0 && i < n; i = text.indexOf(c, i + 1)) {
                if (text.charAt(i + 1) == second && m.region(i, text.length()).lookingAt()) {
                    y = Math.max(y, Integer.parseInt(m.group(1)));
                }
            }
        }
        return y;
    }

    /** An outlet the text refers to itself by, when a caption credit or a second reference confirms it. */
    static String outletFromText(CleanText c) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        String text = c.text().cleaned();
        Matcher m = SELF_REFERENCE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        // the pattern starts with one of these words: try it only where one occurs
        for (String lead : SELF_REFERENCE_LEADS) {
            for (int at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
                if (m.region(at, text.length()).lookingAt()) {
                    String name = Rx.replaceAll(m.group(1).strip(), "\\s+(at|that|on|in)$", "");
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        for (String credit : c.captionCredits()) {
            counts.merge(credit, 1, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

}
