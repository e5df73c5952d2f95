package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during an ingest: every article is then either fully stored (with all its mentions and claims) or
 * absent, and a re-run completes the store to exactly what an uninterrupted ingest gives.
 */
class KillDuringIngestIT {
    static final int COPIES = 8;
    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesArticlesWholeOrAbsentAndARerunCompletesIt() throws Exception {
        Path db = dir.resolve("killed.db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), IngestChild.class.getName(), db.toString(), Integer.toString(COPIES))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (articles(db) < 12 && System.nanoTime() < deadline && child.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the child must still be ingesting when killed");
        child.destroyForcibly(); // SIGKILL on Unix
        child.waitFor();
        long stored = articles(db);
        assertTrue(stored > 0 && stored < COPIES * 5L, "killed part-way: " + stored);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertEquals(0, one(s, "SELECT COUNT(*) FROM articles a WHERE a.mention_count <> (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id)"
                    + " OR a.claim_count <> (SELECT COUNT(*) FROM claims k WHERE k.article_id = a.id)"), "every stored article is whole");
            assertEquals(0, one(s, "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)"));
            assertEquals(one(s, "SELECT COUNT(*) FROM articles"), one(s, "SELECT COUNT(*) FROM articles_fts"));
        }
        String complete;
        try (EventStore clean = EventStores.open(dir.resolve("clean.db"))) {
            for (String[] v : IngestChild.variants(COPIES)) {
                clean.add(Seeds.extract(v[0], v[1]));
            }
            clean.refresh();
            complete = StoreBehaviourTest.dump(clean);
        }
        try (EventStore rerun = EventStores.open(db)) {
            for (String[] v : IngestChild.variants(COPIES)) {
                rerun.add(Seeds.extract(v[0], v[1]));
            }
            rerun.refresh();
            assertEquals(COPIES * 5L, rerun.counts().articles());
            assertEquals(complete, StoreBehaviourTest.dump(rerun));
        }
    }

    private static long articles(Path db) {
        if (!db.toFile().exists()) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            return one(s, "SELECT COUNT(*) FROM articles");
        } catch (Exception e) {
            return 0; // not created yet, or busy
        }
    }

    private static long one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
