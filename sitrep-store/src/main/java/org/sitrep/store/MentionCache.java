package org.sitrep.store;

import java.lang.ref.SoftReference;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sitrep.core.model.Event;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.PartitionReconciler;

/**
 * The parsed mentions of the large partitions whose windows a connection read by {@link WindowScan}, kept between
 * its refreshes. A running store (a server, a watcher) refreshes the same popular region after every batch, and its
 * window holds most of that region's history: 111,000 of Hama's 127,001 mentions in a 155,000-event store, whose
 * JSON took most of each refresh's reading. A stored mention never changes (mentions are only ever added; their JSON
 * is written once), so a mention kept here is the one its row would be parsed into again, and only the mentions not
 * kept are read.
 *
 * <p>At most {@link #capacity} mentions are kept, the partitions used longest ago dropped first, and a partition's are
 * held by a soft reference: the collector drops them before the heap runs out. The partitions' place columns, which
 * the window's rules read ({@link WindowScan.Nodes}), are kept the same way, so that a window reads only the rows
 * added since. The events a windowed refresh of a partition assembled are kept too, for its next refresh
 * ({@link Events}): the timelines of a popular place are rebuilt from all its events, of which a refresh changes few
 * (in the 155,000-event store's increments, Hama's window regroups into about 27,000 events, of which about 400
 * change; assembling the others again took 0.39-0.42 s of each refresh), and the event of each mention of its window
 * as the last refresh grouped them (a refresh takes the stored events of the periods no new mention can change, and
 * asking the store which event holds each of a million mentions took about 10 s), and what the connection read and
 * wrote of the stored events themselves ({@link #stored}: trusted only until another connection writes, which the
 * store tells by {@link #forgetStored}). Once a window holds more than the capacity, nothing is kept any more, parsed
 * mentions, place columns or events: that window's refreshes need the heap. Used by one thread at a time (the store's own connection, or the large partitions' thread of a refresh);
 * its methods are synchronised all the same.
 */
final class MentionCache {
    /**
     * Bytes of heap a parsed mention keeps, counted generously: 1,809 measured on the largest partition of a
     * 150,000-event store, and 441 since the values repeated from mention to mention are read once ({@link
     * MentionJson}); real reporting repeats less than the generated corpus. At 2,048 a 1 GiB heap kept no window of
     * more than about 155,000 mentions, and each refresh read such a window again.
     */
    static final long BYTES_PER_MENTION = 1024;
    /** Share of the heap the cache may take, as 1/n. */
    static final int HEAP_SHARE = 3;
    /**
     * A mention's place columns ({@link WindowScan.Nodes}) take at most about this share of the bytes a parsed mention
     * is counted ({@link #BYTES_PER_MENTION}), as 1/n: 338 bytes measured with the closure's lookups kept beside them
     * (250 without, when 1/4 was chosen; Hama's 283,974 rows of the 300,000-event store, the heap after a collection).
     */
    static final int NODE_SHARE = 3;

    /**
     * Events kept take at most this share of the capacity, as 1/n of its mentions (an event holds its mentions, kept
     * already, and fields of its own: the Hama partition of the 155,000-event store regroups into about 27,000).
     */
    static final int EVENT_SHARE = 4;

