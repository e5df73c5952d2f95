package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Words that look like places and are not (a surname a title named, a feast, a war named by its head, a workers'
 * strike), sites told after sites, and a page on an old war that tells its own years. Each text is made up; each test
 * failed before the rule it tests, but aSiteAfterASiteIsInTheTownBeforeBoth, which guards the sites of this stop's first rule.
 */
class NamesAndTimesTest {
    private static List<EventMention> events(String text, String published) {
        return TestData.extract(text, published).events();
    }

    private static boolean anyAt(List<EventMention> es, String name) {
        return es.stream().anyMatch(e -> e.place() != null && (e.place().text().contains(name)
                || e.place().place() != null && e.place().place().name() != null && e.place().place().name().contains(name)));
    }

    @Test
    void aSurnameATitleNamedIsAPersonLater() {
        List<EventMention> es = events("LA PAZ, June 26 (AFP) - President Luis Arce called it a coup attempt on Wednesday.\n\n"
                + "General Juan Jose Zuniga, who had been removed as commander of the army on Tuesday, entered the palace building "
                + "with soldiers and confronted Arce in a hallway.", "2024-06-26");
        assertTrue(!anyAt(es, "Arce"), TestData.summary(es));
    }

    @Test
    void aFeastBeforeADayAndAWarsHeadAreNoPlaces() {
        List<EventMention> es = events("On Easter Monday, 24 April 1916, rebels seized the General Post Office in Dublin.", "2024-09-01");
        assertTrue(!anyAt(es, "Easter"), TestData.summary(es));
        es = events("On 24 April 1916, rebels seized Dublin. About 485 people were killed in the Rising.", "2024-09-01");
        assertTrue(!anyAt(es, "Rising") && !anyAt(es, "Rissing"), TestData.summary(es));
    }

    @Test
    void aWorkersStrikeIsNoStrikeFromTheAir() {
        List<EventMention> es = events("The FLN called an eight-day general strike in Algiers on 28 January.", "1957-02-01");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.AIRSTRIKE), TestData.summary(es));
    }

    @Test
    void aPageOnAnOldWarTellsItsOwnYearsFighting() {
        List<EventMention> es = events("On 24 April 1916, rebels seized Dublin.\n\nHeavy fighting took place in Dublin on 26 April 1916.",
                "2024-09-01");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CLASH), TestData.summary(es));
    }

    @Test
    void aSiteAfterASiteIsInTheTownBeforeBoth() {
        List<EventMention> es = events("PRAGUE, Aug 21 (Reuters) - Soviet tanks rolled into Prague early today, surrounding the "
                + "Communist Party Central Committee building and the radio station.\n\nCrowds tried to block tanks outside the radio "
                + "building, and shooting broke out there.", "1968-08-21");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ADVANCE && e.place().text().equals("the radio station")
                && e.place().place().name().equals("Prague")), TestData.summary(es));
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("the radio building")
                && e.place().place().name().contains("Committee")), TestData.summary(es));
    }

    @Test
    void aVehicleRammedIntoAPalaceAndPositionsTakenUpAreEvents() {
        List<EventMention> es = events("LA PAZ, June 26 (AFP) - Soldiers rammed an armored vehicle into the doors of the presidential "
                + "palace in La Paz on Wednesday.\n\nTroops took up positions in the central Plaza Murillo, which houses the presidential "
                + "palace, in the afternoon.", "2024-06-26");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK), TestData.summary(es));
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.DEPLOYMENT && e.place().text().contains("Plaza Murillo")),
                TestData.summary(es));
    }

    @Test
    void aTollWithAnAdverbAndTheHeaviestOfTheAttacksAreTold() {
        List<EventMention> es = events("Israeli shells struck Qana on Thursday. 4 peacekeepers were seriously wounded.", "1996-04-18");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CASUALTIES), TestData.summary(es));
        es = events("Rebels attacked camps across Madagascar on Saturday. The heaviest attack was made on the garrison at Moramanga.",
                "1947-03-31");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK && anyAt(List.of(e), "Moramanga")), TestData.summary(es));
    }
}
