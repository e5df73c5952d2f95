package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    static String dump(SqliteEventStore s) {
        StringBuilder sb = new StringBuilder();
        s.events(new EventQuery(null, null, null, null, null, null, null, 1_000_000)).forEach(e -> sb.append(StoreJson.write(e)).append('\n'));
        s.control(java.time.LocalDate.parse("2024-12-02"), null).forEach(p -> sb.append(StoreJson.write(p)).append('\n'));
        s.timeline("Hama").forEach(p -> sb.append(StoreJson.write(p)).append('\n'));
        s.contradictions(true).forEach(c -> sb.append(StoreJson.write(c)).append('\n'));
        s.framing().forEach(f -> sb.append(f).append('\n'));
        return sb.toString();
    }

    @Test
    void ingestingInAnyOrderOrIncrementallyGivesTheSameStore() {
        List<Extraction> xs = Seeds.extractions();
        String all;
        try (SqliteEventStore s = Seeds.store(dir.resolve("a.db"), xs)) {
            all = dump(s);
        }
        List<Extraction> reversed = new ArrayList<>(xs);
        Collections.reverse(reversed);
        try (SqliteEventStore s = Seeds.store(dir.resolve("b.db"), reversed)) {
            assertEquals(all, dump(s));
        }
        for (long seed = 1; seed <= 3; seed++) {
            List<Extraction> shuffled = new ArrayList<>(xs);
            Collections.shuffle(shuffled, new Random(seed));
            try (SqliteEventStore s = SqliteEventStore.open(dir.resolve("c" + seed + ".db"))) {
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
    void anEmptyStoreAnswersEveryQueryWithNothing() {
        try (SqliteEventStore s = SqliteEventStore.open(dir.resolve("empty.db"))) {
            assertEquals(0, s.refresh());
            assertEquals(new EventStore.Counts(0, 0, 0, 0, 0, 0), s.counts());
            assertTrue(s.events(EventQuery.all()).isEmpty());
            assertTrue(s.timeline("Hama").isEmpty());
            assertTrue(s.control(java.time.LocalDate.parse("2024-12-01"), Near.parse("35,36,50")).isEmpty());
            assertTrue(s.contradictions(true).isEmpty());
            assertTrue(s.framing().isEmpty());
            assertTrue(s.search("Hama", 10).isEmpty());
        }
        try (SqliteEventStore s = SqliteEventStore.open(dir.resolve("empty.db"))) {
            assertEquals(0, s.counts().articles(), "reopening an existing store runs no migration twice");
        }
    }

    @Test
    void randomArticlesAreStoredWithoutBreakingTheStore() {
        Random r = new Random(42);
        String[] words = {"Hama", "captured", "the", "army", "rebels", "withdrew", "from", "on", "December", "3", ",", ".", "Aleppo",
            "entered", "denied", "'", "\"", "<script>", "ü", "—", "claimed", "Suran", "shelling", "killed", "200", "km"};
        try (SqliteEventStore s = SqliteEventStore.open(dir.resolve("random.db"))) {
            for (int i = 0; i < 30; i++) {
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(200);
                for (int k = 0; k < n; k++) {
                    sb.append(words[r.nextInt(words.length)]).append(r.nextInt(8) == 0 ? ". " : " ");
                }
                s.add(Seeds.extract("random-" + i, sb.toString()));
            }
            s.refresh();
            assertEquals(0, s.pending());
            assertTrue(s.counts().articles() > 0);
            s.events(EventQuery.all());
            s.contradictions(true);
            s.framing();
        }
    }
}
