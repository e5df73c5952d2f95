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
 * @param storyYear      the year of the past the text is telling, from its last full date (see {@link #withStoryYear}), or 0
 */
public record TimeContext(TimeInterval reference, int defaultYear, LocalDate operationStart, TimeInterval narrative,
                          TimeInterval frame, int storyYear) {
    public TimeContext(TimeInterval reference, int defaultYear, LocalDate operationStart, TimeInterval narrative) {
        this(reference, defaultYear, operationStart, narrative, null, 0);
    }

    public TimeContext(TimeInterval reference, int defaultYear, LocalDate operationStart, TimeInterval narrative,
                       TimeInterval frame) {
        this(reference, defaultYear, operationStart, narrative, frame, 0);
    }

    public TimeContext withNarrative(TimeInterval n) {
        return new TimeContext(reference, defaultYear, operationStart, n, frame, storyYear);
    }

    public TimeContext withOperationStart(LocalDate d) {
        return new TimeContext(reference, defaultYear, d, narrative, frame, storyYear);
    }

    /**
     * The same context in the year of a story told years before publication ("On 3 April 1982, soldiers … In the village
     * of Chel, soldiers killed 95 people on 3 April"): the year of the text's last full date, when it is at least two
     * years before the reference; a date written without a year then falls in it. 0 leaves the reference's year.
     */
    public TimeContext withStoryYear(int year) {
        return new TimeContext(reference, defaultYear, operationStart, narrative, frame, year);
    }
}
