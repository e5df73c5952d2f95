package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Main;
import picocli.CommandLine;

/** The benchmarks reach the command line through {@code CommandProvider}, and run from it. */
class BenchCommandsTest {
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

    @Test
    void theBenchmarksAreSubcommandsListedByTheHelpAfterTheOthers() {
        assertTrue(Main.COMMANDS.containsAll(new BenchCommands().commands()), Main.COMMANDS.toString());
        assertEquals(CommandLine.HelpCommand.class, Main.COMMANDS.get(Main.COMMANDS.size() - 1));
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("bench-store") && help.out().contains("bench-api") && help.out().contains("extract"), help.out());
    }

    @Test
    void theLoadBenchmarkRunsItsClientsInASecondProcessAndReportsNoErrors(@TempDir Path dir) {
        Run r = run("bench-api", "--articles", "60", "--clients", "4", "--seconds", "2", "-q", "--home", dir.resolve("home").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("latency under load") && r.out().contains("result: no errors"), r.out());
    }

    /**
     * {@code --recent}: the increments' articles are published within the last days of the store's span, as the news a
     * running deployment adds; without it, anywhere in the span.
     */
    @Test
    void theStoreBenchmarksRecentIncrementsArePublishedInTheLastDaysOfTheSpan(@TempDir Path dir) throws Exception {
        String home = dir.resolve("home").toString();
        Path db = exampleStore(dir, home);
        java.util.Set<String> before = articleIds(db);
        Run r = run("bench-store", "-q", "--existing", "--db", db.toString(), "--increments", "1", "--recent", "5", "--queries", "2",
                "--threads", "1", "--home", home);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("incremental: 1 ingests of 100 articles (published in the last 5 days) into the full store"), r.out());
        java.time.LocalDate from = StoreBenchCommand.FIRST_DAY.plusDays(730 - 5);
        int added = 0;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT id, published_start FROM articles")) {
            while (rs.next()) {
                if (before.contains(rs.getString(1))) {
                    continue;
                }
                java.time.LocalDate day = java.time.LocalDate.parse(rs.getString(2).substring(0, 10));
                assertTrue(!day.isBefore(from) && day.isBefore(from.plusDays(5)), day + " not in the last 5 days from " + from);
                added++;
            }
        }
        assertTrue(added > 90, added + " generated articles stored");
    }

    /**
     * The increments' refreshes are given one by one, in order, and their p50 without the process's first (which reads
     * and parses its windows): the p50 of four is the second, which the first's reading still weighs on.
     */
    @Test
    void theStoreBenchmarkGivesEachRefreshAndThoseAfterTheFirst(@TempDir Path dir) throws Exception {
        String home = dir.resolve("home").toString();
        Path db = exampleStore(dir, home);
        Run r = run("bench-store", "-q", "--existing", "--db", db.toString(), "--increments", "3", "--queries", "1", "--threads", "1",
                "--home", home);
        assertEquals(0, r.code(), r.out() + r.err());
        java.util.regex.Matcher all = java.util.regex.Pattern.compile("refresh p50 ([0-9.]+) s, max ([0-9.]+) s").matcher(r.out());
        java.util.regex.Matcher each = java.util.regex.Pattern.compile("each refresh in order: ([0-9.]+), ([0-9.]+), ([0-9.]+) s\n")
                .matcher(r.out());
        java.util.regex.Matcher later = java.util.regex.Pattern.compile("after the process's first: p50 ([0-9.]+) s, max ([0-9.]+) s")
                .matcher(r.out());
        assertTrue(all.find() && each.find() && later.find(), r.out());
        double[] in = {Double.parseDouble(each.group(1)), Double.parseDouble(each.group(2)), Double.parseDouble(each.group(3))};
        double[] sorted = in.clone();
        java.util.Arrays.sort(sorted);
        assertEquals(sorted[1], Double.parseDouble(all.group(1)), 0.0051, r.out());
        assertEquals(sorted[2], Double.parseDouble(all.group(2)), 0.0051, r.out());
        assertEquals(Math.max(in[1], in[2]), Double.parseDouble(later.group(1)), 0.0051, "the upper of the two after the first: " + r.out());
        assertEquals(Math.max(in[1], in[2]), Double.parseDouble(later.group(2)), 0.0051, r.out());
    }

    /**
     * With {@code --stages}, each increment's refresh is given by part, in order, besides the parts summed over all of
     * them: each part's sum over the refreshes is the sum printed (to the rounding of each figure).
     */
    @Test
    void theStoreBenchmarksStagesGiveEachRefreshByPart(@TempDir Path dir) throws Exception {
        String home = dir.resolve("home").toString();
        Path db = exampleStore(dir, home);
        Run r = run("bench-store", "-q", "--existing", "--db", db.toString(), "--increments", "3", "--queries", "1", "--threads", "1",
                "--stages", "--home", home);
        assertEquals(0, r.code(), r.out() + r.err());
        String out = r.out();
        int from = out.indexOf("each refresh by part (all threads), in order:\n");
        assertTrue(from > 0, out);
        java.util.Map<String, Double> summed = new java.util.HashMap<>();
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("\n    ([a-z-]+) +([0-9]+) ms ").matcher(out.substring(out.indexOf("time by stage"), from));
        while (part.find()) {
            summed.put(part.group(1), Double.parseDouble(part.group(2)));
        }
        assertTrue(summed.containsKey("reconcile"), out);
        java.util.Map<String, Double> each = new java.util.HashMap<>();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("\n  refresh ([0-9]+) \\(([0-9.]+) s\\): ([^\n]*)").matcher(out.substring(from - 1));
        int refreshes = 0;
        while (line.find()) {
            assertEquals(++refreshes, Integer.parseInt(line.group(1)), out);
            for (String p : line.group(3).isEmpty() ? new String[0] : line.group(3).split(", ")) {
                String[] nameMs = p.split(" ");
                each.merge(nameMs[0], Double.parseDouble(nameMs[1]), Double::sum);
            }
        }
        assertEquals(3, refreshes, out);
        assertEquals(summed.keySet(), each.keySet(), out);
        summed.forEach((name, ms) -> assertEquals(ms, each.get(name), 2.0, name + " in " + out));
    }

    /** A store of the bundled example, ingested by {@code sitrep ingest} with this home. */
    private static Path exampleStore(Path dir, String home) throws Exception {
        Path db = dir.resolve("store.db");
        Run made = run("ingest", "-q", "--db", db.toString(), "--home", home, Path.of("..", "examples", "hama-2024-12").toString());
        assertEquals(0, made.code(), made.out() + made.err());
        return db;
    }

    /** {@code --corpus}: the ingest and extraction alone are measured on the given files, each once. */
    @Test
    void theStoreBenchmarkMeasuresTheIngestOfAGivenCorpus(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("store.db");
        Run r = run("bench-store", "-q", "--corpus", Path.of("..", "examples", "hama-2024-12").toString(), "--articles", "4",
                "--events", "10", "--increments", "0", "--queries", "2", "--threads", "1", "--db", db.toString(), "--keep",
                "--home", dir.resolve("home").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("corpus: 4 articles"), r.out());
        assertTrue(r.out().contains("ingest:  4 articles"), r.out());
        assertTrue(r.out().contains("baseline extraction only:") && r.out().contains("(on 4 articles)"), r.out());
        assertTrue(r.out().contains("ratio ingest / extraction only:"), r.out());
        // the measured store holds the given articles (and generated ones only if they were needed for --events)
        java.util.Set<String> docs = new java.util.HashSet<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT doc FROM articles")) {
            while (rs.next()) {
                docs.add(rs.getString(1));
            }
        }
        assertEquals(4, docs.stream().filter(d -> d.startsWith("00")).count(), docs.toString());
        Run none = run("bench-store", "-q", "--corpus", dir.resolve("nothing-here").toString(), "--articles", "4", "--threads", "1",
                "--home", dir.resolve("home").toString());
        assertEquals(2, none.code(), none.out() + none.err());
    }

    /**
     * {@code --bulk-refreshes}: the measured articles written again to a store of their own, refreshed in as many fresh
     * copies, each the refresh of the same partitions as the ingest's own; the scratch stores are gone afterwards.
     */
    @Test
    void theStoreBenchmarkTimesBulkRefreshesOfCopiesOfTheWrittenArticles(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("store.db");
        Run r = run("bench-store", "-q", "--corpus", Path.of("..", "examples", "hama-2024-12").toString(), "--articles", "5",
                "--events", "10", "--increments", "0", "--queries", "1", "--threads", "2", "--db", db.toString(), "--keep",
                "--bulk-refreshes", "3", "--home", dir.resolve("home").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        java.util.regex.Matcher ingest = java.util.regex.Pattern.compile("refresh of ([0-9]+) partitions").matcher(r.out());
        assertTrue(ingest.find(), r.out());
        java.util.regex.Matcher bulk = java.util.regex.Pattern.compile("bulk refreshes \\(the measured articles written again to a new "
                + "store, ([0-9]+) partitions; each a fresh copy of it, in order\\): ([0-9.]+), ([0-9.]+), ([0-9.]+) s; median ([0-9.]+) s").matcher(r.out());
        assertTrue(bulk.find(), r.out());
        assertTrue(Integer.parseInt(ingest.group(1)) > 1, r.out());
        assertEquals(ingest.group(1), bulk.group(1), "the copies refresh what the ingest refreshed: " + r.out());
        double[] each = {Double.parseDouble(bulk.group(2)), Double.parseDouble(bulk.group(3)), Double.parseDouble(bulk.group(4))};
        java.util.Arrays.sort(each);
        assertEquals(each[1], Double.parseDouble(bulk.group(5)), 1e-9, r.out());
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(dir)) {
            assertEquals(java.util.List.of(), left.map(f -> f.getFileName().toString()).filter(f -> f.contains(".bulk")).toList());
        }
    }

    private static java.util.Set<String> articleIds(Path db) throws java.sql.SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        assertTrue(!ids.isEmpty());
        return ids;
    }

    @Test
    void theExtractionBenchmarkSaysWhereTheTimeWentStageByStage(@TempDir Path dir) {
        Run r = run("bench", "--corpus", Path.of("..", "examples", "hama-2024-12").toString(), "--stages", "--warm-up", "0",
                "--threads", "1", "-q", "--home", dir.resolve("home").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String out = r.out();
        assertTrue(out.contains("time by stage"), out);
        for (String stage : new String[]{"clean", "date", "sentences", "scan", "read", "reconcile"}) {
            assertTrue(out.lines().anyMatch(l -> l.matches("\\s+" + stage + "\\s+\\d+ ms\\s+[\\d.]+%")), stage + " in " + out);
        }
        // parts are listed under their stage and not added to the sum: the stages' shares add up to about 100%
        double sum = out.lines().filter(l -> l.matches("  \\S.*%")).mapToDouble(l -> Double.parseDouble(l.replaceAll(".* ([\\d.]+)%$", "$1"))).sum();
        assertEquals(100, sum, 1.0, out);
        assertTrue(out.lines().anyMatch(l -> l.matches("    times\\s+\\d+ ms.*")), out);
        // and how fast words new to the process are read: the five example articles, each pass forgetting the lemmas
        assertTrue(out.lines().anyMatch(l -> l.matches("  words new to it: +[\\d.]+ MB/s per core, .*\\(5 distinct articles, .* pass\\(es\\) "
                + "each starting with no lemma remembered\\)")), out);
    }
}
