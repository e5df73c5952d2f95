package org.sitrep.core;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.model.EventMention;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    @Test
    void emptyArticleGivesEmptyExtraction() {
        Extraction x = TestData.pipeline().process(TestData.article("e", ""));
        assertTrue(x.events().isEmpty());
        assertTrue(x.diagnostics().isEmpty());
    }

    @Test
    void randomTextNeverThrowsAndSpansStayInside() {
        String[] words = {"captured", "the", "town", "of", "Hama", ",", "and", "rebels", "failed", "to", "storm", "on",
            "Friday", "reportedly", "denied", "that", "at least", "727", "killed", "Jabal", "Suran", ".", "\n", "said",
            "“", "”", "it", "the city", "would", "Zzyzx", "al-", "’s"};
        RandomInputs.check("pipeline", 11, words, 50, text -> {
            Extraction x = TestData.pipeline().process(TestData.article("r", text, "2025-01-10"));
            for (EventMention e : x.events()) {
                assertEquals(e.quote(), e.span().of(x.article().cleaned()));
            }
        });
    }

    @Test
    void timeLimitCutsAnArticleShortWithADiagnostic() {
        Pipeline tight = new Pipeline(GazetteerBuilder.bundled(), Duration.ofNanos(1));
        String text = "Rebels captured the town of Suran. ".repeat(50);
        Extraction x = tight.process(TestData.article("slow", text, "2025-01-10"));
        assertTrue(x.diagnostics().stream().anyMatch(d -> d.message().contains("time limit")));
    }

    @Test
    void hugeSingleLineIsProcessedWithinItsLimit() {
        String line = "Fighters reached the outskirts of the town of Suran in northern Hama and clashes erupted there; ".repeat(20_000);
        long t0 = System.nanoTime();
        Extraction x = TestData.pipeline().process(TestData.article("big", line, "2025-01-10"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < Pipeline.DEFAULT_TIME_LIMIT.toSeconds() + 20, "took " + seconds + " s");
        assertTrue(x.article().cleaned().length() > 1_000_000);
    }

    @Test
    void oneDeadlineCoversCleaningDatingScanningGeocodingAndExtraction() {
        Extractor ex = new Extractor(TestData.gazetteer(), Duration.ofSeconds(2));
        ex.process(org.sitrep.core.ingest.Documents.file("warm", "warm", "Rebels captured the town of Suran on 3 March 2024."
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), org.sitrep.core.ingest.Metadata.NONE));
        // a short dated sentence 40,000 times, undated (so the publication time is inferred from it), and a 4 MB line
        // of place names and dates with no full stop: both used to run far past the limit (quadratic date inference)
        Random r = new Random(3);
        String[] w = {"the", "town", "Saraqib", "Hama", "on", "March", "3,", "2024", "killed", "clashes", "in", "and", "Aleppo"};
        StringBuilder line = new StringBuilder();
        while (line.length() < 4_000_000) {
            line.append(w[r.nextInt(w.length)]).append(' ');
        }
        for (String text : java.util.List.of("Rebels shelled the town of Saraqib on 3 March 2024. ".repeat(40_000), line.toString())) {
            long t0 = System.nanoTime();
            Extractor.Result res = ex.process(org.sitrep.core.ingest.Documents.file("big", "big",
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8), org.sitrep.core.ingest.Metadata.NONE));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(seconds < 2 + 1, "took " + seconds + " s");
            assertTrue(res.diagnostics().stream().anyMatch(d -> d.message().contains("time limit of 2 s reached")), res.diagnostics().toString());
            assertTrue(res.extraction() != null && !res.failed());
        }
    }

    @Test
    void aRuleThatFailsLosesItsSentenceNotTheArticle() {
        Pipeline.FAILURE_PROBE = t -> {
            if (t.contains("Kafr Nabl")) {
                throw new IllegalStateException("a broken rule");
            }
        };
        try {
            Extraction x = TestData.pipeline().process(TestData.article("f", "Rebels captured the town of Suran on Monday. "
                    + "Rebels captured the town of Kafr Nabl on Tuesday. Rebels captured the town of Saraqib on Wednesday.", "2025-01-10"));
            java.util.List<String> places = x.events().stream().map(e -> e.place().head()).toList();
            assertTrue(places.contains("Suran") && places.contains("Saraqib") && !places.contains("Kafr Nabl"), places.toString());
            assertTrue(x.diagnostics().stream().anyMatch(d -> d.message().contains("sentence 1 ")
                    && d.message().contains("IllegalStateException (a broken rule)") && d.message().contains("rule Pipeline")),
                    x.diagnostics().toString());
        } finally {
            Pipeline.FAILURE_PROBE = t -> { };
        }
    }
}
