package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The language of longer wire and agency reports: clauses of their own, speakers' venues, tolls told place by place,
 * names written with a possessive or an "and", peoples named before their nouns. Each sentence is made up; each failed
 * before the rule it tests.
 */
class LongReportsTest {
    private static List<EventMention> events(String text) {
        return TestData.extract(text, "2024-05-10").events();
    }

    private static EventMention at(List<EventMention> es, EventType type, String head) {
        return TestData.eventAt(es, type, head);
    }

    private static String summary(List<EventMention> es) {
        return TestData.summary(es);
    }

    private static boolean anyAt(List<EventMention> es, String text) {
        return es.stream().anyMatch(e -> e.place() != null && e.place().text().contains(text));
    }

    @Test
    void aClauseOfItsOwnSubjectKeepsItsPlaces() {
        List<EventMention> es = events("Federal forces have fought separatists in Chechnya for a decade, and the insurgency has "
                + "spread across Dagestan.");
        at(es, EventType.CLASH, "Chechnya");
        assertTrue(!anyAt(es, "Dagestan"), summary(es));
    }

    @Test
    void aSpeakersVenueAfterHisAudienceIsNoPlaceOfWhatHeTells() {
        List<EventMention> es = events("Karimov, speaking to reporters in Tashkent, said troops had fired on protesters.");
        assertTrue(!anyAt(es, "Tashkent"), summary(es));
    }

    @Test
    void aFailedSeizureIsAFailedAttack() {
        List<EventMention> es = events("Gunmen tried to seize the airport in Kandahar on Monday but were driven back by guards.");
        EventMention e = at(es, EventType.ATTACK, "Kandahar");
        assertEquals(Realis.FAILED, e.realis(), summary(es));
        assertTrue(es.stream().noneMatch(x -> x.type() == EventType.CAPTURE), summary(es));
    }

    @Test
    void mercenariesAndInfantryAreArmedMenOfWhicheverSide() {
        at(events("Mercenaries landed at Moroni before dawn on Wednesday."), EventType.ENTER, "Moroni");
        at(events("Infantry surrounded the presidential palace in Bissau on Monday."), EventType.ADVANCE, "palace");
    }

    @Test
    void aParticiplesInfinitiveDoesNotKeepTheDayFromTheVerb() {
        EventMention e = at(events("Border guards fired on villagers trying to cross near Karasu on Sunday."), EventType.ATTACK, "Karasu");
        assertEquals("2024-05-05", e.time().interval().firstDay().toString());
    }

    @Test
    void hoursAfterIsTheSameDay() {
        EventMention e = at(events("Troops entered Kindu on Friday, hours after rebels abandoned the town."), EventType.WITHDRAW, "Kindu");
        assertEquals("2024-05-10", e.time().interval().firstDay().toString());
    }

    @Test
    void aNameWithAPossessiveInsideIsOneName() {
        EventMention e = at(events("Armed men attacked a camp in Cox's Bazar on Monday."), EventType.ATTACK, "Cox's Bazar");
        assertEquals("BD", e.place().place().country());
        at(events("Gunmen ambushed a bus on the winding road to Fraser's Hill on Monday."), EventType.AMBUSH, "Fraser's Hill");
    }

    @Test
    void aCountryWhoseNameHoldsAndIsOneCountry() {
        List<EventMention> es = events("Serb artillery shelled towns in Bosnia and Herzegovina on Monday.");
        assertEquals(1, es.size(), summary(es));
        assertEquals("BA", es.get(0).place().place().country());
    }

    @Test
    void tollsToldPlaceByPlaceAreTollsOfTheirPlaces() {
        List<EventMention> es = events("Twelve villagers were killed at Dagbang on Monday, while nine were shot dead at Kpalba.");
        at(es, EventType.CASUALTIES, "Dagbang");
        at(es, EventType.ATTACK, "Kpalba"); // a shooting, as "Two soldiers were shot dead in Kandahar" is
        List<EventMention> v = events("In Udalguri district, 20 people were killed at Bena and Dirin villages under Tangla "
                + "subdivision on Tuesday.");
        assertTrue(anyAt(v, "Dirin") && !anyAt(v, "Udalguri"), summary(v));
    }

    @Test
    void aPeopleNamedBeforeItsNounIsNoPlace() {
        List<EventMention> es = events("Protesters torched houses belonging to Bodo families at Gossaigaon on Wednesday.");
        at(es, EventType.ATTACK, "Gossaigaon");
        assertTrue(!anyAt(es, "Bodo"), summary(es));
    }

    @Test
    void aPalaceNamedBeforeItsWordIsThePalaceReferredToLater() {
        List<EventMention> es = events("Jets fired rockets into Bardo palace on Monday. Troops later stormed the palace.");
        assertEquals("Bardo palace", at(es, EventType.ATTACK, "Bardo").place().place().name(), summary(es));
    }
}
