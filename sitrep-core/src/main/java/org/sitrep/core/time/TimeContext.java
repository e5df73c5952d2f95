package org.sitrep.core.time;

import org.sitrep.core.model.TimeInterval;

import java.time.LocalDate;

/**
 * What relative time expressions resolve against.
 *
 * @param reference      the article's publication time (may be INFERRED, a range, or UNKNOWN)
 * @param defaultYear    the year for dates written without one when there is no reference, or 0
 * @param operationStart the start date of the operation or offensive the article narrates, or null
 * @param narrative      the time of the previous sentence's events, for "later in the day", "at the time", or null
 * @param frame          the period the whole document is about (an infobox's date, a report's period), or null: a
 *                       date written without a year falls inside it
 */
public record TimeContext(TimeInterval reference, int defaultYear, LocalDate operationStart, TimeInterval narrative,
                          TimeInterval frame) {
    public TimeContext(TimeInterval reference, int defaultYear, LocalDate operationStart, TimeInterval narrative) {
        this(reference, defaultYear, operationStart, narrative, null);
    }

    public TimeContext withNarrative(TimeInterval n) {
        return new TimeContext(reference, defaultYear, operationStart, n, frame);
    }

    public TimeContext withOperationStart(LocalDate d) {
        return new TimeContext(reference, defaultYear, d, narrative, frame);
    }
}
