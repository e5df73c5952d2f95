package org.sitrep.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.Diagnostic;

class ArticleFilesTest {
    @Test
    void theWalkTakesWhatAReaderReadsSortedAndSaysWhatItSkips(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "Rebels took Suran.");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/a.html"), "<p>x</p>");
        Files.writeString(dir.resolve("README.md"), "not an article");
        Files.writeString(dir.resolve("a.jsonl"), "{}");
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> files = ArticleFiles.walk(dir, problems::add);
        assertEquals(List.of(dir.resolve("a.jsonl"), dir.resolve("b.txt"), dir.resolve("sub/a.html")), files);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("broken symbolic link"));
        assertTrue(ArticleFiles.walk(dir.resolve("nowhere"), problems::add).isEmpty());
        assertEquals(2, problems.size(), "a missing directory is said too");
    }

    @Test
    void aFileIsReadByItsReaderWithItsSidecarAndRefusedBySizeWithoutBeingRead(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Rebels captured the town of Suran on Monday.");
        Files.writeString(dir.resolve("a.txt.meta.json"), "{\"outlet\": \"Test Wire\", \"published\": \"2024-12-03\"}");
        RawDocument d = ArticleFiles.read(a, 1000, doc -> null).toList().get(0);
        assertEquals("a", d.doc());
        assertEquals("Test Wire", d.meta().outlet());
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        RawDocument refused = ArticleFiles.read(big, 1000, doc -> null).toList().get(0);
        assertFalse(refused.readable());
        assertTrue(refused.diagnostics().get(0).message().contains("2000 bytes is over the limit of 1000"));
        Path empty = Files.writeString(dir.resolve("empty.html"), "");
        assertEquals("empty file", ArticleFiles.read(empty, 1000, doc -> null).toList().get(0).diagnostics().get(0).message());
        Path notes = Files.writeString(dir.resolve("notes.md"), "Government forces shelled Kupiansk on Tuesday.");
        assertTrue(ArticleFiles.read(notes, 1000, doc -> null).toList().get(0).readable(), "a file named on purpose is read as text");
        Path known = Files.writeString(dir.resolve("k.txt"), "Government forces shelled Kupiansk on Tuesday.");
        assertEquals("Known", ArticleFiles.read(known, 1000, doc -> doc.equals("k") ? new Metadata(null, null, "Known", null, null) : null)
                .toList().get(0).meta().outlet(), "metadata known by document name when there is no sidecar");
        assertFalse(ArticleFiles.read(dir.resolve("missing.txt"), 1000, doc -> null).toList().get(0).readable());
    }

    @Test
    void standardInputIsJsonLinesWhenItStartsWithABraceElseOneText() {
        List<RawDocument> lines = ArticleFiles.stdin(new ByteArrayInputStream("  \n{\"id\":\"a\",\"text\":\"Rebels took Suran.\"}\n{\"id\":\"b\",\"text\":\"x y\"}"
                .getBytes(StandardCharsets.UTF_8)), 1000, doc -> null).toList();
        assertEquals(List.of("a", "b"), lines.stream().map(RawDocument::doc).toList());
        List<RawDocument> text = ArticleFiles.stdin(new ByteArrayInputStream("Rebels took Suran.".getBytes(StandardCharsets.UTF_8)), 1000, doc -> null).toList();
        assertEquals(1, text.size());
        assertEquals("stdin", text.get(0).doc());
        assertFalse(ArticleFiles.stdin(new ByteArrayInputStream(new byte[0]), 1000, doc -> null).toList().get(0).readable(), "empty input is said");
    }
}
