package org.sitrep.flink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.sitrep.core.ingest.Documents;
import org.sitrep.core.ingest.DocumentReaders;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;

/** The job's sources of articles. */
public final class ArticleSources {
    /** Largest file (or JSON line) read, as for {@code sitrep ingest}. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private ArticleSources() {
    }

    /** Fixed articles (tests, benchmarks): a bounded source. */
    public static ArticleSource of(List<ArticleIn> articles) {
        List<ArticleIn> copy = List.copyOf(articles);
        return env -> env.fromData(copy).name("articles");
    }

    /**
     * Files and directories (recursively; .txt, .text, .html, .htm, .xhtml with optional {@code .meta.json}
     * sidecars, and .jsonl/.ndjson with one article a line): a bounded source of the file names, listed when the
     * job is built, read by the tasks.
     */
    public static ArticleSource files(List<String> paths) {
        List<String> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                articleFiles(path, problem -> System.err.println("sitrep: " + problem)).forEach(f -> files.add(f.toString()));
            } else {
                files.add(p);
            }
        }
        return env -> env.fromData(files).name("file-names").flatMap(new ReadFile()).name("read-files");
    }

    /**
     * The article files under a directory, sorted. A subdirectory or file that cannot be read, an article-named
     * entry that is no regular file (a FIFO, a device) and a broken link are reported to {@code problems} and
     * skipped; the walk goes on (one unreadable subdirectory once failed the whole job).
     */
    static List<Path> articleFiles(Path root, java.util.function.Consumer<String> problems) {
        return org.sitrep.files.ArticleFiles.walk(root, d -> problems.accept(d.source() + ": " + d.message()));
    }

    /**
     * Web archives (WARC 1.0/1.1, plain or gzipped per record, as CC-NEWS): every archived 200 response with an
     * HTML payload is an article (main text and metadata from the page; the archived URL when the page gives none;
     * the capture time as event time when the page has no publication time).
     */
    public static ArticleSource warc(List<String> files) {
        List<String> copy = List.copyOf(files);
        return env -> env.fromData(copy).name("warc-files").flatMap(new ReadWarc()).name("read-warc");
    }

    /** Reads the HTML responses of one WARC file (core's WARC reader), each with its capture time as event time. */
    static final class ReadWarc implements FlatMapFunction<String, ArticleIn> {
        @Override
        public void flatMap(String file, Collector<ArticleIn> out) {
            Path p = Path.of(file);
            org.sitrep.core.ingest.DocumentReader.DocumentStream docs;
            try {
                docs = DocumentReaders.WARC.read(new org.sitrep.core.ingest.DocumentReader.Input(Documents.docName(p.getFileName().toString()),
                        file, new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16), MAX_BYTES, Metadata.NONE));
            } catch (IOException e) {
                out.collect(ArticleIn.of(new RawDocument(p.getFileName().toString(), file, null, Metadata.NONE,
                        List.of(Diagnostic.error(file, 0, "unreadable web archive: " + e.getMessage()))), 0));
                return;
            }
            try (docs) {
                docs.forEachRemaining(d -> out.collect(ArticleIn.of(d, d.captured() == null ? 0 : d.captured().toEpochMilli())));
            }
        }
    }

    /** Reads one file into its articles; a file that cannot be read becomes an article with the reason as its problem. */
    static final class ReadFile implements FlatMapFunction<String, ArticleIn> {
        @Override
        public void flatMap(String file, Collector<ArticleIn> out) {
            long now = System.currentTimeMillis();
            for (RawDocument d : read(Path.of(file))) {
                out.collect(ArticleIn.of(d, now));
            }
        }

        /** The file's documents, read as the command line reads them ({@code ArticleFiles}: the same readers and limits). */
        static List<RawDocument> read(Path p) {
            return org.sitrep.files.ArticleFiles.read(p, MAX_BYTES, doc -> null).toList();
        }
    }
}
