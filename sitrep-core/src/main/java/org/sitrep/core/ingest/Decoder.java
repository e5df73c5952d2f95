package org.sitrep.core.ingest;

import org.sitrep.core.model.Diagnostic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;


/**
 * Decodes input bytes as UTF-8. Binary data (NUL bytes or mostly control characters) is refused; invalid UTF-8 is
 * decoded with replacement characters and reported with the byte offset of the first bad sequence. Thread-safe.
 */
public final class Decoder {
    /** Result: the text (null when refused) and a diagnostic (null when clean). */
    public record Result(String text, Diagnostic diagnostic) {
    }

    private Decoder() {
    }

    public static Result decode(byte[] bytes, String source) {
        java.nio.charset.Charset wide = wideCharset(bytes);
        if (wide != null) {
            // text saved as UTF-16 or UTF-32 with its byte-order mark (Windows editors do): read as such, and said
            int bom = wide.name().startsWith("UTF-32") ? 4 : 2;
            String text = new String(bytes, bom, bytes.length - bom, wide).replace('\0', '\uFFFD');
            return new Result(text, Diagnostic.warning(source, 0, "text in " + wide.name() + " (by its byte-order mark), "
                    + "read as such; UTF-8 is expected"));
        }
        if (looksBinary(bytes)) {
            return new Result(null, Diagnostic.error(source, 0, "binary data, not text (NUL or control bytes); skipped"));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Result r;
        try {
            r = new Result(strict.decode(in).toString(), null);
        } catch (CharacterCodingException e) {
            long offset = firstBadOffset(bytes, start);
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            r = new Result(text, new Diagnostic(Diagnostic.Severity.ERROR, source, 0, offset,
                    "invalid UTF-8 at byte " + offset + "; bad bytes replaced with U+FFFD"));
        }
        int nul = r.text().indexOf('\0');
        if (nul < 0) {
            return r;
        }
        // a NUL past the binary check's first 8 KB: no database stores it as text, so it is replaced, and said
        String why = "NUL character at character " + nul + " (and any after it) replaced with U+FFFD";
        Diagnostic d = r.diagnostic() == null ? new Diagnostic(Diagnostic.Severity.WARNING, source, 0, nul, why)
                : new Diagnostic(r.diagnostic().severity(), source, 0, r.diagnostic().offset(), r.diagnostic().message() + "; " + why);
        return new Result(r.text().replace('\0', '\uFFFD'), d);
    }

    /** The UTF-16 or UTF-32 charset a byte-order mark at the start names, or null. */
    static java.nio.charset.Charset wideCharset(byte[] b) {
        int n = b.length;
        if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return java.nio.charset.Charset.forName("UTF-32BE");
        }
        if (n >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return java.nio.charset.Charset.forName("UTF-32LE");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static long firstBadOffset(byte[] bytes, int start) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    /** NUL bytes, or more than 10% control characters other than tab/CR/LF/FF in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

}
