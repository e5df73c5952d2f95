package org.sitrep.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sitrep.core.testing.RandomInputs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DocumentReadersTest {
    static List<RawDocument> read(DocumentReader r, String body, long max) {
        return read(r, body.getBytes(StandardCharsets.UTF_8), max);
    }

    static List<RawDocument> read(DocumentReader r, byte[] body, long max) {
        return r.read(new DocumentReader.Input("doc", "src", new ByteArrayInputStream(body), max, Metadata.NONE)).toList();
    }

    @Test
    void readersAreFoundByFileNameAndByMediaType() {
        assertEquals("text", DocumentReaders.forName("a.TXT").orElseThrow().name());
        assertEquals("html", DocumentReaders.forName("page.xhtml").orElseThrow().name());
        assertEquals("jsonl", DocumentReaders.forName("feed.ndjson").orElseThrow().name());
        assertEquals("warc", DocumentReaders.forName("CC-NEWS-2024.warc.gz").orElseThrow().name());
        assertTrue(DocumentReaders.forName("README.md").isEmpty());
        assertTrue(DocumentReaders.forName(".hidden.txt").isEmpty(), "a hidden file is no article");
        assertEquals("html", DocumentReaders.forMediaType("text/html; charset=utf-8").orElseThrow().name());
        assertEquals("jsonl", DocumentReaders.forMediaType("application/x-ndjson").orElseThrow().name());
        assertEquals("text", DocumentReaders.forMediaType("Text/Plain").orElseThrow().name());
        assertTrue(DocumentReaders.forMediaType("application/pdf").isEmpty());
        assertTrue(DocumentReaders.forMediaType(null).isEmpty());
        assertTrue(Documents.isArticleFile("x.warc"), "the directory walk takes what some reader reads");
    }

    @Test
    void jsonLinesAreReadOneALineWithALineOverTheLimitRefusedByNumberAndTheNextRead() {
        String body = "{\"id\":\"a\",\"text\":\"Rebels took Suran.\"}\n\n{\"id\":\"b\",\"text\":\"" + "x".repeat(200) + "\"}\r\n"
                + "not json\n{\"id\":\"c\",\"text\":\"The army shelled Kafr Zita.\",\"outlet\":\"Wire\"}";
        List<RawDocument> docs = read(DocumentReaders.JSON_LINES, body, 100);
        assertEquals(4, docs.size(), "the blank line is no document");
        assertEquals("a", docs.get(0).doc());
        assertFalse(docs.get(1).readable());
        assertEquals(3, docs.get(1).diagnostics().get(0).line(), "the line over the limit is named");
        assertTrue(docs.get(1).diagnostics().get(0).message().contains("over the limit of 100"));
        assertFalse(docs.get(2).readable());
        assertEquals(4, docs.get(2).diagnostics().get(0).line());
        assertEquals("Wire", docs.get(3).meta().outlet());
    }

    @Test
    void aWholeDocumentIsRefusedOverTheLimitOrEmptyAndHtmlKeepsItsOwnMetadataFirst() {
        assertTrue(read(DocumentReaders.TEXT, "abc".repeat(50), 100).get(0).diagnostics().get(0).message().contains("150 bytes is over the limit"));
        assertEquals("empty file", read(DocumentReaders.TEXT, "", 100).get(0).diagnostics().get(0).message());
        String page = "<html><head><title>Shelling</title><meta property=\"og:site_name\" content=\"Page Wire\"></head>"
                + "<body><article><p>The army shelled the town of Kafr Zita on Tuesday, a monitor said.</p></article></body></html>";
        RawDocument d = DocumentReaders.HTML.read(new DocumentReader.Input("p", "p.html", new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)),
                1 << 20, new Metadata("Sidecar title", "https://example.org/p", "Sidecar Wire", "2024-12-03", null))).toList().get(0);
        assertTrue(d.text().contains("Kafr Zita"));
        assertEquals("Shelling", d.meta().title(), "the page's own title first");
        assertEquals("https://example.org/p", d.meta().url(), "the known metadata fills the gaps");
        assertEquals("2024-12-03", d.meta().published());
        assertNull(d.captured());
    }

    @Test
    void theSharedRandomInputsAsUtf8NeverThrowFromAnyReader() {
        String[] words = {"{", "}", "\"id\":", "\"text\":", "\"a\"", ",", "<html>", "<p>", "</p>", "WARC/1.0", "\r\n", "Hama"};
        for (DocumentReader r : DocumentReaders.all()) {
            RandomInputs.check(r.name() + " reader", 21, words, 20, text -> {
                for (RawDocument d : read(r, text, 1 << 20)) {
                    assertTrue(d.readable() || !d.diagnostics().isEmpty(), "a document without text says why");
                }
            });
        }
    }

    @Test
    void emptyAndRandomBytesNeverThrowFromAnyReader() {
        Random random = new Random(17);
        for (DocumentReader r : DocumentReaders.all()) {
            assertEquals(r.name().equals("jsonl") || r.name().equals("warc") ? 0 : 1, read(r, new byte[0], 1000).size(), r.name());
            for (int i = 0; i < 200; i++) {
                byte[] b = new byte[random.nextInt(600)];
                random.nextBytes(b);
                if (i % 3 == 0 && b.length > 4) {
                    b[0] = '{';
                    b[1] = 'W';
                    b[2] = 'A';
                }
                for (RawDocument d : read(r, b, 300)) {
                    assertTrue(d.readable() || !d.diagnostics().isEmpty(), r.name() + ": a document without text says why");
                }
            }
        }
    }
}
