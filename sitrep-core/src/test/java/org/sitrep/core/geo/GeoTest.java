package org.sitrep.core.geo;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.text.Words;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.BufferedReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoTest {
    private final Gazetteer g = GazetteerBuilder.bundled();
    private final NameKeys keys = g.keys();

    @Test
    void transliterationVariantsShareKeys() {
        assertEquals(keys.normal("Maar Shahour"), keys.normal("Ma‘arr Shaḩūr"));
        assertEquals(keys.normal("al-Shir"), keys.normal("Ash Shīr"));
        assertEquals(keys.normal("Kasoun al-Jabal"), keys.normal("Kāssūn al Jabal"));
        assertEquals(keys.skeleton(keys.normal("Mardas")), keys.skeleton(keys.normal("Maardes")));
        assertEquals(keys.skeleton(keys.normal("Sarouj")), keys.skeleton(keys.normal("Surūj")));
        assertTrue(NameKeys.similarity("marshohur", "marshahur") > 0.85);
    }

    /** Every gold variant of every gold place with coordinates finds an entry within 5 km of them. */
    @Test
    void everyGoldVariantWithCoordinatesResolves() throws IOException {
        JsonNode places = Json.MAPPER.readTree(TestData.EXAMPLES.resolve("seeds.gold.json").toFile()).get("places");
        List<String> failures = new ArrayList<>();
        places.fields().forEachRemaining(p -> {
            JsonNode geo = p.getValue().get("geo");
            if (!geo.isArray()) {
                return;
            }
            for (JsonNode v : p.getValue().get("variants")) {
                String key = keys.normal(v.asText().replaceFirst("(?i)\\s+city$", ""));
                List<GeoEntry> cands = new ArrayList<>(g.byNormal(key));
                g.bySkeleton(keys.skeleton(key)).forEach(h -> cands.add(h.entry()));
                if (key.startsWith("tal")) {
                    cands.addAll(g.byNormal(keys.normal(v.asText().substring(4))));
                }
                boolean ok = cands.stream().anyMatch(e -> e.distanceKm(geo.get(0).asDouble(), geo.get(1).asDouble()) < 5);
                if (!ok) {
                    failures.add(p.getKey() + " / " + v.asText());
                }
            }
        });
        assertTrue(failures.isEmpty(), "variants without a matching entry: " + failures);
    }

    @Test
    void theFocusIsReadFromTheFirstPlaceNamesOnlyUpToItsCap() {
        PlaceTagger tagger = new PlaceTagger(g);
        List<PlaceCandidate> aleppo = tagger.tag(new Words("Fighting in Aleppo.", 0), new boolean[3], 0);
        List<PlaceCandidate> kharkiv = tagger.tag(new Words("Fighting in Kharkiv.", 0), new boolean[3], 0);
        assertEquals(1, aleppo.size());
        assertEquals(1, kharkiv.size());
        List<List<PlaceCandidate>> doc = new ArrayList<>();
        for (int i = 0; i < Geocoder.MAX_FOCUS_CANDIDATES; i++) {
            doc.add(aleppo);
        }
        for (int i = 0; i < 2 * Geocoder.MAX_FOCUS_CANDIDATES; i++) {
            doc.add(kharkiv); // more votes, beyond the cap: they do not move the focus
        }
        assertEquals("SY", new Geocoder(g).resolve(doc).focus().country());
        assertEquals("UA", new Geocoder(g).resolve(doc.subList(Geocoder.MAX_FOCUS_CANDIDATES - 10, doc.size())).focus().country());
    }

    private List<PlaceMention> resolve(String... sentences) {
        PlaceTagger tagger = new PlaceTagger(g);
        List<List<PlaceCandidate>> doc = new ArrayList<>();
        int base = 0;
        for (String s : sentences) {
            Words w = new Words(s, base);
            boolean[] blocked = org.sitrep.core.Pipeline.blockedWords(w,
                    new org.sitrep.core.actor.ActorTagger(org.sitrep.core.actor.ActorLexicon.defaults()).tag(w), null);
            doc.add(tagger.tag(w, blocked, base));
            base += s.length() + 1;
        }
        List<PlaceMention> out = new ArrayList<>();
        new Geocoder(g).resolve(doc).mentions().forEach(l -> l.stream().filter(m -> m != null).forEach(out::add));
        return out;
    }

    private static PlaceMention named(List<PlaceMention> ms, String head) {
        return ms.stream().filter(m -> m.head().equals(head)).findFirst().orElseThrow(() -> new AssertionError(head + " not found in " + ms));
    }

    @Test
    void contextDisambiguatesSuran() {
        PlaceMention hama = named(resolve("The factions captured Suran and Halfaya in northern Hama."), "Suran");
        assertEquals("Hama", hama.place().admin1());
        PlaceMention aleppo = named(resolve("Fighting reached Suran in the northern Aleppo countryside near Azaz."), "Suran");
        assertEquals("Aleppo", aleppo.place().admin1());
    }

    @Test
    void unknownNameDegradesToTheGovernorateNamedInContext() {
        PlaceMention m = named(resolve("Rebels captured the villages of Qaryat Zubzub and Halfaya in the eastern Hama countryside."), "Qaryat Zubzub");
        assertFalse(m.place().resolved());
        assertEquals(GeoPrecision.PROVINCE, m.place().precision());
        assertEquals("Hama", m.place().admin1());
        assertNotNull(m.place().lat());
    }

    @Test
    void aDemonymBeforeTheCueNamesTheCountryOfACrossBorderPlace() {
        PlaceMention m = named(resolve("Strikes hit Nabatieh and Tyre in southern Lebanon.",
                "Hezbollah fired rockets at the northern Israeli town of Kiryat Shmona."), "Kiryat Shmona");
        assertEquals("IL", m.place().country());
        assertTrue(m.place().resolved());
    }

    @Test
    void aDocumentAboutSeveralCountriesResolvesEachNameByItsProminence() {
        List<PlaceMention> ms = resolve("At least 50 people were killed in clashes in Tripoli over the weekend.",
                "More than 200 aid workers have been killed in Gaza.", "A car bomb exploded in the town of Azaz on Sunday.");
        assertEquals("LY", named(ms, "Tripoli").place().country());
        assertEquals("PS", named(ms, "Gaza").place().country());
        assertEquals("SY", named(ms, "Azaz").place().country());
    }

    @Test
    void regionCuesMakeRegions() {
        List<PlaceMention> ms = resolve("Clashes spread across the northern Hama countryside and Idlib province.");
        assertTrue(ms.stream().allMatch(m -> m.kind() == PlaceMention.Kind.REGION), ms.toString());
        assertTrue(ms.stream().allMatch(m -> m.place().precision() == GeoPrecision.PROVINCE));
    }

    @Test
    void personsAndActorsAreNotPlaces() {
        List<PlaceMention> ms = resolve("President Bashar al-Assad and rebel leader Hassan Abdul Ghani spoke to Reuters.");
        assertTrue(ms.isEmpty(), ms.toString());
    }

    @Test
    void compilerKeepsPopulatedPlacesAndLatinNames() throws IOException {
        String dump = "123\tKassala\tKassala\tAl-Kasr,كسلا\t15.45099\t36.39998\tP\tPPLA\tSD\t\t05\t\t\t\t401477\t\t500\tAfrica/Khartoum\t2020-01-01\n"
                + "124\tSome River\tSome River\t\t15.0\t36.0\tH\tSTM\tSD\t\t05\t\t\t\t0\t\t\t\t2020-01-01\n"
                + "broken line\n";
        StringWriter out = new StringWriter();
        List<String> diags = new ArrayList<>();
        GazetteerCompiler.Stats st = new GazetteerCompiler().compile(new BufferedReader(new StringReader(dump)), out, "SD.txt",
                d -> diags.add(d.format()));
        assertEquals(1, st.written());
        assertEquals(1, st.bad());
        assertTrue(diags.get(0).startsWith("SD.txt:3"), diags.toString());
        assertTrue(out.toString().contains("Al-Kasr") && !out.toString().contains("كسلا"));
    }

    @Test
    void emptyTextHasNoPlaces() {
        assertTrue(resolve("").isEmpty());
    }

    @Test
    void randomTextNeverThrows() {
        String[] words = {"the", "town", "of", "Hama", "al-", "Suran", ",", "and", "northern", "countryside", "Jabal",
            "Bridge", "province", "Xyzzy", "Tal", "President", "'s", "the city", "including", "villages"};
        RandomInputs.check("geocoder", 3, words, 100, this::resolve);
    }
}
