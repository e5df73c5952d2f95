package org.sitrep.flink;

import java.io.Serializable;
import java.time.Duration;

/**
 * What the job needs besides its source and sink.
 *
 * @param store          the store: a PostgreSQL URL (several tasks write at once) or, at parallelism 1, a SQLite file
 * @param outOfOrderness how far behind the newest article's publication time an article may arrive before it counts
 *                       as late (the watermark's bound; late articles are still stored, their regions refreshed again)
 * @param timeLimit      analysis time per article
 * @param dedupeFor      how long an article id is remembered in state to drop re-sent copies (older copies are
 *                       recognised by the store and not added twice)
 */
public record Settings(String store, Duration outOfOrderness, Duration timeLimit, Duration dedupeFor) implements Serializable {
    public static final Duration DEFAULT_OUT_OF_ORDERNESS = Duration.ofDays(1);
    public static final Duration DEFAULT_DEDUPE = Duration.ofDays(7);

    public static Settings of(String store) {
        return new Settings(store, DEFAULT_OUT_OF_ORDERNESS, org.sitrep.core.Pipeline.DEFAULT_TIME_LIMIT, DEFAULT_DEDUPE);
    }
}
