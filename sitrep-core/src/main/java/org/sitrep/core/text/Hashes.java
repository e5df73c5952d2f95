package org.sitrep.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short stable ids: the first bytes of a digest of a string, in hex. Thread-safe. */
public final class Hashes {
    private Hashes() {
    }

    /** The first {@code bytes} bytes of the {@code algorithm} digest of the UTF-8 text, as lower-case hex. */
    public static String hex(String algorithm, String text, int bytes) {
        try {
            byte[] h = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
