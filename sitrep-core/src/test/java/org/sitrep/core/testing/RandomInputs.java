package org.sitrep.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import org.sitrep.core.ingest.Decoder;

/**
 * The one random-input harness of the tests (in the manner of Lucene's {@code BaseTokenStreamTestCase.checkRandomData}):
 * every stage, reader and command that takes text is run over the same kinds of input — empty, blank, its own
 * vocabulary strung at random, shared war-report words, random Unicode (unpaired surrogates, right-to-left and
 * combining marks, NUL and other controls, CR LF), decoded invalid UTF-8, and one huge text — and a throw or a
 * failed check is reported with the kind, the seed and the input that caused it. A stage's own checks (spans stay
 * inside, offsets align) go in the consumer.
 */
public final class RandomInputs {
    /** Words of war reporting that every stage sees besides its own. */
    static final String[] SHARED = {"Rebels", "captured", "the", "town", "of", "Hama", "on", "Friday", ",", "killing", "at least", "12",
        "civilians", ".", "\n", "reportedly", "denied", "failed", "to", "storm", "al-", "’s", "“", "”", "(", ")", "Kyiv", "RSF",
        "3 December 2024", "km", "-", "said", "army", "shelled", "\u200f", "الجيش", "Київ"};
    /** Characters that break naive code: surrogates alone, direction marks, combining marks, controls, NUL, BOM. */
    static final String AWKWARD = "\uD800\uDC00\uDBFF\u200F\u202E\u0301\u0000\u0007\r\n\t\uFEFF\u00A0\u2028é—’\u0644";

    /** How big the huge input is, in characters. */
    public static final int HUGE = 256 * 1024;

    private RandomInputs() {
    }

    /** The inputs for a stage: each kind with its label, reproducible from the seed. */
    public static List<Input> texts(long seed, String[] vocabulary, int perKind) {
        Random r = new Random(seed);
        List<Input> out = new ArrayList<>();
        out.add(new Input("empty", ""));
        out.add(new Input("blank", " \n\t\r\n  "));
        for (int n = 0; n < perKind; n++) {
            out.add(new Input("own words #" + n, words(r, vocabulary, r.nextInt(40))));
            out.add(new Input("mixed words #" + n, mixed(r, vocabulary)));
            out.add(new Input("random unicode #" + n, unicode(r, r.nextInt(300))));
        }
        for (int n = 0; n < Math.max(1, perKind / 5); n++) {
            byte[] b = new byte[r.nextInt(400)];
            r.nextBytes(b);
            Decoder.Result d = Decoder.decode(b, "random");
            out.add(new Input("decoded random bytes #" + n, d.text() == null ? "" : d.text()));
            byte[] bad = (words(r, SHARED, 10) + " ").getBytes(StandardCharsets.UTF_8);
            byte[] withInvalid = java.util.Arrays.copyOf(bad, bad.length + 3);
            withInvalid[bad.length] = (byte) 0xC3;
            withInvalid[bad.length + 1] = (byte) 0x28;
            withInvalid[bad.length + 2] = (byte) 0xFF;
            Decoder.Result dd = Decoder.decode(withInvalid, "invalid");
            out.add(new Input("decoded invalid UTF-8 #" + n, dd.text() == null ? "" : dd.text()));
        }
        StringBuilder huge = new StringBuilder(HUGE + 100);
        while (huge.length() < HUGE) {
            huge.append(mixed(r, vocabulary)).append(r.nextInt(8) == 0 ? "\n\n" : " ");
        }
        out.add(new Input("huge", huge.toString()));
        return out;
    }

    /** Runs a stage over every input; a throw or a failed check names the kind, the seed and the input. */
    public static void check(String stage, long seed, String[] vocabulary, int perKind, Consumer<String> run) {
        for (Input in : texts(seed, vocabulary, perKind)) {
            try {
                run.accept(in.text());
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(stage + " failed on " + in.kind() + " (seed " + seed + "): " + shown(in.text()) + ": " + e, e);
            }
        }
    }

    /** One input and what kind it is. */
    public record Input(String kind, String text) {
    }

    /**
     * Up to {@code bound - 1} of the parts, drawn at random and strung without separators: the inputs of a test that
     * compares a fast path with the way it replaced, made of the pieces that matter to it.
     */
    public static String strung(Random r, String[] parts, int bound) {
        StringBuilder sb = new StringBuilder();
        for (int k = r.nextInt(bound); k > 0; k--) {
            sb.append(parts[r.nextInt(parts.length)]);
        }
        return sb.toString();
    }

    static String words(Random r, String[] vocabulary, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(vocabulary[r.nextInt(vocabulary.length)]).append(r.nextInt(4) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    static String mixed(Random r, String[] vocabulary) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(40); i > 0; i--) {
            int k = r.nextInt(10);
            sb.append(k < 5 ? vocabulary[r.nextInt(vocabulary.length)] : k < 9 ? SHARED[r.nextInt(SHARED.length)]
                    : String.valueOf(AWKWARD.charAt(r.nextInt(AWKWARD.length())))).append(r.nextInt(5) == 0 ? "" : " ");
        }
        return sb.toString();
    }

    static String unicode(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(10);
            sb.append(k < 4 ? (char) ('a' + r.nextInt(26)) : k < 5 ? ' ' : k < 6 ? '\n' : k < 8 ? AWKWARD.charAt(r.nextInt(AWKWARD.length()))
                    : (char) r.nextInt(0x10000));
        }
        return sb.toString();
    }

    private static String shown(String s) {
        String t = s.length() > 200 ? s.substring(0, 200) + "… (" + s.length() + " characters)" : s;
        StringBuilder sb = new StringBuilder("\"");
        t.codePoints().forEach(c -> sb.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return sb.append('"').toString();
    }
}
