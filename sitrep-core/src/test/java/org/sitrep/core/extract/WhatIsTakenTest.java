package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a verb of taking takes: a place, or persons, or places it does not name; and a past participle that only
 * names a title ("ousted President"). Each text is made up; each test failed before the rule it tests.
 */
class WhatIsTakenTest {
    private static List<EventMention> events(String text) {
        return TestData.extract(text, "1989-12-23").events();
    }

    private static boolean any(List<EventMention> es, EventType type) {
        return es.stream().anyMatch(e -> e.type() == type);
    }

    @Test
    void personsCapturedNearATownTakeNoTown() {
        List<EventMention> es = events("State radio said on Saturday that he and his wife Elena had been captured near Targoviste.");
        assertTrue(!any(es, EventType.CAPTURE), TestData.summary(es));
        es = events("Rebels said on Saturday that his town had been captured near Targoviste.");
        assertTrue(any(es, EventType.CAPTURE), TestData.summary(es));
    }

    @Test
    void aTitlesParticipleAfterToIsNoInfinitive() {
        List<EventMention> es = events("Units loyal to ousted President Nicolae Ceausescu fought troops around Palace Square in "
                + "Bucharest on Saturday.");
        assertTrue(!any(es, EventType.CAPTURE), TestData.summary(es));
        assertTrue(any(es, EventType.CLASH), TestData.summary(es));
    }

    @Test
    void placesAVerbTakesWithoutNamingThemAreNoneNamedBefore() {
        List<EventMention> es = events("CARACAS, Venezuela (AP) - Rebel units attacked the presidential palace on Tuesday and "
                + "seized military bases in three cities.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.ATTACK).count(), TestData.summary(es));
        assertTrue(!any(es, EventType.CAPTURE), TestData.summary(es));
        es = events("Fighting raged in the Sirwah district, where the rebels captured several hilltop positions.");
        assertTrue(any(es, EventType.CAPTURE), TestData.summary(es));
    }

    @Test
    void unnamedPositionsSeizedLendTheirVerbNoPlaceOfTheNext() {
        List<EventMention> es = events("Israeli troops rolled into west Beirut on Wednesday, seizing key positions and surrounding "
                + "the Palestinian refugee camps of Sabra and Chatilla.");
        assertTrue(!any(es, EventType.CAPTURE), TestData.summary(es));
        assertTrue(any(es, EventType.ADVANCE), TestData.summary(es));
    }

    @Test
    void aWarsNameAndAFaithsAdjectiveNameNoPlace() {
        List<EventMention> es = events("The Battle of Plaman Mapu was fought on 27 April 1965 during the Indonesia–Malaysia "
                + "confrontation, when Indonesian troops attacked the British base at Plaman Mapu.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Indonesia")), TestData.summary(es));
        es = events("Israeli troops rolled into Moslem west Beirut on Wednesday.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Moslem")), TestData.summary(es));
    }
}
