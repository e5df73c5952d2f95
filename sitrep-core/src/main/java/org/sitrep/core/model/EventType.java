package org.sitrep.core.model;

/** The event ontology (see ARCHITECTURE.md). {@code CONTROL} is a state, not a happening. */
public enum EventType {
    OFFENSIVE, CAPTURE, RECAPTURE, ENTER, ADVANCE, WITHDRAW, ATTACK, CLASH, AIRSTRIKE, SHELLING, AMBUSH,
    EVACUATION, RELEASE, CASUALTIES, CONTROL, DEPLOYMENT;

    public String label() {
        return name().toLowerCase();
    }

    /** Parses a lower- or upper-case label; throws naming the bad value. */
    public static EventType parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown event type: '" + s + "'", e);
        }
    }

    /** Capture and recapture are one family for matching and merging. */
    public EventType family() {
        return this == RECAPTURE ? CAPTURE : this;
    }
}
