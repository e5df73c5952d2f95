package org.sitrep.store;

import java.nio.ByteBuffer;

/**
 * The cleaned-to-raw offset map of an article, stored compactly: cleaning keeps long stretches of text whole, so
 * the map is a few runs in which consecutive cleaned characters map to consecutive raw offsets. Encoded as 4-byte
 * big-endian ints: the map's length, then (cleaned index, raw offset) at the start of every run.
 * Format 2 of {@code articles.to_raw} (format 1, written by store version 1, is one int per entry).
 */
final class OffsetRuns {
    static final int FORMAT = 2;

    private OffsetRuns() {
    }

    static byte[] encode(int[] map) {
        int runs = 0;
        for (int i = 0; i < map.length; i++) {
            if (i == 0 || map[i] != map[i - 1] + 1) {
                runs++;
            }
        }
        ByteBuffer b = ByteBuffer.allocate(4 + runs * 8);
        b.putInt(map.length);
        for (int i = 0; i < map.length; i++) {
            if (i == 0 || map[i] != map[i - 1] + 1) {
                b.putInt(i).putInt(map[i]);
            }
        }
        return b.array();
    }

    static int[] decode(byte[] bytes, int format) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (format == 1) {
            int[] map = new int[bytes.length / 4];
            b.asIntBuffer().get(map);
            return map;
        }
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown offset map format " + format);
        }
        int[] map = new int[b.getInt()];
        int at = b.getInt();
        int raw = b.getInt();
        while (at < map.length) {
            int next = b.hasRemaining() ? b.getInt() : map.length;
            int nextRaw = b.hasRemaining() ? b.getInt() : 0;
            for (int i = at; i < next; i++) {
                map[i] = raw + (i - at);
            }
            at = next;
            raw = nextRaw;
        }
        return map;
    }
}
