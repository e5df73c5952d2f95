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

    TimeMention assign(SentenceFacts f, TriggerLexicon.Match trig, DocumentState st) {
        List<Token> t = f.tokens();
        int trigStart = t.get(trig.start()).span().start();
        TimeExpr before = null;
        TimeExpr after = null;
        TimeExpr offset = null;
        for (TimeExpr e : f.times()) {
            int s = e.mention().span().start();
            if (e.isOffset()) {
                if (s < trigStart) {
                    offset = e;
                }
                continue;
            }
            if (e.background() || !e.mention().interval().isKnown()) {
                continue;
            }
            if (s < trigStart) {
                before = e;
            } else if (after == null) {
                after = e;
            }
        }
        TimeExpr chosen = before != null ? before : after;
        if (offset != null && chosen != null && chosen.mention().span().start() < offset.mention().span().start()) {
            TimeInterval i = chosen.mention().interval();
            int d = offset.offsetDays();
            TimeInterval shifted = new TimeInterval(i.start().minusDays(d), i.end().minusDays(d), i.precision());
            return new TimeMention(offset.mention().span(), offset.mention().text(), shifted);
        }
        if (chosen != null) {
            return chosen.mention();
        }
        TimeInterval carried = st.carriedTime(f.sentence().index());
        if (carried != null) {
            return new TimeMention(f.sentence().span(), "(narrative)", inferred(carried));
        }
        if (f.statement() != null && f.statement().date() != null) {
            Dateline.Match m = Dateline.match(f.statement().date());
            if (m != null) {
                return new TimeMention(f.statement().span(), f.statement().date(), m.when());
            }
        }
        return presentTense(t) ? publicationDay(f, st.published) : null;
    }

    /** A sentence in the present or present perfect ("are ongoing", "have secured", "continues"). */
    private static boolean presentTense(List<Token> t) {
        for (Token x : t) {
            switch (x.text().toLowerCase()) {
                case "is", "are", "am", "has", "have", "continues", "continue", "remains", "remain", "persist", "persists":
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    static TimeInterval inferred(TimeInterval i) {
        return new TimeInterval(i.start(), i.end(), i.precision() == TimePrecision.PART_OF_DAY || i.precision() == TimePrecision.MINUTE
                ? TimePrecision.INFERRED : i.precision() == TimePrecision.DAY ? TimePrecision.INFERRED : i.precision());
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
}
