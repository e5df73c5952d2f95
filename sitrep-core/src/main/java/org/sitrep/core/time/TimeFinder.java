package org.sitrep.core.time;

import org.sitrep.core.text.Words;

import java.util.List;

/** The time stage: finds a sentence's time expressions and resolves them against a context. Thread-safe. */
public interface TimeFinder {
    /**
     * Every time expression in {@code text}, resolved; spans are offset by {@code base}.
     *
     * @param scanned the text's words, already scanned (null: scan them here)
     */
    List<TimeExpr> find(String text, int base, TimeContext ctx, Words scanned);
}
