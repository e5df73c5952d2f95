package org.sitrep.core.model;

/** A time expression and the interval it resolved to. */
public record TimeMention(Span span, String text, TimeInterval interval) {
}
