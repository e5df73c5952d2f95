package org.sitrep.core;

import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Shared test fixtures: the bundled example corpus and one pipeline per JVM. */
public final class TestData {
    /** The bundled example corpus (the repository's examples/hama-2024-12, seen from a module directory). */
    public static final Path EXAMPLES = Path.of("..", "examples", "hama-2024-12");
    private static Pipeline pipeline;

    private TestData() {
    }

    private static org.sitrep.core.geo.Gazetteer gazetteer;

    /** The bundled gazetteer, built once for all tests. */
    public static synchronized org.sitrep.core.geo.Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = GazetteerBuilder.bundled();
        }
        return gazetteer;
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(gazetteer());
        }
        return pipeline;
    }

    public static List<Path> seeds() {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Article article(String doc, String text) {
        return new ArticleFactory().create(doc, doc, text, Metadata.NONE, List.of());
    }

    /** An article with a known publication date. */
    public static Article article(String doc, String text, String published) {
        return new ArticleFactory().create(doc, doc, text, new Metadata(null, null, null, published, "en"), List.of());
    }

    public static Extraction extract(String text, String published) {
        return pipeline().process(article("t", text, published));
    }

    /** The first event of this type whose place's head is {@code head}; an assertion error listing the events if none. */
    public static org.sitrep.core.model.EventMention eventAt(List<org.sitrep.core.model.EventMention> es,
                                                             org.sitrep.core.model.EventType type, String head) {
        return es.stream().filter(e -> e.type() == type && e.place() != null && e.place().head().equals(head)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " at " + head + " not in " + summary(es)));
    }

    /**
     * The first event of this type in the place called {@code name}: its head, or the town a site named by what it is
     * lies in ("attacked the airport in Kismayo" is in Kismayo); an assertion error listing the events if none.
     */
    public static org.sitrep.core.model.EventMention eventIn(List<org.sitrep.core.model.EventMention> es,
                                                             org.sitrep.core.model.EventType type, String name) {
        return es.stream().filter(e -> e.type() == type && e.place() != null && (e.place().head().equals(name)
                        || e.place().place() != null && name.equals(e.place().place().name()))).findFirst()
                .orElseThrow(() -> new AssertionError(type + " in " + name + " not in " + summary(es)));
    }

    /** Events as type@place/realis, for assertion messages. */
    public static String summary(List<org.sitrep.core.model.EventMention> es) {
        return es.stream().map(e -> e.type().label() + "@" + (e.place() == null ? "-" : e.place().head()) + "/" + e.realis().label())
                .toList().toString();
    }
}
