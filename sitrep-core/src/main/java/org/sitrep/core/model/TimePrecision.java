package org.sitrep.core.model;

/** How precisely a time interval is known. */
public enum TimePrecision {
    MINUTE, PART_OF_DAY, DAY, WEEK, MONTH, RANGE, INFERRED, UNKNOWN;

    public String label() {
        return name().toLowerCase();
    }
}
