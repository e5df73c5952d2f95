package org.sitrep.app;

import org.sitrep.core.ingest.DocumentReader.DocumentStream;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.files.ArticleFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Turns command-line paths into documents: files read by the reader their name selects (plain text with an
 * optional {@code <file>.meta.json} sidecar, HTML, JSON Lines, web archives: core's {@code DocumentReaders}),
 * directories (recursively, the files some reader reads, so a README.md or a gold .json beside the articles is not
 * read as one) and {@code -} for standard input (JSON Lines when its first character is '{', else one text
 * article); the walking and reading are {@link ArticleFiles}', shared with the Flink job. Files larger than the size
 * limit, binary files and undecodable input give diagnostics, never exceptions; the rest is read.
 */
public final class Inputs {
    public static final long DEFAULT_MAX_BYTES = ArticleFiles.DEFAULT_MAX_BYTES;

    private final long maxBytes;
    private final Consumer<Diagnostic> diagnostics;
    private final java.util.function.Function<String, Metadata> knownMeta;

    public Inputs(long maxBytes, Consumer<Diagnostic> diagnostics) {
        this(maxBytes, diagnostics, doc -> null);
    }

    /** @param knownMeta metadata by document name for text files without a sidecar (null when none is known) */
    public Inputs(long maxBytes, Consumer<Diagnostic> diagnostics, java.util.function.Function<String, Metadata> knownMeta) {
        this.maxBytes = maxBytes;
        this.diagnostics = diagnostics;
        this.knownMeta = knownMeta;
    }

    /** The files the paths name, in a stable order (directories expanded). */
    public List<Path> files(List<String> paths) {
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

    /** The article files under a directory, sorted (problems are diagnostics; the walk goes on). */
    private List<Path> walk(Path root) {
        return ArticleFiles.walk(root, diagnostics);
    }

    /** Documents of all files, read lazily one file at a time. */
    public Iterator<RawDocument> documents(List<Path> files) {
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
        DocumentStream docs = p.toString().equals("-") ? ArticleFiles.stdin(System.in, maxBytes, knownMeta)
                : ArticleFiles.read(p, maxBytes, knownMeta);
        return docs;
    }

}
