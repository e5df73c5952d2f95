package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreJson;

/**
 * The job in a Flink MiniCluster (a local environment) writing to PostgreSQL ({@code $SITREP_TEST_PG}; skipped
 * without it unless {@code SITREP_PG=required}): its store must equal a single-process ingest of the same articles,
 * for the bundled example and for a stream with late and duplicated articles, at parallelism 1 and 2.
 */
class SitrepJobIT {
    static final Path EXAMPLES = Path.of("..", "examples", "hama-2024-12");
    static String pg;

    @BeforeAll
    static void database() {
        pg = System.getenv("SITREP_TEST_PG");
        if (pg == null || pg.isBlank()) {
            if ("required".equals(System.getenv("SITREP_PG"))) {
                throw new AssertionError("SITREP_PG=required but SITREP_TEST_PG is not set");
            }
            Assumptions.assumeTrue(false, "no SITREP_TEST_PG: the Flink job tests are skipped");
        }
    }

    /** A fresh schema of the test database, as a store location. */
    static String freshStore(String name) {
        return org.sitrep.store.EventStores.schemaOf(pg, name + "_" + Long.toHexString(System.nanoTime()));
    }

    /** The example's articles as the job reads them. */
    static List<ArticleIn> example() throws java.io.IOException {
        List<ArticleIn> out = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(EXAMPLES)) {
            for (Path p : files.filter(f -> org.sitrep.core.ingest.Documents.isArticleFile(f.getFileName().toString())).sorted().toList()) {
                for (RawDocument d : ArticleSources.ReadFile.read(p)) {
                    out.add(ArticleIn.of(d, 0));
                }
            }
        }
        return out;
    }

    /** Runs the job over the articles into a fresh store; answers its location. */
    static String runJob(ArticleSource source, int parallelism) throws Exception {
        String store = freshStore("job");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
        int emitted = 0;
        try (var events = new SitrepJob(source, null, Settings.of(store)).events(env).executeAndCollect("sitrep-test")) {
            while (events.hasNext()) {
                events.next();
                emitted++;
            }
        }
        assertTrue(emitted > 0, "refreshed events are emitted");
        return store;
    }

    /** A single-process ingest of the distinct articles into a fresh store; answers its location. */
    static String ingestOnce(List<ArticleIn> articles) {
        String store = freshStore("once");
        FlinkBench.ingestOnce(articles, store);
        return store;
    }

    /** Everything a store answers: counts, events, control on every day, every timeline, contradictions, framing. */
    static String dump(String location) {
        StringBuilder sb = new StringBuilder();
        try (EventStore s = org.sitrep.store.EventStores.open(location)) {
            sb.append(s.counts()).append('\n').append(s.pending()).append(" pending\n").append(s.articleIds()).append('\n');
            s.events(new EventQuery(null, null, null, null, null, null, null, 1_000_000)).forEach(e -> sb.append(StoreJson.write(e)).append('\n'));
            Set<String> places = new TreeSet<>();
            for (LocalDate d = LocalDate.parse("2024-11-20"); d.isBefore(LocalDate.parse("2024-12-15")); d = d.plusDays(1)) {
                for (ControlPeriod p : s.control(d, null)) {
                    sb.append(d).append(' ').append(StoreJson.write(p)).append('\n');
                    places.add(p.placeKey());
                }
            }
            places.forEach(k -> s.timeline(k).forEach(p -> sb.append(StoreJson.write(p)).append('\n')));
            s.contradictions(true).forEach(c -> sb.append(StoreJson.write(c)).append('\n'));
            s.framing().forEach(f -> sb.append(f).append('\n'));
        }
        return sb.toString();
    }

    @Test
    void theJobOnTheBundledExampleStoresWhatASingleProcessIngestStores() throws Exception {
        List<ArticleIn> articles = example();
        assertEquals(5, articles.size());
        String expected = dump(ingestOnce(articles));
        assertTrue(expected.contains("gn:170017"), "the example's places are there (Hama by its GeoNames key)");
        for (int parallelism : List.of(1, 2)) {
            assertEquals(expected, dump(runJob(ArticleSources.files(List.of(EXAMPLES.toString())), parallelism)), "parallelism " + parallelism);
        }
    }

    @Test
    void theJobRaisesTheWatchlistsAlertsOnceAsAnIngestWould() throws Exception {
        List<ArticleIn> articles = example();
        String watchlist = "{\"name\": \"hama\", \"area\": {\"admin1\": \"Hama\", \"country\": \"SY\"}, \"control\": true, \"events\": false}";
        String store = freshStore("alerts");
        try (EventStore s = org.sitrep.store.EventStores.open(store)) {
            s.monitor().saveWatchlist("hama", watchlist);
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        new SitrepJob(ArticleSources.of(articles), null, Settings.of(store)).build(env);
        env.execute("sitrep-alerts");
        List<String> subjects;
        try (EventStore s = org.sitrep.store.EventStores.open(store)) {
            subjects = s.monitor().alerts(null, 0, 1000).stream().map(a -> a.subject()).toList();
        }
        assertTrue(subjects.size() > 0, "control alerts in Hama");
        // every alert lies in the watched division, and a place alerts again only when its holder changed again
        try (EventStore s = org.sitrep.store.EventStores.open(store)) {
            for (org.sitrep.store.Monitor.Alert a : s.monitor().alerts(null, 0, 1000)) {
                assertEquals("control", a.kind());
                assertEquals("Hama", StoreJson.MAPPER.readTree(a.json()).path("place").path("admin1").asText(), a.json());
            }
            for (String subject : new TreeSet<>(subjects)) {
                List<String> holders = s.monitor().alerts(null, 0, 1000).stream().filter(a -> a.subject().equals(subject))
                        .map(a -> a.json().replaceAll(".*\"controller\":(\"[^\"]*\"|null).*", "$1")).toList();
                for (int i = 1; i < holders.size(); i++) {
                    assertTrue(!holders.get(i).equals(holders.get(i - 1)), subject + ": " + holders);
                }
            }
        }
    }

    @Test
    void withoutAnEventsSinkTheJobStillRefreshesTheStore() throws Exception {
        List<ArticleIn> articles = example();
        String store = freshStore("nosink");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(2);
        new SitrepJob(ArticleSources.of(articles), null, Settings.of(store)).build(env);
        env.execute("sitrep-no-sink");
        assertEquals(dump(ingestOnce(articles)), dump(store));
    }

    @Test
    void aWebArchiveStoresWhatASingleProcessIngestOfItsPagesStores(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String[]> pages = new ArrayList<>();
        for (ArticleIn a : example()) {
            String html = "<html><head><title>" + a.doc() + "</title>" + (a.published() == null ? ""
                    : "<meta property=\"article:published_time\" content=\"" + a.published() + "\">") + "</head><body><article>"
                    + java.util.Arrays.stream(a.text().split("\n")).map(p -> "<p>" + p.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
                    .reduce("", String::concat) + "</article></body></html>";
            pages.add(new String[] {"https://news.example/" + a.doc(), html});
        }
        Path warc = SourcesTest.warc(dir, pages);
        List<ArticleIn> read = SourcesTest.read(warc);
        assertEquals(pages.size(), read.size());
        String store = runJob(ArticleSources.warc(List.of(warc.toString())), 2);
        assertEquals(dump(ingestOnce(read)), dump(store));
    }

    @Test
    void lateAndDuplicatedArticlesEndInTheSameStore() throws Exception {
        List<ArticleIn> distinct = new ArrayList<>(example());
        distinct.addAll(Variants.of(example(), 12, new Random(11)));
        List<ArticleIn> stream = new ArrayList<>(distinct);
        Random r = new Random(7);
        for (int i = 0; i < 8; i++) { // re-sent copies
            stream.add(distinct.get(r.nextInt(distinct.size())));
        }
        stream.sort(java.util.Comparator.comparingLong(ArticleIn::eventTime)); // in publication order…
        Collections.reverse(stream.subList(0, stream.size() / 2)); // …but the older half arrives newest first: late
        Collections.swap(stream, 0, stream.size() - 1); // and the newest article first of all
        String expected = dump(ingestOnce(distinct));
        assertEquals(expected, dump(runJob(ArticleSources.of(stream), 2)));
    }
}
