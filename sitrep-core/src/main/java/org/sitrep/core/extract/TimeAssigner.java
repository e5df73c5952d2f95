package org.sitrep.core.extract;

import org.sitrep.core.clean.Dateline;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimeMention;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.time.TimeExpr;

import java.time.LocalDate;
import java.util.List;

/**
 * Gives an event its time: the sentence's time expression that scopes over the trigger (the nearest one before
 * it, else the nearest after), shifted for "three days after …"; else the time carried from the previous sentence
 * of the narrative (INFERRED); else the date of the embedded post it is in; else, for a sentence in the present
 * tense, the publication day (INFERRED); else UNKNOWN — never silently the publication time. Thread-safe.
 */
final class TimeAssigner {
    private final Dateline datelines;
    /** Units of "a year after", "days before". */
    private final java.util.Set<String> durations;
    /** The verbs of one toll. */
    private final java.util.Set<String> tollVerbs;
    /** Words joining a verb to the clause its sentence's one day is told in (the pack's {@code day-joiners}). */
    private final java.util.Set<String> dayJoiners;
    /** Words that rank an event among others (the pack's {@code ranking-words}: "the worst … since 1981"). */
    private final java.util.Set<String> rankingWords;

    TimeAssigner(Dateline datelines, org.sitrep.core.lang.LanguagePack pack) {
        this.datelines = datelines;
        this.durations = pack.wordSet("durations");
        this.tollVerbs = pack.wordSet("toll-verbs");
        this.dayJoiners = pack.wordSet("day-joiners");
        this.rankingWords = pack.wordSet("ranking-words");
    }

    /**
     * @param attributed the sentence reports someone's statement ("the army confirmed …"): without any other
     *                   time, such news is dated by its publication day (INFERRED)
     */
    TimeMention assign(SentenceFacts f, TriggerLexicon.Match trig, Narrative st, boolean attributed) {
        List<Token> t = f.tokens();
        int trigStart = t.get(trig.start()).span().start();
        int trigEnd = t.get(trig.end() - 1).span().end();
        TimeExpr chosen = null;
        int best = Integer.MAX_VALUE;
        TimeExpr offset = null;
        int filed = wireDatelineEnd(f);
        TimeExpr dayBefore = null;
        for (TimeExpr e0 : f.times()) {
            TimeExpr e = e0;
            int s = e.mention().span().start();
            if (e.mention().span().end() <= filed) {
                continue; // "BOGOTA, May 20 (AP) — …": the day the story was filed, not the day of its events
            }
            if (e.isUnanchoredLater() && e.offsetDays() > 0 && dayBefore != null) {
                // "captured Masaka on 24 February, and Mbarara fell a day later": days from the day named before it
                e = new TimeExpr(new TimeMention(e.mention().span(), e.mention().text(),
                        TimeInterval.day(dayBefore.mention().interval().firstDay().plusDays(e.offsetDays()))), e.kind(), false, 0);
            }
            if (!e.isOffset() && !e.background() && e.mention().interval().isKnown()
                    && e.mention().interval().precision() == TimePrecision.DAY) {
                dayBefore = e;
            }
            if (e.isOffset()) {
                if (s < trigStart) {
                    offset = e;
                }
                continue;
            }
            if (!e.mention().interval().isKnown() || e.background() && !e.kind().equals("since-start")
                    || !binds(f, e, trig) || rankedSince(f, e)) {
                continue;
            }
            int d = e.mention().span().end() <= trigStart ? trigStart - e.mention().span().end() : s - trigEnd;
            if (d < best) {
                best = d;
                chosen = e;
            }
        }
        if (offset != null) {
            for (TimeExpr e : f.times()) {
                if (!e.isOffset() && e.mention().interval().isKnown() && e.mention().span().end() <= offset.mention().span().start()) {
                    chosen = e;
                }
            }
        }
        if (offset != null && chosen != null && chosen.mention().span().start() < offset.mention().span().start()) {
            TimeInterval i = chosen.mention().interval();
            int d = offset.offsetDays();
            TimeInterval shifted = new TimeInterval(i.start().minusDays(d), i.end().minusDays(d), i.precision());
            return new TimeMention(offset.mention().span(), offset.mention().text(), shifted);
        }
        if (chosen != null) {
            return chosen.mention();
        }
        if (f.statement() != null && f.statement().date() != null) {
            Dateline.Match m = datelines.match(f.statement().date());
            if (m != null) {
                return new TimeMention(f.statement().span(), f.statement().date(), m.when());
            }
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && pastModifier(t, trig.start())) {
            return null; // "their recent capture of Aleppo": an earlier event named, not dated by this sentence's day
        }
        if (presentTense(t)) {
            return publicationDay(f, st.published());
        }
        TimeExpr conjunct = null;
        int known = 0;
        for (TimeExpr e : f.times()) {
            if (!e.isOffset() && !e.background() && e.mention().interval().isKnown() && e.mention().span().end() > filed) {
                known++;
                if (e.mention().span().end() <= trigStart) {
                    conjunct = e;
                }
            }
        }
        if (known == 1 && conjunct != null && trig.entry().frame() != TriggerLexicon.Frame.NOMINAL
                && joinedToTheDaysVerb(f, conjunct, trig)) {
            // the sentence's one day, told with an earlier verb: "took control of Kirkuk on Monday and seized the K1
            // base", "stormed the town overnight … before withdrawing at dawn" (inferred: the day is the first verb's)
            return new TimeMention(conjunct.mention().span(), conjunct.mention().text(), inferred(conjunct.mention().interval()));
        }
        if (known > 0) {
            return null;
        }
        TimeInterval carried = st.carriedTime(f.sentence().index());
        if (carried != null) {
            return new TimeMention(f.sentence().span(), "(narrative)", inferred(carried));
        }
        if (st.frame() != null && st.frame().isKnown()) {
            // no time of its own: the period the document is about (a report's week, a battle's dates), inferred
            return new TimeMention(f.sentence().span(), "(document period)", new TimeInterval(st.frame().start(), st.frame().end(),
                    TimePrecision.INFERRED));
        }
        return attributed ? publicationDay(f, st.published()) : null;
    }

