package org.sitrep.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.sitrep.core.ingest.Documents;
import org.sitrep.core.ingest.JsonlArticle;
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
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                    if (Documents.isArticleFile(file.getFileName().toString())) {
                        if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                            found.add(file);
                        } else if (!attrs.isDirectory()) {
                            problems.accept(file + ": " + (attrs.isSymbolicLink() ? "a broken or odd symbolic link" : "not a regular file") + ": skipped");
                        }
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.accept(file + ": cannot be read (" + e.getClass().getSimpleName() + "): skipped");
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.accept(root + ": cannot list (" + e.getMessage() + ")");
        }
        java.util.Collections.sort(found);
        return found;
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

    /** Reads the HTML responses of one WARC file. */
    static final class ReadWarc implements FlatMapFunction<String, ArticleIn> {
        @Override
        public void flatMap(String file, Collector<ArticleIn> out) {
            try {
                read(file, out);
            } catch (IOException | RuntimeException e) { // a broken archive: what was read stays, the rest is reported
                out.collect(ArticleIn.of(refusedDoc(Path.of(file).getFileName().toString(), file, "unreadable web archive: " + e.getMessage()), 0));
            }
        }

        private static void read(String file, Collector<ArticleIn> out) throws IOException {
            try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(Path.of(file))) {
                reader.setLenient(true);
                for (org.netpreserve.jwarc.WarcRecord record : reader) {
                    if (!(record instanceof org.netpreserve.jwarc.WarcResponse response)) {
                        continue;
                    }
                    String where = file + "#" + response.target();
                    org.netpreserve.jwarc.HttpResponse http;
                    try {
                        http = response.http();
                    } catch (IOException | RuntimeException e) {
                        out.collect(ArticleIn.of(refusedDoc(response.target(), where, "unreadable HTTP response: " + e.getMessage()), 0));
                        continue;
                    }
                    if (http.status() != 200 || !http.contentType().base().toString().contains("html")) {
                        continue;
                    }
                    byte[] body = http.body().stream().readNBytes((int) MAX_BYTES + 1);
                    long captured = response.date().toEpochMilli();
                    if (body.length > MAX_BYTES) {
                        out.collect(ArticleIn.of(refusedDoc(response.target(), where, "page over the limit of " + MAX_BYTES + " bytes; skipped"), captured));
                        continue;
                    }
                    Metadata known = new Metadata(null, response.target(), null, null, null);
                    out.collect(ArticleIn.of(Documents.html(response.target(), where, body, known), captured));
                }
            }
        }

        private static RawDocument refusedDoc(String doc, String source, String why) {
            return new RawDocument(doc, source, null, Metadata.NONE, List.of(Diagnostic.error(source, 0, why)));
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

        static List<RawDocument> read(Path p) {
            String name = p.getFileName().toString();
            String doc = Documents.docName(name);
            try {
                if (Documents.isJsonl(name)) {
                    List<RawDocument> out = new ArrayList<>();
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8))) {
                        String line;
                        int n = 0;
                        while ((line = r.readLine()) != null) {
                            n++;
                            if (line.length() > MAX_BYTES) {
                                out.add(refused(p + ":" + n, p.toString(), n, "line over the limit of " + MAX_BYTES + " characters; skipped"));
                            } else if (!line.isBlank()) {
                                out.add(JsonlArticle.parse(line, p.toString(), n));
                            }
                        }
                    }
                    return out;
                }
                long size = Files.size(p);
                if (size > MAX_BYTES || size == 0) {
                    return List.of(refused(doc, p.toString(), 0, size == 0 ? "empty file" : "file of " + size + " bytes is over the limit of " + MAX_BYTES));
                }
                Path sidecar = p.resolveSibling(name + ".meta.json");
                List<Diagnostic> diags = new ArrayList<>();
                Metadata meta = Files.isRegularFile(sidecar) ? Documents.sidecar(Files.readString(sidecar), sidecar.toString(), diags) : Metadata.NONE;
                return List.of(Documents.file(doc, p.toString(), Files.readAllBytes(p), meta));
            } catch (IOException e) {
                return List.of(refused(doc, p.toString(), 0, "cannot read: " + e.getMessage()));
            }
        }

        private static RawDocument refused(String doc, String source, int line, String why) {
            return new RawDocument(doc, source, null, Metadata.NONE, List.of(Diagnostic.error(source, line, why)));
        }
    }
}
