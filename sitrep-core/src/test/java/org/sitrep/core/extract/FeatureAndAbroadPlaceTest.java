package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places of wars no evaluation set covers that the gazetteer lacks: a feature named with "of" is one name, and a
 * small place of the same spelling in a country the document never names is not meant. Invented sentences.
 */
class FeatureAndAbroadPlaceTest {
    private static EventMention at(List<EventMention> es, EventType type, String text) {
        return es.stream().filter(e -> e.type() == type && e.place() != null && e.place().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " at " + text + " not in " + es.stream()
                        .map(e -> e.type().label() + "@" + (e.place() == null ? "-" : e.place().text())).toList()));
    }

    @Test
    void aFeaturesWordWithOfAndANameIsOneName() {
        // "Line" alone is a town in China, "Aden" a city in Yemen: neither is where these happened
        List<EventMention> es = TestData.extract("Indian and Pakistani soldiers traded heavy fire along the Line of Control "
                + "overnight. Houthi rebels attacked a cargo ship in the Gulf of Aden on Monday.", "2025-05-09").events();
        EventMention loc = at(es, EventType.CLASH, "Line of Control");
        assertTrue(loc.place().place().country() == null || loc.place().place().country().equals("IN")
                || loc.place().place().country().equals("PK"), loc.place().toString());
        EventMention gulf = at(es, EventType.ATTACK, "Gulf of Aden");
        assertTrue(gulf.place().place().geonameid() == null, gulf.place().toString());
    }

    @Test
    void aSmallPlaceAbroadInACountryTheDocumentNeverNamesIsNotMeant() {
        // Iraq and Turkey share the document: Gara (a mountain the gazetteer lacks) is no Croatian village
        List<EventMention> es = TestData.extract("ERBIL, Iraq (Reuters) - Turkish warplanes struck hideouts in the mountains of "
                + "Iraq's Duhok province on Wednesday. Turkey has carried out repeated operations in the region. "
                + "The PKK denied that any of its fighters had been killed in Gara.", "2025-08-14").events();
        EventMention gara = at(es, EventType.CASUALTIES, "Gara");
        String country = gara.place().place().country();
        assertTrue(country == null || country.equals("IQ") || country.equals("TR"), gara.place().toString());
        assertEquals("IQ", at(es, EventType.AIRSTRIKE, "Duhok province").place().place().country());
    }

    @Test
    void aCountrysNameIsTheCountryNotACityOrADivisionAlsoCalledSo() {
        // Benin City is also called "Benin"; Nigeria has a Niger State; neither takes the country's name
        List<EventMention> es = TestData.extract("Clashes erupted in Benin on Monday. Jihadists attacked an army post in "
                + "northern Niger on Tuesday. Fighting broke out in Niger State on Wednesday.", "2025-04-18").events();
        assertEquals("BJ", at(es, EventType.CLASH, "Benin").place().place().country());
        assertEquals("NE", at(es, EventType.ATTACK, "northern Niger").place().place().country());
        assertEquals("NG", at(es, EventType.CLASH, "Niger State").place().place().country());
    }

    @Test
    void aCountrysForcesDeployedWhereNoPlaceAbroadIsNamedAreDeployedInIt() {
        List<EventMention> es = TestData.extract("Benin has deployed about 3,000 troops to its northern border since 2022.",
                "2025-04-18").events();
        EventMention e = at(es, EventType.DEPLOYMENT, "Benin");
        assertEquals("BJ", e.place().place().country());
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void anAcronymThatNamesNoGroupStaysAPlace() {
        List<EventMention> es = TestData.extract("Burundian forces withdrew from eastern DRC on Monday.", "2025-02-17").events();
        EventMention e = at(es, EventType.WITHDRAW, "eastern DRC");
        assertEquals("CD", e.place().place().country());
    }

    @Test
    void aConjunctionOrAnEnglishWordIsNoPartOfTheNameAfterIt() {
        // "as", "an", "at" are Arabic articles only hyphenated ("as-Suwayda"); a sentence's first "But" is no name word
        List<EventMention> es = TestData.extract("Dozens of soldiers were killed as Armenia and Azerbaijan clashed on "
                + "Tuesday. But Azerbaijan said Armenian troops shelled the town of Lachin.", "2022-09-13").events();
        assertTrue(es.stream().noneMatch(e -> e.place() != null && (e.place().text().startsWith("as ")
                || e.place().text().startsWith("But "))), TestData.summary(es));
        at(es, EventType.CLASH, "Armenia");
    }

    @Test
    void aHamletOfACountryFileAndAStatesInterventionAbroadDoNotSayWhereTheWarIs() {
        // Konna and Diabaly are Malian towns the gazetteer lacks; a Myanmar country file's population-0 hamlets of the
        // name are weak evidence, and "France's intervention" is France acting abroad: the report filed from Bamako
        // about Malian troops is about Mali
        List<EventMention> es = TestData.extract("BAMAKO, Jan 18 (Reuters) - Malian soldiers retook the town of Konna "
                + "from Islamist rebels on Friday, a week after its fall prompted France's intervention. French jets struck "
                + "rebel positions around Diabaly overnight. Malian officials said 100 rebels had been killed at Konna. "
                + "West African troops began arriving in Bamako on Thursday.", "2013-01-18").events();
        for (EventMention e : es) {
            assertTrue(e.place() == null || e.place().place() == null || e.place().place().country() == null
                    || e.place().place().country().equals("ML"), e.type() + " " + e.place());
        }
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("France")), es.toString());
        assertEquals("ML", at(es, EventType.RECAPTURE, "Konna").place().place().country());
    }

    @Test
    void aCapitalAppositiveOnlyLocatesAndAPlaceFoughtToBeHeldIsNotHeld() {
        List<EventMention> es = TestData.extract("Rebels captured Bor, the capital of Jonglei state, on Sunday. Government "
                + "troops were fighting to hold Malakal, capital of Upper Nile state, against two rebel brigades. Rebels "
                + "also took the towns of Pibor, Akobo and Nasir.", "2014-01-05").events();
        assertTrue(es.stream().noneMatch(e -> e.place() != null && (e.place().text().startsWith("Jonglei")
                || e.place().text().startsWith("Upper Nile"))), es.toString());
        at(es, EventType.CAPTURE, "Bor");
        at(es, EventType.CLASH, "Malakal");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CONTROL), es.toString());
        at(es, EventType.CAPTURE, "Akobo"); // a list is still a list
    }

    @Test
    void fightingThatBroughtACaptureTakesNoPlaceFromTheVerbAfterIt() {
        // the verb after "and" goes with "captured", not with the noun: the fighting was at Lapithos, the push on Morphou
        List<EventMention> es = TestData.extract("Turkish troops captured the town of Lapithos on Sunday after two days of "
                + "street fighting and pushed west towards the town of Morphou.", "1974-07-22").events();
        at(es, EventType.CAPTURE, "Lapithos");
        at(es, EventType.ADVANCE, "Morphou");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CLASH && e.place() != null
                && e.place().text().contains("Morphou")), es.toString());
        // two nouns still share their place: "clashes and shelling in X"
        List<EventMention> two = TestData.extract("Heavy clashes and shelling were reported in the town of Morphou on Sunday.",
                "1974-07-22").events();
        at(two, EventType.CLASH, "Morphou");
        at(two, EventType.SHELLING, "Morphou");
    }

    @Test
    void aForceThatCrossesIntoAPlaceEntersItNotWhereItCameFrom() {
        List<EventMention> es = TestData.extract("Islamist militants crossed into Dagestan from Chechnya last week.",
                "1999-08-10").events();
        at(es, EventType.ENTER, "Dagestan");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Chechnya")), es.toString());
    }

    @Test
    void aNationsCapitalNamedByItsDemonymIsThatCapital() {
        List<EventMention> es = TestData.extract("Rebel tanks rolled into the Ethiopian capital at dawn on Tuesday. Rebels "
                + "entered the Libyan capital Tripoli on Wednesday.", "1991-05-28").events();
        EventMention addis = at(es, EventType.ENTER, "Ethiopian capital");
        assertEquals("Addis Ababa", addis.place().place().name());
        assertEquals("ET", addis.place().place().country());
        at(es, EventType.ENTER, "Tripoli"); // a name after it is the place
    }

    @Test
    void theTownPointsBackToATownNotToTheRegionNamedAfterIt() {
        List<EventMention> es = TestData.extract("Azerbaijani forces captured Shusha, the second-largest town in "
                + "Nagorno-Karabakh, on Sunday. Armenian officials denied the town had fallen.", "2020-11-08").events();
        EventMention denied = es.stream().filter(e -> e.realis() == org.sitrep.core.model.Realis.DENIED).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertTrue(denied.place().place().name().startsWith("\u015eu\u015fa") || denied.place().place().name().equals("Shusha"),
                denied.place().toString());
    }

    @Test
    void aPeninsulaIsARegionWithItsName() {
        List<EventMention> es = TestData.extract("Air force jets bombed rebel positions on the Jaffna peninsula throughout "
                + "Saturday, the military said.", "2000-04-23").events();
        at(es, EventType.AIRSTRIKE, "Jaffna peninsula");
    }

    @Test
    void linesTroopsFellBackToByATownAreNoPlaceTheyLeft() {
        List<EventMention> es = TestData.extract("About 17,000 soldiers had withdrawn to new defence lines south of Jaffna "
                + "town, a military spokesman said.", "2000-04-23").events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.WITHDRAW && e.place() != null
                && e.place().text().startsWith("Jaffna")), es.toString());
    }

    @Test
    void aCountrysNameWithCityIsItsCity() {
        List<EventMention> es = TestData.extract("Iraqi troops swept into Kuwait before dawn on Thursday and seized government "
                + "buildings in Kuwait City, residents said.", "1990-08-02").events();
        at(es, EventType.ENTER, "Kuwait");
        EventMention city = at(es, EventType.CAPTURE, "Kuwait City");
        assertEquals(org.sitrep.core.model.GeoPrecision.TOWN, city.place().place().precision());
    }

    @Test
    void aCapitalThatRejectsAClaimIsNoPlace() {
        List<EventMention> es = TestData.extract("Guerrillas said they had killed 40 soldiers in an attack on Monday, a claim "
                + "Salisbury rejected.", "1977-11-28").events();
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Salisbury")), es.toString());
    }
}