    /**
     * The trigger is a verb joined to the clause its sentence's one day is told in ("… on Monday and seized …", "…
     * overnight … before withdrawing", "… as fighters withdrew"), not one that a duration sets apart ("returned on
     * Monday, a year after the RSF seized the city").
     */
    private boolean joinedToTheDaysVerb(SentenceFacts f, TimeExpr e, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int te = f.lastTokenBefore(e.mention().span().end());
        boolean joined = false;
        if (durationBetween(t, te + 1, trig.start())) {
            return false;
        }
        for (int k = te + 1; k < trig.start(); k++) {
            joined |= dayJoiners.contains(t.get(k).lower());
        }
        return joined;
    }

    /** "… a year after", "days before" among tokens [from, to): a duration sets what follows apart from the day. */
    private boolean durationBetween(List<Token> t, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            String w = t.get(k).lower();
            if ((w.equals("after") || w.equals("before")) && durations.contains(t.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a time expression can date the trigger: it is fronted (before the sentence's first main verb), or
     * no other main verb stands between it and the trigger ("launched a week ago, which led to the capture" —
     * "a week ago" dates the launch, not the capture). A support verb right next to a noun trigger ("launched an
     * offensive") does not count.
     */
    private boolean binds(SentenceFacts f, TimeExpr e, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int first = firstVerb(t);
        int ts = f.tokenAt(e.mention().span().start());
        if (first < 0 || ts < first) {
            return true;
        }
        int te = f.lastTokenBefore(e.mention().span().end());
        if (te + 2 < t.size() && te < trig.start() && t.get(te + 1).text().equals(",")
                && t.get(te + 2).text().equalsIgnoreCase("when")) {
            return true; // "on August 6, when units crossed … and advanced": the when-clause is that day
        }
        int from = te < trig.start() ? te + 1 : trig.end();
        int to = te < trig.start() ? trig.start() : ts;
        if (durationBetween(t, from, to)) {
            return false; // "returned on Monday, more than a year after the RSF seized the city": not that Monday
        }
        if (te < trig.start()) {
            for (int k = from; k < to; k++) {
                String w = t.get(k).text().toLowerCase();
                if ((w.equals("and") || w.equals("but") || w.equals("then")) && verbFollows(t, k + 1)) {
                    return false; // "captured X last week and advanced on Friday": the time closes the first conjunct
                }
            }
        }
        boolean nounTrigger = trig.entry().frame() == TriggerLexicon.Frame.NOMINAL;
        boolean predicateSeen = false;
        for (int k = from; k < to; k++) {
            if (isMainVerb(t.get(k)) && !attributive(t, k) && !nounAfterPreposition(t, k) && !infinitiveOfAttributive(t, k)
                    && !(k == trig.start() - 1 || k == trig.end() || k == trig.start() - 2
                    && t.get(k + 1).pos().equals("DET")) && !(tollVerbs.contains(t.get(k).lower()) && tollVerbs.contains(t.get(trig.start()).lower()))) {
                if (nounTrigger && te > trig.start() && !predicateSeen) {
                    predicateSeen = true; // "Clashes erupted near X on Thursday": the noun's own verb
                    continue;
                }
                if (te > trig.start() && !nounTrigger && coordinated(t, k)) {
                    continue; // "killed three people and set fire to houses in X on Tuesday": one subject's day
                }
                return false;
            }
        }
        return true;
    }

    /**
     * A word tagged as a verb that modifies the noun after it, between a determiner, a possessive or an adjective and
     * that noun (an adjective between allowed: "Pakistan's restive northwest", "the besieged city"), or a participle
     * after a noun ("officers guarding a team"): no main verb.
     */
    private static boolean attributive(List<Token> t, int k) {
        if (k == 0 || k + 1 >= t.size()) {
            return false;
        }
        Token before = t.get(k - 1);
        if (before.pos().equals("NOUN") && t.get(k).lower().endsWith("ing")) {
            return true; // "police officers guarding a vaccination team": a participle modifying the noun before it
        }
        String next = t.get(k + 1).pos();
        return (before.pos().equals("DET") || before.pos().equals("ADJ") || before.pos().equals("NUM") || before.text().equals("'s")
                || before.text().equals("’s"))
                && (next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ"));
    }

    /**
     * An infinitive completing a participle that modifies a noun ("fired on people trying to cross near X on
     * Saturday"): part of the noun phrase, no clause of its own.
     */
    private static boolean infinitiveOfAttributive(List<Token> t, int k) {
        return k >= 2 && t.get(k - 1).lower().equals("to") && t.get(k - 2).pos().equals("VERB") && attributive(t, k - 2);
    }

    /** The absolute offset where a sentence's wire dateline ends ("NIAMEY, Oct 3 (Reuters) - "), or -1. */
    static int wireDatelineEnd(SentenceFacts f) {
        String dateline = org.sitrep.core.clean.Dateline.wire(f.sentence().text());
        return dateline == null ? -1 : f.sentence().span().start() + dateline.length();
    }

    /** The verb at {@code k} is coordinated with the one before it: "and" (an adverb between allowed) right before it. */
    private static boolean coordinated(List<Token> t, int k) {
        int j = k - 1;
        while (j > 0 && t.get(j).pos().equals("ADV")) {
            j--;
        }
        return j > 0 && t.get(j).lower().equals("and");
    }

    /** True when the next word that is not an adverb is a verb (a coordinated verb phrase follows). */
    private static boolean verbFollows(List<Token> t, int k) {
        while (k < t.size() && t.get(k).pos().equals("ADV")) {
            k++;
        }
        return k < t.size() && (t.get(k).pos().equals("VERB") || t.get(k).text().toLowerCase().endsWith("ed"));
    }

    private static int firstVerb(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (isMainVerb(t.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** "recent", "earlier", "previous", "last month's" right before a noun of an event: an event of the past. */
    private static boolean pastModifier(List<Token> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            switch (t.get(k).lower()) {
                case "recent", "earlier", "previous", "prior", "past", "former", "last":
                    return true;
                default:
                    if (!(t.get(k).pos().equals("ADJ") || t.get(k).pos().equals("DET") || t.get(k).pos().equals("PRON"))) {
                        return false;
                    }
            }
        }
        return false;
    }

    /** Units of a duration before "after"/"before" that puts the clause's event that far from the sentence's time. */

    /** The verbs of one toll: "331 killed and 947 wounded since 8 October" is one clause, its time both's. */

    /** A word in its base form tagged as a verb right after a preposition other than "to": a noun ("before dawn/VERB"). */
    private static boolean nounAfterPreposition(List<Token> t, int k) {
        return k > 0 && t.get(k - 1).pos().equals("ADP") && !t.get(k - 1).lower().equals("to")
                && t.get(k).lower().equals(t.get(k).lemma());
    }

    /** A verb that heads a clause (not an auxiliary, not a preposition-like participle such as "following"). */
    private static boolean isMainVerb(Token x) {
        if (!x.pos().equals("VERB")) {
            return false;
        }
        return switch (x.text().toLowerCase()) {
            case "following", "according", "including", "regarding", "concerning", "during", "given", "excluding" -> false;
            default -> true;
        };
    }

    /**
     * A sentence whose main verb is in the present or present perfect ("are ongoing", "have entered", "continues
     * to"): an auxiliary "is/are/has/have" followed by a verb, or a present-tense verb of continuation.
     */
    static boolean presentTense(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text().toLowerCase();
            switch (w) {
                case "continues", "continue", "remains", "persist", "persists":
                    return true;
                case "is", "are", "has", "have":
                    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
                        String x = t.get(k).text().toLowerCase();
                        if (t.get(k).pos().equals("VERB") || x.equals("ongoing") || x.endsWith("ing") || x.endsWith("ed")) {
                            return true;
                        }
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /** A time carried over from the narrative: the same interval, marked INFERRED (carried times are at most days). */
    static TimeInterval inferred(TimeInterval i) {
        return new TimeInterval(i.start(), i.end(), TimePrecision.INFERRED);
    }

    /** The publication day as an inferred event time, for present-tense statements. */
    static TimeMention publicationDay(SentenceFacts f, TimeInterval published) {
        if (published == null || !published.isKnown()) {
            return null;
        }
        LocalDate first = published.firstDay();
        LocalDate last = published.lastDay();
        return new TimeMention(f.sentence().span(), "(publication)", TimeInterval.days(first, last, TimePrecision.INFERRED));
    }

    /**
     * "The fighting, the worst between the two countries since 1981, broke out last Thursday": a time after "since" that a
     * ranking word a few words before compares the event with is no time of the event.
     */
    private boolean rankedSince(SentenceFacts f, TimeExpr e) {
        if (!e.kind().equals("since")) {
            return false;
        }
        List<Token> t = f.tokens();
        int at = f.tokenAt(e.mention().span().start());
        for (int k = at - 1; k >= Math.max(0, at - 7); k--) {
            if (t.get(k).text().equals(",") || t.get(k).text().equals(";")) {
                return false;
            }
            if (rankingWords.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
