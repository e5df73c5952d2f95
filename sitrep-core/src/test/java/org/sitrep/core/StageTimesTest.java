package org.sitrep.core;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ingest.RawDocument;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stage times are kept only while switched on, by stage and part, in the order the stages first report. */
class StageTimesTest {
    @AfterEach
    void off() {
        StageTimes.stop();
    }

    @Test
    void offKeepsNothingAndOnSumsByStage() throws Exception {
        StageTimes.start();
        StageTimes.stop();
        long t = StageTimes.begin();
        assertEquals(0, t);
        StageTimes.add("x", t);
        assertTrue(StageTimes.snapshot().isEmpty());

        StageTimes.start();
        for (int i = 0; i < 3; i++) {
            long b = StageTimes.begin();
            Thread.sleep(2);
            StageTimes.add("first", b);
            StageTimes.add("second:part", StageTimes.begin());
        }
        Map<String, Long> s = StageTimes.snapshot();
        assertEquals(List.of("first", "second:part"), List.copyOf(s.keySet()));
        assertTrue(s.get("first") >= 6_000_000L, "three sleeps of 2 ms: " + s);
        StageTimes.start(); // a new start clears the sums
        assertTrue(StageTimes.snapshot().isEmpty());
    }

    @Test
    void anExtractionReportsEveryStageOfItsPipeline() {
        Extractor x = new Extractor(TestData.gazetteer(), java.time.Duration.ofSeconds(10));
        StageTimes.start();
        x.process(new RawDocument("a", "a.txt", "Rebels captured the town of Suran in Hama province on Monday, a monitor said.", null, List.of()));
        StageTimes.stop();
        Map<String, Long> s = StageTimes.snapshot();
        for (String stage : List.of("clean", "date", "sentences", "scan", "geocode", "actors", "context", "read", "reconcile", "result",
                "read:times", "read:events", "scan:places")) {
            assertTrue(s.containsKey(stage), stage + " in " + s.keySet());
        }
    }
}
