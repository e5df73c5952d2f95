package org.sitrep.app;

import org.junit.jupiter.api.Test;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar counts bytes, so that one large JSON Lines file moves it, with a rate and the time left. */
class ProgressTest {
    private static RawDocument doc(String source, String text) {
        return new RawDocument(source, source, text, Metadata.NONE, List.of());
    }

    @Test
    void aBarOverBytesShowsPercentRateAndTimeLeft() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 10_000_000, Progress.Unit.BYTES, true);
        p.step("big.jsonl:1", 2_500_000);
        String line = p.line("big.jsonl:1", 2.0);
        assertTrue(line.startsWith("[#######"), line);
        assertTrue(line.contains("25% 2.5/10.0 MB, 1 documents, 1.25 MB/s, 0:06 left big.jsonl:1"), line);
        p.finish(7_500_000);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("100% 10.0/10.0 MB, 1 documents"), out);
        assertTrue(out.endsWith("\n"));
    }

    @Test
    void notDrawnUnlessAsked() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, Progress.Unit.BYTES, false);
        p.step("a", 50);
        p.say("loading");
        p.finish(50);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "logs stay clean when stderr is not a terminal");
    }

    @Test
    void eachDocumentIsCreditedItsTextAndAFileIsToppedUpWhenTheNextBegins() {
        Runs.ByteCredit c = new Runs.ByteCredit(Map.of("a.jsonl", 1000L, "b.html", 500L));
        assertEquals(100, c.of(doc("a.jsonl:1", "x".repeat(100))));
        assertEquals(300, c.of(doc("a.jsonl:2", "é".repeat(150))), "UTF-8 bytes");
        assertEquals(600 + 40, c.of(doc("b.html", "y".repeat(40))), "the rest of a.jsonl (JSON is not text), then b's text");
        assertEquals(460, c.rest(), "what is left of the last file is given at the end");
        assertEquals(0, c.rest());
        Runs.ByteCredit stdin = new Runs.ByteCredit(Map.of());
        assertEquals(0, stdin.of(doc("-:1", "text of unknown size")), "stdin is not in the bar");
    }
}
