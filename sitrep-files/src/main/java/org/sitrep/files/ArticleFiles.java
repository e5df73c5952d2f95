package org.sitrep.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.sitrep.core.ingest.DocumentReader;
import org.sitrep.core.ingest.DocumentReader.DocumentStream;
import org.sitrep.core.ingest.DocumentReaders;
import org.sitrep.core.ingest.Documents;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;

/**
 * Article files on disk, for the command line and the Flink job alike: the walk of a directory (the files some
 * {@link DocumentReaders reader} reads by their name, sorted; what cannot be listed or is no regular file is a
 * diagnostic and the walk goes on) and the reading of one file through its reader, with its
 * {@code <file>.meta.json} sidecar for text and HTML. Thread-safe.
 */
public final class ArticleFiles {
    /** Largest file (or JSON line, or archived page) read unless a caller says otherwise: 10 MiB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private ArticleFiles() {
    }

    /** The article files under a directory, sorted; problems go to {@code problems}. */
    public static List<Path> walk(Path root, Consumer<Diagnostic> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!Documents.isArticleFile(file.getFileName().toString())) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                        found.add(file);
                    } else if (attrs.isSymbolicLink()) {
                        problems.accept(Diagnostic.error(file.toString(), 0, Files.exists(file)
                                ? "a link to no regular file: skipped" : "a broken symbolic link: skipped"));
                    } else if (!attrs.isDirectory()) {
                        problems.accept(Diagnostic.error(file.toString(), 0, "not a regular file (a FIFO, socket or device): skipped"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(Diagnostic.error(file.toString(), 0, (Files.isDirectory(file) ? "cannot list directory: "
                            : "cannot read: ") + reason(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.accept(Diagnostic.error(dir.toString(), 0, "cannot list directory: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            problems.accept(Diagnostic.error(root.toString(), 0, "cannot list directory: " + e.getMessage()));
        }
        Collections.sort(found);
        return found;
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no longer exists" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /**
     * The documents of one file, through the reader its name selects (a file named on purpose with another ending is
     * read as plain text). A text or HTML file over the limit is refused by its size, without being read; its sidecar
     * (else {@code knownMeta} of its document name) gives its metadata. Never throws: what cannot be read is a
     * document with the reason.
     */
    public static DocumentStream read(Path p, long maxBytes, Function<String, Metadata> knownMeta) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        String doc = Documents.docName(name);
        DocumentReader reader = DocumentReaders.forName(name).orElse(DocumentReaders.TEXT);
        List<Diagnostic> diags = new ArrayList<>();
        try {
            Metadata known = Metadata.NONE;
            if (reader == DocumentReaders.TEXT || reader == DocumentReaders.HTML) {
                long size = Files.size(p);
                if (size > maxBytes) {
                    return one(refused(doc, p, "file of " + size + " bytes is over the limit of " + maxBytes + " bytes (--max-bytes); skipped"));
                }
                if (size == 0) {
                    return one(refused(doc, p, "empty file"));
                }
                known = sidecar(p, doc, knownMeta, diags);
            }
            InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16);
            DocumentStream docs = reader.read(new DocumentReader.Input(doc, p.toString(), in, maxBytes, known));
            return diags.isEmpty() ? docs : withDiagnostics(docs, diags);
        } catch (IOException | RuntimeException e) {
            return one(refused(doc, p, "cannot read: " + e.getMessage()));
        }
    }

    /** Standard input: JSON Lines when its first character (after white space) is '{', else one text article. */
    public static DocumentStream stdin(InputStream raw, long maxBytes, Function<String, Metadata> knownMeta) {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(raw, 1 << 16);
        try {
            int c;
            do {
                in.mark(1);
                c = in.read(); // leading whitespace of any length is skipped
            } while (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f');
            if (c != -1) {
                in.reset();
            }
            if (c == '{') {
                return DocumentReaders.JSON_LINES.read(new DocumentReader.Input("stdin", "stdin", in, maxBytes, Metadata.NONE));
            }
            Metadata known = knownMeta.apply("stdin");
            return DocumentReaders.TEXT.read(new DocumentReader.Input("stdin", "stdin", in, maxBytes, known));
        } catch (IOException e) {
            return one(new RawDocument("stdin", "stdin", null, Metadata.NONE, List.of(Diagnostic.error("stdin", 0, "cannot read: " + e.getMessage()))));
        }
    }

    /** Metadata from {@code <file>.meta.json}, if present, else what is known of the document name. */
    private static Metadata sidecar(Path p, String doc, Function<String, Metadata> knownMeta, List<Diagnostic> diags) {
        Path meta = p.resolveSibling(p.getFileName() + ".meta.json");
        if (!Files.isRegularFile(meta)) {
            Metadata known = knownMeta.apply(doc);
            return known == null ? Metadata.NONE : known;
        }
        try {
            return Documents.sidecar(Files.readString(meta), meta.toString(), diags);
        } catch (IOException e) {
            diags.add(Diagnostic.warning(meta.toString(), 0, "unreadable sidecar metadata, ignored: " + e.getMessage()));
            return Metadata.NONE;
        }
    }

    private static RawDocument refused(String doc, Path p, String why) {
        return new RawDocument(doc, p.toString(), null, Metadata.NONE, List.of(Diagnostic.error(p.toString(), 0, why)));
    }

    private static DocumentStream one(RawDocument d) {
        return DocumentStream.of(List.of(d), () -> { });
    }

    /** The sidecar's diagnostics put before the document's own (a one-document file). */
    private static DocumentStream withDiagnostics(DocumentStream docs, List<Diagnostic> first) {
        List<RawDocument> out = new ArrayList<>();
        for (RawDocument d : docs.toList()) {
            List<Diagnostic> all = new ArrayList<>(first);
            all.addAll(d.diagnostics());
            out.add(new RawDocument(d.doc(), d.source(), d.text(), d.meta(), all, d.captured()));
        }
        return DocumentStream.of(out, () -> { });
    }
}
