package org.sitrep.core.model;

/**
 * How the source holds an event. A {@code DENIED} or {@code FAILED} event is never counted as a happening.
 */
public enum Realis {
    /** Stated as fact. */
    ASSERTED,
    /** Hedged: reportedly, said to be, reports of. */
    REPORTED,
    /** A party's claim about itself or its enemy. */
    CLAIMED,
    /** A party denies it happened. */
    DENIED,
    /** An attempt that failed ("failed to storm"). */
    FAILED;

    public String label() {
        return name().toLowerCase();
    }

    public static Realis parse(String s) {
        return valueOf(s.trim().toUpperCase());
    }
}
