package org.sitrep.core;

import org.junit.jupiter.api.Test;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.nlp.Annotator;
import org.sitrep.core.time.TimeContext;
import org.sitrep.core.time.TimeTagger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An undated article's dating finds its sentences' time-rule matches once, and the pipeline reads them again: what
 * it reads is what it finds afresh.
 */
class ArticleSentencesTest {
    private static List<Path> realDocuments() throws java.io.IOException {
        List<Path> out = new ArrayList<>(TestData.seeds());
        try (Stream<Path> s = Files.list(Path.of("..", "examples", "dev-multiwar", "docs"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        return out;
    }

    @Test
    void theTimesOfASentenceAreThoseTaggedAfreshInEveryContext() throws Exception {
        TimeTagger tagger = new TimeTagger();
        ArticleSentences memo = new ArticleSentences(new Annotator(), tagger);
        List<TimeContext> contexts = List.of(new TimeContext(TimeInterval.UNKNOWN, 2024, null, null),
                new TimeContext(TimeInterval.day(LocalDate.of(2025, 3, 4)), 2025, LocalDate.of(2025, 2, 1), null),
                new TimeContext(TimeInterval.days(LocalDate.of(2023, 6, 2), LocalDate.of(2023, 6, 5), TimePrecision.INFERRED), 2023,
                        null, TimeInterval.day(LocalDate.of(2023, 6, 1))));
        int tagged = 0;
        for (Path p : realDocuments()) {
            String text = new ArticleFactory().create("d", "d", TestData.read(p), Metadata.NONE, List.of()).cleaned();
            var sentences = memo.of(text);
            assertEquals(new Annotator().sentences(text).stream().map(s -> s.span() + s.text()).toList(),
                    sentences.stream().map(s -> s.span() + s.text()).toList(), p.toString());
            for (TimeContext ctx : contexts) { // the second and third contexts reuse the matches of the first
                for (int i = 0; i < sentences.size(); i++) {
                    var s = sentences.get(i);
                    var fresh = tagger.tag(s.text(), s.span().start(), ctx);
                    assertEquals(fresh, memo.times(i, ctx), p + " sentence " + i);
                    tagged += fresh.size();
                }
            }
        }
        assertTrue(tagged > 500, "time expressions compared: " + tagged);
    }

    @Test
    void readingWithTheSentencesItsDatingFoundGivesTheSameExtraction() throws Exception {
        Pipeline pipeline = TestData.pipeline();
        // the reference reads every sentence's times afresh: its time finder is not the tagger the sentences keep
        TimeTagger plain = new TimeTagger();
        Pipeline afresh = Pipeline.builder(TestData.gazetteer()).times(plain::find).build();
        ArticleFactory factory = new ArticleFactory();
        int inferred = 0;
        for (Path p : realDocuments()) {
            String raw = TestData.read(p);
            ArticleSentences sentences = pipeline.sentences();
            Article shared = factory.create("d", p.toString(), raw, Metadata.NONE, List.of(), Deadline.NONE, sentences);
            Article alone = factory.create("d", p.toString(), raw, Metadata.NONE, List.of());
            assertEquals(alone.published(), shared.published(), p.toString());
            inferred += shared.published().precision() == TimePrecision.INFERRED ? 1 : 0;
            Extraction a = pipeline.process(shared, false, Deadline.NONE, sentences);
            Extraction b = afresh.process(alone);
            assertEquals(b.events(), a.events(), p.toString());
            assertEquals(b.claims(), a.claims(), p.toString());
            assertEquals(b.quantities(), a.quantities(), p.toString());
        }
        assertTrue(inferred >= 10, "articles dated by inference: " + inferred);
    }

    @Test
    void emptyAndRandomTextsGiveTheTimesTaggedAfresh() {
        TimeTagger tagger = new TimeTagger();
        ArticleSentences memo = new ArticleSentences(new Annotator(), tagger);
        TimeContext ctx = new TimeContext(TimeInterval.day(LocalDate.of(2024, 12, 5)), 2024, null, null);
        assertEquals(List.of(), memo.of(""));
        org.sitrep.core.testing.RandomInputs.check("article sentences", 7, new String[] {"on", "3", "March", "2024", "Monday",
                "last", "night", "yesterday", ".", "\n", "since", "-", "5", "December"}, 200, text -> {
                    var sentences = memo.of(text);
                    for (int i = 0; i < sentences.size(); i++) {
                        var s = sentences.get(i);
                        assertEquals(tagger.tag(s.text(), s.span().start(), ctx), memo.times(i, ctx));
                    }
                });
    }
}
