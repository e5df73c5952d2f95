package org.sitrep.app;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed inputs of every shape a reader meets — random bytes, invalid UTF-8, UTF-16 and UTF-32, NUL bytes,
 * mutated articles, broken HTML, JSON Lines with bad lines, sidecars — written to a directory and read by
 * {@code sitrep extract}: each may be a diagnostic, none may be an internal error, and the run ends.
 * {@code scripts/fuzz-corpus.sh DIR [N]} writes and reads a larger corpus (N inputs) the same way.
 */
class FuzzCorpusTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "hama-2024-12");

    /** Writes {@code n} malformed inputs (with sidecars for some) into {@code dir}; deterministic for {@code seed}. */
    static void write(Path dir, int n, long seed) throws IOException {
        Random r = new Random(seed);
        List<byte[]> articles = new ArrayList<>();
        try (var s = Files.list(EXAMPLES)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Files.readAllBytes(p));
            }
        }
        for (int i = 0; i < n; i++) {
            byte[] a = articles.get(r.nextInt(articles.size()));
            String text = new String(a, StandardCharsets.UTF_8);
            String name = String.format(Locale.ROOT, "f%05d", i);
            switch (i % 12) {
                case 0 -> Files.write(dir.resolve(name + ".txt"), randomBytes(r, r.nextInt(4096)));
                case 1 -> Files.write(dir.resolve(name + ".txt"), invalidUtf8(r, a));
                case 2 -> Files.write(dir.resolve(name + ".txt"), withBom(text, r.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
                case 3 -> Files.write(dir.resolve(name + ".txt"), text.getBytes(Charset.forName(r.nextBoolean() ? "UTF-32BE" : "UTF-32LE")));
                case 4 -> Files.write(dir.resolve(name + ".txt"), withNuls(r, a));
                case 5 -> Files.write(dir.resolve(name + ".txt"), mutate(r, a));
                case 6 -> Files.writeString(dir.resolve(name + ".txt"), r.nextBoolean() ? text.toUpperCase(Locale.ROOT) : text.repeat(1 + r.nextInt(3)));
                case 7 -> Files.writeString(dir.resolve(name + ".html"), brokenHtml(r, text));
                case 8 -> Files.writeString(dir.resolve(name + ".jsonl"), jsonLines(r, text));
                case 9 -> {
                    Files.write(dir.resolve(name + ".txt"), mutate(r, a));
                    Files.write(dir.resolve(name + ".txt.meta.json"), r.nextBoolean() ? mutate(r, sidecar(r).getBytes(StandardCharsets.UTF_8))
                            : sidecar(r).getBytes(StandardCharsets.UTF_8));
                }
                case 10 -> Files.writeString(dir.resolve(name + ".txt"), " \n\t".repeat(r.nextInt(100)));
                default -> Files.write(dir.resolve(name + ".htm"), mutate(r, brokenHtml(r, text).getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] invalidUtf8(Random r, byte[] a) {
        byte[] b = a.clone();
        for (int k = 0; k < 1 + r.nextInt(8) && b.length > 0; k++) {
            b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x80)); // continuation or lead bytes out of place
        }
        return b;
    }

    private static byte[] withBom(String text, Charset cs) {
        byte[] body = text.getBytes(cs);
        byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[]{(byte) 0xFF, (byte) 0xFE} : new byte[]{(byte) 0xFE, (byte) 0xFF};
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static byte[] withNuls(Random r, byte[] a) {
        byte[] b = a.clone();
        for (int k = 0; k < 1 + r.nextInt(4) && b.length > 0; k++) {
            b[r.nextInt(b.length)] = 0;
        }
        return b;
    }

    /** Byte flips, cuts, duplicated spans and inserted random bytes. */
    private static byte[] mutate(Random r, byte[] a) {
        byte[] b = a.clone();
        int edits = 1 + r.nextInt(16);
        for (int k = 0; k < edits && b.length > 1; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b = java.util.Arrays.copyOf(b, Math.max(1, at));
                case 2 -> {
                    int len = Math.min(b.length - at, r.nextInt(200));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                default -> b[at] = (byte) r.nextInt(256);
            }
        }
        return b;
    }

    private static String brokenHtml(Random r, String text) {
        String[] tags = {"<p>", "</p>", "<div>", "<script>", "</script>", "<style>", "<nav>", "<article>", "<!--", "-->", "<meta property=\"og:title\" content=\"",
                "<title>", "</title>", "<![CDATA[", "<br/>", "&amp;", "&#0;", "&#x110000;", "<a href=\"javascript:x\">"};
        StringBuilder sb = new StringBuilder(r.nextBoolean() ? "<!DOCTYPE html><html><head>" : "");
        for (String part : text.split("(?<=\\.) ")) {
            sb.append(tags[r.nextInt(tags.length)]).append(part);
        }
        for (int k = 0; k < r.nextInt(300); k++) {
            sb.append("<div>"); // deep nesting, never closed
        }
        return sb.toString();
    }

    private static String jsonLines(Random r, String text) {
        StringBuilder sb = new StringBuilder();
        String t = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        for (int k = 0; k < 1 + r.nextInt(5); k++) {
            switch (r.nextInt(7)) {
                case 0 -> sb.append("{\"id\":\"a").append(k).append("\",\"text\":\"").append(t).append("\"}");
                case 1 -> sb.append("{\"id\":").append(r.nextLong()).append(",\"text\":\"").append(t, 0, Math.min(t.length(), 500)).append("\",\"published\":\"")
                        .append(r.nextBoolean() ? "+999999999-01-01" : "yesterday").append("\"}");
                case 2 -> sb.append("[1,2,3]");
                case 3 -> sb.append("{\"id\":\"x\",\"text\":\"").append(t, 0, Math.min(t.length(), 300));
                case 4 -> sb.append("{\"id\":\"").append("i".repeat(r.nextInt(5000))).append("\",\"text\":\"\\u0000\\ud800 x\"}");
                case 5 -> sb.append("{\"id\":null,\"text\":{}}");
                default -> sb.append("\u0000\u00ff garbage");
            }
            sb.append(r.nextBoolean() ? "\n" : "\r\n");
        }
        return sb.toString();
    }

    private static String sidecar(Random r) {
        return "{\"title\":\"T\",\"published\":\"" + (r.nextBoolean() ? "2024-12-0" + (1 + r.nextInt(9)) : "32/13/2024")
                + "\",\"outlet\":\"O\",\"url\":\"http://x/" + r.nextInt() + "\"}";
    }

    /** Reads the corpus in {@code dir} with {@code sitrep extract}; returns its stderr after checking the run. */
    static String readWithoutInternalErrors(Path dir) {
        CliTest.Run run = CliTest.run("extract", "-q", "--time-limit", "5", dir.toString());
        assertTrue(run.code() == 0 || run.code() == 1, "exit " + run.code() + ": " + run.err());
        assertFalse(run.err().contains("internal error"), run.err().lines().filter(l -> l.contains("internal error"))
                .limit(5).toList().toString());
        return run.err();
    }

    @Test
    void malformedInputsOfEveryShapeAreDiagnosticsNeverInternalErrors(@TempDir Path dir) throws IOException {
        String keep = System.getProperty("sitrep.fuzzCorpus.dir");
        Path target = keep == null ? dir : Files.createDirectories(Path.of(keep));
        int n = Integer.getInteger("sitrep.fuzzCorpus.n", 240);
        write(target, n, Long.getLong("sitrep.fuzzCorpus.seed", 14L));
        String err = readWithoutInternalErrors(target);
        assertTrue(err.contains("invalid UTF-8") && err.contains("binary data"), "the shapes reach the readers: " + err.lines().limit(20).toList());
    }

    @Test
    void randomTextOnStandardInputIsExtractedOrSaidNeverAnInternalError() {
        String[] words = {"Rebels", "captured", "Suran", "{", "}", "\"id\":", "\"text\":", "<html>", "<p>", "</p>", "\n", "Hama"};
        RandomInputs.check("sitrep extract -", 14, words, 3, text -> {
            CliTest.Run r = CliTest.runWithStdin(text, "extract", "-q", "-");
            assertTrue(r.code() == 0 || r.code() == 1, "exit " + r.code() + ": " + r.err());
            assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
        });
    }
}
