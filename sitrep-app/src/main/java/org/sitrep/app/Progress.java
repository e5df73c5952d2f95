package org.sitrep.app;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr: a bar redrawn in place when stderr is a terminal, else nothing (logs stay clean). It counts
 * bytes when the total is known in bytes (the input files' sizes: one large JSON Lines file moves the bar too), else
 * documents, and shows the rate and the time left. Not thread-safe; call from the thread that delivers results.
 * (Written here rather than taken from a progress-bar library: the one on Maven Central brings a terminal library
 * into the jar to measure the width, and this bar is a line of text.)
 */
public final class Progress {
    /** What a total counts. */
    enum Unit { DOCUMENTS, BYTES }

    private final PrintStream err;
    private final long total;
    private final Unit unit;
    private final boolean tty;
    private final long started = System.nanoTime();
    private long done;
    private long docs;
    private long lastDraw;

    /** A bar over {@code total} documents, shown when stderr is a terminal and not {@code quiet}. */
    public Progress(PrintStream err, int total, boolean quiet) {
        this(err, total, Unit.DOCUMENTS, !quiet && stderrIsTerminal() && total > 1);
    }

    /** A bar over {@code totalBytes} of input, shown when stderr is a terminal and not {@code quiet}. */
    public static Progress ofBytes(PrintStream err, long totalBytes, boolean quiet) {
        return new Progress(err, totalBytes, Unit.BYTES, !quiet && stderrIsTerminal() && totalBytes > 0);
    }

    /**
     * Whether stderr is a terminal: on Linux, where file descriptor 2 points (a bar shows while the results go to a
     * file, {@code sitrep extract … > out.jsonl}); elsewhere, whether the JVM has a console (stdin and stdout both
     * terminals).
     */
    public static boolean stderrIsTerminal() {
        try {
            String fd2 = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return fd2.startsWith("/dev/pts/") || fd2.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /** For tests: a bar drawn whether or not stderr is a terminal. */
    public Progress(PrintStream err, long total, Unit unit, boolean draw) {
        this.err = err;
        this.total = total;
        this.unit = unit;
        this.tty = draw;
    }

    /** Whether the bar is drawn (so that callers print their own status lines only then). */
    public boolean shown() {
        return tty;
    }

    /** One document done (counted as a document). */
    public void step(String name) {
        step(name, 1);
    }

    /** One document done, of {@code bytes} input bytes (a document when the bar counts documents). */
    public void step(String name, long bytes) {
        docs++;
        done += unit == Unit.BYTES ? Math.max(0, bytes) : 1;
        long now = System.nanoTime();
        if (!tty || now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(name, (now - started) / 1e9) + "\u001b[K");
    }

    /** The bar's text after {@code seconds}. */
    public String line(String name, double seconds) {
        String label = name.length() > 30 ? "…" + name.substring(name.length() - 29) : name;
        long shownDone = Math.min(done, total);
        int width = 30;
        int filled = total <= 0 ? width : (int) (width * shownDone / total);
        double rate = seconds > 0 ? done / seconds : 0;
        String amount;
        String speed;
        if (unit == Unit.BYTES) {
            amount = String.format(Locale.ROOT, "%.1f/%.1f MB, %d documents", shownDone / 1e6, total / 1e6, docs);
            speed = String.format(Locale.ROOT, "%.2f MB/s", rate / 1e6);
        } else {
            amount = shownDone + "/" + total;
            speed = String.format(Locale.ROOT, "%.1f/s", rate);
        }
        String left = rate > 0 && done < total ? ", " + clock((total - done) / rate) + " left" : "";
        int percent = total <= 0 ? 100 : (int) (100 * shownDone / total);
        return "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "% " + amount + ", " + speed + left + " " + label;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** A status line of its own (model loading, the final refresh), when the bar is shown. */
    public void say(String what) {
        if (tty) {
            err.print("\r" + what + "\u001b[K\n");
        }
    }

    public void finish() {
        finish(0);
    }

    /** Ends the bar, counting {@code bytes} more (what is left of the last file), redrawn at its end. */
    public void finish(long bytes) {
        done += unit == Unit.BYTES ? Math.max(0, bytes) : 0;
        if (tty) {
            err.print("\r" + line("", (System.nanoTime() - started) / 1e9) + "\u001b[K");
            err.println();
        }
    }
}
