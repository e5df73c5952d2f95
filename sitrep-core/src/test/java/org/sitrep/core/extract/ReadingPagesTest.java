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
 * The language of whole pages on wars the sets do not cover (agency copy, old newspapers, flash updates,
 * encyclopedias): who "it" and "he" speak for, what a page's speaker decrees rather than tells, tolls told with their
 * fighting, names that are a people's or a group's and no place, seasons, months and years in a row. Each sentence is
 * made up; each failed before the rule it tests.
 */
class ReadingPagesTest {
    private static List<EventMention> events(String text) {
        return TestData.extract(text, "2024-05-10").events();
    }

    private static EventMention at(List<EventMention> es, EventType type, String text) {
        return es.stream().filter(e -> e.type() == type && e.place() != null && e.place().text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " at " + text + " not in " + TestData.summary(es)));
    }

    private static boolean anyAt(List<EventMention> es, String text) {
        return es.stream().anyMatch(e -> e.place() != null && (e.place().text().contains(text)
                || e.place().place() != null && e.place().place().name() != null && e.place().place().name().contains(text)));
    }

    private static boolean any(List<EventMention> es, EventType type) {
        return es.stream().anyMatch(e -> e.type() == type);
    }

    private static String day(EventMention e) {
        return e.time().interval().isKnown() ? e.time().interval().firstDay().toString() : "unknown";
    }

    @Test
    void monthsInARowAreOneRangeAndACapitalisedMarchIsTheMonth() {
        List<EventMention> es = events("The battle was fought in February and March 2012 around the town of Tessalit.");
        assertEquals("2012-02-01", day(at(es, EventType.CLASH, "Tessalit")), TestData.summary(es));
        assertTrue(!any(es, EventType.ADVANCE), TestData.summary(es));
    }

    @Test
    void itAndHeSpeakForTheSpeakerNamedLast() {
        List<EventMention> es = events("Artillery shelled Kidal on Monday, the Defence Ministry said. It said rebels had also attacked Gao.");
        assertEquals(Realis.CLAIMED, at(es, EventType.ATTACK, "Gao").realis(), TestData.summary(es));
    }

    @Test
    void aDecreeAttributesNothing() {
        List<EventMention> es = events("President Tinubu declared a state of emergency on Monday after fighting between herders and "
                + "farmers killed 40 people in Jos.");
        assertEquals(Realis.ASSERTED, at(es, EventType.CLASH, "Jos").realis(), TestData.summary(es));
        assertTrue(!any(es, EventType.ATTACK), TestData.summary(es));
    }

    @Test
    void aClashTakesItsSentencesTollUnlessCountedOverTime() {
        List<EventMention> es = events("Troops fought rebels across Borno on Saturday, and the governor said 38 insurgents had been killed.");
        at(es, EventType.CLASH, "Borno");
        assertTrue(!any(es, EventType.CASUALTIES), TestData.summary(es));
        at(events("Clashes between herders and farmers in Jos have killed more than 1,000 people since 2001."), EventType.CASUALTIES, "Jos");
    }

    @Test
    void wordsOfOwnershipAndOfPeoplesNameNoPlace() {
        List<EventMention> es = events("Torpedo boats attacked Royalist supply ships near Port Sudan on Monday.");
        assertTrue(!anyAt(es, "Royalist"), TestData.summary(es));
        es = events("Raiders killed 80 Kikuyu men, women and children in the village of Lari on Thursday.");
        assertTrue(!anyAt(es, "Kikuyu"), TestData.summary(es));
        es = events("Aircraft struck suspected KDF camps near Beni on Saturday.");
        assertTrue(!anyAt(es, "KDF"), TestData.summary(es));
        es = events("Kurdish Peshmerga of the Patriotic Union of Kurdistan captured the town of Halabja on Tuesday.");
        assertTrue(!anyAt(es, "Kurdistan"), TestData.summary(es));
        at(es, EventType.CAPTURE, "Halabja");
    }

    @Test
    void kindWordsAndWaterWordsNamePlaces() {
        at(events("Rebels attacked the village of Umm Sayala on Monday."), EventType.ATTACK, "Umm Sayala");
        at(events("Torpedo boats attacked supply ships off Wenlu Bay on Monday."), EventType.ATTACK, "Wenlu Bay");
        at(events("Rebels attacked villages in the southern Philippine province of Maguindanao."), EventType.ATTACK, "Maguindanao");
    }

    @Test
    void armedMenInsideASubjectOfFightingAreNotItsKillers() {
        assertTrue(!any(events("Fighting between the army and rebels killed 30 people in Jos."), EventType.ATTACK));
    }

    @Test
    void aClauseOfItsOwnMayOpenWithACommonNoun() {
        List<EventMention> es = events("Armored vehicles were deployed to the Ruacana area on Saturday evening, and witnesses in "
                + "Ondangwa said helicopters had flown in.");
        at(es, EventType.DEPLOYMENT, "Ruacana");
        assertTrue(!anyAt(es, "Ondangwa"), TestData.summary(es));
    }

    @Test
    void gunsThatFireAndAComparedNumberStrike() {
        at(events("Communist artillery fired shells at Kidal."), EventType.SHELLING, "Kidal");
        at(events("Artillery on the hills fired more than 400 shells at Kidal on Monday."), EventType.SHELLING, "Kidal");
        at(events("The oil terminal at Es Sider was hit by rockets on Wednesday."), EventType.SHELLING, "Es Sider");
        at(events("Iraqi aircraft dropped mustard gas on the town of Halabja on Monday."), EventType.AIRSTRIKE, "Halabja");
    }

    @Test
    void aTollNamesItsDeadHoweverTheyAreCalled() {
        at(events("Soldiers killed four gunmen in Garissa on Monday."), EventType.CASUALTIES, "Garissa");
        at(events("The UN condemned the killing of at least 46 people in Maguindanao."), EventType.ATTACK, "Maguindanao");
    }

    @Test
    void whoSpeaks() {
        assertEquals(Realis.REPORTED, at(events("Residents of Laukkaing said artillery shelled the town on Saturday."),
                EventType.SHELLING, "town").realis());
        assertEquals(Realis.REPORTED, at(events("Local sources report that 20 people were killed in Zabid on Monday."),
                EventType.CASUALTIES, "Zabid").realis());
        assertEquals(Realis.CLAIMED, at(events("Troops seized the al-Nour district, according to a statement from the Joint "
                + "Operations Command."), EventType.CAPTURE, "al-Nour").realis());
        assertEquals(Realis.CLAIMED, at(events("Army chief of staff General Benjamin Madrigal said soldiers had clashed with "
                + "rebels in the town of Patikul on Saturday."), EventType.CLASH, "Patikul").realis());
        assertEquals(Realis.CLAIMED, at(events("Gunmen attacked Tamalat on Monday, said Moussa Ag Acharatoumane, leader of the "
                + "Movement for the Salvation of Azawad."), EventType.ATTACK, "Tamalat").realis());
        List<EventMention> es = events("The Syrian Observatory for Human Rights, a Britain-based war monitor, said 20 people were "
                + "killed in Zabid.");
        assertTrue(!anyAt(es, "United Kingdom") && !anyAt(es, "Britain"), TestData.summary(es));
    }

    @Test
    void deedsAVerbSetsOrAPurposeMakesADeployment() {
        at(events("Rebels used drones to attack a military base near Lashio on Monday."), EventType.ATTACK, "Lashio");
        at(events("Troops arrived in Kobani on Friday to reinforce the garrison."), EventType.DEPLOYMENT, "Kobani");
        List<EventMention> es = events("Uganda sent troops into Congo to hunt down the rebels.");
        at(es, EventType.DEPLOYMENT, "Congo");
        assertTrue(!anyAt(es, "Uganda"), TestData.summary(es));
        es = events("ISIL began an offensive to capture Kobani on Monday.");
        at(es, EventType.OFFENSIVE, "Kobani");
        assertTrue(!any(es, EventType.CAPTURE), TestData.summary(es));
    }

    @Test
    void whatAHoldHoldsAndWhatLocatesASubjectAreNoPlaces() {
        assertTrue(!any(events("Troops surrounded the school in Garissa where the gunmen were holding the students."), EventType.CONTROL));
        List<EventMention> es = events("Tal Afar, 80 km west of Mosul, fell to Islamic State in 2014.");
        at(es, EventType.CAPTURE, "Tal Afar");
        assertTrue(!anyAt(es, "Mosul"), TestData.summary(es));
        es = events("Clashes were reported around Kidal airport and in Tessalit district on Monday.");
        at(es, EventType.CLASH, "Tessalit");
        es = events("Rebels attacked a checkpoint on the road linking Kidal with Gao.");
        assertTrue(!anyAt(es, "Gao"), TestData.summary(es));
        es = events("The ADF has launched attacks for years from bases in eastern Congo.");
        assertTrue(!anyAt(es, "Congo"), TestData.summary(es));
        es = events("Saudi Arabia, which borders Saada province, has reinforced its troops along the frontier.");
        assertTrue(!anyAt(es, "Saada"), TestData.summary(es));
    }

    @Test
    void deedsToldLongAgo() {
        at(events("Finnish forces counter-attacked at Suomussalmi on 11 December 1939."), EventType.ATTACK, "Suomussalmi");
        at(events("The Halabja massacre was a chemical attack carried out by Iraqi forces on the town of Halabja on 16 March 1988."),
                EventType.ATTACK, "Halabja");
        assertEquals("1988-06-01", day(at(events("Iraqi forces retook Halabja in the summer of 1988."), EventType.RECAPTURE, "Halabja")));
        assertEquals("1956-01-01", day(at(events("The FLN fought the French in Algiers from 1956 to 1957."), EventType.CLASH, "Algiers")));
        List<EventMention> es = events("The battle was fought from 7 December 1939 to 8 January 1940 in Finland. Soviet troops "
                + "captured the village of Suomussalmi on 7 December.");
        assertEquals("1939-12-07", day(at(es, EventType.CAPTURE, "Suomussalmi")), TestData.summary(es));
    }

    @Test
    void fightingThatEndedOrDisplacedTellsNoFighting() {
        assertTrue(!any(events("Fighting died down in Kidal in March."), EventType.CLASH));
        assertTrue(!any(events("Fighting has displaced 150,000 people in Saada since August."), EventType.CLASH));
        at(events("Residents said that firing could be heard in Mecca on Tuesday."), EventType.CLASH, "Mecca");
    }

    @Test
    void postsAndWideLandsAndHeadings() {
        List<EventMention> es = events("The battle was fought on 4-7 December 1971 at the Indian border post of Longewala, in the "
                + "Thar Desert of Rajasthan.");
        at(es, EventType.CLASH, "Longewala");
        assertTrue(!anyAt(es, "Thar"), TestData.summary(es));
        es = events("Loyalist forces retook the oil town of Ras Lanuf on Thursday after shelling that sent rebels fleeing east "
                + "towards Brega. Rebel fighters said warplanes had bombed the town's residential area.");
        at(es, EventType.AIRSTRIKE, "town");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.AIRSTRIKE && e.place() != null && e.place().place() != null
                && "Brega".equals(e.place().place().name())), TestData.summary(es));
    }

    @Test
    void aSpeakerNamedByHisSidesNameSpeaksForIt() {
        assertEquals(Realis.CLAIMED, at(events("Tigray forces captured Dessie on Saturday, a Tigray spokesman said."),
                EventType.CAPTURE, "Dessie").realis());
    }

    @Test
    void reportsThatHedge() {
        assertEquals(Realis.REPORTED, at(events("The UN voiced alarm at reports that rebels overran a military camp in Aguelhok "
                + "on 24 January."), EventType.CAPTURE, "Aguelhok").realis());
    }

    @Test
    void aNounToldBeforeIsNewWhenAStrikesVerbSendsItToPlaces() {
        List<EventMention> es = events("Jihadists killed 40 civilians in the Menaka region on Tuesday. The attacks targeted the "
                + "villages of Tamalat and Insinnaghen.");
        at(es, EventType.ATTACK, "Tamalat");
    }
}
