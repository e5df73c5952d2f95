package org.sitrep.core;

import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.EventExtractor;
import org.sitrep.core.extract.EventFinder;
import org.sitrep.core.extract.SentenceFacts;
import org.sitrep.core.extract.Narrative;
import org.sitrep.core.geo.Geocoder;
import org.sitrep.core.geo.PlaceFinder;
import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.PlaceMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pipeline as named stages over an immutable document: composing, replacing and adding stages and finders. */
class PipelineStagesTest {
    /** Invented reporting on two wars in one article. */
    private static final String TEXT = "Rebels captured the town of Saraqib in Idlib on Monday. "
            + "Separately, Russian forces shelled the city of Kharkiv on Tuesday.";

    private static List<EventMention> events(Pipeline p) {
        return p.process(TestData.article("t", TEXT, "2025-01-10")).events();
    }

    private static String country(EventMention e) {
        return e.place() == null ? null : e.place().place().country();
    }

    @Test
    void theStandardStagesRunInOrder() {
        assertEquals(List.of("scan", "geocode", "actors", "context", "read", "reconcile"),
                TestData.pipeline().stages().stream().map(Pipeline.Named::name).toList());
    }

    @Test
    void aStageAddedAfterGeocodingSeesResolvedPlacesAndItsLayerReplacesThem() {
        List<EventMention> all = events(TestData.pipeline());
        assertTrue(all.stream().anyMatch(e -> "UA".equals(country(e))), all.toString());
        assertTrue(all.stream().anyMatch(e -> "SY".equals(country(e))), all.toString());
        // an analyst who follows one war keeps only the places in its country
        Pipeline syriaOnly = Pipeline.builder(TestData.gazetteer()).addAfter("geocode", "syria-only", 1.0, (doc, dl) -> {
            Geocoder.Result geo = doc.get(Pipeline.PLACES);
            List<List<PlaceMention>> kept = new ArrayList<>();
            for (List<PlaceMention> s : geo.mentions()) {
                kept.add(s.stream().filter(p -> p == null || "SY".equals(p.place().country())).toList());
            }
            return doc.with(Pipeline.PLACES, new Geocoder.Result(List.copyOf(kept), geo.focus(), geo.cutAt()));
        }).build();
        assertEquals(List.of("scan", "geocode", "syria-only", "actors", "context", "read", "reconcile"),
                syriaOnly.stages().stream().map(Pipeline.Named::name).toList());
        List<EventMention> kept = events(syriaOnly);
        assertFalse(kept.stream().anyMatch(e -> "UA".equals(country(e))), kept.toString());
        assertTrue(kept.stream().anyMatch(e -> "SY".equals(country(e))), kept.toString());
    }

    @Test
    void aPlaceFinderThatFindsNothingLeavesNoEventPlaced() {
        PlaceFinder standard = PlaceFinder.of(TestData.gazetteer());
        PlaceFinder none = new PlaceFinder() {
            @Override
            public List<org.sitrep.core.geo.PlaceCandidate> find(org.sitrep.core.text.Words sentence, boolean[] blocked, int base) {
                return List.of();
            }

            @Override
            public Geocoder.Result resolve(List<List<org.sitrep.core.geo.PlaceCandidate>> c, Map<String, Double> hints, Deadline dl) {
                return standard.resolve(c, hints, dl);
            }

            @Override
            public org.sitrep.core.geo.Gazetteer gazetteer() {
                return standard.gazetteer();
            }
        };
        List<EventMention> found = events(Pipeline.builder(TestData.gazetteer()).places(none).build());
        assertTrue(found.stream().allMatch(e -> e.place() == null), found.toString());
    }

    @Test
    void anEventFinderSeesOnlyTheSentencesThePreFilterLetsThrough() {
        EventExtractor standard = new EventExtractor(ActorLexicon.defaults());
        AtomicInteger read = new AtomicInteger();
        EventFinder counting = new EventFinder() {
            @Override
            public boolean mayTriggerAt(org.sitrep.core.text.Words w, int i, boolean placeless) {
                return standard.mayTriggerAt(w, i, placeless);
            }

            @Override
            public Found find(String doc, SentenceFacts f, Narrative n) {
                read.incrementAndGet();
                return standard.find(doc, f, n);
            }

            @Override
            public List<org.sitrep.core.extract.TriggerLexicon.Match> triggers(List<org.sitrep.core.nlp.Token> tokens) {
                return standard.triggers(tokens);
            }
        };
        Pipeline p = Pipeline.builder(TestData.gazetteer()).events(counting).build();
        String text = TEXT + " The weather was mild. Schools reopened.";
        Extraction x = p.process(TestData.article("t", text, "2025-01-10"));
        assertEquals(2, read.get());
        assertEquals(TestData.pipeline().process(TestData.article("t", text, "2025-01-10")).events(), x.events());
    }

    @Test
    void stagesLeaveTheDocumentTheyAreGivenUnchanged() {
        Pipeline p = TestData.pipeline();
        var sentences = new org.sitrep.core.nlp.Annotator().sentences(TEXT);
        AnnotatedDocument start = AnnotatedDocument.of(TestData.article("t", TEXT, "2025-01-10"), sentences);
        AnnotatedDocument scanned = p.stages().get(0).stage().apply(start, Deadline.NONE);
        assertFalse(start.has(Pipeline.WORDS));
        assertTrue(scanned.has(Pipeline.WORDS));
        assertThrows(UnsupportedOperationException.class, () -> scanned.get(Pipeline.PLACE_CANDIDATES).add(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> scanned.get(Pipeline.MAY_HOLD_EVENT).set(0, false));
        AnnotatedDocument geocoded = p.stages().get(1).stage().apply(scanned, Deadline.NONE);
        assertFalse(scanned.has(Pipeline.PLACES));
        assertTrue(geocoded.get(Pipeline.PLACES).mentions().stream().flatMap(List::stream).filter(Objects::nonNull).count() >= 2);
    }

    @Test
    void aStageRunBeforeTheLayerItNeedsNamesTheLayer() {
        Pipeline p = TestData.pipeline();
        AnnotatedDocument start = AnnotatedDocument.of(TestData.article("t", TEXT, "2025-01-10"), List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.stages().get(1).stage().apply(start, Deadline.NONE));
        assertTrue(e.getMessage().contains("place candidates"), e.getMessage());
    }

    @Test
    void anUnknownStageNameListsTheStages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.builder(TestData.gazetteer()).replace("geocoding", 0.7, (d, dl) -> d).build());
        assertTrue(e.getMessage().contains("[scan, geocode, actors, context, read, reconcile]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Pipeline.builder(TestData.gazetteer()).addAfter("scan", "x", 0, (d, dl) -> d));
    }

    @Test
    void aReplacedStageRunsInsteadOfTheStandardOne() {
        Pipeline noClaims = Pipeline.builder(TestData.gazetteer())
                .replace("reconcile", 1.0, (doc, dl) -> doc.with(Pipeline.EVENTS, doc.get(Pipeline.EVENT_MENTIONS))).build();
        String text = "At least 12 civilians were killed in shelling on Saraqib on Monday. Shelling on Saraqib killed 12 civilians on Monday.";
        Extraction standard = TestData.pipeline().process(TestData.article("t", text, "2025-01-10"));
        Extraction raw = noClaims.process(TestData.article("t", text, "2025-01-10"));
        assertTrue(raw.events().size() > standard.events().size(), raw.events() + " vs " + standard.events());
        assertNotEquals(standard.claims(), raw.claims());
    }
}
