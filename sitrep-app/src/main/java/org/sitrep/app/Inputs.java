package org.sitrep.app;

import org.sitrep.core.ingest.Documents;
import org.sitrep.core.ingest.JsonlArticle;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Turns command-line paths into documents: plain-text files (with an optional {@code <file>.meta.json} sidecar),
 * HTML files, JSON Lines files (one article a line), directories (recursively: .txt, .text, .html, .htm, .xhtml,
 * .jsonl, .ndjson only, so a README.md or a gold .json beside the articles is not read as one) and
 * {@code -} for standard input (JSON Lines when its first character is '{', else one text article). Files larger
 * than the size limit, binary files and undecodable input give diagnostics, never exceptions; the rest is read.
 */
final class Inputs {
    static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;
    private final Consumer<Diagnostic> diagnostics;
    private final java.util.function.Function<String, Metadata> knownMeta;

    Inputs(long maxBytes, Consumer<Diagnostic> diagnostics) {
        this(maxBytes, diagnostics, doc -> null);
    }

    /** @param knownMeta metadata by document name for text files without a sidecar (null when none is known) */
    Inputs(long maxBytes, Consumer<Diagnostic> diagnostics, java.util.function.Function<String, Metadata> knownMeta) {
        this.maxBytes = maxBytes;
        this.diagnostics = diagnostics;
        this.knownMeta = knownMeta;
    }

