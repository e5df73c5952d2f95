package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites a page names by what they are or by whose they are ("the control tower", "the police station", "the Central
 * Committee building"), and the clauses that keep one event's places from the next. Each text is made up; each test
 * failed before the rule it tests, but aWordThatQualifiesTheNextSiteStillNamesOneAlone, which guards one.
 */
class SitesTest {
    private static List<EventMention> events(String text) {
        return TestData.extract(text, "1989-12-23").events();
    }

    private static long countAt(List<EventMention> es, EventType type, String text) {
        return es.stream().filter(e -> e.type() == type && e.place() != null && e.place().text().contains(text)).count();
    }

    @Test
    void twoSitesOfOneTownAreTwoPlaces() {
        List<EventMention> es = events("VICTORIA, Seychelles, Nov 26 (Reuters) - Mercenaries landed at Pointe Larue airport "
                + "on Wednesday.\n\nThey seized the control tower and the airport terminal on Wednesday.");
        assertEquals(1, countAt(es, EventType.CAPTURE, "control tower"), TestData.summary(es));
        assertEquals(1, countAt(es, EventType.CAPTURE, "airport terminal"), TestData.summary(es));
        es = events("VICTORIA, Seychelles, Nov 26 (Reuters) - Rebels seized the police station and the radio station in Victoria on Wednesday.");
        assertEquals(1, countAt(es, EventType.CAPTURE, "police station"), TestData.summary(es));
        assertEquals(1, countAt(es, EventType.CAPTURE, "radio station"), TestData.summary(es));
    }

    @Test
    void aWordThatQualifiesTheNextSiteStillNamesOneAlone() {
        List<EventMention> es = events("VICTORIA, Seychelles, Nov 26 (Reuters) - The mercenaries landed at Pointe Larue airport on Wednesday.\n\n"
                + "Army units surrounded the airport and attacked from the hills on Wednesday.");
        assertEquals(1, countAt(es, EventType.ADVANCE, "the airport"), TestData.summary(es));
    }

    @Test
    void aGroupsBuildingIsAPlace() {
        List<EventMention> es = events("BUCHAREST, Romania, Dec 23 (Reuters) - Crowds stormed the Central Committee building on Friday.");
        assertEquals(1, countAt(es, EventType.ATTACK, "Central Committee building"), TestData.summary(es));
    }

    @Test
    void theBuildingIsTheOneNamedLast() {
        List<EventMention> es = events("BOGOTA, Colombia, Nov 7 (Reuters) - Guerrillas stormed the Palace of Justice on Wednesday.\n\n"
                + "Within hours the army surrounded the building in central Bogota, and it retook the building on Thursday.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.RECAPTURE && e.place().place().name().contains("Palace of Justice")),
                TestData.summary(es));
    }

    @Test
    void aWhileClauseKeepsItsPlacesToItself() {
        List<EventMention> es = events("SANTA CLARA, Cuba, Dec 31 (Reuters) - The rebels captured the police headquarters in Santa Clara on "
                + "Wednesday, while the "
                + "army garrison at the Leoncio Vidal barracks was holding out.");
        assertEquals(1, countAt(es, EventType.CAPTURE, "police headquarters"), TestData.summary(es));
        assertEquals(0, countAt(es, EventType.CAPTURE, "garrison") + countAt(es, EventType.CAPTURE, "Leoncio"), TestData.summary(es));
    }

    @Test
    void aSiteTheLeadNamesBeforeAnyTownIsInTheTownItWasFiledFrom() {
        List<EventMention> es = events("BUCHAREST, Romania, Dec 23 (AP) - Gunmen attacked the state television building on Saturday.");
        assertEquals(1, countAt(es, EventType.ATTACK, "state television building"), TestData.summary(es));
        es = events("VICTORIA, Seychelles, Nov 26 (Reuters) - Mercenaries fought a gun battle with troops at the island's "
                + "international airport before flying to South Africa, officials said on Thursday.");
        assertEquals(1, countAt(es, EventType.CLASH, "international airport"), TestData.summary(es));
        assertEquals(0, countAt(es, EventType.CLASH, "South Africa"), TestData.summary(es));
    }

    @Test
    void theBaseIsTheOneNamedWithItsWord() {
        List<EventMention> es = TestData.extract("Indonesian troops attacked the British base at Plaman Mapu in Sarawak on 27 April "
                + "1965, after raids into Sabah.\n\nIn the early hours, a battalion shelled the base with mortars.", "2024-09-01").events();
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.SHELLING && e.place().place().name().contains("Plaman Mapu")),
                TestData.summary(es));
    }

    @Test
    void aPlaceHeldByAnAgentItDoesNotKnowIsHeldAllTheSame() {
        List<EventMention> es = TestData.extract("Crater had been held by nationalist gunmen since June 20.", "1967-07-04").events();
        assertEquals(1, countAt(es, EventType.CONTROL, "Crater"), TestData.summary(es));
    }

    @Test
    void aSitesWordMayQualifyAnother() {
        List<EventMention> es = TestData.extract("LA PAZ, Bolivia, June 26 (AFP) - Soldiers rammed a vehicle into the presidential palace "
                + "in La Paz on Wednesday. General Zuniga entered the palace building with soldiers.", "2024-06-26").events();
        assertEquals(1, countAt(es, EventType.ENTER, "palace building"), TestData.summary(es));
    }
}
