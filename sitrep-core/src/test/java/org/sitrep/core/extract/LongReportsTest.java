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
        EventMention e = TestData.eventIn(es, EventType.ATTACK, "Kandahar"); // the airport in Kandahar
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

    private static List<EventMention> events(String text, String published) {
        return TestData.extract(text, published).events();
    }

    @Test
    void aNationNamedByItsPeopleIsItsForces() {
        EventMention e = at(events("The Paraguayans recaptured Corrales on Monday."), EventType.RECAPTURE, "Corrales");
        assertEquals("paraguay", e.actor().side());
    }

    @Test
    void soldiersWhoArriveEnterAndAPassiveReadAsAnAdverbIsAVerb() {
        at(events("Soldiers from the army base arrived in the village of Acul on Monday."), EventType.ENTER, "Acul");
        at(events("About 400 U.S. Marines landed by helicopter at the Embajador Hotel on Monday."), EventType.ENTER, "Embajador");
        at(events("According to an official communiqué, the police station at Wellawaya was overrun and set on fire, and the "
                + "insurgents killed an Inspector and four constables there."), EventType.CAPTURE, "Wellawaya");
    }

    @Test
    void witnessesOfAPlaceTellWhatHappenedThere() {
        at(events("Residents of the border town of Kartong said they had heard gunfire on Thursday."), EventType.ATTACK, "Kartong");
    }

    @Test
    void originsAddressesAndGoodsAreNoPlacesOfTheDeed() {
        List<EventMention> air = events("Air force planes from the San Isidro base strafed rebel positions throughout the morning.");
        assertTrue(!anyAt(air, "San Isidro"), summary(air));
        List<EventMention> ports = events("Rebels captured the river ports of Puerto Casado and Puerto Pinasco on the Paraguay river on Monday.");
        at(ports, EventType.CAPTURE, "Puerto Pinasco");
        assertTrue(!anyAt(ports, "Paraguay river"), summary(ports));
        List<EventMention> goods = events("Large stocks of arms had been seized in Concepción on Monday.");
        assertTrue(goods.stream().noneMatch(x -> x.type() == EventType.CAPTURE), summary(goods));
        List<EventMention> address = events("Jihadists killed over 200 civilians around the town of Barsalogho, Sanmatenga Province, Burkina Faso.");
        assertTrue(!anyAt(address, "Burkina Faso"), summary(address));
        List<EventMention> owner = events("Rebels captured Kisangani, Zaire's third largest city, on Saturday after government troops "
                + "and foreign mercenaries fled.");
        at(owner, EventType.WITHDRAW, "Kisangani");
    }

    @Test
    void aDeedToldYearsAgoIsStillADeedAndKeepsItsYear() {
        List<EventMention> es = events("Between March and July 1982, the army carried out a series of massacres in the municipalities "
                + "of Nebaj, Chajul and Cotzal.", "1999-02-25");
        at(es, EventType.ATTACK, "Cotzal");
        at(events("In 1999, a series of bombings in the capital Tashkent killed 16 people.", "2005-05-14"), EventType.ATTACK, "Tashkent");
        List<EventMention> story = events("On 3 April 1982, soldiers entered the village of Acul. In the village of Chel, soldiers "
                + "killed 95 people on 3 April.", "1999-02-25");
        EventMention chel = story.stream().filter(e -> e.place() != null && e.place().text().contains("Chel")).findFirst()
                .orElseThrow(() -> new AssertionError(summary(story)));
        assertEquals("1982-04-03", chel.time().interval().firstDay().toString(), summary(story));
    }

    @Test
    void fightingToldAfterADeedHappenedAndAPhrasesGapHoldsANoun() {
        at(events("The frigate was disabled by warships in the harbor of Mormugao after an exchange of fire."), EventType.CLASH, "Mormugao");
        List<EventMention> es = events("An army column crossed the border near Patradevi at dawn, while another drove in from the east "
                + "through Mollem.");
        at(es, EventType.ENTER, "Patradevi");
        assertTrue(es.stream().noneMatch(x -> x.type() == EventType.CAPTURE), summary(es));
    }

    @Test
    void aNationsGovernmentSpeaksForItsState() {
        EventMention e = at(events("The Tunisian government said French aircraft had bombed Bizerte since Wednesday."),
                EventType.AIRSTRIKE, "Bizerte");
        assertEquals(Realis.CLAIMED, e.realis());
    }
}
