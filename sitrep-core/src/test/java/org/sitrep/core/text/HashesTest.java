package org.sitrep.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** {@link Hashes} gives the digests of {@link MessageDigest} made afresh, on any thread, of lines as of their text. */
class HashesTest {
    private static final char[] CHARS = {'a', '0', ':', '\n', '\0', '\u00e9', '\u20ac', '\ud83d', '\ude00', '\ud800', '\udfff', '\uffff'};

    private static String expected(String algorithm, String text, int bytes) throws Exception {
        byte[] h = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h, 0, bytes);
    }

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int n = r.nextInt(20); n > 0; n--) {
            sb.append(CHARS[r.nextInt(CHARS.length)]);
        }
        return sb.toString();
    }

    @Test
    void digestsAreThoseOfAFreshDigestAndLinesThoseOfTheirText() throws Exception {
        Random r = new Random(11);
        for (int k = 0; k < 2000; k++) {
            String algorithm = k % 2 == 0 ? "SHA-1" : "SHA-256";
            String text = random(r);
            assertEquals(expected(algorithm, text, 8), Hashes.hex(algorithm, text, 8));
            List<String> lines = new ArrayList<>();
            for (int n = r.nextInt(6); n > 0; n--) {
                lines.add(random(r)); // unpaired surrogates at a line's end included
            }
            StringBuilder joined = new StringBuilder();
            lines.forEach(l -> joined.append(l).append('\n'));
            assertEquals(expected(algorithm, joined.toString(), 10), Hashes.hexOfLines(algorithm, lines, l -> l, 10), lines.toString());
        }
        assertEquals(expected("SHA-1", "", 10), Hashes.hexOfLines("SHA-1", List.<String>of(), l -> "never", 10));
    }

    @Test
    void threadsHashAtOnceWithoutSharingADigest() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> all = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                all.add(pool.submit(() -> {
                    Random r = new Random(seed);
                    for (int k = 0; k < 3000; k++) {
                        String text = random(r);
                        if (!expected("SHA-1", text, 10).equals(Hashes.hex("SHA-1", text, 10))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : all) {
                assertEquals(true, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
