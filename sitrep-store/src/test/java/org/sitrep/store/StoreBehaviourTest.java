package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import org.sitrep.core.testing.RandomInputs;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Extraction;

/** Order independence, incremental refresh, the empty store and random input. */
class StoreBehaviourTest {
    @TempDir
    Path dir;

    /** Everything derived, as text: events with their mentions, periods, contradictions, framing. */
    static String dump(EventStore s) {
        StringBuilder sb = new StringBuilder();
        s.events(new EventQuery(null, null, null, null, null, null, null, 1_000_000)).forEach(e -> sb.append(StoreJson.write(e)).append('\n'));
        s.control(java.time.LocalDate.parse("2024-12-02"), null).forEach(p -> sb.append(StoreJson.write(p)).append('\n'));
        s.timeline("Hama").forEach(p -> sb.append(StoreJson.write(p)).append('\n'));
        s.contradictions(true).forEach(c -> sb.append(StoreJson.write(c)).append('\n'));
        s.framing().forEach(f -> sb.append(f).append('\n'));
        s.events(new EventQuery(null, null, null, null, null, null, "Hama OR army", 1_000_000)).forEach(e -> sb.append(e.id()).append(' '));
        s.events(new EventQuery(null, null, null, null, null, Near.parse("35.13,36.75,30"), null, 1_000_000)).forEach(e -> sb.append(e.id()).append(' '));
        sb.append('\n');
        // every derived row, in a fixed order (rowids aside): periods of all places, index rows per event
        try {
            java.sql.Connection c = ((SqlEventStore) s).connection(); // the rows themselves: this implementation's tables
            for (String sql : List.of("SELECT id || ' ' || members || ' ' || COALESCE(timeline_key, '-') || place_keys FROM events ORDER BY id",
                    "SELECT json FROM control_periods ORDER BY partition, place_key, seq",
                    "SELECT brief FROM control_periods ORDER BY partition, place_key, seq",
                    "SELECT id || ' ' || COALESCE(event_id, '-') || ' ' || json FROM contradictions ORDER BY id",
                    "SELECT e.id FROM events e JOIN events_rtree r ON r.id = e.rowid ORDER BY e.id",
                    "SELECT p.place_key || ':' || p.seq || ' ' || r.from_day || ' ' || r.to_day FROM control_periods p "
                            + "JOIN control_rtree r ON r.id = p.rowid ORDER BY p.place_key, p.seq",
                    "SELECT COUNT(*) FROM event_mentions")) {
                try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet r = st.executeQuery(sql)) {
                    while (r.next()) {
                        sb.append(r.getString(1)).append('\n');
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return sb.toString();
    }

    /** The example plus shortened re-publications of it by other outlets: many merges, many changes on refresh. */
    static List<Extraction> withVariants() {
        List<Extraction> out = new ArrayList<>(Seeds.extractions());
        Random r = new Random(7);
        List<Path> files = new ArrayList<>();
        try (java.util.stream.Stream<Path> st = java.nio.file.Files.list(Seeds.DIR)) {
            st.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (int v = 0; v < 2; v++) {
            for (Path f : files) {
                String text;
                try {
                    text = java.nio.file.Files.readString(f);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                StringBuilder sb = new StringBuilder();
                for (String para : text.split("\n\\s*\n")) {
                    if (r.nextInt(3) > 0) {
                        sb.append(para).append("\n\n");
                    }
                }
                String doc = f.getFileName().toString().replace(".txt", "") + "-v" + v;
                out.add(Seeds.extract(doc, sb.toString(), new org.sitrep.core.ingest.Metadata(null, null, "variant" + v + ".example",
                        "2024-12-0" + (5 + v), "en")));
            }
        }
        return out;
    }

    @Test
    void ingestingInAnyOrderOrIncrementallyGivesTheSameStore() {
        List<Extraction> xs = Seeds.extractions();
        String all;
        try (EventStore s = Seeds.store(dir.resolve("a.db"), xs)) {
            all = dump(s);
        }
        List<Extraction> reversed = new ArrayList<>(xs);
        Collections.reverse(reversed);
        try (EventStore s = Seeds.store(dir.resolve("b.db"), reversed)) {
            assertEquals(all, dump(s));
        }
        for (long seed = 1; seed <= 3; seed++) {
            List<Extraction> shuffled = new ArrayList<>(xs);
            Collections.shuffle(shuffled, new Random(seed));
            try (EventStore s = TestStores.open(dir.resolve("c" + seed + ".db"))) {
                for (Extraction x : shuffled) {
                    s.add(x);
                    s.refresh(); // incremental: derived data updated after every article
                }
                s.add(shuffled.get(0)); // a repeat changes nothing
                s.refresh();
                assertEquals(all, dump(s), "order " + seed);
            }
        }
    }

    @Test
    void refreshingAfterEveryArticleRewritesOnlyWhatChangedAndEndsWhereABulkIngestDoes() {
        List<Extraction> xs = withVariants();
        String all;
        try (EventStore s = Seeds.store(dir.resolve("bulk.db"), xs)) {
            all = dump(s);
            assertTrue(s.counts().events() > 0 && s.counts().periods() > 0);
        }
        for (long seed = 11; seed <= 12; seed++) {
            List<Extraction> shuffled = new ArrayList<>(xs);
            Collections.shuffle(shuffled, new Random(seed));
            try (EventStore s = TestStores.open(dir.resolve("inc" + seed + ".db"))) {
                java.util.Set<String> ids = new java.util.TreeSet<>();
                for (Extraction x : shuffled) {
                    s.add(x);
                    s.refresh();
                    EventStore.Changes changed = s.lastChanges(); // what a stream of changes (the Flink job's) carries
                    ids.removeAll(changed.removed());
                    ids.addAll(changed.written());
                    assertTrue(java.util.Collections.disjoint(changed.written(), changed.removed()));
                }
                assertEquals(s.events(EventQuery.all()).stream().map(e -> e.id()).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)),
                        ids, "applying every refresh's changes gives the stored events");
                assertEquals(all, dump(s), "order " + seed);
                assertTrue(s.refreshCounts().windowed() > 5, "partitions refreshed from a window: " + s.refreshCounts().windowed());
            }
        }
    }

    /**
     * Articles whose event mentions are drawn at random over a region of about 50 x 45 km: gazetteer towns and
     * landmarks a few km apart (so that merges chain from town to landmark to town), from seed 3 on also landmarks
     * without a gazetteer entry, from seed 4 on also places matched by spelling (unlisted names in several
     * transliterations, sometimes written by the source in another, and the province itself, which the gazetteer
     * resolves without an entry), both sides, precise, inferred and unknown times.
     */
    /** Unlisted names as reports spell them: some are spellings of one name, some only share a first letter. */
    static final String[] SPELLINGS = {"Maar Shahour", "Maar Shohur", "Maarshahur", "Marj al-Zohour", "Tell Abyad", "Tal Abiad",
        "Tall Hamid", "Kafr Nabudah", "Kafr Nabouda", "Kfar Nabuda", "Zayn al-Abidin", "Zein al-Abedin", "Jabal Zeinedin", "Suran",
        "Souran", "Saraqib", "Halfaya", "Helfaya", "Hasraya"};

    static List<Extraction> randomRegion(long seed, int articles) {
        return randomRegion(seed, articles, 20);
    }

    /** As {@link #randomRegion(long, int)}, published over {@code days} days from 2024-12-01. */
    static List<Extraction> randomRegion(long seed, int articles, int days) {
        Random r = new Random(seed);
        List<org.sitrep.core.model.ResolvedPlace> places = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            double lat = 35.0 + r.nextDouble() * 0.5;
            double lon = 36.6 + r.nextDouble() * 0.5;
            int kind = seed >= 4 ? r.nextInt(26) : seed == 3 ? r.nextInt(20) : r.nextInt(17);
            places.add(kind < 10 ? new org.sitrep.core.model.ResolvedPlace("Town " + k, 500 + k, lat, lon, "Hama", "SY",
                    org.sitrep.core.model.GeoPrecision.TOWN, true)
                    : kind < 17 ? new org.sitrep.core.model.ResolvedPlace("Hill " + k, 900 + k, lat, lon, "Hama", "SY",
                    org.sitrep.core.model.GeoPrecision.POINT, true)
                    : kind < 20 ? new org.sitrep.core.model.ResolvedPlace("Crossroads " + k, null, lat, lon, "Hama", "SY",
                    org.sitrep.core.model.GeoPrecision.POINT, true)
                    : kind < 25 ? new org.sitrep.core.model.ResolvedPlace(SPELLINGS[r.nextInt(SPELLINGS.length)], null, 35.13, 36.75,
                    "Hama", "SY", org.sitrep.core.model.GeoPrecision.TOWN, false)
                    : new org.sitrep.core.model.ResolvedPlace("Hama", null, 35.13, 36.75, "Hama", "SY",
                    org.sitrep.core.model.GeoPrecision.PROVINCE, true));
        }
        org.sitrep.core.model.EventType[] types = {org.sitrep.core.model.EventType.CAPTURE, org.sitrep.core.model.EventType.ENTER,
            org.sitrep.core.model.EventType.WITHDRAW, org.sitrep.core.model.EventType.ATTACK, org.sitrep.core.model.EventType.RECAPTURE};
        List<Extraction> out = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            java.time.LocalDate published = java.time.LocalDate.of(2024, 12, 1).plusDays(r.nextInt(days));
            Extraction x = Seeds.extract("region-" + seed + "-" + a, "Report " + a + " of series " + seed + ".",
                    new org.sitrep.core.ingest.Metadata(null, null, "outlet" + r.nextInt(6) + ".example", published.toString(), "en"));
            List<org.sitrep.core.model.EventMention> ms = new ArrayList<>();
            for (int k = 1 + r.nextInt(4); k > 0; k--) {
                org.sitrep.core.model.ResolvedPlace p = places.get(r.nextInt(places.size()));
                boolean gov = r.nextBoolean();
                org.sitrep.core.model.ActorRef actor = gov ? new org.sitrep.core.model.ActorRef("the army", "SAA", "government")
                        : new org.sitrep.core.model.ActorRef("rebels", "HTS", "opposition");
                java.time.LocalDate day = published.minusDays(r.nextInt(4));
                org.sitrep.core.model.TimeMention t = switch (r.nextInt(4)) {
                    case 0 -> null;
                    case 1 -> new org.sitrep.core.model.TimeMention(null, "(publication)", new org.sitrep.core.model.TimeInterval(
                            day.atStartOfDay(), day.plusDays(1).atStartOfDay(), org.sitrep.core.model.TimePrecision.INFERRED));
                    default -> new org.sitrep.core.model.TimeMention(null, "that day", org.sitrep.core.model.TimeInterval.day(day));
                };
                String quote = "Mention " + k + " of report " + a + " at " + p.name() + ".";
                ms.add(new org.sitrep.core.model.EventMention(x.article().doc(), 0, types[r.nextInt(types.length)],
                        r.nextInt(12) == 0 ? org.sitrep.core.model.Realis.DENIED : org.sitrep.core.model.Realis.ASSERTED, "took", actor, null,
                        new org.sitrep.core.model.PlaceMention(new org.sitrep.core.model.Span(0, 1),
                                !p.resolved() && r.nextInt(3) == 0 ? SPELLINGS[r.nextInt(SPELLINGS.length)] : p.name(), p.name(), p,
                                org.sitrep.core.model.PlaceMention.Kind.NAME), t, null, null, quote, new org.sitrep.core.model.Span(0, 1), 0.8));
            }
            out.add(new Extraction(x.article(), ms, List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aReconcilerRunOutsideTheStoreOverItsStateEndsWhereTheStoresOwnRefreshDoesAndAStaleResultIsNotWritten() {
        List<Extraction> xs = new ArrayList<>(withVariants());
        Collections.shuffle(xs, new Random(9));
        org.sitrep.core.reconcile.PartitionReconciler reconciler = new org.sitrep.core.reconcile.PartitionReconciler();
        try (EventStore inside = TestStores.open(dir.resolve("inside.db")); EventStore outside = TestStores.open(dir.resolve("outside.db"))) {
            int stale = 0;
            for (int i = 0; i < xs.size(); i++) {
                Extraction x = xs.get(i);
                inside.add(x);
                inside.refresh();
                outside.add(x);
                for (String part : EventStores.partitions(x)) {
                    PartitionState state = outside.partitionState(part);
                    org.sitrep.core.reconcile.PartitionReconciler.PartitionResult result = state.reconcile(reconciler);
                    if (i + 1 < xs.size() && i % 4 == 0 && EventStores.partitions(xs.get(i + 1)).contains(part)) {
                        // an article lands in the partition between the read and the write: the result is stale
                        outside.add(xs.get(i + 1));
                        stale++;
                    }
                    outside.persist(state, result);
                }
            }
            outside.refresh(); // whatever a stale write left marked
            assertEquals(0, outside.pending());
            assertTrue(stale > 0, "some results went stale");
            assertEquals(dump(inside), dump(outside));
        }
    }

    /** The example with its variants and three random regions (one over two months), in a fixed shuffled order. */
    private static List<Extraction> manyPartitions() {
        List<Extraction> xs = new ArrayList<>(withVariants());
        xs.addAll(randomRegion(3, 60));
        xs.addAll(randomRegion(4, 80));
        xs.addAll(randomRegion(5, 80, 60));
        Collections.shuffle(xs, new Random(17));
        return xs;
    }

    @Test
    void aRefreshOnWorkerThreadsWritesWhatARefreshOnOneThreadWrites() {
        List<Extraction> xs = manyPartitions();
        try (EventStore one = TestStores.open(dir.resolve("one.db")); EventStore many = TestStores.open(dir.resolve("many.db"))) {
            ((SqlEventStore) one).refreshThreads(1, 1, 0);
            // partitions of more than 8 mentions are the large partitions' threads' (Hama's 712 at the end, an actor's 11,
            // Aleppo's 10): both kinds in every refresh, and in the later ones several large ones, the largest on a
            // thread of its own
            ((SqlEventStore) many).refreshThreads(3, 1, 8);
            // four increments: the first refresh recomputes partitions whole, the later ones from windows of them
            for (int from = 0; from < xs.size(); from += (xs.size() + 3) / 4) {
                List<Extraction> part = xs.subList(from, Math.min(xs.size(), from + (xs.size() + 3) / 4));
                one.addAll(part);
                many.addAll(part);
                int refreshed = one.refresh();
                org.sitrep.core.StageTimes.start();
                try {
                    assertEquals(refreshed, many.refresh());
                } finally {
                    org.sitrep.core.StageTimes.stop();
                }
                // the writer's time waiting for the workers, which bench-store --stages shows
                assertTrue(org.sitrep.core.StageTimes.snapshot().containsKey("refresh:wait"), org.sitrep.core.StageTimes.snapshot().toString());
                assertEquals(dump(one), dump(many));
                assertEquals(0, many.pending());
            }
            long[] counts = ((SqlEventStore) many).parallelCounts();
            assertTrue(counts[0] > 0, "the refresh ran on worker threads");
            assertTrue(counts[3] > 0, "and read and reconciled large partitions on their own thread");
            assertTrue(counts[4] > 0, "and the largest of several large partitions on a thread of its own");
            assertEquals(one.refreshCounts(), many.refreshCounts());
        }
    }

    /** A refresh's workers on the store at {@code location}, without a mention cache. */
    private static ParallelRefresh refreshWorkers(String location, int threads, long largeMentions) throws java.sql.SQLException {
        return new ParallelRefresh(location, Dialect.of(location), threads, largeMentions, new MentionCache(0),
                new java.util.concurrent.atomic.AtomicLongArray(2));
    }

    /** Adds {@link #manyPartitions()} to the store without a refresh (every partition is marked); answers their event partitions, sorted. */
    private static List<String> addedUnrefreshed(EventStore store) {
        store.addAll(manyPartitions());
        java.util.TreeSet<String> parts = new java.util.TreeSet<>();
        for (Extraction x : manyPartitions()) {
            parts.addAll(EventStores.partitions(x));
        }
        parts.removeIf(org.sitrep.core.reconcile.PartitionReconciler::isClaims);
        return new ArrayList<>(parts);
    }

    @Test
    void theLargestPartitionIsComputedFromTheRefreshsStartWhileTheOthersWaitForTheWriter() throws Exception {
        Path file = dir.resolve("largest.db");
        String location = TestStores.location(file);
        try (EventStore store = EventStores.open(location)) {
            List<String> parts = addedUnrefreshed(store);
            assertTrue(parts.size() >= 3, parts.toString());
            List<String> three = parts.subList(0, 3);
            org.sitrep.core.reconcile.PartitionReconciler one = new org.sitrep.core.reconcile.PartitionReconciler();
            try (ParallelRefresh workers = refreshWorkers(location, 2, 0)) {
                // all three large, the last the largest: it is taken first, before the writer wrote either other one
                workers.plan(three, new long[] {5, 5, 20}, 2);
                assertEquals(2, workers.largest());
                assertEquals(0, workers.nextLarge());
                ParallelRefresh.Computed last = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                        () -> workers.take(2));
                assertEquals(three.get(2), last.partition());
                ParallelRefresh.Computed first = workers.take(0);
                assertThrows(IllegalStateException.class, () -> workers.take(1), "the second is computed once the first is written");
                workers.written(0);
                assertEquals(1, workers.nextLarge());
                ParallelRefresh.Computed second = workers.take(1);
                workers.written(1);
                workers.written(2);
                for (ParallelRefresh.Computed c : List.of(first, second, last)) {
                    org.sitrep.core.reconcile.PartitionReconciler.PartitionResult expected = store.partitionState(c.partition()).reconcile(one);
                    assertEquals(expected.written(), c.result().written(), c.partition());
                    assertEquals(expected.periods(), c.result().periods(), c.partition());
                }
            }
            try (ParallelRefresh workers = refreshWorkers(location, 1, 0)) {
                // the first the largest: the other two one at a time beside it
                workers.plan(three, new long[] {20, 15, 15}, 2);
                assertEquals(0, workers.largest());
                assertEquals(1, workers.nextLarge());
                assertEquals(three.get(0), workers.take(0).partition());
                workers.written(0);
                assertEquals(1, workers.nextLarge());
                assertEquals(three.get(1), workers.take(1).partition());
                workers.written(1);
                assertEquals(2, workers.nextLarge(), "the next once the one before is written");
                assertEquals(three.get(2), workers.take(2).partition());
                workers.written(2);
                assertEquals(-1, workers.nextLarge());
            }
            try (ParallelRefresh workers = refreshWorkers(location, 1, 0)) {
                // one large partition: computed on the large partitions' thread, none on a thread of its own
                workers.plan(three, new long[] {0, 7, 0}, 2);
                assertEquals(-1, workers.largest());
                assertEquals(three.get(0), workers.take(0).partition());
                workers.written(0);
                assertEquals(three.get(1), workers.take(1).partition());
                workers.written(1);
                assertEquals(three.get(2), workers.take(2).partition());
            }
            assertEquals(2, ParallelRefresh.largest(new long[] {3, 0, 9, 9, 0}), "the first of the most mentions");
            assertEquals(-1, ParallelRefresh.largest(new long[] {0, 0, 9}));
        }
    }

    @Test
    void theRowidsTheStoreGivesEventsAndPeriodsAreThoseSqliteGives() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite numbers its rows; PostgreSQL's are asked for");
        List<Extraction> xs = new ArrayList<>(randomRegion(4, 90));
        xs.addAll(withVariants());
        Path numbered = dir.resolve("numbered.db");
        Path asked = dir.resolve("asked.db");
        try (EventStore a = TestStores.open(numbered); EventStore b = TestStores.open(asked)) {
            ((SqlEventStore) b).askRowids();
            // refreshed after every few articles: events and periods are rewritten, the latest ones among them (whose
            // deletion gives their rowids back to the next rows) as well as older ones
            for (int from = 0; from < xs.size(); from += 7) {
                List<Extraction> part = xs.subList(from, Math.min(xs.size(), from + 7));
                a.addAll(part);
                b.addAll(part);
                a.refresh();
                b.refresh();
            }
            assertEquals(dump(a), dump(b));
        }
        String[] queries = {"SELECT rowid, id FROM events ORDER BY rowid", "SELECT rowid, place_key, seq FROM control_periods ORDER BY rowid",
            "SELECT id, min_lat, min_lon, min_day FROM events_rtree ORDER BY id", "SELECT id, from_day, min_lat FROM control_rtree ORDER BY id",
            "SELECT rowid FROM events_fts ORDER BY rowid"};
        for (String q : queries) {
            List<String> got = rows(numbered, q);
            List<String> want = rows(asked, q);
            assertTrue(got.size() > 10, q + ": " + got.size() + " rows");
            int first = 0;
            while (first < Math.min(got.size(), want.size()) && got.get(first).equals(want.get(first))) {
                first++;
            }
            assertEquals(want.size(), first, q + ": row " + first + " of " + want.size() + " is "
                    + (first < got.size() ? got.get(first) : "missing") + ", SQLite gave " + (first < want.size() ? want.get(first) : "none"));
            assertEquals(want.size(), got.size(), q);
        }
        assertTrue(Long.parseLong(rows(numbered, "SELECT max(rowid) FROM events").get(0)) > Long.parseLong(rows(numbered, "SELECT count(*) FROM events").get(0)),
                "events were deleted along the way");
    }

    /** The events' rows as stored (their JSON and briefs as text), by id, read through the store's own connection. */
    private static List<String> eventRows(EventStore s) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (java.sql.Statement st = ((SqlEventStore) s).connection().createStatement();
             java.sql.ResultSet r = st.executeQuery("SELECT id, json, brief, place_keys, timeline_key FROM events ORDER BY id")) {
            while (r.next()) {
                out.add(r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4) + "|" + r.getString(5));
            }
        }
        return out;
    }

    /** The rows a query answers in a SQLite file, each as its columns joined by '|'. */
    private static List<String> rows(Path file, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet r = st.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    /**
     * A store of the first half of the extractions added in one batch and refreshed, then the rest added one by one and
     * refreshed, on {@code threads} refresh threads (1: the writer's own).
     */
    private static EventStore halfInBulkHalfAlone(Path file, List<Extraction> xs, int threads) {
        EventStore s = TestStores.open(file);
        ((SqlEventStore) s).refreshThreads(threads, 1, SqlEventStore.LARGE_PARTITION_MENTIONS);
        s.addAll(xs.subList(0, xs.size() / 2));
        s.refresh();
        for (Extraction x : xs.subList(xs.size() / 2, xs.size())) {
            s.add(x);
        }
        s.refresh();
        return s;
    }

    /**
     * The JSON columns the writes bind as UTF-8 bytes hold text (SQLite: of type text, not a blob), and each row's
     * text is what its record serialises to, characters beyond Latin-1 included, after a bulk ingest and after
     * increments refreshed on worker threads.
     */
    @Test
    void theJsonColumnsHoldTheTextOfTheirRecords() throws Exception {
        List<Extraction> xs = withVariants();
        try (EventStore s = halfInBulkHalfAlone(dir.resolve("json.db"), xs, 2)) {
            SqlEventStore store = (SqlEventStore) s;
            java.sql.Connection c = store.connection();
            int wide = 0;
            for (String[] column : new String[][] {{"mentions", "json"}, {"claims", "json"}, {"events", "json"}, {"events", "brief"}}) {
                Class<?> type = switch (column[0]) {
                    case "mentions" -> org.sitrep.core.model.SourcedMention.class;
                    case "claims" -> org.sitrep.core.model.SourcedClaim.class;
                    default -> org.sitrep.core.model.Event.class;
                };
                int rows = 0;
                try (java.sql.Statement st = c.createStatement();
                     java.sql.ResultSet r = st.executeQuery("SELECT " + column[1] + " FROM " + column[0] + " WHERE " + column[1] + " IS NOT NULL")) {
                    while (r.next()) {
                        String json = r.getString(1);
                        assertEquals(json, StoreJson.write(StoreJson.read(json, type)), column[0] + "." + column[1]);
                        if (json.chars().anyMatch(ch -> ch > 0xFF)) {
                            wide++;
                        }
                        rows++;
                    }
                }
                assertTrue(rows > 0 || column[1].equals("brief"), "rows of " + column[0]);
                if (!TestStores.postgres()) {
                    try (java.sql.Statement st = c.createStatement();
                         java.sql.ResultSet r = st.executeQuery("SELECT COUNT(*) FROM " + column[0] + " WHERE typeof(" + column[1] + ") NOT IN ('text', 'null')")) {
                        r.next();
                        assertEquals(0, r.getInt(1), column[0] + "." + column[1] + " holds text");
                    }
                }
            }
            assertTrue(wide > 0, "some JSON holds characters beyond Latin-1");
            // the same increments refreshed on the writer's own thread copy the mentions' stored JSON into the events (SQLite)
            try (EventStore one = halfInBulkHalfAlone(dir.resolve("json-one.db"), xs, 1)) {
                SqlEventStore own = (SqlEventStore) one;
                // PostgreSQL hands the JSON over as strings, and its mentions are serialised again
                assertEquals(!TestStores.postgres(), own.mentionJsonCopied() > 0, "mentions copied as stored: " + own.mentionJsonCopied());
                assertEquals(dump(s), dump(one));
            }
        }
    }

    /**
     * A window that outgrows its queries is read again by scanning its partition, and the mentions its queries had read
     * are dropped: their kept JSON is dropped with them instead of holding them until the partition is encoded.
     */
    @Test
    void aWindowThatOutgrowsItsQueriesKeepsNoJsonOfTheMentionsItDropped() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "only SQLite hands the JSON over as bytes");
        List<Extraction> xs = randomRegion(5, 120);
        try (EventStore s = TestStores.open(dir.resolve("window-json.db"))) {
            s.addAll(xs.subList(0, 60));
            s.refresh();
            s.addAll(xs.subList(60, 120)); // marked fresh, not refreshed
            java.sql.Connection c = ((SqlEventStore) s).connection();
            String part;
            try (java.sql.Statement q = c.createStatement(); java.sql.ResultSet r = q.executeQuery(
                    "SELECT partition FROM fresh WHERE partition LIKE 'geo:%' GROUP BY partition ORDER BY COUNT(*) DESC LIMIT 1")) {
                r.next();
                part = r.getString(1);
            }
            StoreDerived queried = new StoreDerived(c, Integer.MAX_VALUE);
            List<org.sitrep.core.model.SourcedMention> byQueries = queried.window(part, queried.freshOf(part));
            assertTrue(byQueries != null && queried.storedJsonHeld() == byQueries.size(), "the window's JSON kept: " + queried.storedJsonHeld());
            StoreDerived scanned = new StoreDerived(c, 0); // every window outgrows its queries
            List<org.sitrep.core.model.SourcedMention> byScan = scanned.window(part, scanned.freshOf(part));
            assertEquals(new java.util.TreeSet<>(byQueries.stream().map(org.sitrep.core.model.SourcedMention::id).toList()),
                    new java.util.TreeSet<>(byScan.stream().map(org.sitrep.core.model.SourcedMention::id).toList()), "the same window");
            assertEquals(0, scanned.storedJsonHeld(), "the dropped mentions' JSON dropped");
        }
    }

