package org.sitrep.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sitrep.core.model.Diagnostic;

/**
 * The document readers, found by file name or media type: plain text ({@code .txt}, {@code .text},
 * {@code text/plain}), HTML ({@code .html}, {@code .htm}, {@code .xhtml}, {@code text/html}: main text and page
 * metadata), JSON Lines ({@code .jsonl}, {@code .ndjson}, {@code application/x-ndjson}: one article a line) and web
 * archives ({@code .warc}, {@code .warc.gz}, {@code application/warc}: every archived 200 HTML response). Every
 * caller that turns bytes into documents — the command line, the Flink job's file and archive sources, the API's
 * {@code POST /api/articles} — reads through these. Thread-safe.
 */
public final class DocumentReaders {
    private DocumentReaders() {
    }

    /** Plain text: one document, with the metadata known from elsewhere (a sidecar). */
    public static final DocumentReader TEXT = new Whole("text", List.of(".txt", ".text"), List.of("text/plain"), false);
    /** An HTML page: one document, its main text; the page's metadata first, the known metadata filling the gaps. */
    public static final DocumentReader HTML = new Whole("html", List.of(".html", ".htm", ".xhtml"),
            List.of("text/html", "application/xhtml+xml"), true);
    /** JSON Lines: one article a line ({@link JsonlArticle}), read lazily, each line bounded. */
    public static final DocumentReader JSON_LINES = new JsonLines();
    /** Web archives (WARC 1.0/1.1, plain or gzipped per record, as CC-NEWS). */
    public static final DocumentReader WARC = new WarcDocuments();

    private static final List<DocumentReader> ALL = List.of(TEXT, HTML, JSON_LINES, WARC);

    public static List<DocumentReader> all() {
        return ALL;
    }

    /** The reader of a file by its name's ending (case ignored); none for a hidden file or another ending. */
    public static Optional<DocumentReader> forName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) {
            return Optional.empty();
        }
        for (DocumentReader r : ALL) {
            for (String ext : r.extensions()) {
                if (n.endsWith(ext)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /** The reader of a media type ("text/html; charset=utf-8" reads as text/html); none for another type. */
    public static Optional<DocumentReader> forMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String base = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (DocumentReader r : ALL) {
            if (r.mediaTypes().contains(base)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Every media type some reader takes. */
    public static List<String> mediaTypes() {
        List<String> out = new ArrayList<>();
        ALL.forEach(r -> out.addAll(r.mediaTypes()));
        return out;
    }

    /** A document that could not be read, with the reason. */
    static RawDocument refused(String doc, String source, int line, String why) {
        return new RawDocument(doc, source, null, Metadata.NONE, List.of(Diagnostic.error(source, line, why)));
    }

    /** A one-document input (text, HTML), read whole up to the limit. */
    private record Whole(String name, List<String> extensions, List<String> mediaTypes, boolean html) implements DocumentReader {
        @Override
        public DocumentStream read(Input input) {
            RawDocument d;
            try (InputStream in = input.in()) {
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                long total = 0;
                int n;
                while ((n = in.read(buf)) > 0) {
                    total += n;
                    if (total <= input.maxBytes()) {
                        kept.write(buf, 0, n);
                    }
                }
                if (total > input.maxBytes()) {
                    d = refused(input.doc(), input.source(), 0, "file of " + total + " bytes is over the limit of " + input.maxBytes()
                            + " bytes (--max-bytes); skipped");
                } else if (total == 0) {
                    d = refused(input.doc(), input.source(), 0, "empty file");
                } else if (html) {
                    d = Documents.html(input.doc(), input.source(), kept.toByteArray(), input.known());
                } else {
                    d = Documents.text(input.doc(), input.source(), kept.toByteArray(), input.known());
                }
            } catch (IOException e) {
                d = refused(input.doc(), input.source(), 0, "cannot read: " + e.getMessage());
            }
            return DocumentStream.of(List.of(d), () -> { });
        }
    }

    /** One document a line; a line over the limit is refused with a diagnostic naming it, the others are read. */
    private static final class JsonLines implements DocumentReader {
        @Override
        public String name() {
            return "jsonl";
        }

        @Override
        public List<String> extensions() {
            return List.of(".jsonl", ".ndjson");
        }

        @Override
        public List<String> mediaTypes() {
            return List.of("application/x-ndjson", "application/jsonl", "application/json-lines", "application/jsonlines");
        }

        @Override
        public DocumentStream read(Input input) {
            InputStream r = input.in() instanceof java.io.BufferedInputStream ? input.in() : new java.io.BufferedInputStream(input.in(), 1 << 16);
            String file = input.source();
            long max = input.maxBytes();
            int[] lineNo = {0};
            return DocumentStream.lazily(end -> {
                try {
                    Line line = readLine(r, max);
                    int n = ++lineNo[0];
                    if (line == null) {
                        end.run();
                        return null;
                    }
                    if (line.bytes() == null) {
                        return new RawDocument(file + ":" + n, file + ":" + n, null, Metadata.NONE, List.of(Diagnostic.error(file, n,
                                "line of " + line.length() + " bytes is over the limit of " + max + " bytes (--max-bytes); skipped")));
                    }
                    return blank(line.bytes()) ? null : jsonLine(line.bytes(), file, n);
                } catch (IOException e) {
                    end.run();
                    return new RawDocument(file + ":" + lineNo[0], file + ":" + lineNo[0], null, Metadata.NONE,
                            List.of(Diagnostic.error(file, lineNo[0], "read error: " + e.getMessage())));
                }
            }, r);
        }
    }

    /** A line read with a bound: its bytes when it has at most the limit, else null; always its length in bytes. */
    private record Line(byte[] bytes, long length) {
    }

    /**
     * The next line (without its end) of at most {@code max} bytes; a longer one is read to its end without being
     * kept, so that no line can exhaust memory. Null at the end of the input.
     */
    private static Line readLine(InputStream in, long max) throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long len = 0;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (c == '\n') {
                break;
            }
            len++;
            if (len <= max) {
                kept.write(c);
            } else if (kept.size() > 0) {
                kept = new ByteArrayOutputStream();
            }
        }
        if (!any) {
            return null;
        }
        byte[] b = len <= max ? kept.toByteArray() : null;
        if (b != null && b.length > 0 && b[b.length - 1] == '\r') {
            b = java.util.Arrays.copyOf(b, b.length - 1);
            len--;
        }
        return new Line(b, len);
    }

    /** True when a line holds only ASCII white space (no need to decode it to know). */
    private static boolean blank(byte[] line) {
        for (byte b : line) {
            if (!(b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B)) {
                return false;
            }
        }
        return true;
    }

    /** One JSON line decoded and parsed; invalid UTF-8 or binary bytes in it are diagnostics naming the line. */
    private static RawDocument jsonLine(byte[] bytes, String file, int lineNo) {
        Decoder.Result r = Decoder.decode(bytes, file);
        if (r.text() == null) {
            return new RawDocument(file + ":" + lineNo, file + ":" + lineNo, null, Metadata.NONE,
                    List.of(Diagnostic.error(file, lineNo, r.diagnostic().message())));
        }
        RawDocument d = JsonlArticle.parse(r.text(), file, lineNo);
        if (r.diagnostic() == null) {
            return d;
        }
        List<Diagnostic> diags = new ArrayList<>();
        diags.add(new Diagnostic(r.diagnostic().severity(), file, lineNo, r.diagnostic().offset(), r.diagnostic().message()));
        diags.addAll(d.diagnostics());
        return new RawDocument(d.doc(), d.source(), d.text(), d.meta(), diags);
    }
}
