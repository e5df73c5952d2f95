package org.sitrep.core;

import org.junit.jupiter.api.Test;
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
        Random r = new Random(11);
        String[] words = {"captured", "the", "town", "of", "Hama", ",", "and", "rebels", "failed", "to", "storm", "on",
                "Friday", "reportedly", "denied", "that", "at least", "727", "killed", "Jabal", "Suran", ".", "\n", "said",
                "“", "”", "it", "the city", "would", "Zzyzx", "al-", "’s"};
        for (int n = 0; n < 150; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.nextInt(120); i++) {
                sb.append(words[r.nextInt(words.length)]).append(' ');
            }
            Extraction x = TestData.pipeline().process(TestData.article("r", sb.toString(), "2025-01-10"));
            for (EventMention e : x.events()) {
                assertEquals(e.quote(), e.span().of(x.article().cleaned()));
            }
        }
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
}
