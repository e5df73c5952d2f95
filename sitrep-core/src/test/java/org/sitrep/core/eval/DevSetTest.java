package org.sitrep.core.eval;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.EventMention;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The acceptance bar of the core issue on the bundled development set. */
class DevSetTest {
    private static EvalReport report;

    @BeforeAll
    static void run() throws IOException {
        List<EventMention> predicted = new ArrayList<>();
        for (Path p : TestData.seeds()) {
            String doc = p.getFileName().toString().replace(".txt", "");
            Article a = TestData.article(doc, TestData.read(p));
            predicted.addAll(TestData.pipeline().process(a).events());
        }
        try (InputStream in = new FileInputStream(TestData.EXAMPLES.resolve("seeds.gold.json").toFile())) {
            report = new Evaluator().evaluate(Gold.parse(in), predicted);
        }
        System.out.println(report.render(false));
    }

    @Test
    void eventF1AtLeast090() {
        assertTrue(report.f1() >= 0.90, "F1 " + report.f1());
    }

    @Test
    void dateAccuracyAtLeast095() {
        assertTrue(report.dateAccuracy() >= 0.95, "date accuracy " + report.dateAccuracy());
    }

    @Test
    void realisAccuracyAtLeast090() {
        assertTrue(report.realisAccuracy() >= 0.90, "realis accuracy " + report.realisAccuracy());
    }

    @Test
    void sideAccuracyAtLeast095() {
        assertTrue(report.sideAccuracy() >= 0.95, "side accuracy " + report.sideAccuracy());
    }

    @Test
    void everyMatchedGoldPlaceWithCoordinatesIsWithin5Km() {
        report.placesWithin5km().forEach((place, ok) -> assertTrue(ok, place + " geocoded more than 5 km off"));
        assertTrue(report.placesWithin5km().size() >= 20);
    }

    @Test
    void evaluatorMatchesOneToOne() {
        assertEquals(report.pairs().size(), report.pairs().stream().map(Evaluator.Pair::predicted).distinct().count());
        assertEquals(report.gold().events().size(), report.pairs().size() + report.missed().size());
    }
}
