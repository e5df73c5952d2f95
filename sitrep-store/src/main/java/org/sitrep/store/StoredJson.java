package org.sitrep.store;

import java.util.IdentityHashMap;
import java.util.Map;

import org.sitrep.core.model.SourcedMention;

/**
 * The JSON bytes of the stored mentions a connection read for the partition it refreshes, by the identity of the
 * mention parsed from them, so that the events written from those mentions take each one's JSON as it is stored
 * ({@link StoreJson#bytes(Object, StoredJson)}) instead of serialising it again: the mentions are most of an event's
 * JSON. A mention parsed from stored JSON serialises back to the same bytes (records of fields only, written and read
 * by {@link StoreJson}); a mention is found only as the very object parsed, never by equality. At most {@link
 * #MOST_BYTES} are held (the rest of a large window's mentions are written as any other); {@link #clear} when its partition is
 * encoded. Only SQLite hands the JSON over as bytes ({@link MentionRows}); in PostgreSQL every mention is serialised
 * again. Not thread-safe: one connection's.
 */
final class StoredJson {
    /**
     * Bytes of JSON held at most (the rest of the mentions read are serialised again), beside the mentions parsed from
     * them, which take several times more. A 32nd of a 1 GiB heap, which holds the 24 MB of the largest partition of
     * 3,000 generated articles, was tried: no measurable change (three alternated pairs of {@code bench-store}).
     */
    static final long MOST_BYTES = 16L << 20;

    private final long most;
    private final Map<SourcedMention, byte[]> json = new IdentityHashMap<>();
    private long bytes;
    private long copied;

    /** Holds at most {@link #MOST_BYTES}. */
    StoredJson() {
        this(MOST_BYTES);
    }

    /** Holds at most {@code most} bytes (tests). */
    StoredJson(long most) {
        this.most = most;
    }

    /** Keeps the JSON a mention was parsed from, unless more than its limit would be held. */
    void put(SourcedMention m, byte[] utf8) {
        if (bytes + utf8.length <= most) {
            json.put(m, utf8);
            bytes += utf8.length;
        }
    }

    /** The JSON the very object was parsed from, or null; counted as copied when there is one. */
    byte[] get(Object m) {
        byte[] b = json.get(m);
        if (b != null) {
            copied++;
        }
        return b;
    }

    /** How many times a mention's JSON was copied since this was made (tests). */
    long copied() {
        return copied;
    }

    /** How many mentions' JSON is held (tests). */
    int size() {
        return json.size();
    }

    void clear() {
        json.clear();
        bytes = 0;
    }
}
