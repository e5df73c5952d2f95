package org.sitrep.core.ingest;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.sitrep.core.TestData;
import org.sitrep.core.model.Article;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.core.model.TimePrecision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestTest {
    @Test
    void invalidUtf8IsReportedWithItsByteOffsetAndStillDecoded() {
        byte[] bytes = "Rebels entered the town.".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, bad, 0, 7);
        bad[7] = (byte) 0xC3;
        System.arraycopy(bytes, 7, bad, 8, bytes.length - 7);
        bad[8] = (byte) 0x28;
        Decoder.Result r = Decoder.decode(bad, "x.txt");
        assertEquals(Diagnostic.Severity.ERROR, r.diagnostic().severity());
        assertEquals(7, r.diagnostic().offset());
        assertTrue(r.text().contains("\uFFFD"));
    }

    @Test
    void aNulByteAfterTheFirst8KbIsReplacedAndSaid() {
        byte[] text = ("Rebels captured the town of Suran. ".repeat(300) + "\0 and more.").getBytes(StandardCharsets.UTF_8);
        Decoder.Result r = Decoder.decode(text, "late-nul.txt");
        assertFalse(r.text().contains("\0"));
        assertTrue(r.text().contains("\uFFFD and more."));
        assertEquals(Diagnostic.Severity.WARNING, r.diagnostic().severity());
        assertTrue(r.diagnostic().message().contains("NUL"), r.diagnostic().message());
    }

    @Test
    void utf16AndUtf32WithAByteOrderMarkAreReadWithAWarning() {
        String text = "Rebels captured the town of Suran on Monday.";
        for (String cs : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            java.nio.charset.Charset c = java.nio.charset.Charset.forName(cs);
            byte[] body = ("\uFEFF" + text).getBytes(c); // the mark, encoded, then the text
            Decoder.Result r = Decoder.decode(body, "wide.txt");
            assertEquals(text, r.text(), cs);
            assertEquals(Diagnostic.Severity.WARNING, r.diagnostic().severity(), cs);
            assertTrue(r.diagnostic().message().contains(cs), r.diagnostic().message());
        }
        byte[] noMark = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE); // no mark: NUL bytes, refused as binary
        assertNull(Decoder.decode(noMark, "x.txt").text());
    }

    @Test
    void binaryDataIsRefused() {
        Decoder.Result r = Decoder.decode(new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2}, "x.zip");
        assertNull(r.text());
        assertTrue(r.diagnostic().message().contains("binary"));
    }

    @Test
    void htmlMainTextDropsScriptsAndNavigation() {
        String html = "<html lang=en><head><title>T</title><meta property='og:site_name' content='Example News'>"
                + "<meta property='article:published_time' content='2025-03-14T10:00:00Z'><script>var x = 'capture';</script></head>"
                + "<body><nav>Home | World</nav><article><h1>Town falls</h1><p>Rebels captured the town of Saraqib.</p>"
                + "<p>More <b>text</b> here.</p></article><footer>© Example</footer></body></html>";
        HtmlText.Page p = HtmlText.extract(html);
        assertTrue(p.text().contains("Rebels captured the town of Saraqib."));
        assertFalse(p.text().contains("var x") || p.text().contains("Home | World") || p.text().contains("© Example"));
        assertEquals("Example News", p.meta().outlet());
        assertEquals("2025-03-14T10:00:00Z", p.meta().published());
    }

    @Test
    void htmlWithOnlyScriptsHasNoText() {
        assertTrue(HtmlText.extract("<html><script>alert(1)</script><style>p{}</style></html>").text().isBlank());
    }

    @Test
    void jsonlLineNeedsIdAndText() {
        RawDocument ok = JsonlArticle.parse("{\"id\":\"a1\",\"text\":\"Hello.\",\"outlet\":\"X\",\"published\":\"2025-01-02\"}", "f.jsonl", 3);
        assertTrue(ok.readable());
        assertEquals("a1", ok.doc());
        assertEquals("X", ok.meta().outlet());
        RawDocument notJson = JsonlArticle.parse("{not json", "f.jsonl", 4);
        assertFalse(notJson.readable());
        assertEquals(4, notJson.diagnostics().get(0).line());
        assertTrue(JsonlArticle.parse("{\"text\":\"x\"}", "f.jsonl", 5).diagnostics().get(0).message().contains("'id'"));
        for (String empty : List.of("", "  \\n\\t ")) {
            RawDocument none = JsonlArticle.parse("{\"id\":\"e1\",\"text\":\"" + empty + "\"}", "f.jsonl", 6);
            assertFalse(none.readable(), "an article with an empty text is refused, as an empty file is");
            assertEquals(6, none.diagnostics().get(0).line());
            assertTrue(none.diagnostics().get(0).message().contains("empty 'text'"), none.diagnostics().get(0).message());
        }
    }

    @Test
    void aHugeIdIsShortenedUniquelyWithAWarning() {
        String id = "x".repeat(1_000_000);
        RawDocument a = JsonlArticle.parse("{\"id\":\"" + id + "\",\"text\":\"Hello.\"}", "f.jsonl", 1);
        RawDocument b = JsonlArticle.parse("{\"id\":\"" + id + "y\",\"text\":\"Hello.\"}", "f.jsonl", 2);
        assertTrue(a.doc().length() <= JsonlArticle.MAX_ID, a.doc().length() + "");
        assertFalse(a.doc().equals(b.doc()));
        assertTrue(a.diagnostics().get(0).message().contains("shortened"));
        assertEquals("ok", JsonlArticle.parse("{\"id\":\"ok\",\"text\":\"Hello.\"}", "f.jsonl", 3).doc());
    }

    @Test
    void aDiagnosticIsOneLineOfBoundedLength() {
        String f = new Diagnostic(Diagnostic.Severity.ERROR, "dir/evil\nname.txt", 2, -1, "not JSON: line one\nline two\u0007"
                + "z".repeat(5000)).format();
        assertFalse(f.contains("\n") || f.contains("\u0007"), f);
        assertTrue(f.startsWith("dir/evil\\nname.txt:2: error: not JSON: line one\\nline two\\u0007z"), f);
        assertTrue(f.length() <= 1001, f.length() + "");
    }

    @Test
    void aNulCharacterInAJsonLineIsReplacedWithAWarning() {
        RawDocument d = JsonlArticle.parse("{\"id\":\"n\\u0000\",\"text\":\"Rebels took Suran\\u0000 on Monday.\",\"title\":\"a\\u0000b\"}", "f.jsonl", 7);
        assertTrue(d.readable());
        assertEquals("Rebels took Suran\uFFFD on Monday.", d.text());
        assertEquals("a\uFFFDb", d.meta().title());
        assertEquals("n\uFFFD", d.doc());
        assertEquals(1, d.diagnostics().size());
        assertEquals(7, d.diagnostics().get(0).line());
        assertTrue(JsonlArticle.parse("{\"id\":\"a\",\"text\":\"No NUL here.\"}", "f.jsonl", 1).diagnostics().isEmpty());
    }

    @Test
    void publicationTimeFromDatelinesAndSignatures() {
        Article a = TestData.article("001", TestData.read(TestData.EXAMPLES.resolve("001_b61bed1787e576d8.txt")));
        assertEquals(TimePrecision.MINUTE, a.published().precision());
        assertEquals("2024-12-05T08:45", a.published().startText());
        assertEquals("teleSUR", a.outlet());
    }

    @Test
    void publicationIsInferredNeverTakenFromAPhotoCaption() {
        Article a = TestData.article("004", TestData.read(TestData.EXAMPLES.resolve("004_d5a03c857b255b0e.txt")));
        assertEquals(TimePrecision.INFERRED, a.published().precision());
        assertFalse(a.published().containsDay(LocalDate.of(2024, 11, 30)), "the caption's date is not the publication date");
        assertTrue(a.published().containsDay(LocalDate.of(2024, 12, 3)));
        assertEquals("Enab Baladi", a.outlet());
    }

    @Test
    void todayWithAnEmbeddedPostDatesTheArticle() {
        Article a = TestData.article("003", TestData.read(TestData.EXAMPLES.resolve("003_fbffdb7b405fd403.txt")));
        assertEquals(LocalDate.of(2024, 12, 5), a.published().firstDay());
        assertEquals(LocalDate.of(2024, 12, 5), a.published().lastDay());
        assertEquals(TimePrecision.INFERRED, a.published().precision());
    }

    @Test
    void metadataWins() {
        Article a = new ArticleFactory().create("d", "d", "Some text.", new Metadata("T", "http://x", "Outlet", "2025-02-01T10:30:00Z", "en"), List.of());
        assertEquals("Outlet", a.outlet());
        assertEquals("2025-02-01T10:30", a.published().startText());
    }

    @Test
    void emptyAndRandomTextMakeArticles() {
        assertEquals("", TestData.article("e", "").cleaned());
        RandomInputs.check("article factory", 1, new String[] {"Title", "\n\n", "By", "Staff", "Reporter", "—", "Published"}, 100,
                text -> assertEquals(text.isEmpty(), TestData.article("r", text).text().raw().isEmpty()));
    }

    @Test
    void nulCharactersAreReplacedWhicheverWayTheTextCameWithAWarning() {
        // found by the random-input harness: PostgreSQL refused a whole article whose text held a NUL
        org.sitrep.core.model.Article a = new ArticleFactory().create("n", "n", "Rebels took\0 Suran.",
                new Metadata("T\0", null, "W\0", null, null), List.of());
        assertEquals(-1, a.text().raw().indexOf('\0'));
        assertEquals("W\uFFFD", a.outlet());
        assertTrue(a.diagnostics().stream().anyMatch(d -> d.message().contains("NUL characters replaced")), a.diagnostics().toString());
    }

    /** The literal-guided searches for "today" and the latest year agree with the plain regex at every position. */
    @Test
    void todayAndLatestYearAgreeWithTheirPlainRegexes() {
        java.util.regex.Pattern today = java.util.regex.Pattern.compile("(?i)\\b(today|this morning|tonight|this afternoon)\\b");
        java.util.regex.Pattern year = java.util.regex.Pattern.compile("\\b(19\\d\\d|20\\d\\d)\\b");
        String[] parts = {"today", "Today", "TODAY", "tonight", "This Morning", "this  morning", "this afternoon", "toda", "todays",
            "xtoday", "_today", "2024", "1899", "1949", "1950", "20245", "x2023", "2023x", "1999", "2099", "2100", " ", ".", "\n", "é", "İ",
            "\u0301", "th", "to", "T", "1", "2", "0", "9", "ı"};
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            String text = RandomInputs.strung(r, parts, 8);
            assertEquals(today.matcher(text).find(), ArticleFactory.namesToday(text), text);
            java.util.regex.Matcher m = year.matcher(text);
            int latest = 0;
            while (m.find()) {
                latest = Math.max(latest, Integer.parseInt(m.group(1)));
            }
            assertEquals(latest, ArticleFactory.latestYear(text), text);
        }
    }
}
