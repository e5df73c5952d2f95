package org.sitrep.app;

import org.sitrep.core.model.EventMention;

import java.io.PrintWriter;

/** Event mentions as an aligned text table. */
public final class EventTable {
    private final PrintWriter out;
    private boolean header;

    public EventTable(PrintWriter out) {
        this.out = out;
    }

    public void row(EventMention e) {
        if (!header) {
            out.printf("%-10s %-17s %-10s %-9s %-8s %-26s %-18s %s%n", "doc", "when", "type", "realis", "actor", "place", "claimant", "quote");
            header = true;
        }
        String when = e.time() == null || !e.time().interval().isKnown() ? "unknown"
                : e.time().interval().startText() + (e.time().interval().wholeDays() && !e.time().interval().startText()
                .equals(e.time().interval().endText()) ? ".." : "");
        out.printf("%-10s %-17s %-10s %-9s %-8s %-26s %-18s %s%n", cut(e.doc(), 10), cut(when, 17), e.type().label(),
                e.realis().label(), e.actor() == null ? "-" : cut(String.valueOf(e.actor().id()), 8),
                e.place() == null ? "-" : cut(e.place().head() + (e.place().place().resolved() ? "" : "?"), 26),
                e.claimant() == null ? "" : cut(e.claimant().text(), 18), cut(e.quote(), 80));
    }

    public static String cut(String s, int n) {
        if (s == null) {
            return "";
        }
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
