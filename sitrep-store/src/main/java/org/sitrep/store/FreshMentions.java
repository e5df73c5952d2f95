package org.sitrep.store;

import java.lang.ref.SoftReference;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.sitrep.core.model.SourcedMention;

/**
 * The mentions a store connection has just committed, kept in their parsed form for the refresh that follows, so that
 * it takes them instead of parsing their JSON again. A bulk ingest refreshes after its last write, and its refresh read
 * every mention it had just written back from its JSON: 54,434 mentions of 3,000 generated articles took the refresh's
 * reading 1.3-1.6 s, 0.4-0.7 s with them kept ({@code bench-store --stages}).
 *
 * <p>A kept mention is the mention its row parses into: a row's JSON is written once from the mention and never
 * changed, and the JSON reads back into an equal mention ({@code StoreBehaviourTest} compares a store refreshed with
 * the kept mentions and one refreshed without, row for row, and every mention with its JSON read back). Each is taken
 * once, by the first refresh that reads its row; what a refresh did not take is forgotten when it ends
 * ({@link #clear}), so that at most one interval between refreshes is held. At most {@link #capacity} are kept, and
 * they are held by a soft reference: the collector drops them before the heap runs out, and the refresh then parses
 * them. Thread-safe: the refresh's workers take from it.
 */
final class FreshMentions {
    /** Share of the heap the kept mentions may take, as 1/n, at about {@link MentionCache#BYTES_PER_MENTION} each. */
    static final int HEAP_SHARE = 8;

    private final long capacity;
    private volatile SoftReference<ConcurrentHashMap<String, SourcedMention>> kept = new SoftReference<>(null);
    private final AtomicLong taken = new AtomicLong();

    /** Keeps at most {@code capacity} mentions (0: none). */
    FreshMentions(long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a capacity of " + capacity + " mentions");
        }
        this.capacity = capacity;
    }

    /**
     * At most {@code -Dsitrep.freshMentions=N} mentions, else as many as an eighth of the heap holds (about 65,000 in
     * the launcher's 1 GiB).
     */
    static FreshMentions ofHeap() {
        long n = Long.getLong("sitrep.freshMentions", Runtime.getRuntime().maxMemory() / HEAP_SHARE / MentionCache.BYTES_PER_MENTION);
        return new FreshMentions(Math.max(0, n));
    }

    /** Keeps these committed mentions, as many as fit under the capacity. */
    synchronized void keep(Collection<SourcedMention> ms) {
        if (capacity == 0 || ms.isEmpty()) {
            return;
        }
        ConcurrentHashMap<String, SourcedMention> map = kept.get();
        if (map == null) {
            map = new ConcurrentHashMap<>();
            kept = new SoftReference<>(map);
        }
        for (SourcedMention m : ms) {
            if (map.size() >= capacity) {
                return;
            }
            map.put(m.id(), m);
        }
    }

    /** The kept mention of this id, no longer kept; null when none is (the row's JSON is then parsed). */
    SourcedMention take(String id) {
        ConcurrentHashMap<String, SourcedMention> map = kept.get();
        SourcedMention m = map == null ? null : map.remove(id);
        if (m != null) {
            taken.incrementAndGet();
        }
        return m;
    }

    /** Forgets every kept mention (a refresh ended). */
    synchronized void clear() {
        kept = new SoftReference<>(null);
    }

    /** Mentions kept now. */
    int size() {
        ConcurrentHashMap<String, SourcedMention> map = kept.get();
        return map == null ? 0 : map.size();
    }

    /** Mentions taken since this was made (tests). */
    long taken() {
        return taken.get();
    }
}
