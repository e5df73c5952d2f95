package org.sitrep.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Extraction;
import org.sitrep.core.TestData;
import org.sitrep.core.geo.CountryNames;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.EventMention;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance bar of "read any war's reporting" on the bundled multi-war development set (44 documents, 16 wars,
 * a copy of the shared dev set): event F1, date, realis and side accuracy, the two halves (A: Africa, Haiti and
 * Yemen; B: the Middle East, Europe and Asia) within 0.10 of each other, placed events in their article's country,
 * and no control period that ends before it starts (background events are tested on invented sentences in
 * ExtractionTest).
 */
class MultiWarDevSetTest {
    static final Path DEV = Path.of("..", "examples", "dev-multiwar");
    private static EvalReport report;
    private static final List<Extraction> extractions = new ArrayList<>();
    private static final Map<String, Set<String>> countries = new HashMap<>();

    @BeforeAll
    static void run() throws IOException {
        List<EventMention> predicted = new ArrayList<>();
        for (String line : Files.readAllLines(DEV.resolve("docs.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode m = Json.MAPPER.readTree(line);
            String id = m.get("id").asText();
            Metadata meta = new Metadata(text(m, "title"), text(m, "url"), text(m, "outlet"), text(m, "published"), null);
            String body = Files.readString(DEV.resolve("docs").resolve(id + ".txt"));
            Extraction x = TestData.pipeline().process(new ArticleFactory().create(id, id, body, meta, List.of()));
            extractions.add(x);
            predicted.addAll(x.events());
            countries.put(id, CountryNames.of(GazetteerBuilder.bundled(), m.get("conflict").asText()));
        }
        try (InputStream in = Files.newInputStream(DEV.resolve("gold.jsonl"))) {
            report = new Evaluator().evaluate(Gold.parse(in), predicted);
        }
        System.out.println("dev set: " + report.line());
        System.out.println("half A:  " + report.subset(d -> d.startsWith("A")).line());
        System.out.println("half B:  " + report.subset(d -> d.startsWith("B")).line());
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    @Test
    void eventF1AtLeast080() {
        assertTrue(report.f1() >= 0.80, "F1 " + report.f1());
    }

    @Test
    void dateRealisAndSideAccuracyAtLeast085() {
        assertTrue(report.dateAccuracy() >= 0.85, "date accuracy " + report.dateAccuracy());
        assertTrue(report.realisAccuracy() >= 0.85, "realis accuracy " + report.realisAccuracy());
        assertTrue(report.sideAccuracy() >= 0.85, "side accuracy " + report.sideAccuracy());
    }

    @Test
    void theTwoHalvesAreWithin010OfEachOther() {
        double a = report.subset(d -> d.startsWith("A")).f1();
        double b = report.subset(d -> d.startsWith("B")).f1();
        assertTrue(Math.abs(a - b) <= 0.10, "half A " + a + ", half B " + b);
    }

    @Test
    void atLeast97PercentOfPlacedEventsLieInTheirArticlesCountry() {
        Placement p = Placement.of(report.predicted(), countries);
        assertTrue(p.placed() > 200, "placed " + p.placed());
        assertTrue(p.share() >= 0.97, p.line() + " " + p.outside());
    }

    @Test
    void noControlPeriodEndsBeforeItStarts() {
        List<org.sitrep.core.model.SourcedMention> mentions = new ArrayList<>();
        extractions.forEach(x -> mentions.addAll(org.sitrep.core.reconcile.Reconciler.mentions(x)));
        List<org.sitrep.core.model.Event> events = new org.sitrep.core.reconcile.Reconciler().events(mentions);
        List<org.sitrep.core.model.ControlPeriod> periods = new org.sitrep.core.reconcile.ControlTimeline().build(events);
        assertTrue(periods.size() >= 10, "control periods " + periods.size());
        for (org.sitrep.core.model.ControlPeriod p : periods) {
            if (p.from().isKnown() && p.to().isKnown()) {
                assertTrue(!p.to().lastDay().isBefore(p.from().firstDay()), p.placeKey() + " #" + p.seq() + ": " + p.from() + " .. " + p.to());
            }
        }
    }
}
