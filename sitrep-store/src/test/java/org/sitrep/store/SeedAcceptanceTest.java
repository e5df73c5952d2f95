package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.Names;

/** The seed checks of the store issue, on the bundled example ingested into a real store (SQLite file or PostgreSQL). */
class SeedAcceptanceTest {
    @TempDir
    static Path dir;
    static EventStore store;
    static List<Event> events;

    @BeforeAll
    static void ingest() {
        store = Seeds.store(dir.resolve("seeds.db"), Seeds.extractions());
        events = store.events(EventQuery.all());
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** Where each gold corroboration set must be merged: event types, place, and a day the event covers. */
    private static Object[] where(String description) {
        String d = description.toLowerCase();
        if (d.contains("offensive")) {
            return new Object[] {Set.of(EventType.OFFENSIVE), null, "2024-11-27"};
        }
        if (d.contains("outskirts")) {
            return new Object[] {Set.of(EventType.ADVANCE), "Hama", "2024-11-30"};
        }
        if (d.contains("maar shahour")) {
            return new Object[] {Set.of(EventType.CAPTURE), "Maar Shahour", "2024-12-03"};
        }
        if (d.contains("kafraa")) {
            return new Object[] {Set.of(EventType.CAPTURE), "Kafraa", "2024-12-03"};
        }
        if (d.contains("fighting")) {
            return new Object[] {Set.of(EventType.ATTACK, EventType.CLASH, EventType.AMBUSH), "Zayn al-Abidin", null};
        }
        if (d.contains("hama captured") || d.contains("entered hama")) {
            return new Object[] {Set.of(EventType.CAPTURE, EventType.ENTER), "Hama", "2024-12-05"};
        }
        if (d.contains("aleppo")) {
            return new Object[] {Set.of(EventType.CAPTURE, EventType.ENTER), "Aleppo", null};
        }
        throw new AssertionError("no expectation for gold corroboration '" + description + "'");
    }

    private static Set<String> docs(Event e) {
        Set<String> out = new TreeSet<>();
        for (SourcedMention m : e.mentions()) {
            if (m.supports()) {
                out.add(Seeds.doc(m.articleId()));
            }
        }
        return out;
    }

    private static boolean at(Event e, String place) {
        return place == null || (e.place() != null && Names.same(e.place().name(), place))
                || e.mentions().stream().anyMatch(m -> m.mention().place() != null && Names.same(m.mention().place().text(), place));
    }

    @Test
    void everyGoldCorroborationIsOneMergedEventWithItsOutlets() {
        JsonNode sets = Seeds.gold().get("corroborations");
        int merged = 0;
        for (JsonNode set : sets) {
            Object[] w = where(set.get("event").asText());
            Set<String> want = new TreeSet<>();
            set.get("docs").forEach(d -> want.add(d.asText()));
            boolean found = false;
            for (Event e : events) {
                @SuppressWarnings("unchecked")
                Set<EventType> types = (Set<EventType>) w[0];
                boolean day = w[2] == null || e.interval().containsDay(LocalDate.parse((String) w[2]));
                if (types.contains(e.type()) && at(e, (String) w[1]) && day && docs(e).containsAll(want)) {
                    found = true;
                    assertTrue(e.corroboration() >= want.size(), "corroboration counts each outlet: " + e);
                }
            }
            assertTrue(found, "not merged: " + set.get("event").asText() + " from " + want);
            merged++;
        }
        assertEquals(8, merged);
    }

    /** The event holding the mention of the given doc, type, place and first day. */
    private static Event holding(String doc, EventType type, String place, String day) {
        for (Event e : events) {
            for (SourcedMention m : e.mentions()) {
                if (Seeds.doc(m.articleId()).equals(doc) && m.mention().type() == type && m.mention().place() != null
                        && Names.same(m.mention().place().place().name(), place) && m.mention().time().interval().isKnown()
                        && m.mention().time().interval().firstDay().toString().equals(day)) {
                    return e;
                }
            }
        }
        throw new AssertionError("no " + type + " of " + place + " on " + day + " in " + doc);
    }

    @Test
    void hamaAdvancesOnThreeDaysStayThreeEvents() {
        String d = "000_444ce18b90af1d36";
        Event a = holding(d, EventType.ADVANCE, "Hama", "2024-11-30");
        Event b = holding(d, EventType.ADVANCE, "Hama", "2024-12-03");
        Event c = holding(d, EventType.ADVANCE, "Hama", "2024-12-04");
        assertEquals(3, Set.of(a.id(), b.id(), c.id()).size());
    }

    @Test
    void maarShahourCaptureRecaptureAndReentryStayThreeEvents() {
        String d = "000_444ce18b90af1d36";
        for (String place : List.of("Maar Shahour", "Kafraa")) {
            Event capture = holding(d, EventType.CAPTURE, place, "2024-12-03");
            Event back = null;
            Event again = null;
            for (Event e : events) {
                for (SourcedMention m : e.mentions()) {
                    if (Seeds.doc(m.articleId()).equals(d) && m.mention().type() == EventType.RECAPTURE
                            && Names.same(m.mention().place().place().name(), place)) {
                        if ("government".equals(m.mention().actor().side())) {
                            back = e;
                        } else {
                            again = e;
                        }
                    }
                }
            }
            assertTrue(back != null && again != null, place);
            assertEquals(3, Set.of(capture.id(), back.id(), again.id()).size(), place);
        }
    }

    @Test
    void everyHardAndSoftGoldContradictionIsFoundWithItsSources() {
        List<Contradiction> found = store.contradictions(false);
        int n = 0;
        for (JsonNode set : Seeds.gold().get("contradictions")) {
            String kind = set.get("kind").asText();
            if (kind.equals("compatible")) {
                continue;
            }
            Set<String> want = new TreeSet<>();
            set.get("claims").forEach(c -> want.add(c.get("doc").asText()));
            String attr = ourAttribute(set.get("attribute").asText());
            boolean ok = false;
            for (Contradiction c : found) {
                Set<String> docs = new TreeSet<>();
                c.positions().forEach(p -> docs.add(p.doc()));
                if (Names.same(c.subject(), set.get("subject").asText()) && c.attribute().startsWith(attr)
                        && c.kind().label().equals(kind) && docs.containsAll(want)) {
                    ok = true;
                    assertTrue(c.positions().stream().allMatch(p -> p.quote() != null && !p.quote().isBlank()));
                }
            }
            assertTrue(ok, "not found: " + set.get("id").asText());
            n++;
        }
        assertEquals(7, n);
    }

    /** How our attributes are named for the gold's attribute descriptions. */
    private static String ourAttribute(String gold) {
        String g = gold.toLowerCase();
        return g.contains("rank") ? "rank by size" : g.contains("date") ? "date of" : g.contains("inside") ? "whether it happened"
                : g.contains("affiliation") ? "affiliation" : g.contains("presence") ? "control history" : g.contains("role") ? "role" : g;
    }

    @Test
    void compatibleGoldSetsAreNotReportedAsHard() {
        for (Contradiction c : store.contradictions(true)) {
            if (c.kind() != Contradiction.Kind.HARD) {
                continue;
            }
            assertFalse(c.attribute().startsWith("distance"), c.toString());
            assertFalse(c.attribute().contains("killed") || c.attribute().contains("casualt"), c.toString());
            for (String town : List.of("Suran", "Halfaya", "Taybat al-Imam", "Maardis")) {
                assertFalse(Names.same(c.subject(), town), c.toString());
            }
        }
        assertTrue(store.contradictions(true).stream().anyMatch(c -> c.attribute().startsWith("distance")
                && c.kind() == Contradiction.Kind.COMPATIBLE), "≈200 km vs 210 km is kept as compatible");
    }

    private static List<ControlPeriod> stated(String place) {
        List<ControlPeriod> out = new ArrayList<>();
        for (ControlPeriod p : store.timeline(place)) {
            if (p.place().geonameid() != null && !p.inferred()) {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void maarShahourAndKafraaChangeHandsThreeTimes() {
        for (String place : List.of("Maar Shahour", "Kafraa")) {
            List<ControlPeriod> t = stated(place);
            assertEquals(List.of("HTS", "SAA", "HTS"), t.stream().map(ControlPeriod::controller).toList(), place);
            assertEquals(LocalDate.parse("2024-12-03"), t.get(0).from().firstDay());
            assertEquals(LocalDate.parse("2024-12-04"), t.get(1).from().firstDay());
            assertEquals(LocalDate.parse("2024-12-04"), t.get(2).from().firstDay());
            assertTrue(t.get(1).from().start().isBefore(t.get(2).from().start()));
        }
    }

    @Test
    void hamaGoesFromGovernmentThroughContestedToOpposition() {
        List<ControlPeriod> t = store.timeline("Hama").stream().filter(p -> Integer.valueOf(170017).equals(p.place().geonameid())).toList();
        assertEquals(3, t.size(), t.toString());
        assertEquals("SAA", t.get(0).controller());
        assertTrue(t.get(1).contested());
        assertEquals(LocalDate.parse("2024-12-05"), t.get(1).from().firstDay());
        assertTrue(t.get(1).evidence().stream().anyMatch(e -> e.role().equals("denied")), "the state-media denial is shown");
        assertEquals("HTS", t.get(2).controller());
        assertTrue(t.get(2).evidence().stream().anyMatch(e -> e.role().equals("lose") && "SAA".equals(e.actor())),
                "the army's admission of the loss is evidence");
        assertEquals(t, store.timeline("gn:170017"), "a place key gives that place's timeline alone");
        assertEquals(new EventStore.EventDays(LocalDate.parse("2024-11-27"), LocalDate.parse("2024-12-05")), store.eventDays(),
                "the offensive began on 27 Nov; the last events are of 5 Dec");
        ControlPeriod dec1 = control("Hama", "2024-12-01");
        ControlPeriod dec6 = control("Hama", "2024-12-06");
        assertEquals("government", dec1.side());
        assertEquals("HTS", dec6.controller());
    }

    private static ControlPeriod control(String place, String day) {
        Set<String> keys = new TreeSet<>();
        store.timeline(place).stream().filter(p -> p.place().precision() != null && p.place().precision().label().equals("town"))
                .forEach(p -> keys.add(p.placeKey()));
        for (ControlPeriod p : store.control(LocalDate.parse(day), null)) {
            if (keys.contains(p.placeKey())) {
                return p;
            }
        }
        throw new AssertionError("no control of " + place + " on " + day);
    }

    @Test
    void northernHamaTownsGoFromGovernmentToOpposition() {
        for (String place : List.of("Suran", "Halfaya", "Taybat al-Imam", "Maardis")) {
            List<ControlPeriod> t = stated(place);
            assertEquals(List.of("SAA", "HTS"), t.stream().map(ControlPeriod::controller).toList(), place);
            assertEquals(LocalDate.parse("2024-12-01"), t.get(0).from().firstDay());
            assertFalse(t.get(1).from().firstDay().isBefore(LocalDate.parse("2024-12-02")), place);
            assertFalse(t.get(1).from().firstDay().isAfter(LocalDate.parse("2024-12-04")), place);
            assertEquals("SAA", control(place, "2024-12-01").controller());
            assertEquals("HTS", control(place, "2024-12-05").controller());
        }
    }

    @Test
    void framingTableHasTheGoldTermsPerOutletAndSide() {
        List<FramingRow> rows = store.framing();
        int want = 0;
        int have = 0;
        List<String> missing = new ArrayList<>();
        var it = Seeds.gold().get("framing").fields();
        while (it.hasNext()) {
            var doc = it.next();
            String article = Seeds.extractions().stream().filter(x -> x.article().doc().equals(doc.getKey())).findFirst().orElseThrow().article().id();
            var sides = doc.getValue().fields();
            while (sides.hasNext()) {
                var side = sides.next();
                for (JsonNode term : side.getValue()) {
                    want++;
                    String t = org.sitrep.core.text.Fold.fold(term.asText());
                    boolean ok = rows.stream().anyMatch(r -> r.side().equals(side.getKey())
                            && r.quotes().stream().anyMatch(q -> q.articleId().equals(article))
                            && org.sitrep.core.text.Fold.fold(r.term()).contains(t));
                    if (ok) {
                        have++;
                    } else {
                        missing.add(doc.getKey().substring(0, 3) + ":" + side.getKey() + ":" + term.asText());
                    }
                }
            }
        }
        System.out.println("framing: " + have + "/" + want + " gold terms found; missing " + missing);
        assertEquals(want, have, "framing: every gold term per outlet and side; missing " + missing);
        assertTrue(rows.stream().anyMatch(r -> r.term().equals("militants") && r.loaded()));
        assertTrue(rows.stream().anyMatch(r -> r.term().equalsIgnoreCase("regime") && r.loaded()));
        assertTrue(rows.stream().noneMatch(r -> r.kind().equals("name") && r.loaded()), "names are not loaded terms");
    }

    @Test
    void reingestingAnArticleChangesNothing() {
        var before = store.counts();
        for (var x : Seeds.extractions()) {
            assertEquals(EventStore.Added.ALREADY_STORED, store.add(x));
        }
        assertEquals(0, store.pending());
        assertEquals(before, store.counts());
        assertNotEquals(0, before.events());
    }

    @Test
    void fullTextSearchFindsArticlesAndEvents() {
        assertEquals(1, store.search("prison", 10).size());
        List<Event> prison = store.events(new EventQuery(null, null, null, null, null, null, "prison", 100));
        assertFalse(prison.isEmpty());
        List<Event> near = store.events(new EventQuery(null, null, null, null, null, Near.parse("35.13,36.75,3"), null, 100));
        assertTrue(near.stream().allMatch(e -> org.sitrep.core.model.Geo.distanceKm(35.13, 36.75, e.place().lat(), e.place().lon()) <= 3),
                "only events within 3 km");
        assertFalse(near.isEmpty());
    }
}
