package org.sitrep.core.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A half-open time interval {@code [start, end)} with the precision it is known to. Times are local to the
 * reported events (news rarely gives a zone). An {@link TimePrecision#UNKNOWN} interval has null bounds.
 */
public record TimeInterval(LocalDateTime start, LocalDateTime end, TimePrecision precision) {
    public TimeInterval {
        if (precision != TimePrecision.UNKNOWN && (start == null || end == null)) {
            throw new IllegalArgumentException("A " + precision.label() + " interval needs both bounds");
        }
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("Interval ends before it starts: " + start + " > " + end);
        }
    }

    public static final TimeInterval UNKNOWN = new TimeInterval(null, null, TimePrecision.UNKNOWN);

    /** The whole days {@code from..to}, both inclusive. */
    public static TimeInterval days(LocalDate from, LocalDate toInclusive, TimePrecision precision) {
        return new TimeInterval(from.atStartOfDay(), toInclusive.plusDays(1).atStartOfDay(), precision);
    }

    public static TimeInterval day(LocalDate day) {
        return days(day, day, TimePrecision.DAY);
    }

    public boolean isKnown() {
        return precision != TimePrecision.UNKNOWN;
    }

    /** True when the day overlaps this interval. */
    public boolean containsDay(LocalDate day) {
        return isKnown() && start.isBefore(day.plusDays(1).atStartOfDay()) && end.isAfter(day.atStartOfDay());
    }

    public boolean overlaps(TimeInterval o) {
        return isKnown() && o.isKnown() && start.isBefore(o.end) && o.start.isBefore(end);
    }

    /** The first day of the interval, or null. */
    public LocalDate firstDay() {
        return start == null ? null : start.toLocalDate();
    }

    /** The last day touched by the interval (end is exclusive), or null. */
    public LocalDate lastDay() {
        if (end == null) {
            return null;
        }
        return end.toLocalTime().equals(LocalTime.MIDNIGHT) && end.isAfter(start) ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    }

    /** True when both bounds fall on midnight, so the interval is a run of whole days. */
    public boolean wholeDays() {
        return isKnown() && start.toLocalTime().equals(LocalTime.MIDNIGHT) && end.toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** ISO-8601 start: a date for whole days, else a date-time; null when unknown. */
    public String startText() {
        return !isKnown() ? null : wholeDays() ? start.toLocalDate().toString() : start.toString();
    }

    /** ISO-8601 end: the last day (inclusive) for whole days, else the exclusive end date-time; null when unknown. */
    public String endText() {
        return !isKnown() ? null : wholeDays() ? lastDay().toString() : end.toString();
    }
}
