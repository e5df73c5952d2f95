package org.sitrep.store;

import java.lang.ref.SoftReference;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sitrep.core.model.SourcedMention;

/**
 * The parsed mentions of the large partitions whose windows a connection read by {@link WindowScan}, kept between
 * its refreshes. A running store (a server, a watcher) refreshes the same popular region after every batch, and its
 * window holds most of that region's history: 111,000 of Hama's 127,001 mentions in a 155,000-event store, whose
 * JSON took most of each refresh's reading. A stored mention never changes (mentions are only ever added; their JSON
 * is written once), so a mention kept here is the one its row would be parsed into again, and only the mentions not
 * kept are read.
 *
 * <p>At most {@link #capacity} mentions are kept, the partitions used longest ago dropped first, and a partition's are
 * held by a soft reference: the collector drops them before the heap runs out. Used by one thread at a time (the
 * store's own connection); its methods are synchronised all the same.
 */
final class MentionCache {
    /** Bytes of heap a parsed mention keeps, about (1,832 measured on the mentions of a 155,000-event store). */
    static final long BYTES_PER_MENTION = 2048;
    /** Share of the heap the cache may take, as 1/n. */
    static final int HEAP_SHARE = 3;

    private final long capacity;
    /** Partition to its mentions by id, the partition read last at the end. */
    private final LinkedHashMap<String, SoftReference<Map<String, SourcedMention>>> partitions = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Integer> sizes = new HashMap<>();
    private long size;

    /** A cache of at most {@code capacity} mentions (0: keeps none). */
    MentionCache(long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache of " + capacity + " mentions");
        }
        this.capacity = capacity;
    }

    /**
     * The cache of the store's own connection: {@code -Dsitrep.mentionCache=N} mentions, else as many as a quarter of
     * the heap holds (about 155,000 in the launcher's 1 GiB).
     */
    static MentionCache ofHeap() {
        String set = System.getProperty("sitrep.mentionCache");
        long n = set != null ? Long.parseLong(set.strip()) : Runtime.getRuntime().maxMemory() / HEAP_SHARE / BYTES_PER_MENTION;
        return new MentionCache(Math.max(0, n));
    }

    long capacity() {
        return capacity;
    }

    /** The partition's kept mentions by id (not to be changed), or an empty map. */
    synchronized Map<String, SourcedMention> of(String partition) {
        SoftReference<Map<String, SourcedMention>> ref = partitions.get(partition);
        Map<String, SourcedMention> kept = ref == null ? null : ref.get();
        if (kept == null) {
            forget(partition);
            return Map.of();
        }
        return kept;
    }

    /**
     * Keeps these mentions of the partition besides those kept, then drops the partitions used longest ago while more
     * than {@link #capacity} are kept (the partition itself when it alone holds more).
     */
    synchronized void keep(String partition, Collection<SourcedMention> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        SoftReference<Map<String, SourcedMention>> ref = partitions.get(partition);
        Map<String, SourcedMention> kept = ref == null ? null : ref.get();
        if (kept == null) {
            forget(partition);
            kept = new HashMap<>();
            partitions.put(partition, new SoftReference<>(kept));
        }
        for (SourcedMention m : mentions) {
            kept.put(m.id(), m);
        }
        size += kept.size() - sizes.getOrDefault(partition, 0);
        sizes.put(partition, kept.size());
        Iterator<String> eldest = partitions.keySet().iterator();
        while (size > capacity && eldest.hasNext()) {
            String p = eldest.next();
            eldest.remove();
            Integer n = sizes.remove(p);
            size -= n == null ? 0 : n;
        }
    }

    /** Mentions kept (those the collector dropped are counted until their partition is next asked for). */
    synchronized long size() {
        return size;
    }

    private void forget(String partition) {
        partitions.remove(partition);
        Integer n = sizes.remove(partition);
        size -= n == null ? 0 : n;
    }
}
