package org.sitrep.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sitrep.core.Deadline;
import org.sitrep.core.Extraction;
import org.sitrep.core.TestData;
import org.sitrep.core.clean.CleanText;
import org.sitrep.core.clean.Cleaner;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Documents;
import org.sitrep.core.ingest.JsonlArticle;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.EventMention;

import java.time.Duration;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz targets for everything that takes outside input in core: the readers (text, HTML, JSON Lines, sidecar), the
 * cleaner and the whole extraction. Run as part of the tests they replay their seed corpus
 * ({@code src/test/resources/org/sitrep/core/fuzz/ReadersFuzzTestInputs/<target>/}, taken from the examples and the
 * dev set) and any crash found before; {@code scripts/fuzz.sh SECONDS} fuzzes each target for that long
 * ({@code JAZZER_FUZZ=1}; the annotation's duration is only an upper bound). No input may throw: bad input is a
 * diagnostic.
 */
class ReadersFuzzTest {
    @FuzzTest(maxDuration = "24h")
    void textAndHtmlFiles(FuzzedDataProvider data) {
        boolean html = data.consumeBoolean();
        byte[] bytes = data.consumeRemainingAsBytes();
        RawDocument d = Documents.file("f", html ? "f.html" : "f.txt", bytes, Metadata.NONE);
        assertNotNull(d.diagnostics());
        assertTrue(d.readable() || !d.diagnostics().isEmpty(), "an unreadable document says why");
    }

    @FuzzTest(maxDuration = "24h")
    void jsonLinesAndSidecars(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        RawDocument d = JsonlArticle.parse(line, "f.jsonl", 1);
        assertTrue(d.readable() || !d.diagnostics().isEmpty());
        Documents.sidecar(line, "f.meta.json", new ArrayList<>());
    }

    @FuzzTest(maxDuration = "24h")
    void cleaner(FuzzedDataProvider data) {
        String raw = data.consumeRemainingAsString();
        CleanText c = new Cleaner().clean(raw);
        assertNotNull(c.text().cleaned());
    }

    @FuzzTest(maxDuration = "24h")
    void extraction(FuzzedDataProvider data) {
        String published = data.consumeBoolean() ? "2025-03-14" : null;
        String raw = data.consumeRemainingAsString();
        Article a = new ArticleFactory().create("f", "f", raw, new Metadata(null, null, null, published, null), new ArrayList<>(),
                Deadline.after(Duration.ofSeconds(10)));
        Extraction x = TestData.pipeline().process(a, false);
        for (EventMention e : x.events()) {
            assertEquals(e.quote(), e.span().of(x.article().cleaned()), "every event points back to its sentence");
        }
    }
}
