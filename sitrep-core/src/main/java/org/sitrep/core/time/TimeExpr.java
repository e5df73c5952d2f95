package org.sitrep.core.time;

import org.sitrep.core.model.TimeMention;

/**
 * A time expression found in a sentence and resolved.
 *
 * @param mention    the text, span and interval
 * @param kind       the rule kind that found it ("absolute", "weekday", "same-day", ...)
 * @param background true for "since X"/"until X": a frame for the sentence, not the time of its events, and not
 *                   carried on to later sentences
 * @param offsetDays for {@code offset-after} ("three days after launching"), the offset in days that the clause
 *                   after it lies before the sentence's main time; for {@code later-offset} ("a day later", "the day
 *                   before") the days from the time before it (negative before); 0 otherwise
 */
public record TimeExpr(TimeMention mention, String kind, boolean background, int offsetDays) {
    public boolean isOffset() {
        return kind.equals("offset-after");
    }

    /** A "later-offset" expression ("a day later") the narrative before its sentence could not date. */
    public boolean isUnanchoredLater() {
        return kind.equals("later-offset") && !mention.interval().isKnown();
    }
}