    @Test
    void aSqliteStoresLogIsCopiedIntoItsFileByItsOwnThreadNotByTheWriter() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's write-ahead log");
        List<Extraction> xs = manyPartitions();
        Path file = dir.resolve("checkpointed.db");
        Path wal = dir.resolve("checkpointed.db-wal");
        String before;
        try (EventStore many = TestStores.open(file)) {
            SqlEventStore store = (SqlEventStore) many;
            assertEquals(null, store.checkpoints(), "nothing written yet");
            for (int from = 0; from < xs.size(); from += 20) {
                many.addAll(xs.subList(from, Math.min(xs.size(), from + 20)));
            }
            many.refresh();
            assertEquals(0L, pragma(store.connection(), "wal_autocheckpoint"), "the writer's own checkpoints are off");
            assertTrue(java.nio.file.Files.size(wal) > 0);
            assertEquals(0, store.parallelCounts()[1], "no batch of the refresh rolled back: a checkpoint is not another connection's write");
            long version = pragma(store.connection(), "data_version");
            // with nothing more written, the checkpointer's next run copies the whole log, which no reader holds
            long deadline = System.nanoTime() + 30_000_000_000L;
            long[] counts = store.checkpoints();
            while ((counts[3] <= 0 || counts[3] != counts[4]) && System.nanoTime() < deadline) {
                Thread.sleep(Checkpointer.INTERVAL_MS);
                counts = store.checkpoints();
            }
            assertTrue(counts[3] > 0 && counts[3] == counts[4], "the log copied into the file by the checkpointer: " + java.util.Arrays.toString(counts));
            assertEquals(0, counts[2], "no checkpoint failed");
            // what a refresh on worker threads compares to tell whether another connection wrote meanwhile
            assertEquals(version, pragma(store.connection(), "data_version"), "copying the log changed no data");
            before = dump(many);
        }
        assertFalse(java.nio.file.Files.exists(wal), "the log is removed when the store closes");
        try (EventStore again = TestStores.open(file)) {
            assertEquals(before, dump(again));
        }
    }

    @Test
    void aWriterThatNeverPausesHasItsLogCopiedBetweenItsTransactionsSoThatTheLogBeginsAgain() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's write-ahead log");
        List<Extraction> xs = manyPartitions();
        Path file = dir.resolve("bounded-log.db");
        Path wal = dir.resolve("bounded-log.db-wal");
        String before;
        try (EventStore many = TestStores.open(file)) {
            SqlEventStore store = (SqlEventStore) many;
            // the checkpointer's own runs never come during the test, as they never copy the whole log while the
            // writer writes without a pause; every transaction of the writer finds the log longer than the limit
            store.checkpointIntervalMs = 3_600_000;
            store.logRestartFrames = 0;
            int batches = 0;
            long longest = 0; // the longest log a checkpoint found, after the first batches' (the schema's pages too)
            for (int from = 0; from < xs.size(); from += 5) {
                many.addAll(xs.subList(from, Math.min(xs.size(), from + 5)));
                batches++;
                if (batches > 2) {
                    longest = Math.max(longest, store.checkpoints()[3]);
                }
            }
            assertTrue(batches >= 10, "batches: " + batches);
            assertTrue(store.logRestarts() >= batches - 1, "the log copied before every batch but the first: " + store.logRestarts());
            long[] counts = store.checkpoints();
            assertEquals(0, counts[2], "no checkpoint failed");
            assertEquals(counts[3], counts[4], "each copied the whole log");
            // each batch's pages written from the log's beginning again: a checkpoint finds one batch's frames, where
            // a log that never begins again holds every frame written since the store was opened
            assertTrue(longest > 0 && longest * 4 < counts[1], "longest log " + longest + " frames, " + counts[1] + " copied in all");
            many.refresh();
            before = dump(many);
        }
        assertFalse(java.nio.file.Files.exists(wal), "the log is removed when the store closes");
        try (EventStore again = TestStores.open(file)) {
            assertEquals(before, dump(again));
        }
    }

    @Test
    void whenTheLogsCheckpointsKeepFailingTheWriterCopiesItAgainAsSqliteDoes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestStores.postgres(), "SQLite's write-ahead log");
        List<Extraction> xs = manyPartitions();
        Path file = dir.resolve("failing-checkpoints.db");
        String before;
        try (EventStore many = TestStores.open(file)) {
            SqlEventStore store = (SqlEventStore) many;
            long pages = pragma(store.connection(), "wal_autocheckpoint");
            assertTrue(pages > 0, "SQLite's automatic checkpoints are on before anything is written");
            store.checkpointSql = "SELECT * FROM no_such_table"; // every run of the checkpointer fails
            many.addAll(xs.subList(0, 20));
            assertEquals(0L, pragma(store.connection(), "wal_autocheckpoint"), "the checkpointer runs instead");
            long deadline = System.nanoTime() + 30_000_000_000L;
            long[] counts = store.checkpoints();
            while (counts[2] < Checkpointer.GIVE_UP_AFTER && System.nanoTime() < deadline) {
                Thread.sleep(Checkpointer.INTERVAL_MS);
                counts = store.checkpoints();
            }
            assertEquals(Checkpointer.GIVE_UP_AFTER, counts[2], "failed runs, then no more: " + java.util.Arrays.toString(counts));
            // the next batch finds it gave up: the writer's own checkpoints are on again, with the limit they had
            Thread.sleep(Checkpointer.INTERVAL_MS * 2);
            assertEquals(Checkpointer.GIVE_UP_AFTER, store.checkpoints()[2], "it stopped trying");
            many.add(xs.get(20)); // one article, as a watcher adds them
            assertEquals(pages, pragma(store.connection(), "wal_autocheckpoint"), "the writer checkpoints again");
            many.addAll(xs.subList(21, xs.size()));
            assertEquals(null, store.checkpoints(), "no checkpointer runs any more");
            many.refresh();
            assertEquals(pages, pragma(store.connection(), "wal_autocheckpoint"), "and is not started again");
            before = dump(many);
        }
        assertFalse(java.nio.file.Files.exists(dir.resolve("failing-checkpoints.db-wal")), "the log is removed when the store closes");
        try (EventStore again = TestStores.open(file)) {
            assertEquals(before, dump(again));
        }
    }

    private static long pragma(java.sql.Connection c, String name) throws java.sql.SQLException {
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void anArticleAnotherConnectionAddsDuringARefreshOnWorkerThreadsIsNeitherLostNorMisMerged() {
        anArticleAddedDuringARefreshOnWorkerThreads("late", SqlEventStore.LARGE_PARTITION_MENTIONS);
    }

    @Test
    void anArticleAddedWhileALargePartitionIsReadOnItsOwnThreadIsNeitherLostNorMisMerged() {
        // partitions of more than 40 mentions are read on the large partitions' thread from the refresh's start: the
        // rolled-back batch stops it while it reads
        anArticleAddedDuringARefreshOnWorkerThreads("late-large", 40);
    }

    private void anArticleAddedDuringARefreshOnWorkerThreads(String name, long largeMentions) {
        List<Extraction> xs = manyPartitions();
        // the late article lands in the first partition the refresh reads (the first in order that another article
        // touches too), after the workers read it
        java.util.TreeMap<String, Integer> touching = new java.util.TreeMap<>();
        xs.forEach(x -> EventStores.partitions(x).forEach(part -> touching.merge(part, 1, Integer::sum)));
        String first = touching.entrySet().stream().filter(e -> e.getValue() > 1).findFirst().orElseThrow().getKey();
        Extraction late = xs.stream().filter(x -> EventStores.partitions(x).contains(first)).reduce((a, b) -> b).orElseThrow();
        xs.remove(late);
        assertEquals(first, new java.util.TreeSet<>(touching.keySet()).stream().filter(part -> xs.stream()
                .anyMatch(x -> EventStores.partitions(x).contains(part))).findFirst().orElseThrow());
        Path manyFile = dir.resolve("many-" + name + ".db");
        try (EventStore one = TestStores.open(dir.resolve("one-" + name + ".db")); EventStore many = TestStores.open(manyFile);
             EventStore other = TestStores.open(manyFile)) {
            ((SqlEventStore) many).refreshThreads(3, 1, largeMentions);
            one.addAll(xs);
            one.add(late);
            one.refresh();
            many.addAll(xs);
            boolean[] added = {false};
            ((SqlEventStore) many).beforeParallelBatch = () -> {
                if (!added[0]) {
                    added[0] = true;
                    other.add(late); // committed by another connection while the workers are reading
                }
            };
            many.refresh();
            assertTrue(added[0]);
            long[] counts = ((SqlEventStore) many).parallelCounts();
            assertTrue(TestStores.postgres() ? counts[2] > 0 : counts[1] > 0,
                    "the batch was rolled back (SQLite) or the changed partitions read again (PostgreSQL): " + java.util.Arrays.toString(counts));
            many.refresh(); // the late article's partitions are still marked
            assertEquals(0, many.pending());
            assertEquals(dump(one), dump(many));
        }
    }

    @Test
    void refreshingFromAWindowOfMentionsEqualsRecomputingTheRegion() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Extraction> xs = randomRegion(seed, 80);
            String all;
            try (EventStore s = Seeds.store(dir.resolve("region" + seed + ".db"), xs)) {
                all = dump(s);
                assertTrue(s.counts().events() < s.counts().mentions() * 9 / 10, "the region must merge: " + s.counts());
            }
            List<Extraction> shuffled = new ArrayList<>(xs);
            Collections.shuffle(shuffled, new Random(seed));
            try (EventStore s = TestStores.open(dir.resolve("region" + seed + "-inc.db"))) {
                for (int i = 0; i < shuffled.size(); i++) {
                    s.add(shuffled.get(i));
                    if (i % 3 == 2 || i == shuffled.size() - 1) {
                        s.refresh();
                    }
                }
                assertEquals(all, dump(s), "seed " + seed);
                // every refresh but the first reads a window: names matched by spelling are read by bucket
                assertEquals(1, s.refreshCounts().whole(), "refreshed whole: " + s.refreshCounts());
                // and rebuilds the timelines of its places from events that the refresh before assembled, kept
                assertTrue(((SqlEventStore) s).mentionCache().eventsTaken() > 0, "events taken from the last refresh");
                long[] periods = ((SqlEventStore) s).periodWrites();
                assertTrue(periods[0] > 0, "periods left as stored, written: " + periods[0] + ", " + periods[1]);
            }
            // the news of each day after the last: the periods before it stay as they are stored
            List<Extraction> byDay = new ArrayList<>(xs);
            byDay.sort(java.util.Comparator.comparing((Extraction x) -> x.article().published().start()));
            try (EventStore s = TestStores.open(dir.resolve("region" + seed + "-days.db"))) {
                for (int i = 0; i < byDay.size(); i++) {
                    s.add(byDay.get(i));
                    if (i == byDay.size() - 1 || !byDay.get(i + 1).article().published().equals(byDay.get(i).article().published())) {
                        s.refresh();
                    }
                }
                assertEquals(all, dump(s), "seed " + seed + ", day by day");
                long[] periods = ((SqlEventStore) s).periodWrites();
                assertTrue(periods[0] > 0, "periods left as stored, written: " + periods[0] + ", " + periods[1]);
            }
            // every window found by scanning the partition, its mentions and their place columns kept between
            // refreshes, while another connection adds and refreshes some articles: the same store
            java.nio.file.Path kept = dir.resolve("region" + seed + "-kept.db");
            try (EventStore s = TestStores.open(kept); EventStore other = TestStores.open(kept)) {
                ((SqlEventStore) s).scanWindowsFrom(0);
                for (int i = 0; i < shuffled.size(); i++) {
                    if (i % 10 == 7) {
                        other.add(shuffled.get(i));
                        other.refresh(); // mentions the first connection's kept columns lack, and will never see fresh
                        continue;
                    }
                    s.add(shuffled.get(i));
                    if (i % 3 == 2 || i == shuffled.size() - 1) {
                        s.refresh();
                    }
                }
                assertEquals(all, dump(s), "seed " + seed + ", windows by scan, mentions kept");
                MentionCache cache = ((SqlEventStore) s).mentionCache();
                assertTrue(cache.size() > 0 && cache.nodeCount() > 0 && cache.reusedCount() > 0,
                        "mentions kept: " + cache.size() + ", " + cache.nodeCount() + ", their columns extended " + cache.reusedCount());
            }
        }
    }

    /**
     * A connection keeps what its windowed refreshes read and wrote of the stored events (members' digest, timeline key)
     * and looks them up there at its next refresh instead of in the store; once another connection has written, it
     * forgets them all and reads the store again. Another connection adding and refreshing every fourth article of a
     * region between the first connection's refreshes: the store the first ends with is the store of one bulk ingest.
     */
    @Test
    void storedEventsKeptBetweenRefreshesAreForgottenOnceAnotherConnectionWrites() {
        for (long seed = 1; seed <= 4; seed++) {
            List<Extraction> xs = randomRegion(seed, 80);
            String all;
            try (EventStore s = Seeds.store(dir.resolve("kept-all" + seed + ".db"), xs)) {
                all = dump(s);
            }
            List<Extraction> shuffled = new ArrayList<>(xs);
            Collections.shuffle(shuffled, new Random(seed + 100));
            java.nio.file.Path file = dir.resolve("kept" + seed + ".db");
            try (EventStore s = TestStores.open(file); EventStore other = TestStores.open(file)) {
                MentionCache cache = ((SqlEventStore) s).mentionCache();
                long forgotten = 0;
                for (int i = 0; i < shuffled.size(); i++) {
                    if (i % 4 == 3) {
                        other.add(shuffled.get(i));
                        other.refresh(); // rewrites events whose members the first connection may keep
                        continue;
                    }
                    s.add(shuffled.get(i));
                    if (i % 4 == 2 || i == shuffled.size() - 1) {
                        long epoch = cache.storedEpoch();
                        s.refresh();
                        if (cache.storedEpoch() > epoch) {
                            forgotten++;
                        }
                    }
                }
                assertEquals(all, dump(s), "seed " + seed);
                assertTrue(forgotten >= shuffled.size() / 4 - 2, "forgotten after the other connection's writes: " + forgotten);
            }
            // alone, a connection takes them from what it kept
            try (EventStore s = TestStores.open(dir.resolve("kept-alone" + seed + ".db"))) {
                for (int i = 0; i < shuffled.size(); i++) {
                    s.add(shuffled.get(i));
                    if (i % 4 == 2 || i == shuffled.size() - 1) {
                        s.refresh();
                    }
                }
                assertEquals(all, dump(s), "seed " + seed + ", alone");
                MentionCache cache = ((SqlEventStore) s).mentionCache();
                assertTrue(cache.storedCount() > 0 && cache.storedTaken() > 0, "kept " + cache.storedCount() + ", taken " + cache.storedTaken());
                assertEquals(1, cache.storedEpoch(), "forgotten once, before the first refresh");
            }
        }
    }

    /**
     * A result's events whose JSON is more than the refresh may hold ahead of the write are written by the writer from
     * the events themselves: the same rows, byte for byte, as when every row is made ahead. With nothing to hold
     * ahead, a result holds the first event's row only.
     */
    @Test
    void eventsWhoseJsonIsNotMadeAheadAreWrittenTheSame() throws Exception {
        List<Extraction> xs = new ArrayList<>(Seeds.extractions());
        xs.addAll(randomRegion(6, 150));
        String ahead;
        List<String> made;
        try (EventStore s = Seeds.store(dir.resolve("ahead.db"), xs)) {
            ahead = dump(s);
            made = eventRows(s);
        }
        assertTrue(made.size() > 100, made.size() + " events");
        long was = StoreDerived.encodeAheadBytes;
        try {
            StoreDerived.encodeAheadBytes = 0;
            try (EventStore s = Seeds.store(dir.resolve("late.db"), xs)) {
                assertEquals(ahead, dump(s));
                assertEquals(made, eventRows(s));
            }
        } finally {
            StoreDerived.encodeAheadBytes = was;
        }
        // one result: all rows ahead, or the first only
        List<org.sitrep.core.model.SourcedMention> ms = new ArrayList<>();
        xs.forEach(x -> ms.addAll(org.sitrep.core.reconcile.Reconciler.mentions(x)));
        String part = org.sitrep.core.reconcile.EventMerger.partition(ms.get(0).mention());
        List<org.sitrep.core.model.SourcedMention> inPart = ms.stream()
                .filter(m -> org.sitrep.core.reconcile.EventMerger.partition(m.mention()).equals(part)).toList();
        org.sitrep.core.reconcile.PartitionReconciler.PartitionResult r = new org.sitrep.core.reconcile.PartitionReconciler()
                .refresh(part, inPart, List.of(), java.util.Map.of());
        assertTrue(r.written().size() > 1, r.written().size() + " events written");
        assertEquals(r.written().size(), StoreDerived.Encoded.of(r, null, 1, Long.MAX_VALUE).events().size());
        assertEquals(1, StoreDerived.Encoded.of(r, null, 1, 0).events().size());
    }

    /**
     * A region reported over four months, refreshed after each day's news as a running store is: each refresh takes
     * the periods of its window without a new mention as stored, merges the others again, and the store ends as one
     * built at once; no event crosses a period.
     */
    @Test
    void refreshesDayByDayTakeThePeriodsWithoutNewMentionsAsStoredAndEndWhereOneBuildDoes() throws Exception {
        for (long seed = 4; seed <= 5; seed++) {
            List<Extraction> xs = randomRegion(seed, 200, 120);
            String all;
            try (EventStore s = Seeds.store(dir.resolve("periods" + seed + ".db"), xs)) {
                all = dump(s);
                for (org.sitrep.core.model.Event e : s.events(new EventQuery(null, null, null, null, null, null, null, 100_000))) {
                    java.util.Set<Long> periods = new java.util.TreeSet<>();
                    for (org.sitrep.core.model.SourcedMention m : e.mentions()) {
                        org.sitrep.core.model.TimeInterval t = m.mention().time() == null ? null : m.mention().time().interval();
                        if (t != null && t.isKnown() && e.mentions().size() > 1) {
                            long mid = (t.start().toEpochSecond(java.time.ZoneOffset.UTC) + t.end().toEpochSecond(java.time.ZoneOffset.UTC)) / 120;
                            periods.add(org.sitrep.core.reconcile.EventMerger.period(mid));
                        }
                    }
                    assertTrue(periods.size() <= 1, "an event within one period: " + e.id() + " " + periods);
                }
            }
            List<Extraction> byDay = new ArrayList<>(xs);
            byDay.sort(java.util.Comparator.comparing((Extraction x) -> x.article().published().start()));
            try (EventStore s = TestStores.open(dir.resolve("periods" + seed + "-days.db"))) {
                ((SqlEventStore) s).scanWindowsFrom(0);
                for (int i = 0; i < byDay.size(); i++) {
                    s.add(byDay.get(i));
                    if (i == byDay.size() - 1 || !byDay.get(i + 1).article().published().equals(byDay.get(i).article().published())) {
                        s.refresh();
                    }
                }
                assertEquals(all, dump(s), "seed " + seed + ", day by day");
                EventStore.RefreshCounts counts = s.refreshCounts();
                assertTrue(counts.periodsTaken() > counts.periodsMerged(), "periods taken as stored: " + counts);
            }
        }
    }

    /**
     * Stored mentions parsed a block at a time on several threads, from SQLite's bytes, are those parsed one by one
     * from strings (PostgreSQL's way), in the rows' order.
     */
    @Test
    void mentionsParsedOnSeveralThreadsAreThoseParsedOneByOne() throws Exception {
        try (EventStore s = Seeds.store(dir.resolve("rows.db"), randomRegion(3, 120))) {
            java.sql.Connection c = ((SqlEventStore) s).connection();
            List<org.sitrep.core.model.SourcedMention> expected = new ArrayList<>();
            List<org.sitrep.core.model.SourcedMention> threes = new ArrayList<>();
            MentionRows rows = new MentionRows(c, 3, threes);
            try (java.sql.Statement q = c.createStatement(); java.sql.ResultSet r = q.executeQuery("SELECT json FROM mentions ORDER BY id")) {
                while (r.next()) {
                    expected.add(StoreJson.read(r.getString(1), org.sitrep.core.model.SourcedMention.class));
                    rows.add(rows.json(r, 1));
                }
            }
            assertEquals(expected, rows.flush());
            assertTrue(expected.size() >= MentionRows.PARALLEL_FROM, "too few mentions to parse on several threads: " + expected.size());
        }
    }

    /**
     * The events' text rows wait for their transaction's end ({@link StoreDerived#flushText}): a partition persisted
     * twice in one transaction, the second time removing events the first wrote, leaves in the text index exactly the
     * rows of the events stored, and a word finds the same events as filtering them.
     */
    @Test
    void textRowsWaitingForTheCommitAreDeletedWithTheirEvents() throws Exception {
        try (EventStore s = TestStores.open(dir.resolve("pending-text.db"))) {
            withVariants().forEach(s::add);
            java.sql.Connection c = ((SqlEventStore) s).connection();
            String part = "geo:SY/Hama";
            StoreDerived d = new StoreDerived(c);
            org.sitrep.core.reconcile.PartitionReconciler reconciler = new org.sitrep.core.reconcile.PartitionReconciler();
            c.setAutoCommit(false);
            try {
                List<org.sitrep.core.model.SourcedMention> ms = d.mentions(part);
                d.persist(reconciler.refresh(part, ms, List.of(), d.storedEvents(part)));
                int first = d.storedEvents(part).size();
                org.sitrep.core.reconcile.PartitionReconciler.PartitionResult second =
                        reconciler.refresh(part, ms.subList(0, ms.size() / 3), List.of(), d.storedEvents(part));
                assertTrue(second.removed().size() > 5, "events the second persist removes: " + second.removed().size() + " of " + first);
                d.persist(second);
                d.flushText();
                c.commit();
            } finally {
                c.setAutoCommit(true);
            }
            java.util.Set<Long> keys = new java.util.TreeSet<>();
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet r = st.executeQuery("SELECT rowid, t_start FROM events")) {
                while (r.next()) {
                    keys.add(StoreDerived.textKey(r.getString(2), r.getLong(1)));
                }
            }
            java.util.Set<Long> indexed = new java.util.TreeSet<>();
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet r = st.executeQuery("SELECT rowid FROM events_fts")) {
                while (r.next()) {
                    indexed.add(r.getLong(1));
                }
            }
            assertTrue(keys.size() > 5, "events stored: " + keys.size());
            assertEquals(keys, indexed);
            List<org.sitrep.core.model.Event> all = s.events(EventQuery.all());
            java.util.regex.Pattern w = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])Hama(?![\\p{L}\\p{N}])");
            List<String> expected = all.stream().filter(e -> w.matcher(StoreDerived.quotes(e)).find()).map(org.sitrep.core.model.Event::id).toList();
            assertFalse(expected.isEmpty());
            assertEquals(expected, s.events(new EventQuery(null, null, null, null, null, null, "Hama", 1_000_000)).stream()
                    .map(org.sitrep.core.model.Event::id).toList());
        }
    }

    @Test
    void aWindowFoundByScanningThePartitionIsTheWindowItsQueriesFind() throws Exception {
        int keptUsed = 0;
        int small = 0;
        int large = 0;
        int partial = 0;
        for (long seed = 1; seed <= 5; seed++) {
            try (EventStore s = Seeds.store(dir.resolve("scan" + seed + ".db"), randomRegion(seed, 80))) {
                java.sql.Connection c = ((SqlEventStore) s).connection();
                MentionCache kept = new MentionCache(1_000_000);
                String part = "geo:SY/Hama";
                List<String> all = new ArrayList<>();
                try (java.sql.PreparedStatement p = c.prepareStatement("SELECT id FROM mentions WHERE partition = ? ORDER BY id")) {
                    p.setString(1, part);
                    try (java.sql.ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            all.add(r.getString(1));
                        }
                    }
                }
                Random r = new Random(seed);
                for (int k = 0; k < 30; k++) {
                    List<String> fresh = new ArrayList<>();
                    for (int n = 1 + r.nextInt(3); n > 0; n--) {
                        fresh.add(all.get(r.nextInt(all.size())));
                    }
                    List<org.sitrep.core.model.SourcedMention> queried = new StoreDerived(c, Integer.MAX_VALUE).window(part, fresh);
                    java.util.Set<org.sitrep.core.model.SourcedMention> expected = new java.util.HashSet<>(queried);
                    assertEquals(queried.size(), expected.size(), "no mention twice");
                    List<org.sitrep.core.model.SourcedMention> scanned = WindowScan.window(c, part, fresh);
                    assertEquals(expected.size(), scanned.size(), "seed " + seed + " fresh " + fresh);
                    assertEquals(expected, new java.util.HashSet<>(scanned), "seed " + seed + " fresh " + fresh);
                    // a store whose window outgrows its threshold at once switches to the scan
                    assertEquals(expected, new java.util.HashSet<>(new StoreDerived(c, 0).window(part, fresh)));
                    // the mentions' JSON parsed on several threads: the same mentions in the same order
                    StoreDerived threes = new StoreDerived(c, Integer.MAX_VALUE);
                    threes.parseThreads(3);
                    assertEquals(queried, threes.window(part, fresh));
                    assertEquals(scanned, WindowScan.window(c, part, fresh, 3, null));
                    // the mentions kept from the windows before, or a random part of this one and others: the same window
                    keptUsed += kept.of(part).isEmpty() ? 0 : 1;
                    assertEquals(expected, new java.util.HashSet<>(WindowScan.window(c, part, fresh, 1, kept)), "kept, seed " + seed);
                    MentionCache some = new MentionCache(1_000_000); // a random part of the window and of the rest
                    Random pick = new Random(seed * 100 + k);
                    some.keep(part, queried.stream().filter(m -> pick.nextInt(3) == 0).toList());
                    some.keep(part, new StoreDerived(c).mentions(part).stream().filter(m -> pick.nextInt(5) == 0).toList());
                    assertEquals(expected, new java.util.HashSet<>(WindowScan.window(c, part, fresh, 1, some)), "some kept, seed " + seed);
                    if (expected.size() > all.size() / WindowScan.JSON_SCAN_SHARE) {
                        large++;
                    } else {
                        small++;
                    }
                    partial += expected.size() < all.size() ? 1 : 0;
                }
            }
        }
        assertTrue(small > 0 && large > 0, "windows read by id and by scan: " + small + ", " + large);
        assertTrue(partial > 30, "windows smaller than their partition: " + partial);
        assertTrue(keptUsed > 0, "windows found with mentions kept from earlier ones");
    }

    @Test
    void theMigrationToVersion8GivesStoredMentionsTheSpellingKeysAnInsertGivesThem() throws Exception {
        java.nio.file.Path file = dir.resolve("buckets.db");
        String sql = "SELECT id, name_bucket, name_key, text_bucket, text_key FROM mentions ORDER BY id";
        List<String> inserted;
        try (EventStore s = Seeds.store(file, randomRegion(4, 40))) {
            java.sql.Connection c = ((SqlEventStore) s).connection();
            inserted = rows(c, sql);
            assertTrue(inserted.stream().anyMatch(r -> !r.endsWith("null null null null")), "some mentions have spellings");
            assertTrue(inserted.stream().anyMatch(r -> r.endsWith("null null null null")), "gazetteer towns have none");
            assertTrue(inserted.stream().anyMatch(r -> !r.endsWith("null null")), "some have the source's words too");
            // back to a version 7 store: no versions 12 and 11, the indexes before version 10, no buckets, no version 8
            try (java.sql.Statement st = c.createStatement()) {
                for (String undo : List.of("DROP TABLE control_changes", "DROP TABLE control_state", "DROP INDEX mentions_box", "DROP INDEX mentions_gid",
                        "CREATE INDEX mentions_lat ON mentions(partition, lat)", "CREATE INDEX mentions_gid ON mentions(partition, gid)",
                        "DROP INDEX mentions_name_key", "DROP INDEX mentions_text_key",
                        "ALTER TABLE mentions DROP COLUMN name_bucket", "ALTER TABLE mentions DROP COLUMN name_key",
                        "ALTER TABLE mentions DROP COLUMN text_bucket", "ALTER TABLE mentions DROP COLUMN text_key",
                        "DELETE FROM schema_version WHERE version >= 8")) {
                    st.executeUpdate(undo);
                }
            }
        }
        try (EventStore s = TestStores.open(file)) { // migrated again: the script, then the buckets filled
            assertEquals(inserted, rows(((SqlEventStore) s).connection(), sql));
        }
    }

    /** The rows of a query, each its columns' text joined by spaces. */
    static List<String> rows(java.sql.Connection c, String sql) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (java.sql.Statement st = c.createStatement(); java.sql.ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                StringBuilder row = new StringBuilder(r.getString(1));
                for (int i = 2; i <= r.getMetaData().getColumnCount(); i++) {
                    row.append(' ').append(r.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void controlAsOfGivesThePeriodsOfTheTimelinesWithTheirFirstEvidence() {
        try (EventStore s = Seeds.store(dir.resolve("asof.db"), Seeds.extractions())) {
            int checked = 0;
            for (String day : List.of("2024-11-20", "2024-12-01", "2024-12-04", "2024-12-05", "2024-12-20")) {
                for (org.sitrep.core.model.ControlPeriod p : s.control(java.time.LocalDate.parse(day), null)) {
                    org.sitrep.core.model.ControlPeriod full = s.timeline(p.place().name()).stream()
                            .filter(q -> q.placeKey().equals(p.placeKey()) && q.seq() == p.seq()).findFirst().orElseThrow();
                    assertEquals(full.evidence().subList(0, Math.min(1, full.evidence().size())), p.evidence());
                    assertEquals(new org.sitrep.core.model.ControlPeriod(full.placeKey(), full.place(), full.seq(), full.controller(),
                            full.side(), full.contested(), full.from(), full.to(), p.evidence(), full.evidenceTotal(), full.inferred(),
                            full.confidence()), p);
                    checked++;
                }
            }
            assertTrue(checked > 10, "checked " + checked);
        }
    }

    @Test
    void controlFromMemoryEqualsControlFromTheTablesAndFollowsWritesByOtherConnections() {
        List<Extraction> xs = withVariants();
        Path file = dir.resolve("index.db");
        try (EventStore reader = Seeds.store(file, xs.subList(0, 3))) {
            java.time.LocalDate d = java.time.LocalDate.parse("2024-12-06");
            int before = reader.control(d, null).size();
            try (EventStore writer = TestStores.open(file)) {
                xs.subList(3, xs.size()).forEach(writer::add);
                writer.refresh();
            }
            assertTrue(reader.control(d, null).size() > before, "the reader sees the other connection's refresh");
            int compared = 0;
            for (java.time.LocalDate day = java.time.LocalDate.parse("2024-11-25"); day.isBefore(java.time.LocalDate.parse("2024-12-10"));
                 day = day.plusDays(1)) {
                for (Near n : java.util.Arrays.asList(null, Near.parse("35.13,36.75,15"), Near.parse("35.3,36.7,40"), Near.parse("0,0,10"))) {
                    List<org.sitrep.core.model.ControlPeriod> memory = reader.control(day, n);
                    assertEquals(((SqlEventStore) reader).controlFromTables(day, n), memory, day + " near " + n);
                    compared += memory.size();
                }
            }
            assertTrue(compared > 50, "compared " + compared);
        }
    }

    /**
     * The connections of one process share one control index per store and version of its periods: it is loaded once
     * after a refresh that changed periods, not after articles alone, nor by each connection; a store made again at the
     * same place is not answered from the index of the one before.
     */
    @Test
    void theConnectionsOfAProcessShareTheControlIndexAndReloadItOnlyWhenPeriodsChanged() throws Exception {
        List<Extraction> xs = withVariants();
        Path file = dir.resolve("shared-index.db");
        java.time.LocalDate d = java.time.LocalDate.parse("2024-12-06");
        List<org.sitrep.core.model.ControlPeriod> first;
        long version;
        try (EventStore a = Seeds.store(file, xs.subList(0, 3)); EventStore b = TestStores.open(file)) {
            first = a.control(d, null);
            long loads = ControlIndex.LOADS.get();
            assertEquals(first, b.control(d, null), "the second connection answers as the first");
            assertEquals(loads, ControlIndex.LOADS.get(), "the second connection uses the index the first loaded");
            b.add(xs.get(3)); // articles alone: the periods are as they were
            assertEquals(first, a.control(d, null));
            assertEquals(loads, ControlIndex.LOADS.get(), "articles without a refresh change no period");
            long patches = ControlIndex.PATCHES.get();
            xs.subList(4, xs.size() - 2).forEach(b::add);
            b.refresh();
            List<org.sitrep.core.model.ControlPeriod> after = a.control(d, null);
            assertTrue(!after.equals(first), "the refresh changed periods");
            assertEquals(((SqlEventStore) a).controlFromTables(d, null), after);
            assertEquals(after, b.control(d, null));
            assertEquals(loads, ControlIndex.LOADS.get(), "the places the refresh changed are read again, not every period");
            assertEquals(patches + 1, ControlIndex.PATCHES.get(), "once, for both connections");
            b.refresh(); // nothing to do: no period changes, no reload
            assertEquals(after, a.control(d, null));
            assertEquals(patches + 1, ControlIndex.PATCHES.get());
            assertEquals(loads, ControlIndex.LOADS.get());
            for (java.time.LocalDate day = java.time.LocalDate.parse("2024-11-25"); day.isBefore(java.time.LocalDate.parse("2024-12-10"));
                 day = day.plusDays(1)) {
                assertEquals(((SqlEventStore) a).controlFromTables(day, null), a.control(day, null), day.toString());
            }
            // the record of the changes since the index's version dropped: loaded whole
            xs.subList(xs.size() - 2, xs.size()).forEach(b::add);
            b.refresh();
            try (java.sql.Statement st = ((SqlEventStore) b).connection().createStatement()) {
                st.executeUpdate("DELETE FROM control_changes");
            }
            assertEquals(((SqlEventStore) a).controlFromTables(d, null), a.control(d, null));
            assertEquals(loads + 1, ControlIndex.LOADS.get(), "loaded whole when the record does not reach back");
            version = controlVersion(a);
        }
        if (!TestStores.postgres()) {
            // the same file made again with fewer articles: its own index, not the one kept for the file before
            java.nio.file.Files.delete(file);
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file + "-wal"));
            java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(file + "-shm"));
            try (EventStore again = Seeds.store(file, xs.subList(0, 1))) {
                try (java.sql.Statement st = ((SqlEventStore) again).connection().createStatement()) {
                    st.executeUpdate("UPDATE control_state SET version = " + version); // the version the index was kept at
                }
                assertEquals(((SqlEventStore) again).controlFromTables(d, null), again.control(d, null));
            }
        }
    }

    /**
     * A reader's control index patched after every refresh of another connection (the places each changed read again)
     * answers as the tables do, over random regions whose timelines gain, lose and rewrite periods.
     */
    @Test
    void aControlIndexPatchedAfterEveryRefreshAnswersAsTheTables() {
        long patches = ControlIndex.PATCHES.get();
        int compared = 0;
        for (long seed = 1; seed <= 5; seed++) {
            List<Extraction> xs = randomRegion(seed, 60);
            Path file = dir.resolve("patched" + seed + ".db");
            try (EventStore writer = TestStores.open(file); EventStore reader = TestStores.open(file)) {
                for (int i = 0; i < xs.size(); i++) {
                    writer.add(xs.get(i));
                    if (i % 4 != 3) {
                        continue;
                    }
                    writer.refresh();
                    for (String day : List.of("2024-12-01", "2024-12-08", "2024-12-15", "2024-12-22")) {
                        java.time.LocalDate d = java.time.LocalDate.parse(day);
                        List<org.sitrep.core.model.ControlPeriod> memory = reader.control(d, null);
                        assertEquals(((SqlEventStore) reader).controlFromTables(d, null), memory, "seed " + seed + ", article " + i + ", " + day);
                        compared += memory.size();
                    }
                }
            }
        }
        assertTrue(ControlIndex.PATCHES.get() - patches > 20, "patched " + (ControlIndex.PATCHES.get() - patches));
        assertTrue(compared > 200, "compared " + compared);
    }

    private static long controlVersion(EventStore s) throws java.sql.SQLException {
        try (java.sql.Statement st = ((SqlEventStore) s).connection().createStatement();
             java.sql.ResultSet r = st.executeQuery("SELECT version FROM control_state")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void textQueriesReadTheFirstPageInTimeOrderAndEqualFilteringEveryEvent() {
        // refreshed after every article in a random order, so that the events' rowids do not follow their ids
        List<Extraction> xs = new ArrayList<>(withVariants());
        Collections.shuffle(xs, new Random(5));
        try (EventStore s = TestStores.open(dir.resolve("text.db"))) {
            for (Extraction x : xs) {
                s.add(x);
                s.refresh();
            }
            List<org.sitrep.core.model.Event> all = s.events(new EventQuery(null, null, null, null, null, null, null, 1_000_000));
            int nonEmpty = 0;
            for (String word : List.of("Hama", "army", "forces", "city", "Aleppo", "killed", "nonexistentword")) {
                java.util.regex.Pattern w = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])");
                List<String> expected = all.stream().filter(e -> w.matcher(StoreDerived.quotes(e)).find())
                        .map(org.sitrep.core.model.Event::id).toList();
                for (int limit : new int[] {1, 2, 5, 17, 100_000}) {
                    List<String> got = s.events(new EventQuery(null, null, null, null, null, null, word, limit)).stream()
                            .map(org.sitrep.core.model.Event::id).toList();
                    assertEquals(expected.subList(0, Math.min(limit, expected.size())), got, word + " limit " + limit);
                }
                nonEmpty += expected.isEmpty() ? 0 : 1;
            }
            assertEquals(6, nonEmpty);
            assertTrue(all.size() > 50, "events: " + all.size());
        }
    }

    /**
     * Over two and a half years of reports, text queries (read by PostgreSQL window by window of weeks, earliest
     * first) equal filtering every event, for common and rare words, whole and in pages followed by cursor.
     */
    @Test
    void textQueriesOverYearsOfReportsEqualFilteringEveryEvent() {
        try (EventStore s = Seeds.store(dir.resolve("years.db"), randomRegion(6, 150, 900))) {
            List<org.sitrep.core.model.Event> all = s.events(new EventQuery(null, null, null, null, null, null, null, 1_000_000));
            for (String word : List.of("report", "Hill", "Town", "17", "mention", "3")) {
                java.util.regex.Pattern w = java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])");
                List<String> expected = all.stream().filter(e -> w.matcher(StoreDerived.quotes(e)).find())
                        .map(org.sitrep.core.model.Event::id).toList();
                assertTrue(!expected.isEmpty(), word);
                for (int limit : new int[] {1, 5, 17, 100_000}) {
                    List<String> got = s.events(new EventQuery(null, null, null, null, null, null, word, limit)).stream()
                            .map(org.sitrep.core.model.Event::id).toList();
                    assertEquals(expected.subList(0, Math.min(limit, expected.size())), got, word + " limit " + limit);
                }
                List<String> paged = new ArrayList<>();
                EventQuery.After after = null;
                EventQuery q = new EventQuery(null, null, null, null, null, null, word, 1_000_000);
                while (true) {
                    List<org.sitrep.core.model.Event> page = s.events(q.page(after, 7));
                    page.forEach(e -> paged.add(e.id()));
                    if (page.size() < 7) {
                        break;
                    }
                    after = EventQuery.After.of(page.get(page.size() - 1));
                }
                assertEquals(expected, paged, word + " in pages of 7");
            }
            java.util.Set<Long> weeks = new java.util.HashSet<>();
            all.stream().filter(e -> e.interval().isKnown())
                    .forEach(e -> weeks.add(e.interval().start().toLocalDate().toEpochDay() / 7));
            assertTrue(weeks.size() > 60, "weeks with events: " + weeks.size());
        }
    }

    @Test
    void pagesFollowedByCursorGiveEveryEventOnceInTheListsOrder() {
        try (EventStore s = Seeds.store(dir.resolve("pages.db"), withVariants())) {
            org.sitrep.core.model.Event any = s.events(EventQuery.all()).stream().filter(e -> e.place() != null && e.place().hasPoint())
                    .findFirst().orElseThrow();
            List<EventQuery> queries = List.of(new EventQuery(null, null, null, null, null, null, null, 1_000_000),
                    new EventQuery(null, null, "capture", null, null, null, null, 1_000_000),
                    new EventQuery(null, "opposition", null, null, null, null, null, 1_000_000),
                    new EventQuery(null, null, null, null, null, null, "city", 1_000_000),
                    // text queries page through the index in time order too (the cursor's minute, then on)
                    new EventQuery(null, null, null, null, null, null, "Hama", 1_000_000),
                    new EventQuery(null, null, null, null, null, null, "army OR forces", 1_000_000),
                    new EventQuery(null, null, null, null, null, new Near(any.place().lat(), any.place().lon(), 60), null, 1_000_000));
            boolean undated = false;
            for (EventQuery q : queries) {
                List<String> expected = s.events(q).stream().map(org.sitrep.core.model.Event::id).toList();
                assertTrue(expected.size() > 3, q + ": " + expected.size());
                for (int size : new int[] {1, 3, 7}) {
                    List<String> got = new ArrayList<>();
                    EventQuery.After after = null;
                    while (true) {
                        List<org.sitrep.core.model.Event> page = s.events(q.page(after, size));
                        assertTrue(page.size() <= size);
                        page.forEach(e -> got.add(e.id()));
                        if (page.size() < size) {
                            break;
                        }
                        // through the cursor's text, as a client sends it back
                        after = EventQuery.After.decode(EventQuery.After.of(page.get(page.size() - 1)).encode());
                        undated |= after.start() == null;
                    }
                    assertEquals(expected, got, q + " in pages of " + size);
                }
            }
            assertTrue(undated, "some page ended on an undated event (they come last)");
            for (String bad : List.of("", "%%%", java.util.Base64.getUrlEncoder().encodeToString("no newline".getBytes()),
                    java.util.Base64.getUrlEncoder().encodeToString("yesterday\nev:1".getBytes()))) {
                assertThrows(IllegalArgumentException.class, () -> EventQuery.After.decode(bad), bad);
            }
        }
    }

    @Test
    void nearQueriesEqualFilteringEveryEventByGreatCircleDistance() {
        try (EventStore s = Seeds.store(dir.resolve("near.db"), withVariants())) {
            List<org.sitrep.core.model.Event> all = s.events(new EventQuery(null, null, null, null, null, null, null, 1_000_000));
            int nonEmpty = 0;
            for (org.sitrep.core.model.Event centre : all.subList(0, Math.min(12, all.size()))) {
                if (centre.place() == null || !centre.place().hasPoint()) {
                    continue;
                }
                for (double km : new double[] {0.5, 3, 12.5, 40, 150}) {
                    // just off the place, so that some events lie at the edge of the circle
                    Near n = new Near(centre.place().lat() + 0.01, centre.place().lon() - 0.02, km);
                    List<String> expected = all.stream().filter(e -> e.place() != null && e.place().hasPoint()
                            && org.sitrep.core.model.Geo.distanceKm(n.lat(), n.lon(), e.place().lat(), e.place().lon()) <= km)
                            .map(org.sitrep.core.model.Event::id).toList();
                    for (int limit : new int[] {1, 4, 100_000}) {
                        List<String> got = s.events(new EventQuery(null, null, null, null, null, n, null, limit)).stream()
                                .map(org.sitrep.core.model.Event::id).toList();
                        assertEquals(expected.subList(0, Math.min(limit, expected.size())), got, n + " limit " + limit);
                    }
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
            assertTrue(nonEmpty > 20, "circles with events: " + nonEmpty);
        }
    }

    @Test
    void nearQueriesInADenseRegionWithOtherFiltersGiveThePageThatFilteringEveryEventGives() {
        // a region of 50 x 45 km with hundreds of events over three weeks: ranges of days end inside the circle's
        // events, days hold many events each, and a type filter drops most of a range's events
        try (EventStore s = Seeds.store(dir.resolve("dense.db"), randomRegion(2, 400))) {
            List<org.sitrep.core.model.Event> all = s.events(new EventQuery(null, null, null, null, null, null, null, 1_000_000));
            assertTrue(all.size() > 300, "events: " + all.size());
            Random r = new Random(7);
            for (int i = 0; i < 12; i++) {
                Near n = new Near(35.0 + r.nextDouble() * 0.5, 36.6 + r.nextDouble() * 0.5, 3 + r.nextInt(40));
                for (String type : new String[] {null, "capture", "withdraw"}) {
                    List<String> expected = all.stream().filter(e -> e.place() != null && e.place().hasPoint()
                            && org.sitrep.core.model.Geo.distanceKm(n.lat(), n.lon(), e.place().lat(), e.place().lon()) <= n.km()
                            && (type == null || e.type().name().equalsIgnoreCase(type)))
                            .map(org.sitrep.core.model.Event::id).toList();
                    for (int limit : new int[] {1, 7, 60, 100_000}) {
                        List<String> got = s.events(new EventQuery(null, null, type, null, null, n, null, limit)).stream()
                                .map(org.sitrep.core.model.Event::id).toList();
                        assertEquals(expected.subList(0, Math.min(limit, expected.size())), got, n + " " + type + " limit " + limit);
                    }
                }
            }
        }
    }

    @Test
    void listsCarryAtMost25MentionsAnEventWithEverySourceAndTheEventItselfCarriesAll() {
        // one short report republished by 40 outlets (3 articles each from 10 of them): 70 mentions of one capture
        String text = "Rebels captured the town of Saraqib on December 1, 2024, a monitor said. Residents fled towards Idlib.";
        List<Extraction> xs = new ArrayList<>();
        for (int k = 0; k < 70; k++) {
            String outlet = "outlet" + (k % 40) + ".example";
            xs.add(Seeds.extract("wire-" + k, text + " Report number " + k + ".", new org.sitrep.core.ingest.Metadata(null, null,
                    outlet, "2024-12-02", "en")));
        }
        try (EventStore s = Seeds.store(dir.resolve("brief.db"), xs)) {
            org.sitrep.core.model.Event listed = s.events(new EventQuery("Saraqib", null, "capture", null, null, null, null, 10)).get(0);
            assertEquals(70, listed.mentionTotal());
            assertEquals(StoreDerived.LISTED_MENTIONS, listed.mentions().size());
            assertEquals(25, listed.mentions().stream().map(org.sitrep.core.model.SourcedMention::outlet).distinct().count(),
                    "the first mention of a source before a second one of another");
            assertEquals(listed.mentions().stream().map(org.sitrep.core.model.SourcedMention::id).sorted().toList(),
                    listed.mentions().stream().map(org.sitrep.core.model.SourcedMention::id).toList());
            assertEquals(listed.mentions(), s.events(new EventQuery(null, null, null, null, null, null, "Saraqib", 10)).get(0).mentions());
            org.sitrep.core.model.Event full = s.event(listed.id()).orElseThrow();
            assertEquals(70, full.mentions().size());
            assertEquals(full.brief(StoreDerived.LISTED_MENTIONS), listed);
            assertEquals(40, listed.outlets().size(), "the fields of a listed event are those of the whole event");
            assertEquals(1, listed.corroboration(), "one wire story, republished, is one origin");
        }
    }

    @Test
    void theCountriesAreThoseOfTheEventsAndControlPeriodsAndFramingNamesSourcesWithoutAHash() {
        try (EventStore s = TestStores.open(dir.resolve("countries.db"))) {
            Seeds.extractions().forEach(s::add);
            s.add(Seeds.extract("no-outlet", "Government forces shelled the town of Kupiansk on Tuesday, 3 December 2024. The regime's "
                    + "troops took the village.", new org.sitrep.core.ingest.Metadata("Shelling in the east", "https://www.example-monitor.org/a/1",
                    null, "2024-12-04", "en")));
            s.refresh();
            assertEquals(new java.util.TreeSet<>(List.of("SY", "UA")), s.countries());
            for (FramingRow f : s.framing()) { // by outlet, site, title or file name, never by the article's content hash
                f.quotes().forEach(q -> assertFalse(f.outlet().contains(q.articleId().substring(0, 8)), "named by a hash: " + f.outlet()));
                assertFalse(f.outlet().startsWith("unknown outlet"), f.outlet());
            }
            assertTrue(s.events(EventQuery.all()).stream().filter(e -> "UA".equals(e.place().country()))
                    .allMatch(e -> e.outlets().equals(List.of("example-monitor.org"))), "named by the URL's site");
        }
    }

    @Test
    void anEmptyStoreAnswersEveryQueryWithNothing() {
        try (EventStore s = TestStores.open(dir.resolve("empty.db"))) {
            assertEquals(0, s.refresh());
            assertEquals(new EventStore.Counts(0, 0, 0, 0, 0, 0), s.counts());
            assertTrue(s.events(EventQuery.all()).isEmpty());
            assertTrue(s.timeline("Hama").isEmpty());
            assertTrue(s.timeline("gn:170017").isEmpty());
            assertEquals(new EventStore.EventDays(null, null), s.eventDays());
            assertTrue(s.countries().isEmpty());
            assertTrue(s.control(java.time.LocalDate.parse("2024-12-01"), Near.parse("35,36,50")).isEmpty());
            assertTrue(s.contradictions(true).isEmpty());
            assertTrue(s.framing().isEmpty());
            assertTrue(s.search("Hama", 10).isEmpty());
        }
        try (EventStore s = TestStores.open(dir.resolve("empty.db"))) {
            assertEquals(0, s.counts().articles(), "reopening an existing store runs no migration twice");
        }
    }

    @Test
    void randomArticlesAreStoredWithoutBreakingTheStore() {
        String[] words = {"Hama", "captured", "the", "army", "rebels", "withdrew", "from", "on", "December", "3", ",", ".", "Aleppo",
            "entered", "denied", "'", "\"", "<script>", "ü", "—", "claimed", "Suran", "shelling", "killed", "200", "km"};
        try (EventStore s = TestStores.open(dir.resolve("random.db"))) {
            int[] i = {0};
            RandomInputs.check("store add", 42, words, 10, text -> s.add(Seeds.extract("random-" + i[0]++, text)));
            s.refresh();
            assertEquals(0, s.pending());
            assertTrue(s.counts().articles() > 0);
            s.events(EventQuery.all());
            s.contradictions(true);
            s.framing();
        }
    }
}
