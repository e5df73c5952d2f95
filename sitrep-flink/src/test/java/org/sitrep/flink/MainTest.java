package org.sitrep.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The job's arguments for {@code flink run}. */
class MainTest {
    @Test
    void theArgumentsNameOneSourceTheStoreAndTheTimeBounds() {
        Main.Job j = Main.parse(new String[] {"--db", "postgresql://u:secret@db:5432/s", "--kafka", "k:9092", "--articles-topic", "a",
            "--events-topic", "e", "--out-of-orderness", "PT6H", "--time-limit", "5"});
        assertEquals(Duration.ofHours(6), j.settings().outOfOrderness());
        assertEquals(Duration.ofSeconds(5), j.settings().timeLimit());
        assertEquals("kafka k:9092/a -> postgresql://u:***@db:5432/s + topic e", j.describe());
        assertTrue(Main.parse(new String[] {"--files", "a", "b", "--db", "x.db"}).describe().startsWith("2 paths"));
        assertTrue(Main.parse(new String[] {"--db", "x.db", "--warc", "c.warc.gz"}).describe().startsWith("1 archives"));
    }

    @Test
    void badArgumentsAreNamed() {
        for (String[] bad : new String[][] {{}, {"--files", "a"}, {"--db", "x", "--files", "a", "--warc", "b"}, {"--db", "x", "--kafka", "k"},
            {"--db", "x", "--files"}, {"--db", "x", "--files", "a", "--events-topic", "e"}, {"--db", "x", "--files", "a", "--out-of-orderness", "1 day"},
            {"--db"}, {"--nonsense"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Main.parse(bad), String.join(" ", bad));
            assertTrue(e.getMessage().length() > 5);
        }
    }
}
