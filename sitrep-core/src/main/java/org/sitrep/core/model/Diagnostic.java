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
        return sb.append(": ").append(severity.name().toLowerCase()).append(": ").append(message).toString();
    }
}
