package org.sitrep.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * Short stable ids: the first bytes of a digest of a string, in hex. Thread-safe: each thread keeps one digest per
 * algorithm (looking one up by name took longer than hashing an id: a refresh of a popular region hashes a few
 * hundred thousand of them).
 */
public final class Hashes {
    private static final ThreadLocal<Map<String, MessageDigest>> DIGESTS = ThreadLocal.withInitial(HashMap::new);

    private Hashes() {
    }

    /** The first {@code bytes} bytes of the {@code algorithm} digest of the UTF-8 text, as lower-case hex. */
    public static String hex(String algorithm, String text, int bytes) {
        byte[] h = digest(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, bytes);
    }

    /**
     * {@link #hex} of the lines of the items, in their order, each followed by a line feed, as one text: without the
     * text made first.
     */
    public static <T> String hexOfLines(String algorithm, Iterable<T> items, Function<? super T, String> line, int bytes) {
        MessageDigest d = digest(algorithm);
        for (T item : items) {
            // no surrogate pair spans a line's end and its line feed: encoding each line alone gives the text's bytes
            d.update(line.apply(item).getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
        }
        return HexFormat.of().formatHex(d.digest(), 0, bytes);
    }

    /** This thread's digest of the algorithm, reset. */
    private static MessageDigest digest(String algorithm) {
        Map<String, MessageDigest> mine = DIGESTS.get();
        MessageDigest d = mine.get(algorithm);
        if (d == null) {
            try {
                d = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " unavailable", e);
            }
            mine.put(algorithm, d);
        }
        d.reset();
        return d;
    }
}
