package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.Extraction;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.SourcedMention;

/**
 * A second, hand-made scenario, in another war and from other outlets than the bundled example: three short
 * reports (written for this test, outlets invented) on the fall of Avdiivka, Donetsk region, 15–18 February 2024 —
 * Russian troops enter the town, Ukraine denies its capture, then withdraws, and two outlets date the capture
 * differently. The entry two days before the capture stays its own event (a step of the battle, not a variant date).
 */
class ScenarioTest {
    static final Path DIR = Path.of("src", "test", "resources", "scenarios", "avdiivka-2024-02");

    @TempDir
    static Path dir;
    static EventStore store;

    @BeforeAll
    static void ingest() throws IOException {
        List<Extraction> xs = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String doc = p.getFileName().toString().replace(".txt", "");
                JsonNode m = StoreJson.MAPPER.readTree(DIR.resolve(doc + ".meta.json").toFile());
                Metadata meta = new Metadata(m.path("title").asText(null), null, m.path("outlet").asText(null),
                        m.path("published").asText(null), m.path("language").asText(null));
                xs.add(Seeds.extract(doc, Files.readString(p), meta));
            }
        }
        assertEquals(3, xs.size());
        store = Seeds.store(dir.resolve("scenario.db"), xs);
    }

    @Test
    void twoOutletsReportingTheCaptureGiveOneCorroboratedEventWithADisputedDate() {
        List<Event> captures = store.events(new EventQuery("Avdiivka", null, "capture", null, null, null, null, 100)).stream()
                .filter(e -> e.realis() != org.sitrep.core.model.Realis.DENIED).toList();
        assertEquals(1, captures.size(), "one capture of Avdiivka: " + captures);
        Event e = captures.get(0);
        assertEquals("Russia", e.actor().id());
        assertEquals(Set.of("Front Bulletin", "Steppe News"), Set.copyOf(e.outlets()));
        assertEquals(2, e.corroboration());
        assertTrue(e.disputed().contains("date"), "17 vs 18 February: " + e.disputed());
        assertEquals(Set.of("02-front-bulletin", "03-steppe-news"),
                e.mentions().stream().map(m -> m.mention().doc()).collect(Collectors.toSet()));
        List<Event> entries = store.events(new EventQuery("Avdiivka", null, "enter", null, null, null, null, 100));
        assertEquals(1, entries.size(), "the entry of 15 February is its own event");
        assertEquals("Eastern Desk", entries.get(0).outlets().get(0));
    }

    @Test
    void theDateDisagreementIsAHardContradictionWithBothSourcesAndQuotes() {
        List<Contradiction> hard = store.contradictions(false).stream()
                .filter(c -> c.kind() == Contradiction.Kind.HARD && c.subject().equals("Avdiivka")).toList();
        assertEquals(1, hard.size(), "contradictions: " + store.contradictions(true));
        Contradiction c = hard.get(0);
        assertTrue(c.attribute().startsWith("date of capture"), c.attribute());
        Set<String> values = c.positions().stream().map(Contradiction.Position::value).collect(Collectors.toSet());
        assertEquals(Set.of("2024-02-17", "2024-02-18"), values);
        for (Contradiction.Position p : c.positions()) {
            assertTrue(p.quote().contains("captured Avdiivka on February 1"), p.quote());
            assertFalse(p.outlet() == null, "every position names its outlet");
        }
    }

    @Test
    void theDenialOfTheFifteenthIsAboutRussiaAndContradictsNeitherTheEntryNorTheLaterCapture() {
        SourcedMention denial = store.events(EventQuery.all()).stream().flatMap(e -> e.mentions().stream())
                .filter(m -> m.mention().realis() == org.sitrep.core.model.Realis.DENIED).findFirst().orElseThrow();
        assertEquals("Russia", denial.mention().actor().id(), "the denied capture is Russia's, not the speaker's");
        assertEquals("AFU", denial.mention().claimant().id());
        // published on the 15th, it cannot deny a capture of the 17th; and an entry is no capture
        for (Event e : store.events(new EventQuery("Avdiivka", null, "capture", null, null, null, null, 100))) {
            assertFalse(e.mentions().contains(denial) && e.interval().start().toLocalDate().isAfter(LocalDate.parse("2024-02-16")), e.toString());
        }
        assertTrue(store.contradictions(true).stream().noneMatch(c -> c.attribute().startsWith("whether it happened")),
                "entered the districts vs denied the capture is no contradiction: " + store.contradictions(true));
    }

    @Test
    void theTimelineGoesFromUkraineThroughContestedToRussia() {
        List<ControlPeriod> t = store.timeline("Avdiivka");
        List<String> states = t.stream().map(p -> p.contested() ? "contested" : p.side()).toList();
        assertEquals(List.of("ukraine", "contested", "russia"), states, "timeline: " + t);
        assertTrue(t.get(0).inferred(), "Ukraine's holding is inferred from the capture and the withdrawal");
        ControlPeriod contested = t.get(1);
        assertEquals(LocalDate.parse("2024-02-15"), contested.from().start().toLocalDate());
        assertTrue(contested.evidence().stream().anyMatch(ev -> ev.role().equals("enter") && ev.outlet().equals("Eastern Desk")));
        ControlPeriod russia = t.get(2);
        assertEquals("Russia", russia.controller());
        assertTrue(Set.of("2024-02-17", "2024-02-18").contains(russia.from().start().toLocalDate().toString()), russia.from().toString());
        Set<String> roles = russia.evidence().stream().map(ControlPeriod.Evidence::role).collect(Collectors.toSet());
        assertTrue(roles.containsAll(Set.of("take", "lose")), "capture and Ukraine's withdrawal: " + roles);
    }

    @Test
    void controlAsOfADayAnswersWhoHeldTheTown() {
        assertEquals("ukraine", side(LocalDate.parse("2024-02-10")));
        assertEquals("contested", side(LocalDate.parse("2024-02-16")));
        assertEquals("russia", side(LocalDate.parse("2024-02-25")));
        assertEquals("russia", store.control(LocalDate.parse("2024-02-25"), Near.parse("48.14,37.74,10")).get(0).side());
        assertTrue(store.control(LocalDate.parse("2024-02-25"), Near.parse("35.13,36.75,50")).isEmpty(), "nothing near Hama");
    }

    private static String side(LocalDate day) {
        List<ControlPeriod> ps = store.control(day, null).stream().filter(p -> p.place().name().equals("Avdiivka")).toList();
        assertEquals(1, ps.size(), day + ": " + ps);
        return ps.get(0).contested() ? "contested" : ps.get(0).side();
    }

    @Test
    void everyEventPointsBackToItsSentence() {
        for (Event e : store.events(EventQuery.all())) {
            for (SourcedMention m : e.mentions()) {
                assertTrue(m.mention().quote().length() > 20 && m.articleId() != null && m.mention().span().end() > m.mention().span().start());
            }
        }
    }
}
