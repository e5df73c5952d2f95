package org.sitrep.core.model;

/**
 * A positioned, bounded message about bad or doubtful input (like jsoup's {@code ParseError}).
 *
 * @param severity {@code ERROR} when the input could not be processed, {@code WARNING} when it was processed with a loss
 * @param source   the file (or stream) the input came from
 * @param line     1-based line number, or 0 when not applicable
 * @param offset   character offset into the raw input, or -1 when not applicable
 * @param message  what went wrong, in one sentence
 */
public record Diagnostic(Severity severity, String source, int line, long offset, String message) {
    /** How bad a diagnostic is. */
    public enum Severity { WARNING, ERROR }

    public Diagnostic {
        if (message.length() > 500) {
            message = message.substring(0, 500) + "…";
        }
    }

    public static Diagnostic error(String source, int line, String message) {
        return new Diagnostic(Severity.ERROR, source, line, -1, message);
    }

    public static Diagnostic warning(String source, int line, String message) {
        return new Diagnostic(Severity.WARNING, source, line, -1, message);
    }

    /** "file:line: severity: message". */
    public String format() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (offset >= 0) {
            sb.append(" (offset ").append(offset).append(')');
        }
        return oneLine(sb.append(": ").append(severity.name().toLowerCase()).append(": ").append(message).toString());
    }

    /** At most 1,000 characters on one line: line breaks and control characters (from file names, a parser's message) shown escaped. */
    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(Math.min(s.length(), 1024));
        for (int i = 0; i < s.length() && sb.length() < 1000; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append(' ');
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (sb.length() >= 1000) {
            sb.setLength(1000);
            sb.append('…');
        }
        return sb.toString();
    }
}
