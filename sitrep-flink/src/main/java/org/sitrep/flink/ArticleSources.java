package org.sitrep.flink;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
                try (Stream<Path> s = Files.walk(path)) {
                    s.filter(Files::isRegularFile).filter(f -> Documents.isArticleFile(f.getFileName().toString())).sorted()
                            .forEach(f -> files.add(f.toString()));
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot list " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        return env -> env.fromData(files).name("file-names").flatMap(new ReadFile()).name("read-files");
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
