package org.sitrep.store.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.testing.RandomInputs;

/** Watchlists as data: areas by circle, place, admin-1 and polygon; the filters; what a bad one is told. */
class WatchlistTest {
    static final ResolvedPlace HAMA = new ResolvedPlace("Hama", 170017, 35.13179, 36.75783, "Hama", "SY", GeoPrecision.TOWN, true);
    static final ResolvedPlace MOREK = new ResolvedPlace("Mūrak", 166640, 35.37615, 36.6897, "Hama", "SY", GeoPrecision.TOWN, true);
    static final ResolvedPlace IDLIB = new ResolvedPlace("Idlib", 169389, 35.93062, 36.63393, "Idlib", "SY", GeoPrecision.TOWN, true);
    static final ResolvedPlace NOWHERE = new ResolvedPlace("Qasr X", null, null, null, null, "SY", GeoPrecision.POINT, false);

    static Event event(ResolvedPlace p, EventType type, Realis realis, String actor, int sources) {
        ActorRef a = new ActorRef(actor, actor, actor.equals("HTS") ? "opposition" : "government");
        org.sitrep.core.model.EventMention m = new org.sitrep.core.model.EventMention("d", 0, type, realis, "took", a, null, null, null, null,
                null, "They took it.", new org.sitrep.core.model.Span(0, 13), 0.9);
        return new Event("ev-1", "SY", type, realis, a, null, p, TimeInterval.UNKNOWN,
                List.of(new org.sitrep.core.model.SourcedMention("m1", "art1", "Outlet", TimeInterval.UNKNOWN, m)), List.of(), sources, 0, List.of());
    }

    static Watchlist w(String json) {
        return Watchlist.parse(json, "t", name -> name.equalsIgnoreCase("Hama") ? new double[] {35.13179, 36.75783} : null);
    }

    @Test
    void aCircleHoldsWhatIsWithinItsRadius() {
        Watchlist near = w("{\"area\": {\"circle\": \"35.13,36.75,30\"}}");
        assertTrue(near.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)), "Morek is 28 km from Hama");
        assertFalse(near.matches(event(IDLIB, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)));
        assertFalse(near.matches(event(NOWHERE, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)), "no coordinates: not within");
        Watchlist round = w("{\"area\": {\"place\": \"Hama\", \"km\": 30}}");
        assertTrue(round.area() instanceof Watchlist.Circle);
        assertTrue(round.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)));
        Watchlist itself = w("{\"area\": {\"place\": \"murak\"}}");
        assertTrue(itself.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)), "accents and case aside");
        assertFalse(itself.matches(event(HAMA, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)));
    }

    @Test
    void anAdmin1AreaAndAPolygonWithAHole() {
        Watchlist hama = w("{\"area\": {\"admin1\": \"hama\", \"country\": \"SY\"}}");
        assertTrue(hama.matches(event(MOREK, EventType.AIRSTRIKE, Realis.REPORTED, "SAA", 1)));
        assertFalse(hama.matches(event(IDLIB, EventType.AIRSTRIKE, Realis.REPORTED, "SAA", 1)));
        // a square round Hama and Morek with a hole round Hama
        Watchlist poly = w("{\"area\": {\"polygon\": {\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": ["
                + "[[36.5,35.0],[37.0,35.0],[37.0,35.5],[36.5,35.5],[36.5,35.0]],"
                + "[[36.7,35.1],[36.8,35.1],[36.8,35.2],[36.7,35.2],[36.7,35.1]]]}}}}");
        assertTrue(poly.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)));
        assertFalse(poly.matches(event(HAMA, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)), "in the hole");
        assertFalse(poly.matches(event(IDLIB, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)));
        Watchlist multi = w("{\"area\": {\"polygon\": {\"type\": \"MultiPolygon\", \"coordinates\": [[[[36.5,35.8],[36.8,35.8],[36.8,36.0],"
                + "[36.5,36.0],[36.5,35.8]]]]}}}");
        assertTrue(multi.matches(event(IDLIB, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)));
    }

    @Test
    void filtersOnActorsTypesRealisAndSources() {
        Watchlist strict = w("{\"actors\": [\"hts\"], \"types\": [\"capture\", \"recapture\"], \"minRealis\": \"reported\", \"minSources\": 2}");
        assertTrue(strict.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 2)));
        assertFalse(strict.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)), "one source");
        assertFalse(strict.matches(event(MOREK, EventType.CAPTURE, Realis.CLAIMED, "HTS", 2)), "a bare claim");
        assertFalse(strict.matches(event(MOREK, EventType.AIRSTRIKE, Realis.ASSERTED, "HTS", 2)), "another type");
        assertFalse(strict.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "SAA", 2)), "another actor");
        assertTrue(w("{\"actors\": [\"opposition\"]}").matches(event(MOREK, EventType.CAPTURE, Realis.DENIED, "HTS", 1)), "a side matches");
        assertFalse(w("{\"minRealis\": \"claimed\"}").matches(event(MOREK, EventType.CAPTURE, Realis.DENIED, "HTS", 1)));
    }

    @Test
    void aBadWatchlistSaysWhatIsWrong() {
        for (String[] bad : new String[][] {
                {"[]", "a watchlist is an object"},
                {"- a\n- b\n", "a watchlist is an object"},
                {"area: [unclosed", "not YAML"},
                {"{\"area\": {\"circle\": \"95,36,30\"}}", "not a circle"},
                {"{\"area\": {\"place\": \"Atlantis\", \"km\": 5}}", "knows no place 'Atlantis'"},
                {"{\"area\": {\"polygon\": {\"type\": \"Point\", \"coordinates\": [1, 2]}}}", "Polygon or MultiPolygon"},
                {"{\"types\": [\"picnic\"]}", "unknown event type 'picnic'"},
                {"{\"minRealis\": \"rumoured\"}", "minRealis"},
                {"{\"minSources\": 0}", "minSources"},
                {"{\"webhook\": \"ftp://x\"}", "http or https"},
                {"{\"name\": \"a b\"}", "name"},
                {"{\"colour\": \"red\"}", "unknown field 'colour'"},
                {"{not json", "not JSON"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w(bad[0]), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }

    @Test
    void aWatchlistMayBeWrittenInYaml() {
        Watchlist yaml = w("name: hama\narea:\n  place: Hama\n  km: 30\nactors: [HTS]\nminRealis: reported\nminSources: 2\n");
        Watchlist json = w("{\"name\": \"hama\", \"area\": {\"place\": \"Hama\", \"km\": 30}, \"actors\": [\"HTS\"], "
                + "\"minRealis\": \"reported\", \"minSources\": 2}");
        assertEquals(json.json(), yaml.json(), "stored as the same JSON");
        assertTrue(yaml.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 2)));
        assertFalse(yaml.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1)));
    }

    @Test
    void emptyAndRandomInput() {
        assertThrows(IllegalArgumentException.class, () -> w(""));
        String[] vocabulary = {"{", "}", "[", "]", ":", ",", "\"area\"", "\"circle\"", "\"polygon\"", "\"type\"", "\"Polygon\"",
            "\"coordinates\"", "\"actors\"", "\"name\"", "\"minSources\"", "1", "-1", "36.5", "null", "true", "\"x\""};
        RandomInputs.check("watchlist", 7, vocabulary, 60, s -> {
            try {
                Watchlist x = w(s);
                x.matches(event(MOREK, EventType.CAPTURE, Realis.ASSERTED, "HTS", 1));
            } catch (IllegalArgumentException expected) {
                assertTrue(expected.getMessage() != null && !expected.getMessage().isBlank());
            }
        });
    }
}