    /** The files the paths name, in a stable order (directories expanded). */
    List<Path> files(List<String> paths) {
        List<Path> out = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                out.add(Path.of("-"));
                continue;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                out.addAll(walk(path));
            } else if (Files.isRegularFile(path)) {
                out.add(path);
            } else {
                diagnostics.accept(Diagnostic.error(p, 0, "no such file or directory"));
            }
        }
        return out;
    }

    /**
     * The article files under a directory, sorted. A subdirectory or file that cannot be read is a diagnostic and
     * the walk goes on; so is an article-named entry that is no regular file (a FIFO, a device).
     */
    private List<Path> walk(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (!isArticleFile(file)) {
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        diagnostics.accept(Diagnostic.error(file.toString(), 0, Files.exists(file)
                                ? "a link to no regular file: skipped" : "a broken symbolic link: skipped"));
                    } else if (!attrs.isDirectory()) {
                        diagnostics.accept(Diagnostic.error(file.toString(), 0, "not a regular file (a FIFO, socket or device): skipped"));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.accept(Diagnostic.error(file.toString(), 0, (Files.isDirectory(file) ? "cannot list directory: "
                            : "cannot read: ") + reason(e)));
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        diagnostics.accept(Diagnostic.error(dir.toString(), 0, "cannot list directory: " + reason(e)));
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            diagnostics.accept(Diagnostic.error(root.toString(), 0, "cannot list directory: " + e.getMessage()));
        }
        java.util.Collections.sort(found);
        return found;
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? "no longer exists" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    static boolean isArticleFile(Path p) {
        return Documents.isArticleFile(p.getFileName().toString());
    }

    /** Documents of all files, read lazily one file at a time. */
    Iterator<RawDocument> documents(List<Path> files) {
        return new Iterator<>() {
            private int next;
            private Iterator<RawDocument> current = List.<RawDocument>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < files.size()) {
                    current = read(files.get(next++));
                }
                return current.hasNext();
            }

            @Override
            public RawDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private Iterator<RawDocument> read(Path p) {
        String name = p.toString();
        try {
            if (name.equals("-")) {
                return readStream(System.in, "stdin");
            }
            long size = Files.size(p);
            if (Documents.isJsonl(name)) {
                return jsonl(new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16), name);
            }
            if (size > maxBytes) {
                return List.of(refused(p, "file of " + size + " bytes is over the limit of " + maxBytes + " bytes (--max-bytes); skipped")).iterator();
            }
            if (size == 0) {
                return List.of(refused(p, "empty file")).iterator();
            }
            return List.of(text(p, Files.readAllBytes(p))).iterator();
        } catch (IOException e) {
            return List.of(refused(p, "cannot read: " + e.getMessage())).iterator();
        }
    }

    private RawDocument refused(Path p, String why) {
        return new RawDocument(docName(p), p.toString(), null, Metadata.NONE, List.of(Diagnostic.error(p.toString(), 0, why)));
    }

    private RawDocument text(Path p, byte[] bytes) {
        List<Diagnostic> diags = new ArrayList<>();
        Metadata meta = sidecar(p, diags);
        RawDocument d = Documents.file(docName(p), p.toString(), bytes, meta);
        if (diags.isEmpty()) {
            return d;
        }
        diags.addAll(d.diagnostics());
        return new RawDocument(d.doc(), d.source(), d.text(), d.meta(), diags);
    }

    /** Metadata from {@code <file>.meta.json}, if present. */
    private Metadata sidecar(Path p, List<Diagnostic> diags) {
        Path meta = p.resolveSibling(p.getFileName() + ".meta.json");
        if (!Files.isRegularFile(meta)) {
            Metadata known = knownMeta.apply(docName(p));
            return known == null ? Metadata.NONE : known;
        }
        try {
            return Documents.sidecar(Files.readString(meta), meta.toString(), diags);
        } catch (IOException e) {
            diags.add(Diagnostic.warning(meta.toString(), 0, "unreadable sidecar metadata, ignored: " + e.getMessage()));
            return Metadata.NONE;
        }
    }

    private Iterator<RawDocument> readStream(InputStream raw, String name) throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        int c;
        do {
            in.mark(1);
            c = in.read(); // leading whitespace of any length is skipped (it once had to fit a 64 KiB mark)
        } while (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
        if (c != -1) {
            in.reset();
        }
        if (c == '{') {
            return jsonl(in, name);
        }
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total <= maxBytes) {
                kept.write(buf, 0, n);
            }
        }
        if (total > maxBytes) {
            return List.of(new RawDocument("stdin", name, null, Metadata.NONE, List.of(Diagnostic.error(name, 0, "text of "
                    + total + " bytes is over the limit of " + maxBytes + " bytes (--max-bytes); skipped")))).iterator();
        }
        return List.of(text(Path.of("stdin"), kept.toByteArray())).iterator();
    }

    /** A line read with a bound: its bytes when it has at most the limit, else null; always its length in bytes. */
    record Line(byte[] bytes, long length) {
    }

    /**
     * The next line (without its end) of at most {@code max} bytes; a longer one is read to its end without being
     * kept, so that no line can exhaust memory. Null at the end of the input.
     */
    static Line readLine(InputStream in, long max) throws IOException {
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
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
                kept = new java.io.ByteArrayOutputStream();
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
    static boolean blank(byte[] line) {
        for (byte b : line) {
            if (!(b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B)) {
                return false;
            }
        }
        return true;
    }

    /** One JSON line decoded and parsed; invalid UTF-8 or binary bytes in it are diagnostics naming the line. */
    static RawDocument jsonLine(byte[] bytes, String file, int lineNo) {
        org.sitrep.core.ingest.Decoder.Result r = org.sitrep.core.ingest.Decoder.decode(bytes, file);
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

    /** One document a line, read lazily; over-long lines are refused with a diagnostic naming the line. */
    private Iterator<RawDocument> jsonl(InputStream r, String file) {
        return new Iterator<>() {
            private int lineNo;
            private RawDocument pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (pending == null && !done) {
                    try {
                        Line line = readLine(r, maxBytes);
                        lineNo++;
                        if (line == null) {
                            done = true;
                            r.close();
                        } else if (line.bytes() == null) {
                            pending = new RawDocument(file + ":" + lineNo, file + ":" + lineNo, null, Metadata.NONE,
                                    List.of(Diagnostic.error(file, lineNo, "line of " + line.length() + " bytes is over the limit of "
                                            + maxBytes + " bytes (--max-bytes); skipped")));
                        } else if (!blank(line.bytes())) {
                            pending = jsonLine(line.bytes(), file, lineNo);
                        }
                    } catch (IOException e) {
                        diagnostics.accept(Diagnostic.error(file, lineNo, "read error: " + e.getMessage()));
                        done = true;
                    }
                }
                return pending != null;
            }

            @Override
            public RawDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                RawDocument d = pending;
                pending = null;
                return d;
            }
        };
    }

    /** File name without its extension. */
    static String docName(Path p) {
        return Documents.docName(p.getFileName() == null ? p.toString() : p.getFileName().toString());
    }
}
