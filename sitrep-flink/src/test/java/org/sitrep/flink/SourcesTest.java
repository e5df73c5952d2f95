package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The job's readers: files, directories, web archives, and event times; bad and empty input included. */
class SourcesTest {
    static final Instant CAPTURED = Instant.parse("2024-12-06T10:00:00Z");

    /** A gzipped WARC of HTML responses (and a 404 and an image, which are not articles). */
    static Path warc(Path dir, List<String[]> pages) throws Exception {
        Path file = dir.resolve("news.warc.gz");
        try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (String[] p : pages) { // url, html
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, p[1].getBytes(StandardCharsets.UTF_8)).build();
                w.write(new WarcResponse.Builder(URI.create(p[0])).date(CAPTURED).body(http).build());
            }
            w.write(new WarcResponse.Builder(URI.create("https://news.example/missing")).date(CAPTURED)
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.HTML_UTF8, "<p>gone</p>".getBytes(StandardCharsets.UTF_8)).build()).build());
            w.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(CAPTURED)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build()).build());
        }
        return file;
    }

    static List<ArticleIn> read(Path warc) throws Exception {
        List<ArticleIn> out = new ArrayList<>();
        new ArticleSources.ReadWarc().flatMap(warc.toString(), new ListCollector<>(out));
        return out;
    }

    @Test
    void aWebArchiveGivesOneArticlePerHtmlPageWithItsUrlAndCaptureTime(@TempDir Path dir) throws Exception {
        String dated = "<html><head><title>Rebels enter Hama</title><meta property=\"article:published_time\" content=\"2024-12-05T14:00:00Z\">"
                + "</head><body><article><p>Rebels entered the city of Hama on Thursday after days of fighting.</p></article></body></html>";
        String undated = "<html><body><article><p>The army withdrew from the town of Suran on Wednesday, a monitor said.</p></article></body></html>";
        List<ArticleIn> as = read(warc(dir, List.of(new String[] {"https://news.example/hama", dated}, new String[] {"https://news.example/suran", undated})));
        assertEquals(2, as.size(), "the 404 and the image are not articles");
        assertEquals("https://news.example/hama", as.get(0).url());
        assertTrue(as.get(0).text().contains("Rebels entered the city of Hama"));
        assertEquals(Instant.parse("2024-12-05T14:00:00Z").toEpochMilli(), as.get(0).eventTime(), "the page's own publication time");
        assertEquals(CAPTURED.toEpochMilli(), as.get(1).eventTime(), "no publication time: the capture time");
        assertNull(as.get(1).published(), "the capture time is not claimed as the publication time");
        assertNull(as.get(0).problem());
    }

    @Test
    void anEmptyOrBrokenArchiveGivesNoArticleAndNoCrash(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.warc"), new byte[0]);
        assertTrue(read(empty).isEmpty());
        byte[] junk = new byte[4096];
        new Random(3).nextBytes(junk);
        Path broken = Files.write(dir.resolve("junk.warc"), junk);
        List<ArticleIn> out = read(broken);
        assertEquals(1, out.size(), "a broken archive is reported, not thrown");
        assertTrue(out.get(0).problem().contains("junk.warc") && out.get(0).problem().contains("unreadable web archive"), out.get(0).problem());
    }

    @Test
    void filesAndDirectoriesReadAsTheCommandLineReadsThem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Rebels captured the town of Suran on Monday.");
        Files.writeString(dir.resolve("a.txt.meta.json"), "{\"outlet\": \"Wire\", \"published\": \"2024-12-03\"}");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\": \"x1\", \"text\": \"The army shelled Kafr Zita.\", \"published\": \"2024-12-04T08:00:00+02:00\"}\n"
                + "not json\n\n{\"id\": \"x2\", \"text\": \"Clashes in Hama.\"}\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("README.md"), "not an article");
        List<ArticleIn> out = new ArrayList<>();
        ArticleSources.ReadFile reader = new ArticleSources.ReadFile();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> org.sitrep.core.ingest.Documents.isArticleFile(f.getFileName().toString())).sorted().toList()) {
                reader.flatMap(p.toString(), new ListCollector<>(out));
            }
        }
        assertEquals(List.of("a", "x1", dir.resolve("b.jsonl") + ":2", "x2", "empty"), out.stream().map(ArticleIn::doc).toList());
        assertEquals("Wire", out.get(0).outlet());
        assertEquals(java.time.LocalDate.parse("2024-12-03").atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli(), out.get(0).eventTime());
        assertEquals(Instant.parse("2024-12-04T06:00:00Z").toEpochMilli(), out.get(1).eventTime(), "offsets are honoured");
        assertNotNull(out.get(2).problem(), "a bad JSON line is an article with its problem");
        assertNotNull(out.get(4).problem(), "an empty file too");
        assertEquals(out.get(1).id(), org.sitrep.core.ingest.ArticleFactory.id("The army shelled Kafr Zita."), "keyed by content");
    }

    @Test
    void aDirectoryIsListedToItsEndPastWhatCannotBeRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Rebels captured the town of Suran on Monday.");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(sub.resolve("b.txt"), "Clashes in Hama.");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0;
        List<String> problems = new ArrayList<>();
        List<Path> files = ArticleSources.articleFiles(dir, problems::add);
        assertEquals(List.of(dir.resolve("a.txt"), sub.resolve("b.txt")), files);
        assertTrue(problems.stream().anyMatch(p -> p.contains("gone.txt")), problems.toString());
        if (fifo) {
            assertTrue(problems.stream().anyMatch(p -> p.contains("pipe.txt") && p.contains("not a regular file")), problems.toString());
        }
    }
}
