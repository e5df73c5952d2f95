package org.sitrep.app;

import java.io.PrintStream;

/**
 * Progress on stderr: a bar redrawn in place when stderr is a terminal, else nothing (logs stay clean).
 * Not thread-safe; call from the thread that delivers results.
 */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean tty;
    private int done;
    private long lastDraw;

    Progress(PrintStream err, int total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.tty = !quiet && System.console() != null && total > 1;
    }

    void step(String name) {
        done++;
        long now = System.nanoTime();
        if (!tty || now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        String label = name.length() > 30 ? "…" + name.substring(name.length() - 29) : name;
        if (done > total) {
            err.print("\r" + done + " documents " + label + "\u001b[K");
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + label + "\u001b[K");
    }

    void finish() {
        if (tty) {
            err.println();
        }
    }
}
