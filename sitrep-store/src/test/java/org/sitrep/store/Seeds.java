package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.core.Extraction;
import org.sitrep.core.Pipeline;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.Article;

/** The bundled example (five articles and their gold annotation), extracted once per JVM. */
final class Seeds {
    static final Path DIR = Path.of("..", "examples", "hama-2024-12");
    private static Pipeline pipeline;
    private static List<Extraction> extractions;

    private Seeds() {
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(GazetteerBuilder.bundled());
        }
        return pipeline;
    }

    static synchronized List<Extraction> extractions() {
        if (extractions == null) {
            List<Extraction> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(DIR)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(extract(p.getFileName().toString().replace(".txt", ""), Files.readString(p)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            extractions = List.copyOf(out);
        }
        return extractions;
    }

    static Extraction extract(String doc, String text) {
        Article a = new ArticleFactory().create(doc, doc, text, Metadata.NONE, List.of());
        return pipeline().process(a);
    }

    static Extraction extract(String doc, String text, Metadata meta) {
        return pipeline().process(new ArticleFactory().create(doc, doc, text, meta, List.of()));
    }

    static JsonNode gold() {
        try {
            return new ObjectMapper().readTree(DIR.resolve("seeds.gold.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String doc(String articleId) {
        for (Extraction x : extractions()) {
            if (x.article().id().equals(articleId)) {
                return x.article().doc();
            }
        }
        return articleId;
    }

    /** A store in a fresh file holding the given extractions, refreshed. */
    static EventStore store(Path file, List<Extraction> xs) {
        EventStore s = TestStores.open(file);
        for (Extraction x : xs) {
            s.add(x);
        }
        s.refresh();
        return s;
    }
}