    private final long capacity;
    private final Kept<Map<String, SourcedMention>> mentions;
    private final Kept<WindowScan.Nodes> nodes;
    /** The events of each partition's last refresh ({@link Events}), by {@link Events#key}. */
    private final Kept<Map<String, Event>> events;
    /** The event of each mention of a partition's last refreshed window, as that refresh grouped them. */
    private final Kept<Map<String, String>> eventOf;
    /**
     * The spelling keys of the places of the events of a partition's last replaced timelines ({@link
     * StoreDerived#periodRows}), by the event object: a refresh takes most of its timelines' events from the last one
     * ({@link Events}), and made their keys again from all their mentions (8.7% of a million-event store's refreshes).
     */
    private final Kept<Map<Event, String[]>> placeKeys;
    /**
     * What the reconciler needs of a partition's stored events ({@link PartitionReconciler.Stored}: the members' digest
     * and the timeline key) as this connection read or wrote them, by event id: a windowed refresh checks every event
     * its window holds against the store, and read them all again at every refresh (Hama's 257,805 at a million events,
     * 1.2-1.4 s in the {@code sqlite3} shell alone). They stay what the store holds only while no other connection
     * changes it: the store forgets them all when its data version moved ({@link #forgetStored}), and a read begun
     * before that is not kept ({@link #storedEpoch}).
     */
    private final Kept<Map<String, PartitionReconciler.Stored>> stored;
    /** Counts {@link #forgetStored}: what a lookup read under an earlier count is not kept. */
    private long storedEpoch;
    /** Set when a window held more mentions than the capacity: nothing is kept from then on. */
    private boolean full;

