package org.sitrep.app.watch;

import org.sitrep.store.alert.Alerter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.Engine;
import org.sitrep.core.Extractor;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.ingest.RawDocument;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.Monitor;

/**
 * Property tests of the alerts: towns near Hama change hands at random between two sides, each change told by one
 * outlet and, at random, corroborated by others; articles are ingested one at a time (a refresh and the watchlists'
 * check after each). An alert fires exactly once per change of holder per place, and never for an article that only
 * corroborates.
 */
class AlerterTest {
    @TempDir
    Path dir;

    static Engine engine;

    @BeforeAll
    static void engine() {
        engine = new Engine(Engine.gazetteer(Path.of("target", "no-home"), d -> { }), Duration.ofSeconds(30));
    }

    static final List<String> TOWNS = List.of("Souran", "Halfaya", "Morek", "Kafr Nabudah", "Taybat al-Imam");

    /** One article of the generated history. */
    record Story(String town, boolean hts, LocalDate day, boolean corroborates, String text, String outlet) {
    }

    static List<Story> history(Random r) {
        List<Story> out = new ArrayList<>();
        List<String> towns = new ArrayList<>(TOWNS);
        Collections.shuffle(towns, r);
        LocalDate day = LocalDate.of(2024, 11, 27);
        Map<String, Boolean> heldByHts = new HashMap<>();
        int changes = 4 + r.nextInt(6);
        for (int i = 0; i < changes; i++) {
            String town = towns.get(r.nextInt(3));
            boolean hts = !heldByHts.getOrDefault(town, false);
            heldByHts.put(town, hts);
            day = day.plusDays(1 + r.nextInt(3));
            String d = day.getDayOfMonth() + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + day.getYear();
            out.add(new Story(town, hts, day, false, hts
                    ? "Hayat Tahrir al-Sham fighters captured the town of " + town + " in Hama province on " + d + ", a war monitor said."
                    : "Syrian government forces recaptured the town of " + town + " in Hama province on " + d + ", state media reported.",
                    "Outlet " + i));
            for (int k = 0, n = r.nextInt(3); k < n; k++) {
                String text = hts
                        ? k == 0 ? "Opposition fighters led by Hayat Tahrir al-Sham seized the town of " + town + " on " + d + ", residents said."
                        : "Hayat Tahrir al-Sham took control of " + town + " on " + d + ", according to local sources."
                        : k == 0 ? "The Syrian army regained control of " + town + " on " + d + ", the defence ministry said."
                        : "Syrian army units retook " + town + " on " + d + ", a military source said.";
                out.add(new Story(town, hts, day, true, text, "Outlet " + i + "." + k));
            }
        }
        return out;
    }

    static EventStore.Added ingest(EventStore s, Story st, int n) {
        RawDocument d = new RawDocument("a" + n, "a" + n, st.text(), new Metadata("Story " + n, "https://example.org/" + n, st.outlet(),
                st.day().toString(), "en"), List.of());
        List<Extractor.Result> rs = new ArrayList<>();
        engine.run(List.of(d).iterator(), 1, rs::add);
        return s.add(rs.get(0).extraction());
    }

    @Test
    void oneAlertPerChangeOfHolderNoneForCorroboration() {
        for (int seed = 0; seed < 6; seed++) {
            Random r = new Random(seed);
            List<Story> stories = history(r);
            try (EventStore s = EventStores.open(dir.resolve("p" + seed + ".db"))) {
                s.monitor().saveWatchlist("hama", "{\"name\": \"hama\", \"area\": {\"admin1\": \"Hama\", \"country\": \"SY\"}}");
                Alerter alerter = new Alerter(s, a -> { });
                Map<String, Integer> controlAlerts = new HashMap<>();
                Map<String, Integer> changes = new HashMap<>();
                for (int i = 0; i < stories.size(); i++) {
                    Story st = stories.get(i);
                    assertEquals(EventStore.Added.ADDED, ingest(s, st, i));
                    s.refresh();
                    List<Monitor.Alert> raised = alerter.afterRefresh(s.lastChanges(), Alerter.watchlists(s, p -> { }));
                    String why = "seed " + seed + ", article " + i + " " + st + ": " + raised;
                    if (st.corroborates()) {
                        assertEquals(List.of(), raised, why);
                        continue;
                    }
                    changes.merge(st.town(), 1, Integer::sum);
                    List<Monitor.Alert> control = raised.stream().filter(a -> a.kind().equals("control")).toList();
                    assertEquals(1, control.size(), why);
                    assertTrue(control.get(0).json().contains("\"controller\":\"" + (st.hts() ? "HTS" : "SAA") + "\""), why);
                    controlAlerts.merge(st.town(), 1, Integer::sum);
                    assertEquals(1, raised.stream().filter(a -> a.kind().equals("event")).count(), why);
                }
                assertEquals(changes, controlAlerts);
            }
        }
    }

    @Test
    void inAnyOrderAnAlertNeverRepeatsAHolderAndCorroborationStaysSilent() {
        for (int seed = 10; seed < 14; seed++) {
            Random r = new Random(seed);
            List<Story> stories = new ArrayList<>(history(r));
            Collections.shuffle(stories, r);
            try (EventStore s = EventStores.open(dir.resolve("q" + seed + ".db"))) {
                s.monitor().saveWatchlist("near", "{\"name\": \"near\", \"area\": {\"circle\": \"35.30,36.70,60\"}}");
                Alerter alerter = new Alerter(s, a -> { });
                Map<String, String> lastHolder = new HashMap<>();
                List<String> eventSubjects = new ArrayList<>();
                for (int i = 0; i < stories.size(); i++) {
                    ingest(s, stories.get(i), i);
                    s.refresh();
                    for (Monitor.Alert a : alerter.afterRefresh(s.lastChanges(), Alerter.watchlists(s, p -> { }))) {
                        if (a.kind().equals("control")) {
                            String holder = a.json().replaceAll(".*\"controller\":(\"[A-Z]+\"|null).*", "$1");
                            assertNotEquals(holder, lastHolder.put(a.subject(), holder), "seed " + seed + ": " + a);
                        } else {
                            eventSubjects.add(a.subject());
                        }
                    }
                }
                // an event alerted on is never alerted on again, whatever merged into it
                assertEquals(eventSubjects.size(), new java.util.HashSet<>(eventSubjects).size(), eventSubjects::toString);
                // every change article's event was alerted on once: as many event alerts as distinct changes
                long distinctChanges = stories.stream().filter(st -> !st.corroborates()).count();
                assertEquals(distinctChanges, eventSubjects.size(), "seed " + seed);
            }
        }
    }
}
