package org.sitrep.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.json.Json;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line run in-process, on real files. */
class CliTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "hama-2024-12");

    /** Exit code, stdout and stderr of one command. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Main.commandLine(args);
            StringWriter cliErr = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(cliErr, true));
            int code = Main.execute(cl, args);
            return new Run(code, out.toString(), err.toString(StandardCharsets.UTF_8) + cliErr);
        } finally {
            System.setErr(oldErr);
        }
    }

    /** A command that fails as a run out of heap does: the error itself, or handed on by a thread pool. */
    @CommandLine.Command(name = "boom")
    static final class Boom implements Runnable {
        @CommandLine.Option(names = "--wrapped")
        boolean wrapped;

        @Override
        public void run() {
            OutOfMemoryError e = new OutOfMemoryError("GC overhead limit exceeded");
            if (wrapped) {
                throw new IllegalStateException("a worker failed", e);
            }
            throw e;
        }
    }

    /**
     * A run that runs out of the JVM's heap ends with one line saying so and how to give it more, and exit code 3, not a
     * stack trace; other failures are unchanged.
     */
    @Test
    void runningOutOfMemoryIsOneLineAndExitCodeThree() {
        for (String[] args : List.of(new String[] {}, new String[] {"--wrapped"})) {
            CommandLine cl = new CommandLine(new Boom());
            StringWriter err = new StringWriter();
            cl.setErr(new PrintWriter(err, true));
            assertEquals(3, Main.execute(cl, args), err.toString());
            assertTrue(err.toString().startsWith("sitrep: out of memory: the JVM's heap holds at most "), err.toString());
            assertTrue(err.toString().contains("SITREP_JAVA_OPTS=\"-Xmx4g"), err.toString());
            assertEquals(1, err.toString().lines().count(), err.toString());
        }
        assertFalse(Main.outOfMemory(new IllegalStateException("other", new RuntimeException())));
        assertTrue(Main.outOfMemoryMessage(1L << 30).contains("at most 1024 MB"));
    }

    @Test
    void extractPrintsTheOutputContractOneObjectALine() throws IOException {
        Run r = run("extract", "-q", EXAMPLES.resolve("000_444ce18b90af1d36.txt").toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() > 20);
        for (String line : lines) {
            JsonNode n = Json.MAPPER.readTree(line);
            for (String key : List.of("doc", "type", "realis", "actor", "target", "place", "time", "claimant", "casualties", "quote", "span", "confidence")) {
                assertTrue(n.has(key), "missing " + key + " in " + line);
            }
            assertEquals("000_444ce18b90af1d36", n.get("doc").asText());
            assertTrue(n.get("time").has("precision"));
        }
    }

    @Test
    void askingWrongIsAUsageErrorNamingTheOptionNeverAnEmptyAnswer(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("s.db");
        assertEquals(0, run("ingest", "-q", "--db", db.toString(), EXAMPLES.toString()).code());
        String d = db.toString();
        Run type = run("events", "--db", d, "--type", "explosion");
        assertEquals(2, type.code(), type.err());
        assertTrue(type.err().contains("--type") && type.err().contains("capture") && type.err().contains("airstrike"), type.err());
        Run reversed = run("events", "--db", d, "--from", "2024-12-05", "--to", "2024-12-01");
        assertEquals(2, reversed.code());
        assertTrue(reversed.err().contains("--to: 2024-12-01 is before --from 2024-12-05"), reversed.err());
        for (String limit : List.of("0", "-3")) {
            Run r = run("events", "--db", d, "--limit", limit);
            assertEquals(2, r.code(), limit);
            assertTrue(r.err().contains("--limit"), r.err());
        }
        Run date = run("events", "--db", d, "--from", "18/12/2023");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("write it YYYY-MM-DD (as 2023-12-18)"), date.err());
        assertFalse(date.err().contains("java.") || date.err().contains("Usage:") || date.err().contains("Exception"), date.err());
        assertEquals(0, run("events", "--db", d, "--format", "JSON", "--type", "Capture").code(), "enum values in any case");
        assertEquals(0, run("timeline", "--db", d, "Hamah").code(), "another spelling of a known place is that place");
        Run unknown = run("timeline", "--db", d, "Hamra");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no place 'Hamra' has a control timeline") && unknown.err().contains("closest: Hama"), unknown.err());
        assertTrue(unknown.out().isEmpty(), unknown.out());
        Run control = run("export", "--db", d, "--control-as-of", "2024-12-06");
        assertEquals(0, control.code(), control.err());
        assertTrue(control.out().contains("FeatureCollection"));
        assertEquals(2, run("export", "--db", d).code(), "events need a --format");
        for (String[] port : new String[][] {{"serve", "--db", d, "--port", "70000"}, {"demo", "--port", "-1"}}) {
            Run r = run(port);
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("--port must be 0 to 65535"), r.err());
        }
        Run text = run("events", "--db", d, "--text", "AND OR");
        assertEquals(2, text.code(), text.err());
        assertTrue(text.err().contains("is not a valid full-text query") && !text.err().contains("SQL"), text.err());
    }

    @Test
    void aWebArchiveIsReadAsItsHtmlPagesByTheCommandLineToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            String page = "<html><head><title>Suran</title></head><body><article><p>The army withdrew from the town of Suran on "
                    + "Wednesday, 4 December 2024, a monitor said.</p></article></body></html>";
            w.write(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://news.example/suran"))
                    .date(java.time.Instant.parse("2024-12-06T10:00:00Z"))
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.HTML_UTF8,
                            page.getBytes(StandardCharsets.UTF_8)).build()).build());
        }
        Files.write(dir.resolve("broken.warc"), "WARC/1.0\r\nnot a record".getBytes(StandardCharsets.UTF_8));
        Run r = run("extract", "-q", dir.toString());
        assertEquals(1, r.code(), "the broken archive is a diagnostic: " + r.err());
        assertTrue(r.out().contains("\"doc\":\"https://news.example/suran\"") && r.out().contains("withdrew"), r.out());
        assertTrue(r.err().contains("broken.warc") && r.err().contains("unreadable web archive"), r.err());
    }

    @Test
    void everyCommandNamesASourceWithoutAnOutletByItsSiteNeverByItsHash(@TempDir Path dir) throws IOException {
        Path articles = dir.resolve("a.jsonl");
        Files.writeString(articles, "{\"id\":\"k1\",\"url\":\"https://www.example-monitor.org/r/1\",\"published\":\"2024-12-04\","
                + "\"text\":\"Government forces shelled the town of Kupiansk on Tuesday, killing two civilians.\"}\n");
        Path db = dir.resolve("s.db");
        assertEquals(0, run("ingest", "-q", "--db", db.toString(), articles.toString()).code());
        for (String[] args : new String[][] {{"events", "--format", "json"}, {"report"}, {"export", "--format", "csv"}}) {
            String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--db", db.toString()))
                    .toArray(String[]::new);
            Run r = run(full);
            assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.out().contains("example-monitor.org"), String.join(" ", args) + ": " + r.out());
            assertFalse(r.out().matches("(?s).*(article|unknown outlet) \\(?[0-9a-f]{8,}.*"), String.join(" ", args) + ": " + r.out());
        }
    }

    @Test
    void readCommandsNeverMakeAStoreAndIngestNeverMakesADirectory(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nowhere.db");
        for (String[] args : new String[][] {{"events"}, {"timeline", "Hama"}, {"control", "--as-of", "2024-12-05"}, {"contradictions"}, {"framing"},
                {"report"}, {"export", "--format", "geojson"}, {"serve", "--port", "0"}}) {
            String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--db", missing.toString()))
                    .toArray(String[]::new);
            Run r = run(full);
            assertEquals(2, r.code(), String.join(" ", full) + ": " + r.err());
            assertTrue(r.err().contains("no store " + missing), r.err());
            assertFalse(Files.exists(missing), "a read made the store: " + String.join(" ", full));
        }
        Path deep = dir.resolve("no").resolve("such").resolve("dir").resolve("s.db");
        Run r = run("ingest", "-q", "--db", deep.toString(), EXAMPLES.resolve("000_444ce18b90af1d36.txt").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no directory " + deep.getParent()), r.err());
        assertFalse(Files.exists(dir.resolve("no")), "ingest made directories");
        Path made = dir.resolve("s.db");
        assertEquals(0, run("ingest", "-q", "--db", made.toString(), EXAMPLES.resolve("000_444ce18b90af1d36.txt").toString()).code());
        assertTrue(Files.isRegularFile(made), "ingest makes the store file");
        assertEquals(0, run("events", "--db", made.toString()).code());
    }

    @Test
    void badInputsGiveDiagnosticsTheRestIsProcessedAndTheExitCodeIs1(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "On March 12, government forces captured the town of Saraqib in Idlib province.");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3});
        Files.write(dir.resolve("latin1.txt"), "Rebels entered the caf\u00e9 district of Saraqib.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("scripts.html"), "<html><script>var a='captured';</script><style>b{}</style></html>");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"ok1\",\"text\":\"On March 12, rebels captured the town of Saraqib.\"}\n"
                + "this is not json\n{\"id\":\"ok2\",\"text\":\"Clashes erupted near Saraqib on Monday.\",\"published\":\"2025-03-14\"}\n");
        Path big = dir.resolve("big.txt");
        try (var w = Files.newBufferedWriter(big)) {
            String chunk = "Rebels captured the town of Saraqib and clashes erupted ";
            for (long n = 0; n < 50L * 1024 * 1024 / chunk.length() + 1; n++) {
                w.write(chunk);
            }
        }
        Run r = run("extract", "-q", dir.toString());
        assertEquals(1, r.code());
        String err = r.err();
        assertTrue(err.contains("empty.txt") && err.contains("empty file"), err);
        assertTrue(err.contains("binary.txt") && err.contains("binary"), err);
        assertTrue(err.contains("latin1.txt") && err.contains("invalid UTF-8 at byte"), err);
        assertTrue(err.contains("scripts.html") && err.contains("no text"), err);
        assertTrue(err.contains("feed.jsonl:2") && err.contains("not JSON"), err);
        assertTrue(err.contains("big.txt") && err.contains("over the limit"), err);
        assertTrue(r.out().contains("\"doc\":\"good\""), r.out());
        assertTrue(r.out().contains("\"doc\":\"ok1\"") && r.out().contains("\"doc\":\"ok2\""), r.out());
        assertTrue(r.out().contains("\"doc\":\"latin1\""), "a file with bad bytes is still processed");
    }

    @Test
    void anUnreadableSubdirectoryOrASpecialFileIsADiagnosticAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Files.copy(EXAMPLES.resolve("000_444ce18b90af1d36.txt"), dir.resolve("a.txt"));
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.copy(EXAMPLES.resolve("000_444ce18b90af1d36.txt"), sub.resolve("b.txt"));
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0;
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.copy(EXAMPLES.resolve("000_444ce18b90af1d36.txt"), locked.resolve("c.txt"));
        boolean denied = locked.toFile().setReadable(false, false) && !Files.isReadable(locked); // root reads anyway
        try {
            Run r = run("extract", "-q", dir.toString());
            assertEquals(1, r.code(), r.err());
            assertTrue(r.err().contains("gone.txt") && r.err().contains("broken symbolic link"), r.err());
            if (fifo) {
                assertTrue(r.err().contains("pipe.txt") && r.err().contains("not a regular file"), r.err());
            }
            if (denied) {
                assertTrue(r.err().contains("locked") && r.err().contains("cannot list directory: permission denied"), r.err());
            }
            // the readable articles, above and below, are still extracted
            assertTrue(r.out().contains("\"doc\":\"a\""), r.out());
            assertTrue(r.out().contains("\"doc\":\"b\""), r.out());
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    /** {@link #run} with {@code stdin} as standard input. */
    static Run runWithStdin(String stdin, String... args) {
        java.io.InputStream old = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void limitsAreUsageErrorsWhenMeaningless() {
        for (String[] bad : List.of(new String[]{"--max-bytes", "-1"}, new String[]{"--threads", "0"},
                new String[]{"--time-limit", "0"}, new String[]{"--threads", "100000"})) {
            Run r = run("extract", "-q", bad[0], bad[1], EXAMPLES.toString());
            assertEquals(2, r.code(), String.join(" ", bad));
            assertTrue(r.out().isEmpty());
        }
    }

    @Test
    void standardInputIsReadWithinItsLimits() {
        // leading whitespace beyond 64 KiB once failed ("Mark invalid")
        Run r = runWithStdin(" ".repeat(70_000) + "{\"id\":\"x\",\"text\":\"Rebels captured the town of Suran on Monday.\"}\n",
                "extract", "-q", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"doc\":\"x\""), r.out());
        // text over --max-bytes is refused with a diagnostic, never truncated and processed
        r = runWithStdin("Rebels captured the town of Suran on Monday. ".repeat(100), "extract", "-q", "--max-bytes", "1000", "-");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("over the limit of 1000"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        // a JSON line over the limit is named and skipped without being kept whole; the next line is read
        r = runWithStdin("{\"id\":\"big\",\"text\":\"" + "a".repeat(5_000) + "\"}\n"
                + "{\"id\":\"y\",\"text\":\"Rebels captured the town of Suran on Monday.\"}\n", "extract", "-q", "--max-bytes", "1000", "-");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("stdin:1") && r.err().contains("over the limit of 1000"), r.err());
        assertTrue(r.out().contains("\"doc\":\"y\""), r.out());
    }

    @Test
    void invalidUtf8InAJsonLineIsADiagnosticNamingTheLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.jsonl");
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes("{\"id\":\"ok\",\"text\":\"Rebels captured the town of Suran on Monday.\"}\n".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("{\"id\":\"bad\",\"text\":\"Rebels captured the town of Kafr Nabl \u00e9".getBytes(StandardCharsets.UTF_8));
        b.write(0xC3); // a lead byte with no continuation
        b.writeBytes(" on Monday.\"}\n".getBytes(StandardCharsets.UTF_8));
        Files.write(f, b.toByteArray());
        Run r = run("extract", "-q", f.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bad.jsonl:2") && r.err().contains("invalid UTF-8"), r.err());
        assertTrue(r.out().contains("\"doc\":\"ok\"") && r.out().contains("\"doc\":\"bad\""), "both lines are read: " + r.out());
    }

    @Test
    void htmlArticleIsExtractedWithItsMetadata(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("strike.html");
        Files.writeString(page, "<html><head><title>Strike</title><meta property='article:published_time' content='2024-05-27T09:30:00Z'>"
                + "</head><body><nav>Home | World</nav><article><p>An Israeli airstrike hit a tent camp in Rafah on Sunday night, "
                + "killing at least 45 people, the health ministry said.</p><script>var x='captured';</script></article></body></html>");
        Run r = run("extract", "-q", page.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode e = Json.MAPPER.readTree(r.out().lines().findFirst().orElseThrow());
        assertEquals("airstrike", e.get("type").asText());
        assertEquals("IDF", e.get("actor").get("id").asText());
        assertEquals("2024-05-26T18:00", e.get("time").get("start").asText());
        assertEquals(45, e.get("casualties").get("min").asInt());
    }

    @Test
    void sidecarMetadataDatesAPlainTextArticle(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, "Rebels entered the town of Saraqib yesterday.");
        Files.writeString(dir.resolve("a.txt.meta.json"), "{\"published\":\"2025-03-14\",\"outlet\":\"Example Wire\"}");
        Run r = run("extract", "-q", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"start\":\"2025-03-13\""), r.out());
    }

    @Test
    void evalOnTheBundledExampleMeetsTheBar() throws IOException {
        Run r = run("eval", "--format", "json", "--gold", EXAMPLES.resolve("seeds.gold.json").toString(), EXAMPLES.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode s = Json.MAPPER.readTree(r.out());
        assertTrue(s.get("f1").asDouble() >= 0.90, r.out());
        assertTrue(s.get("date_accuracy").asDouble() >= 0.95, r.out());
    }

    @Test
    void evalGroupsScoresByTheMetadataItIsGiven(@TempDir Path dir) throws IOException {
        Path dev = Path.of("..", "examples", "dev-multiwar");
        Path docs = Files.createDirectories(dir.resolve("docs"));
        java.util.Set<String> ids = java.util.Set.of("A01", "A02", "B04");
        for (String id : ids) {
            Files.copy(dev.resolve("docs").resolve(id + ".txt"), docs.resolve(id + ".txt"));
        }
        Path gold = dir.resolve("gold.jsonl");
        Path meta = dir.resolve("docs.jsonl");
        Files.write(gold, Files.readAllLines(dev.resolve("gold.jsonl")).stream()
                .filter(l -> ids.stream().anyMatch(id -> l.contains("\"doc\": \"" + id + "\""))).toList());
        Files.write(meta, Files.readAllLines(dev.resolve("docs.jsonl")).stream()
                .filter(l -> ids.stream().anyMatch(id -> l.contains("\"id\": \"" + id + "\""))).toList());
        Run r = run("eval", "-q", "--gold", gold.toString(), "--meta", meta.toString(), "--group", "id:1", "--group", "genre",
                docs.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("by id:1:\n  A "), r.out());
        assertTrue(r.out().contains("\n  B "), r.out());
        assertTrue(r.out().contains("by genre:\n"), r.out());
        assertTrue(r.out().contains("placed in the article's country: "), r.out());
        assertFalse(r.out().contains("by document:"), "per-document scores only with --details: " + r.out());
    }

    @Test
    void demoIngestsTheExampleAndPrintsTheReport() {
        Run r = run("demo", "--report");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("## Control as of 2024-12-05"), r.out());
        assertTrue(r.out().contains("## Contradictions"));
        assertTrue(r.out().contains("[hard] Aleppo: date of capture by HTS"));
        assertTrue(r.out().contains("Maar Shahour"));
    }

    @Test
    void storeCommandsAnswerFromAnIngestedStore(@TempDir Path dir) {
        String db = dir.resolve("s.db").toString();
        Run ingest = run("ingest", "--db", db, "-q", EXAMPLES.toString());
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().contains("added 5 articles"), ingest.out());
        Run again = run("ingest", "--db", db, "-q", EXAMPLES.toString());
        assertTrue(again.out().contains("added 0 articles, 5 already stored"), again.out());
        Run events = run("events", "--db", db, "--place", "Aleppo", "--type", "capture", "--format", "jsonl");
        assertEquals(0, events.code(), events.err());
        assertTrue(events.out().contains("\"quote\""), "JSON carries every mention's quote");
        String id = events.out().substring(events.out().indexOf("\"id\":\"") + 6).split("\"")[0];
        Run one = run("events", "--db", db, "--id", id);
        assertEquals(0, one.code(), one.err());
        assertTrue(one.out().startsWith(id) && one.out().contains("Aleppo") && one.out().contains("    "), one.out());
        assertEquals(1, run("events", "--db", db, "--id", "ev-nosuchevent").code(), "an unknown id fails");
        Run timeline = run("timeline", "--db", db, "Kafraa");
        assertTrue(timeline.out().contains("recapture"), timeline.out());
        Run control = run("control", "--db", db, "--as-of", "2024-12-06", "--near", "35.13,36.75,2");
        assertTrue(control.out().contains("HTS (opposition)"), control.out());
        Run cx = run("contradictions", "--db", db);
        assertTrue(cx.out().contains("[soft] Hama — control history"), cx.out());
        Run framing = run("framing", "--db", db);
        assertTrue(framing.out().contains("militants") && framing.out().contains("LOADED"), framing.out());
        Run html = run("report", "--db", db, "--html");
        assertTrue(html.out().startsWith("<!DOCTYPE html>") && !html.out().contains("<script"), "report HTML is escaped");
        assertEquals(2, run("control", "--db", db).code(), "--as-of is required");
        assertEquals(2, run("events", "--db", db, "--near", "north").code(), "bad --near is a usage error");
    }

    @Test
    void gazetteerImportsAreListedRemovedAndAFileOfAnotherKindIsRefusedLeavingNothing(@TempDir Path home) throws IOException {
        Path csv = home.resolve("places.csv");
        Files.writeString(csv, "name,lat,lon\nKhartoum,15.5,32.5\nOmdurman,15.6,32.4\n");
        Run bad = run("gazetteer", "import", "--home", home.toString(), csv.toString());
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("not a GeoNames dump") && bad.err().contains("nothing imported"), bad.err());
        try (var left = Files.list(home.resolve("gazetteer"))) {
            assertEquals(List.of(), left.toList(), "a refused import leaves nothing behind");
        }
        Path dump = home.resolve("XX.txt");
        Files.writeString(dump, "9999001\tQaryat Newplace\tQaryat Newplace\t\t15.5\t32.5\tP\tPPL\tSD\t\t29\t\t\t\t1200\t\t380\tAfrica/Khartoum\t2024-01-01\n");
        assertEquals(0, run("gazetteer", "import", "--home", home.toString(), dump.toString()).code());
        Run list = run("gazetteer", "list", "--home", home.toString());
        assertEquals(0, list.code());
        assertTrue(list.out().startsWith("name") && list.out().contains("(bundled)") && list.out().contains("\nXX "), list.out());
        Run look = run("gazetteer", "lookup", "--home", home.toString(), "Qaryat Newplace");
        assertEquals(0, look.code());
        List<String> lines = look.out().lines().toList();
        assertTrue(lines.get(0).startsWith("match") && lines.get(0).contains("geonameid"), look.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("exact") && l.contains("9999001")), look.out());
        Run none = run("gazetteer", "lookup", "--home", home.toString(), "Zzyzxqwv");
        assertEquals(1, none.code());
        assertTrue(none.out().isEmpty() && none.err().contains("nothing matches 'Zzyzxqwv'"), none.err());
        Run unknown = run("gazetteer", "remove", "--home", home.toString(), "YY");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("imported: XX"), unknown.err());
        assertEquals(0, run("gazetteer", "remove", "--home", home.toString(), "XX").code());
        assertFalse(Files.exists(home.resolve("gazetteer/XX.tsv.gz")));
        assertEquals(1, run("gazetteer", "lookup", "--home", home.toString(), "Qaryat Newplace").code(), "gone with its import");
    }

    @Test
    void importedGazetteerResolvesPlacesTheBundledOneLacks(@TempDir Path home) throws IOException {
        Path dump = home.resolve("XX.txt.gz");
        String row = "9999001\tQaryat Newplace\tQaryat Newplace\tNewplace Village\t15.5\t32.5\tP\tPPL\tSD\t\t29\t\t\t\t1200\t\t380\tAfrica/Khartoum\t2024-01-01\n";
        try (var out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            out.write(row.getBytes(StandardCharsets.UTF_8));
        }
        Run imp = run("gazetteer", "import", "--home", home.toString(), dump.toString());
        assertEquals(0, imp.code(), imp.err());
        assertTrue(Files.exists(home.resolve("gazetteer/XX.tsv.gz")));
        Path compiled = home.resolve("gazetteer").resolve(Engine.COMPILED);
        assertTrue(Files.exists(compiled) && imp.out().contains("compiled gazetteer"), imp.out());
        long madeAt = Files.getLastModifiedTime(compiled).toMillis();
        try (var left = Files.list(home.resolve("gazetteer"))) {
            assertEquals(List.of("XX.tsv.gz", Engine.COMPILED, Engine.COMPILED_SIGNATURE),
                    left.map(p -> p.getFileName().toString()).sorted().toList(), "the compiler's temporary files are gone");
        }
        Run look = run("gazetteer", "lookup", "--home", home.toString(), "Qaryat Newplace");
        assertTrue(look.out().contains("9999001"), look.out());
        Path art = home.resolve("a.txt");
        Files.writeString(art, "On March 12, the RSF captured the village of Qaryat Newplace near Khartoum.");
        Run ex = run("extract", "-q", "--home", home.toString(), art.toString());
        assertTrue(ex.out().contains("\"geonameid\":9999001"), ex.out());
        assertEquals(madeAt, Files.getLastModifiedTime(compiled).toMillis(), "later starts read the compiled form, not rebuild it");
        // a damaged compiled form is rebuilt, with a warning, and the places are still found
        Files.write(compiled, new byte[]{1, 2, 3});
        Run again = run("extract", "--home", home.toString(), art.toString());
        assertTrue(again.out().contains("\"geonameid\":9999001"), again.out());
        assertTrue(again.err().contains("compiled gazetteer not used, rebuilt"), again.err());
        Run third = run("extract", "--home", home.toString(), art.toString());
        assertFalse(third.err().contains("rebuilt"), third.err());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run("extract").code());
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void missingPathIsADiagnosticNotACrash() {
        Run r = run("extract", "-q", "does/not/exist.txt");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no such file"));
        assertFalse(r.err().contains("Exception"));
    }
}