    /**
     * A cache of at most {@code capacity} parsed mentions and {@link #NODE_SHARE} times as many mentions' place
     * columns (0: keeps none).
     */
    MentionCache(long capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache of " + capacity + " mentions");
        }
        this.capacity = capacity;
        this.mentions = new Kept<>(capacity, Map::size);
        this.nodes = new Kept<>(capacity * NODE_SHARE, n -> n.ids.size());
        this.events = new Kept<>(capacity / EVENT_SHARE, Map::size);
        this.eventOf = new Kept<>(capacity, Map::size);
        this.placeKeys = new Kept<>(capacity / EVENT_SHARE, Map::size);
        this.stored = new Kept<>(capacity / EVENT_SHARE, Map::size);
    }

    /** The count of {@link #forgetStored} calls: a lookup notes it before it reads, and hands it to {@link #storedRead}. */
    synchronized long storedEpoch() {
        return storedEpoch;
    }

    /** The partition's stored events kept, by id (not to be changed; empty when none are kept). */
    synchronized Map<String, PartitionReconciler.Stored> stored(String partition) {
        Map<String, PartitionReconciler.Stored> kept = full ? null : stored.get(partition);
        return kept == null ? Map.of() : kept;
    }

    /**
     * Keeps stored events of the partition as a lookup read them from the store, unless the kept ones were forgotten
     * since the lookup noted {@code epoch} (what it read may be older than what another connection wrote).
     */
    synchronized void storedRead(String partition, Map<String, PartitionReconciler.Stored> read, long epoch) {
        if (full || epoch != storedEpoch || read.isEmpty()) {
            return;
        }
        Map<String, PartitionReconciler.Stored> kept = stored.get(partition);
        if (kept == null) {
            kept = new HashMap<>(read.size() * 4 / 3 + 1);
        }
        kept.putAll(read);
        stored.put(partition, kept);
    }

    /**
     * Tells that this connection committed a refresh of the partition that deleted the {@code removed} events and
     * wrote the {@code written} ones (by id): the kept ones follow (nothing is kept of a partition that none were).
     */
    synchronized void storedWritten(String partition, Collection<String> removed, Map<String, PartitionReconciler.Stored> written) {
        Map<String, PartitionReconciler.Stored> kept = full ? null : stored.get(partition);
        if (kept == null) {
            return;
        }
        for (String id : removed) {
            kept.remove(id);
        }
        kept.putAll(written);
        stored.put(partition, kept);
    }

    /** Forgets the stored events kept of every partition (another connection may have changed them). */
    synchronized void forgetStored() {
        stored.clear();
        storedEpoch++;
    }

    /** Stored events kept. */
    synchronized long storedCount() {
        return stored.size;
    }

    /** Stored events that lookups took from those kept instead of reading them. */
    private long storedTaken;

    synchronized void storedTaken(int n) {
        storedTaken += n;
    }

    synchronized long storedTaken() {
        return storedTaken;
    }

    /**
     * The place keys of the events of the partition's last replaced timelines, by the event object (compared by
     * identity; not to be changed; empty when none are kept).
     */
    synchronized Map<Event, String[]> placeKeys(String partition) {
        Map<Event, String[]> kept = full ? null : placeKeys.get(partition);
        return kept == null ? Map.of() : kept;
    }

    /** Keeps the place keys of the events of the partition's replaced timelines, in place of those before. */
    synchronized void placeKeys(String partition, Map<Event, String[]> keys) {
        if (!full) {
            if (keys.isEmpty()) {
                placeKeys.forget(partition);
            } else {
                placeKeys.put(partition, keys);
            }
        }
    }

    /**
     * The event of each mention of the partition's last refreshed window on this connection, as that refresh grouped
     * them (not to be changed; empty when none is kept). Another connection may have changed them since: the
     * reconciler checks them against the stored events' members.
     */
    synchronized Map<String, String> eventsOf(String partition) {
        Map<String, String> kept = full ? null : eventOf.get(partition);
        return kept == null ? Map.of() : kept;
    }

    /** Keeps the event of each mention of the partition's window that a refresh grouped, in place of those before. */
    synchronized void eventsOf(String partition, Map<String, String> events) {
        if (!full) {
            eventOf.put(partition, events);
        }
    }

    /**
     * The events a refresh of the partition may take from its last one, collecting its own for the next: handed to
     * {@link #keep(String, Events)} after the refresh. Empty once nothing is kept any more ({@link #full}).
     */
    synchronized Events events(String partition) {
        Map<String, Event> kept = full ? null : events.get(partition);
        return new Events(kept == null ? Map.of() : kept);
    }

    /**
     * Keeps the events a refresh of the partition assembled or took, in place of those of its last refresh (the events
     * of groups that no longer are, or that this refresh did not need, go with them).
     */
    synchronized void keep(String partition, Events e) {
        eventsTaken += e.taken;
        if (full) {
            return;
        }
        if (e.next.isEmpty()) {
            events.forget(partition);
        } else {
            events.put(partition, e.next);
        }
    }

    /** Events kept. */
    synchronized long eventCount() {
        return events.size;
    }

    /** Events that refreshes took from those kept instead of assembling them again. */
    private long eventsTaken;

    synchronized long eventsTaken() {
        return eventsTaken;
    }

    /**
     * The events of a partition's last refresh, by their id and members' digest, and those of this one as the reconciler
     * hands them over ({@link PartitionReconciler.Assembled}). Used by one refresh on one thread.
     */
    static final class Events implements PartitionReconciler.Assembled {
        private final Map<String, Event> earlier;
        private final Map<String, Event> next = new HashMap<>();
        private long taken;

        Events(Map<String, Event> earlier) {
            this.earlier = earlier;
        }

        static String key(String id, String members) {
            return id + '\n' + members;
        }

        @Override
        public Event earlier(String id, String members) {
            Event e = earlier.get(key(id, members));
            if (e != null) {
                taken++;
            }
            return e;
        }

        @Override
        public void assembled(Event event, String members) {
            next.put(key(event.id(), members), event);
        }

        @Override
        public Event kept(String id, String members) {
            return earlier.get(key(id, members));
        }
    }

    /**
     * The cache of the store's own connection: {@code -Dsitrep.mentionCache=N} mentions, else (also when N is not a
     * number) as many as a third of the heap holds (about 155,000 in the launcher's 1 GiB).
     */
    static MentionCache ofHeap() {
        long n = Long.getLong("sitrep.mentionCache", Runtime.getRuntime().maxMemory() / HEAP_SHARE / BYTES_PER_MENTION);
        return new MentionCache(Math.max(0, n));
    }

    long capacity() {
        return capacity;
    }

    /** The partition's kept mentions by id (not to be changed), or an empty map. */
    synchronized Map<String, SourcedMention> of(String partition) {
        Map<String, SourcedMention> kept = mentions.get(partition);
        return kept == null ? Map.of() : kept;
    }

    /**
     * Keeps these mentions of the partition besides those kept, then drops the partitions used longest ago while more
     * than {@link #capacity} are kept (the partition itself when it alone holds more).
     */
    synchronized void keep(String partition, Collection<SourcedMention> ms) {
        if (ms.isEmpty() || full) {
            return;
        }
        Map<String, SourcedMention> kept = mentions.get(partition);
        if (kept == null) {
            kept = new HashMap<>();
        }
        for (SourcedMention m : ms) {
            kept.put(m.id(), m);
        }
        if (kept.size() > capacity) {
            // a window the cache cannot hold needs the heap for itself at every refresh: keeping the smaller ones,
            // or even the place columns, would make the collector run through it again and again (in a 600 MB heap
            // the 155k store's increments took 15.1-15.7 s at p50 against 11.3 s, with 92-94 full collections
            // against 31; the Hama partition's columns alone hold 35 MB)
            mentions.clear();
            nodes.clear();
            events.clear();
            eventOf.clear();
            placeKeys.clear();
            stored.clear();
            full = true;
            return;
        }
        mentions.put(partition, kept);
    }

    /** Whether a window outgrew the capacity, so that nothing is kept any more. */
    synchronized boolean full() {
        return full;
    }

    /** The partition's place columns kept ({@link WindowScan.Nodes}: the caller may extend them), or null. */
    synchronized WindowScan.Nodes nodes(String partition) {
        return full ? null : nodes.get(partition);
    }

    /** Keeps the partition's place columns (those kept of other partitions used longest ago dropped beyond capacity). */
    synchronized void nodes(String partition, WindowScan.Nodes n) {
        if (!full) {
            nodes.put(partition, n);
        }
    }

    /** Windows found from kept place columns, extended by the rows added since (not read again). */
    private long reused;

    synchronized void reused() {
        reused++;
    }

    /** Windows found from kept place columns. */
    synchronized long reusedCount() {
        return reused;
    }

    /** Mentions kept (those the collector dropped are counted until their partition is next asked for). */
    synchronized long size() {
        return mentions.size;
    }

    /** Mentions whose place columns are kept. */
    synchronized long nodeCount() {
        return nodes.size;
    }

    /**
     * Values by partition, the partition used last at the end, each held by a soft reference, at most {@code capacity}
     * in all by their sizes (as of when they were put).
     */
    private static final class Kept<V> {
        private final long capacity;
        private final java.util.function.ToIntFunction<V> sizeOf;
        private final LinkedHashMap<String, SoftReference<V>> values = new LinkedHashMap<>(16, 0.75f, true);
        private final Map<String, Integer> sizes = new HashMap<>();
        private long size;

        Kept(long capacity, java.util.function.ToIntFunction<V> sizeOf) {
            this.capacity = capacity;
            this.sizeOf = sizeOf;
        }

        V get(String partition) {
            SoftReference<V> ref = values.get(partition);
            V v = ref == null ? null : ref.get();
            if (v == null) {
                forget(partition);
            }
            return v;
        }

        void put(String partition, V v) {
            SoftReference<V> ref = values.get(partition);
            if (ref == null || ref.get() != v) {
                values.put(partition, new SoftReference<>(v));
            }
            int n = sizeOf.applyAsInt(v);
            size += n - sizes.getOrDefault(partition, 0);
            sizes.put(partition, n);
            Iterator<String> eldest = values.keySet().iterator();
            while (size > capacity && eldest.hasNext()) {
                String p = eldest.next();
                eldest.remove();
                Integer m = sizes.remove(p);
                size -= m == null ? 0 : m;
            }
        }

        void clear() {
            values.clear();
            sizes.clear();
            size = 0;
        }

        void forget(String partition) {
            values.remove(partition);
            Integer n = sizes.remove(partition);
            size -= n == null ? 0 : n;
        }
    }
}
