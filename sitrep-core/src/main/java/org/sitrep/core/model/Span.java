package org.sitrep.core.model;

/**
 * A half-open character range {@code [start, end)} into an article's cleaned text.
 * Validated on construction: {@code 0 <= start <= end}.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}; throws if the span lies outside it. */
    public String of(CharSequence text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") outside text of length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
