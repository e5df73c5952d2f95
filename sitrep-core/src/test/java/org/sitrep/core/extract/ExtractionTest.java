package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.Extraction;
import org.sitrep.core.TestData;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the event grammar on short made-up reports (Syria, Sudan, Ukraine), not on the seed sentences. */
class ExtractionTest {
    private static List<EventMention> events(String text) {
        return TestData.extract(text, "2025-03-14").events();
    }

    private static EventMention at(List<EventMention> es, EventType type, String head) {
        return TestData.eventAt(es, type, head);
    }

    private static String summary(List<EventMention> es) {
        return TestData.summary(es);
    }

    @Test
    void aHugeTollDoesNotFailTheArticle() {
        // 2^63 used to throw in the casualty parser and lose the whole article
        var x = TestData.extract("Shelling killed 9223372036854775808 civilians in Saraqib on Monday. "
                + "Rebels captured the town of Kafr Nabl on Tuesday.", "2025-03-14");
        assertTrue(x.events().stream().anyMatch(e -> e.casualties() != null && e.casualties().totalMin() == Long.MAX_VALUE),
                summary(x.events()));
        at(x.events(), EventType.CAPTURE, "Kafr Nabl");
    }

    @Test
    void aStateThatIsADivisionIsNoStatement() {
        // "state" is a reporting verb ("the ministry states that …") and as often a division (Nigeria, Sudan, Somalia,
        // Myanmar, India, Mexico): "in Borno State" or "the northeastern state" must neither attribute nor drop the event
        for (String s : List.of("Militants attacked Damboa in Borno State on Sunday.",
                "Militants attacked the town of Damboa in the northeastern state on Sunday.",
                "Gunmen attacked Damboa in Yobe state, officials said.")) {
            EventMention e = at(events(s), EventType.ATTACK, "Damboa");
            assertTrue(e.claimant() == null || !e.claimant().text().contains("Borno") && !e.claimant().text().contains("Yobe"), s);
        }
        // the verb still attributes
        EventMention stated = at(events("Russian forces captured the village of Ocheretyne, the Russian Defence Ministry stated on Monday."),
                EventType.CAPTURE, "Ocheretyne");
        assertNotNull(stated.claimant());
        assertEquals("Russian Defence Ministry", stated.claimant().text());
        assertEquals(Realis.CLAIMED, stated.realis());
    }

    @Test
    void aNameThatEndsAPhraseAfterTheActorIsNotTheSubject() {
        // "X loyal to <a leader> seized": the name before the verb is the object of "loyal to", not a subject that
        // is no armed actor (which drops the event, as for "aid teams from the UN deployed to")
        at(events("Fighters loyal to Haftar seized the town of Murzuq on Thursday."), EventType.CAPTURE, "Murzuq");
        at(events("Forces loyal to Khalifa Haftar seized Murzuq on Thursday."), EventType.CAPTURE, "Murzuq");
        at(events("Forces loyal to Khalifa Haftar attacked the town of Murzuq on Thursday."), EventType.ATTACK, "Murzuq");
        assertTrue(events("Aid teams from the UN deployed to the town of Saraqib on Monday.").isEmpty());
        assertTrue(events("Convoys of the UN entered the town of Saraqib on Monday.").isEmpty());
    }

    @Test
    void aRegionBeforeTheCityOfXOnlySaysWhereXLies() {
        // wire style: "the southern Gaza city of Rafah" is Rafah, not also an event in the Gaza Strip
        for (String[] c : new String[][]{
                {"Israeli airstrikes hit the southern Gaza city of Rafah overnight.", "Rafah"},
                {"Israeli forces raided the West Bank city of Jenin on Monday.", "Jenin"},
                {"The RSF attacked the North Darfur city of El Fasher on Monday.", "El Fasher"},
                {"Russian troops attacked the Donetsk region town of Ocheretyne on Sunday.", "Ocheretyne"}}) {
            List<EventMention> es = events(c[0]);
            assertEquals(1, es.size(), summary(es));
            assertEquals(c[1], es.get(0).place().head(), summary(es));
        }
        // a division's kind word keeps its order: "the Hiran region of Hirshabelle state" is the Hiran region
        List<EventMention> es = events("The army launched an offensive against the militants in the Hiran region of Hirshabelle state.");
        at(es, EventType.OFFENSIVE, "Hiran");
    }

    @Test
    void aNounOfViolenceUsedAsAPastVerbIsAHappening() {
        // "clash" is a noun of the lexicon; "clashed" tells the fighting happened even when no known side is named
        at(events("ELN fighters clashed with the army in the Catatumbo region on Wednesday."), EventType.CLASH, "Catatumbo");
        at(events("Fighters of the ELN clashed with FARC dissidents in the Catatumbo region."), EventType.CLASH, "Catatumbo");
    }

    @Test
    void anAssaultOnANameNoGazetteerHoldsIsOnAPlace() {
        // "on" alone is a weak cue ("on Monday", "on Abu X"); after a noun of assault it names the place hit
        at(events("Gunmen killed 30 villagers in an attack on Kadisau on Monday."), EventType.ATTACK, "Kadisau");
        at(events("Bandits carried out raids on Tungar Kahau overnight."), EventType.ATTACK, "Tungar Kahau");
        // a person is no place
        assertTrue(events("Drones carried out an attack on President Zelensky's convoy.").stream().allMatch(e -> e.place() == null),
                summary(events("Drones carried out an attack on President Zelensky's convoy.")));
    }

    @Test
    void aNeighboursBorderDoesNotMakeTheDocumentAboutThatNeighbour() {
        // one "near the Venezuelan border" made every Colombian town an unlisted place in Venezuela
        List<EventMention> es = events("Rebels clashed with the army near the Venezuelan border on Wednesday. "
                + "The army regained control of the town of Teorama on Thursday. "
                + "A drone attack on a police station in Jamundi wounded three officers on Tuesday.");
        assertEquals("CO", at(es, EventType.RECAPTURE, "Teorama").place().place().country(), summary(es));
        assertEquals("CO", at(es, EventType.ATTACK, "Jamundi").place().place().country(), summary(es));
        // a country named in full still decides
        List<EventMention> named = events("In Venezuela, soldiers attacked the town of Teorama on Thursday.");
        assertEquals("VE", at(named, EventType.ATTACK, "Teorama").place().place().country(), summary(named));
    }

    @Test
    void poundingIsFromTheAirWhenAircraftPoundAndShellingOtherwise() {
        List<EventMention> air = events("Army warplanes pounded rebel positions in the town of Saraqib on Monday.");
        at(air, EventType.AIRSTRIKE, "Saraqib");
        assertTrue(air.stream().noneMatch(e -> e.type() == EventType.SHELLING), summary(air));
        List<EventMention> ground = events("Government forces pounded the town of Saraqib with artillery on Monday.");
        at(ground, EventType.SHELLING, "Saraqib");
        assertTrue(ground.stream().noneMatch(e -> e.type() == EventType.AIRSTRIKE), summary(ground));
    }

    @Test
    void aSideDescribedNotNamedClaimsItsOwnGains() {
        // in a war the lexicon does not know, "the army" and "the rebels" are parties all the same
        assertEquals(Realis.CLAIMED, at(events("The army said it had regained control of the town of Teorama on Monday."),
                EventType.RECAPTURE, "Teorama").realis());
        assertEquals(Realis.CLAIMED, at(events("The rebels said they had captured the town of Teorama on Monday."),
                EventType.CAPTURE, "Teorama").realis());
        // telling of the other side's gain is no claim
        assertEquals(Realis.ASSERTED, at(events("Rebels captured the town of Teorama on Monday, the army said."),
                EventType.CAPTURE, "Teorama").realis());
    }

    @Test
    void explosionsThatRockOrShakeAPlaceHappenThere() {
        at(events("Explosions rocked Goma on Saturday."), EventType.ATTACK, "Goma");
        // the verb tells the explosions happened where the place does not follow the noun
        at(events("Explosions rocked several neighbourhoods of Goma overnight."), EventType.ATTACK, "Goma");
        at(events("Loud explosions rocked the eastern part of Goma overnight."), EventType.ATTACK, "Goma");
        at(events("A blast shook the centre of Mogadishu on Friday."), EventType.ATTACK, "Mogadishu");
    }

    @Test
    void aDayAfterCoordinatedVerbsDatesBoth() {
        // "killed … and set fire to … on Tuesday": one subject's day, not the second verb's alone
        EventMention e = at(events("Suspected militants killed three people and set fire to several houses in the village of "
                + "Kadisau on Tuesday, police said."), EventType.ATTACK, "Kadisau");
        assertEquals(LocalDate.of(2025, 3, 11), e.time().interval().firstDay());
    }

    @Test
    void aWordTaggedAsAVerbInsideANounPhraseDoesNotUnbindTheDay() {
        // the tagger reads "restive" and "besieged" as verbs; a participle after a noun modifies it
        EventMention restive = at(events("Militants attacked a checkpoint in the restive northwest of Saraqib overnight."),
                EventType.ATTACK, "Saraqib");
        assertEquals(LocalDate.of(2025, 3, 13), restive.time().interval().firstDay());
        EventMention guarding = at(events("Gunmen shot and killed two police officers guarding a vaccination team in the town of "
                + "Saraqib on Thursday."), EventType.CASUALTIES, "Saraqib");
        assertEquals(LocalDate.of(2025, 3, 13), guarding.time().interval().firstDay());
    }

    @Test
    void theAttackTookPlaceInXPlacesTheAttackToldBefore() {
        List<EventMention> es = events("Militants attacked a security checkpoint in the northwest of Syria overnight. "
                + "The attack took place in the town of Saraqib, the military said.");
        at(es, EventType.ATTACK, "Saraqib");
        // a mere reference stays none: "killed in the attack"
        List<EventMention> ref = events("Militants attacked a security checkpoint in the town of Saraqib overnight. "
                + "Two soldiers were killed in the attack, the military said.");
        assertEquals(1, ref.stream().filter(e -> e.type() == EventType.ATTACK).count(), summary(ref));
    }

    @Test
    void theLatestFlareUpOfViolenceCharacterisesTheClausesEvent() {
        // wire style: "…, in the latest flare-up of violence in the region" is the event just told, not another
        List<EventMention> es = events("Suspected militants killed three people in the village of Kadisau on Tuesday, police said, "
                + "in the latest flare-up of ethnic violence in the region.");
        EventMention e = at(es, EventType.ATTACK, "Kadisau");
        assertEquals(LocalDate.of(2025, 3, 11), e.time().interval().firstDay());
        assertEquals(1, es.size(), summary(es));
    }

    @Test
    void aMissileOrARocketThatHitsIsAStrikeAndOneDeliveredIsNone() {
        at(events("A missile slammed into an apartment building in Khan Younis, killing 12 people."), EventType.AIRSTRIKE, "Khan Younis");
        at(events("A rocket landed in Kiryat Shmona on Monday, wounding two people."), EventType.SHELLING, "Kiryat Shmona");
        List<EventMention> aimed = events("Iran retaliated late Friday with waves of ballistic missiles aimed at Tel Aviv and Jerusalem.");
        at(aimed, EventType.AIRSTRIKE, "Tel Aviv");
        at(aimed, EventType.AIRSTRIKE, "Jerusalem");
        for (String none : List.of("Ukraine received new air defence missiles from Germany on Monday.",
                "The army showed its rocket launchers in Damascus on Monday.")) {
            List<EventMention> es = events(none);
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.AIRSTRIKE || e.type() == EventType.SHELLING), summary(es));
        }
    }

    @Test
    void aSuicideBomberStrikesOnTheGroundAndAircraftFromTheAir() {
        List<EventMention> bomber = events("A suicide bomber struck a mosque in the town of Saraqib on Friday.");
        at(bomber, EventType.ATTACK, "Saraqib");
        assertTrue(bomber.stream().noneMatch(e -> e.type() == EventType.AIRSTRIKE), summary(bomber));
        at(events("Warplanes struck the town of Saraqib on Friday."), EventType.AIRSTRIKE, "Saraqib");
        at(events("Government troops exchanged gunfire with rebels in the town of Saraqib on Friday."), EventType.CLASH, "Saraqib");
    }

    @Test
    void fireFromAPlaceStrikesWhereItHits() {
        List<EventMention> es = events("Rocket fire from Gaza hit the Israeli city of Ashdod on Tuesday, wounding two people.");
        at(es, EventType.SHELLING, "Ashdod");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Gaza")), summary(es));
    }

    @Test
    void whatHitsAPlaceFromTheAirOrTheGroundStrikesIt() {
        at(events("Government warplanes hit a wedding party in Taiz on Monday."), EventType.AIRSTRIKE, "Taiz");
        at(events("A Russian missile hit a shopping centre in Kremenchuk on Monday."), EventType.AIRSTRIKE, "Kremenchuk");
        at(events("A shell hit a school in Kramatorsk on Monday."), EventType.SHELLING, "Kramatorsk");
        at(events("A female suicide bomber blew herself up at a mosque in Maiduguri on Friday."), EventType.ATTACK, "Maiduguri");
        // "hit" alone is no strike
        assertTrue(events("The war hit the economy hard in Kharkiv last year.").isEmpty());
        assertTrue(events("The storm hit the coast near Odesa on Monday.").isEmpty());
    }

    @Test
    void theAttackClaimedInAStatementOrDatedIsTheOneToldBefore() {
        List<EventMention> es = events("Jihadists attacked an army post in the town of Karimama on Thursday, killing 12 soldiers. "
                + "The group JNIM claimed responsibility for the attack in a statement on Friday. "
                + "Two more soldiers died of their wounds after the attack on Thursday, the army said.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.ATTACK).count(), summary(es));
        // "the attack" names an ambush told before as well
        List<EventMention> ambush = events("Rebels ambushed an army patrol in the town of Sugapa on Saturday, killing three "
                + "soldiers. The rebel group said its fighters carried out the attack.");
        assertTrue(ambush.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(ambush));
    }

    @Test
    void arsonInANearbyVillageIsAnAttackThereAndWhereTheAttackersHeadedIsNoPlaceOfIt() {
        List<EventMention> es = events("The attackers stormed a military post in the village of Kpinkankandi and then set "
                + "fire to houses in nearby Sanloaga on Tuesday.");
        at(es, EventType.ATTACK, "Kpinkankandi");
        at(es, EventType.ATTACK, "Sanloaga");
        List<EventMention> left = events("Jihadists attacked an army post in the town of Karimama on Thursday. The assailants "
                + "torched vehicles before withdrawing toward Burkina Faso.");
        assertTrue(left.stream().noneMatch(e -> e.type() == EventType.ATTACK && e.place().head().equals("Burkina Faso")), summary(left));
        // fire towards a place strikes it
        at(events("Palestinian armed groups fired rockets towards Israel on Monday."), EventType.SHELLING, "Israel");
    }

    @Test
    void seizingWeaponsOrTanksTakesNoPlace() {
        List<EventMention> es = events("Troops raided a rebel camp near the village of Sugapa and seized weapons on Monday. "
                + "Rebels captured two tanks near the town of Ilaga on Tuesday.");
        assertTrue(es.stream().noneMatch(e -> e.type().family() == EventType.CAPTURE), summary(es));
        at(es, EventType.ATTACK, "Sugapa");
        at(events("Rebels seized the town of Ilaga on Tuesday."), EventType.CAPTURE, "Ilaga");
    }

    @Test
    void thoseKilledInAnAssaultDidNotAssaultAnyone() {
        EventMention e = at(events("Rebel fighters were killed in an assault on the town of Karimama on Monday."),
                EventType.ATTACK, "Karimama");
        assertNull(e.actor(), e.toString());
        assertEquals("opposition", at(events("Rebels launched an attack on the town of Karimama on Monday."),
                EventType.ATTACK, "Karimama").actor().side());
        // fighting is no suffering: those engaged in battles fight them
        EventMention engaged = at(events("Rebel fighters are engaged in violent battles in the town of Karimama."),
                EventType.CLASH, "Karimama");
        assertEquals("opposition", engaged.actor().side(), engaged.toString());
    }

    @Test
    void whereAWithdrawalWentIsNotWhereItWithdrewFrom() {
        List<EventMention> es = events("Jihadists attacked an army post in the town of Karimama on Thursday. "
                + "The assailants made off with weapons before withdrawing toward Burkina Faso.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Burkina Faso")), summary(es));
    }

    @Test
    void whatADroneTargetsItStrikesAndWhoeverIsNeutralisedIsKilled() {
        at(events("A Turkish drone targeted a vehicle near the town of Sinjar on Tuesday."), EventType.AIRSTRIKE, "Sinjar");
        assertTrue(events("The campaign targeted voters in the town of Sinjar on Tuesday.").isEmpty());
        at(events("Troops neutralised 12 militants near the town of Kolofata on Monday."), EventType.CASUALTIES, "Kolofata");
        assertTrue(events("Engineers neutralised a bomb near the town of Kolofata on Monday.").isEmpty());
        // mortars or artillery make the fire opened a shelling
        List<EventMention> es = events("Pakistani troops opened fire with mortars and small arms on Indian posts in the Poonch sector.");
        at(es, EventType.SHELLING, "Poonch");
    }

    @Test
    void takingABaseOrAHeadquartersInATownIsACaptureThere() {
        at(events("Rebels took the army headquarters in the town of Saraqib on Monday."), EventType.CAPTURE, "Saraqib");
        // "take" stays no capture where no place is taken
        assertTrue(events("The rebels took part in talks in Saraqib on Monday.").stream().noneMatch(e -> e.type() == EventType.CAPTURE));
    }

    @Test
    void twoDistrictsNoGazetteerPlacesEachInTheOtherDoNotOverflowTheStack() {
        // each was degraded by resolving the other, and the whole article was lost to a StackOverflowError
        List<EventMention> es = events("Heavy clashes were reported in the Ain Zara and Wadi Rabie districts, residents said.");
        at(es, EventType.CLASH, "Ain Zara");
        at(es, EventType.CLASH, "Wadi Rabie");
    }

    @Test
    void anAcronymTheLexiconDoesNotKnowCanFight() {
        at(events("The LNA captured the town of Gharyan last week."), EventType.CAPTURE, "Gharyan");
        at(events("The CPC attacked the town of Bambari on Saturday."), EventType.ATTACK, "Bambari");
        // but an agency deploys no forces
        assertTrue(events("The UN deployed peacekeepers to the town of Bunia on Monday.").isEmpty());
    }

    @Test
    void theDayAWireStoryWasFiledDoesNotDateItsEvents() {
        // "BOGOTA, March 14 (AP) — …": the day in the dateline is the filing; the event's own day is later in the sentence
        EventMention e = at(events("BOGOTA, March 14 (AP) — Colombian troops regained control of the town of El Plateado in "
                + "Cauca province on Wednesday after days of fighting with rebels, the Defense Ministry said."), EventType.RECAPTURE, "El Plateado");
        assertEquals(LocalDate.of(2025, 3, 12), e.time().interval().firstDay());
        // nor does it carry to the next sentence, which has none of its own: the lede's own day does
        List<EventMention> two = events("MAPUTO, March 13 (Reuters) - Insurgents attacked the town of Macomia on Monday, residents said. "
                + "The militants entered Macomia from the south before withdrawing, two residents said.");
        assertEquals(LocalDate.of(2025, 3, 10), at(two, EventType.ENTER, "Macomia").time().interval().firstDay(), summary(two));
        // with no day of its own, the event is not given the dateline's either way
        EventMention n = at(events("NIAMEY, March 13 (Reuters) - Jihadists attacked the town of Tabatol, killing 20 soldiers."),
                EventType.ATTACK, "Tabatol");
        assertTrue(n.time() == null || !n.time().interval().isKnown() || !n.time().text().contains("March 13"), String.valueOf(n.time()));
    }

    @Test
    void theCityPointsBackToTheTownNotTheRegionAfterIt() {
        List<EventMention> es = events("The RSF launched an assault on El Fasher in North Darfur on Friday. "
                + "The RSF shelled residential neighbourhoods in the east of the city, and army warplanes carried out air strikes "
                + "on RSF positions, witnesses said.");
        EventMention shelling = es.stream().filter(e -> e.type() == EventType.SHELLING).findFirst().orElseThrow();
        assertEquals("El Fasher", shelling.place().place().name(), summary(es));
        // the clause after ", and" has its own subject: the strikes are the army's, not the RSF's
        EventMention strikes = es.stream().filter(e -> e.type() == EventType.AIRSTRIKE).findFirst().orElseThrow();
        assertEquals("saf", strikes.actor().side(), summary(es));
    }

    @Test
    void aMonthBeforeACommaStartsNoPlaceWithTheNameAfterIt() {
        // "In October, Boko Haram …" was a place named "October, Boko Haram"
        String s = "In October, Boko Haram militants attacked the town of Barkaram.";
        org.sitrep.core.text.Words w = new org.sitrep.core.text.Words(s, 0);
        List<org.sitrep.core.geo.PlaceCandidate> cs = new org.sitrep.core.geo.PlaceTagger(TestData.gazetteer())
                .tag(w, new boolean[w.size()], 0);
        assertTrue(cs.stream().noneMatch(c -> c.text().contains("October")), cs.stream().map(org.sitrep.core.geo.PlaceCandidate::text).toList().toString());
        assertTrue(cs.stream().anyMatch(c -> c.text().contains("Barkaram")));
    }

    @Test
    void aWireLedeKeepsItsDayAndItsSpeakerWhateverTheTaggerSays() {
        // the tagger reads "suspected" (after a number) as a verb and "said" (after "the military") as a noun
        EventMention e = at(events("Philippine soldiers killed five suspected Islamist militants in a gunbattle in the town of "
                + "Piagapo on Thursday, the military said."), EventType.CLASH, "Piagapo");
        assertEquals(LocalDate.of(2025, 3, 13), e.time().interval().firstDay());
        assertNotNull(e.claimant(), summary(List.of(e)));
        assertEquals("military", e.claimant().text());
    }

    @Test
    void theStrikeToldBeforeAndTheTownsItIncludes() {
        List<EventMention> es = events("A drone strike on a square in the town of Finote Selam killed at least 26 people on Sunday. "
                + "The strike came days after Fano militiamen briefly seized several towns in the region, including Lalibela and "
                + "Gondar, before being pushed back by the army.");
        at(es, EventType.AIRSTRIKE, "Finote Selam");
        // "the strike" points back at the one told: no strikes at the towns named after it
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.AIRSTRIKE).count(), summary(es));
        // the towns "including" names are the ones seized, though "several towns in the region" came first
        at(es, EventType.CAPTURE, "Lalibela");
        at(es, EventType.CAPTURE, "Gondar");
    }

    @Test
    void aClauseAfterCommaAsKeepsItsPlacesToItself() {
        List<EventMention> es = events("Israeli air strikes killed at least 30 Palestinians across the Gaza Strip on Wednesday, "
                + "as tanks pushed deeper into the Jabalia refugee camp.");
        EventMention strikes = es.stream().filter(e -> e.type() == EventType.AIRSTRIKE).findFirst().orElseThrow();
        assertEquals("Gaza Strip", strikes.place().text(), summary(es));
        at(es, EventType.ADVANCE, "Jabalia");
    }

    @Test
    void theTownsABridgeLinksAreNotTakenWithIt() {
        List<EventMention> es = events("The army took control of a strategic bridge linking Omdurman and Bahri on Saturday, "
                + "in its biggest advance in the area in months.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && (e.place().head().equals("Omdurman") || e.place().head().equals("Bahri"))),
                summary(es));
        // "in its biggest advance" ranks the capture; it is no advance of its own
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ADVANCE), summary(es));
        // a town a road leads to is still where fighting on it happens when the sentence says so
        at(events("Rebels captured the town of Omdurman on Saturday."), EventType.CAPTURE, "Omdurman");
    }

    @Test
    void aNameLinkedByAPersianSyllableIsOneName() {
        // "Mazar-e-Sharif" was two names, both towns in Yemen
        EventMention e = at(events("A bomb exploded in Mazar-e-Sharif on Monday, killing five people."), EventType.ATTACK,
                "Mazar-e-Sharif");
        assertEquals("AF", e.place().place().country());
    }

    @Test
    void coordinatedListGivesOneEventPerPlace() {
        List<EventMention> es = events("On March 12, Syrian government forces captured the towns of Kafr Nabl, Saraqib and Maarrat al-Numan.");
        for (String p : List.of("Kafr Nabl", "Saraqib", "Maarrat al-Numan")) {
            EventMention e = at(es, EventType.CAPTURE, p);
            assertEquals("SAA", e.actor().id());
            assertEquals(LocalDate.of(2025, 3, 12), e.time().interval().firstDay());
            assertEquals(Realis.ASSERTED, e.realis());
        }
    }

    @Test
    void coordinatedModifiersOfOneTypeAreOneEventAndOfTwoTypesTwo() {
        // one event per type and place: missile and drone strikes are both strikes from the air
        List<EventMention> one = events("Russian missile and drone strikes hit the city of Kharkiv overnight.");
        assertEquals(1, one.stream().filter(e -> e.type() == EventType.AIRSTRIKE).count(), summary(one));
        // air strikes and artillery strikes are two kinds of event at the same place
        List<EventMention> two = events("Air and artillery strikes hit the town of Saraqib on Monday.");
        at(two, EventType.AIRSTRIKE, "Saraqib");
        at(two, EventType.SHELLING, "Saraqib");
    }

    @Test
    void passiveAndPatientFramesFindTheActorAfterTheVerb() {
        EventMention fell = at(events("Saraqib fell to the rebels on Tuesday."), EventType.CAPTURE, "Saraqib");
        assertEquals("opposition", fell.actor().side());
        assertEquals(LocalDate.of(2025, 3, 11), fell.time().interval().firstDay());
        EventMention hands = at(events("On Monday the town of Saraqib reportedly fell into the hands of the militants."), EventType.CAPTURE, "Saraqib");
        assertEquals(Realis.REPORTED, hands.realis());
    }

    @Test
    void failureHedgingDenialAndClaimsAreKept() {
        assertEquals(Realis.FAILED, at(events("The militants failed to storm the town of Saraqib on March 10."), EventType.ATTACK, "Saraqib").realis());
        List<EventMention> es = events("On Thursday, the insurgents claimed to have entered the city of Saraqib, "
                + "while state media denied that insurgents had breached Saraqib.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ENTER && e.realis() == Realis.CLAIMED), summary(es));
        EventMention denied = es.stream().filter(e -> e.realis() == Realis.DENIED).findFirst().orElseThrow();
        // "state media" is the state media of whatever country, not Syria's SANA unless named so
        assertEquals("state media", denied.claimant().id());
        EventMention sana = at(events("Syrian state media denied that insurgents had breached the city of Saraqib on Thursday."),
                EventType.ENTER, "Saraqib");
        assertEquals("SANA", sana.claimant().id());
    }

    @Test
    void hypotheticalsAreNotEvents() {
        assertTrue(events("If Saraqib falls, its capture would be a blow to the government.").isEmpty());
    }

    @Test
    void anaphoraResolvesThroughTheDocument() {
        List<EventMention> es = events("On March 11, the rebels captured the villages of Kafr Nabl and Saraqib. "
                + "Government forces recaptured the villages within a few hours.");
        assertEquals(2, es.stream().filter(e -> e.type() == EventType.RECAPTURE).count(), summary(es));
        EventMention re = at(es, EventType.RECAPTURE, "Saraqib");
        assertEquals(LocalDate.of(2025, 3, 11), re.time().interval().firstDay());
    }

    @Test
    void eventWithoutAStatedTimeHasUnknownTimeNotThePublicationDate() {
        EventMention e = at(events("The army secured the evacuation of hundreds of civilians from the town of Saraqib."),
                EventType.EVACUATION, "Saraqib");
        assertTrue(e.time() == null || !e.time().interval().isKnown());
    }

    @Test
    void casualtyBreakdownIsSummedAndChecked() {
        List<EventMention> es = events("In Sudan, at least 100 people have died since the fighting began, including 40 civilians. "
                + "The remainder includes 35 RSF fighters and 25 Sudanese soldiers, according to medics.");
        EventMention toll = es.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst().orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals(100, toll.casualties().totalMin());
        assertNull(toll.casualties().totalMax());
        assertEquals(Boolean.TRUE, toll.casualties().sumConsistent());
        assertEquals(40L, toll.casualties().breakdown().get("civilians"));
    }

    @Test
    void otherConflictsUseTheirOwnActorsAndPlaces() {
        List<EventMention> es = events("On March 9, the Rapid Support Forces seized the town of Wad Madani after clashes with the Sudanese army.");
        EventMention e = at(es, EventType.CAPTURE, "Wad Madani");
        assertEquals("RSF", e.actor().id());
        assertEquals("SD", e.place().place().country());
    }

    @Test
    void aPartysOwnGainsAreClaimedAndParenthesesDoNotHideTheClaimant() {
        List<EventMention> es = TestData.extract("The Rapid Support Forces (RSF) said on Tuesday they had seized the town of Wad Madani, "
                + "after the Sudanese army withdrew from the city.", "2023-12-19").events();
        EventMention cap = at(es, EventType.CAPTURE, "Wad Madani");
        assertEquals(Realis.CLAIMED, cap.realis());
        assertEquals("RSF", cap.claimant().id());
        assertEquals("SAF", at(es, EventType.WITHDRAW, "Wad Madani").actor().id(), "the subordinate clause has its own subject");
    }

    @Test
    void repelledAttacksFailedAndWereTheOtherSides() {
        List<EventMention> es = TestData.extract("Ukrainian troops repelled attacks near the villages of Robotyne and Verbove "
                + "in the Zaporizhzhia region on Monday, according to the General Staff.", "2024-02-17").events();
        EventMention e = at(es, EventType.ATTACK, "Robotyne");
        assertEquals(Realis.FAILED, e.realis());
        assertEquals("Russia", e.actor().text());
        assertEquals("ukraine", e.target().side());
    }

    @Test
    void aClaimantAtTheEndOfTheSentenceLeavesItsFullStop() {
        List<EventMention> es = TestData.extract("The army shelled the town of Kafr Zita on Tuesday, according to a local monitor.",
                "2024-12-04").events();
        EventMention e = at(es, EventType.SHELLING, "Kafr Zita");
        assertEquals("local monitor", e.claimant().text());
    }

    @Test
    void aCapitalSpeakingIsNotTheEventsPlace() {
        List<EventMention> es = TestData.extract("Kyiv denied that any units had been encircled.", "2024-02-17").events();
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Kyiv")), summary(es));
    }

    @Test
    void strikesOnPositionsInAPlaceHappenThere() {
        List<EventMention> es = TestData.extract("Sudanese army warplanes bombed RSF positions in Khartoum North on Wednesday, "
                + "killing at least 12 people, a medical source said.", "2023-12-19").events();
        EventMention e = at(es, EventType.AIRSTRIKE, "Khartoum North");
        assertEquals("SAF", e.actor().id());
        assertEquals(12, e.casualties().totalMin());
        assertEquals(LocalDate.of(2023, 12, 13), e.time().interval().firstDay());
    }

    @Test
    void anActorWordBeforeANounOfViolenceMakesItAReportedHappening() {
        List<EventMention> es = TestData.extract("Junta airstrikes on the village of Namhsan killed at least seven civilians.", "2024-03-04").events();
        EventMention e = at(es, EventType.AIRSTRIKE, "Namhsan");
        assertEquals("Tatmadaw", e.actor().id());
        assertEquals(7, e.casualties().totalMin());
        assertTrue(TestData.extract("In their attacks within the last day, the rebels advanced.", "2024-03-04").events().stream()
                .noneMatch(x -> x.type() == EventType.ATTACK), "a possessive pronoun refers to known fighting");
    }

    @Test
    void aPassiveWithoutAgentHasNoActor() {
        List<EventMention> es = TestData.extract("On Sunday thousands of civilians were evacuated from the camps around Goma.", "2025-02-01").events();
        assertNull(at(es, EventType.EVACUATION, "Goma").actor());
    }

    @Test
    void aClauseFollowedByItsSpeakerIsAttributedToIt() {
        List<EventMention> es = TestData.extract("Russian troops have captured the village of Krasnohorivka, "
                + "the Russian Defence Ministry said on Tuesday.", "2024-10-08").events();
        EventMention e = at(es, EventType.CAPTURE, "Krasnohorivka");
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("Russia", e.claimant().id());
    }

    @Test
    void narrativeOffsetsCountFromThePreviousDate() {
        List<EventMention> es = TestData.extract("On September 28, Russian forces entered the eastern part of Ukrainsk. "
                + "Three days later, they seized the town of Vuhledar after a two-year siege.", "2024-10-08").events();
        assertEquals(LocalDate.of(2024, 10, 1), at(es, EventType.CAPTURE, "Vuhledar").time().interval().firstDay());
    }

    @Test
    void killedAndWoundedAreBothCounted() {
        List<EventMention> es = TestData.extract("Russian missiles struck Zaporizhzhia overnight, killing at least six people "
                + "and wounding 20, the governor said.", "2024-10-08").events();
        EventMention e = at(es, EventType.AIRSTRIKE, "Zaporizhzhia"); // missile strikes are airstrikes (GUIDELINES.md)
        assertEquals(6, e.casualties().totalMin());
        assertEquals(20L, e.casualties().breakdown().get("wounded"));
    }

    @Test
    void nationalityForcesCapturedObjectsAndUnknownMultiWordNames() {
        List<EventMention> es = TestData.extract("Late on August 9, Ukrainian units captured the town of Sudzha. "
                + "The Russian army launched a counter-attack early on August 10, recapturing both Tolpino and Obshchy Kolodez. "
                + "The villages of Lyubimovka and Tolpino were said to be under Russian control at the time.", "2024-08-15").events();
        assertEquals("AFU", at(es, EventType.CAPTURE, "Sudzha").actor().id());
        EventMention re = at(es, EventType.RECAPTURE, "Obshchy Kolodez");
        assertEquals("Russia", re.actor().id());
        assertFalse(re.place().place().resolved());
        assertEquals("Russia", at(es, EventType.CONTROL, "Lyubimovka").actor().id());
    }

    @Test
    void withdrawalDestinationsAreNotItsPlaceAndTheDayBeforeFollowsTheNarrative() {
        List<EventMention> es = TestData.extract("Local opposition factions took control of most of Daraa city on Friday evening, "
                + "after regime forces withdrew towards Damascus. The regime's 15th Division had pulled out of its positions in Izraa "
                + "the day before.", "2024-12-07").events();
        assertEquals("Daraa", at(es, EventType.WITHDRAW, "Daraa").place().head());
        assertEquals(LocalDate.of(2024, 12, 5), at(es, EventType.WITHDRAW, "Izraa").time().interval().firstDay());
    }

    @Test
    void irregularPastFormsAndCoordinatedTargets() {
        List<EventMention> es = TestData.extract("U.S. and British warplanes struck more than 60 Houthi targets across Yemen "
                + "overnight, including sites near the capital Sanaa and the port city of Hodeidah.", "2024-01-12").events();
        at(es, EventType.AIRSTRIKE, "Sanaa"); // warplanes' strikes are airstrikes (GUIDELINES.md)
        at(es, EventType.AIRSTRIKE, "Hodeidah");
    }

    @Test
    void dronesArtilleryAndReinforcements() {
        List<EventMention> es = TestData.extract("An Israeli drone strike killed a Hamas commander in Khan Younis on Tuesday. "
                + "Artillery fire hit the outskirts of Kharkiv overnight, wounding three people. "
                + "The army sent reinforcements to the town of Sake on Wednesday.", "2024-03-20").events();
        assertEquals("IDF", at(es, EventType.AIRSTRIKE, "Khan Younis").actor().id());
        assertEquals(3, at(es, EventType.SHELLING, "Kharkiv").casualties().totalMin());
        at(es, EventType.DEPLOYMENT, "Sake");
        assertTrue(TestData.extract("Fighting raged near the city, where the army, which had sent reinforcements to Sake, held out.",
                "2024-03-20").events().stream().noneMatch(e -> e.type() == EventType.DEPLOYMENT), "background in a relative clause");
    }

    @Test
    void aDeniedClauseKeepsItsOwnSubjectAndTheSpeakerIsOnlyTheClaimant() {
        EventMention e = at(TestData.extract("Ukraine's military denied that Russian forces had taken the village of Robotyne.",
                "2024-09-02").events(), EventType.CAPTURE, "Robotyne");
        assertEquals(Realis.DENIED, e.realis());
        assertEquals("Russia", e.actor().id());
        assertEquals("AFU", e.claimant().id());
        // with no subject in the clause, the speaker is the one who claims to have done it
        EventMention own = at(TestData.extract("The RSF claimed to have seized the town of Bara.", "2025-05-02").events(),
                EventType.CAPTURE, "Bara");
        assertEquals(Realis.CLAIMED, own.realis());
        assertEquals("RSF", own.actor().id());
    }

    @Test
    void aSpeakerAfterTheClauseStaysTheClaimantWhenAParticipleCommentFollows() {
        List<EventMention> es = TestData.extract("KHARTOUM, May 2, 2025 - The Sudanese army recaptured the town of Bara, "
                + "the army said on Friday in a statement, calling it a turning point.", "2025-05-02").events();
        EventMention e = at(es, EventType.RECAPTURE, "Bara");
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("SAF", e.claimant().id());
    }

    @Test
    void aLongerNameThatOverlapsTheEndOfADescriptionWins() {
        List<String> names = TestData.extract("The regime’s army withdrew from the town of Saraqib. The opposition factions "
                + "entered Saraqib on Friday.", "2025-03-14").actors().stream().map(u -> u.actor().text()).toList();
        assertTrue(names.contains("regime’s army") && names.contains("opposition factions"), names.toString());
        assertFalse(names.contains("The regime") || names.contains("The opposition"), names.toString());
    }

    @Test
    void takingAPlaceIsACaptureButTakingPartIsNot() {
        List<EventMention> es = TestData.extract("Russian forces took the village of Robotyne on Tuesday. Ukrainian troops took "
                + "back Robotyne on Friday. Hundreds took part in a funeral in Zaporizhzhia. The wounded were taken to a "
                + "hospital in Zaporizhzhia. Talks took place in Kyiv.", "2024-09-02").events();
        assertEquals("Russia", at(es, EventType.CAPTURE, "Robotyne").actor().id());
        assertEquals("AFU", at(es, EventType.RECAPTURE, "Robotyne").actor().id());
        assertEquals(2, es.size(), summary(es));
    }

    @Test
    void theMonthMayIsNotTheModalMay() {
        List<EventMention> es = TestData.extract("The RSF seized the town of Bara on May 2. The army may retake Bara.",
                "2025-05-05").events();
        EventMention e = at(es, EventType.CAPTURE, "Bara");
        assertEquals(LocalDate.of(2025, 5, 2), e.time().interval().firstDay());
        assertEquals(1, es.size(), summary(es));
    }

    @Test
    void quotedSpeakersAndElidedSubjectsOfDenials() {
        List<EventMention> es = TestData.extract("“Our forces have liberated the town of Tal Rifaat,” army spokesman Colonel "
                + "Ahmad Hassan told reporters on Sunday. The SDF said its fighters had withdrawn from Tal Rifaat, "
                + "but denied that the town had fallen.", "2025-02-03").events();
        EventMention claimed = es.stream().filter(e -> e.type() == EventType.CAPTURE && e.realis() == Realis.CLAIMED).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals("SAA", claimed.actor().id());
        EventMention denied = es.stream().filter(e -> e.realis() == Realis.DENIED).findFirst().orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals("SDF", denied.claimant().id());
    }

    @Test
    void oneSidedStrikesWithoutANamedActorHaveNoActor() {
        List<EventMention> es = TestData.extract("Residents reported heavy shelling of the village of Shaykh Isa overnight.", "2025-02-03").events();
        assertNull(at(es, EventType.SHELLING, "Shaykh Isa").actor());
    }

    @Test
    void analysisAndPredictionsAreNotEvents() {
        assertTrue(TestData.extract("Analysts say an attack on Homs is likely in the coming days. Rebels are expected to "
                + "advance on Hama within days. Russia may deploy additional aircraft to Syria.", "2024-12-02").events().isEmpty());
    }

    @Test
    void exchangedFireShotDownAndLastWeek() {
        List<EventMention> es = TestData.extract("Congolese troops and M23 rebels exchanged fire near the village of Ntamugenga "
                + "early on Wednesday. The army shot down an M23 drone over Bukavu on Monday. "
                + "M23 fighters captured the village of Lubero from the army last week.", "2025-03-05").events();
        at(es, EventType.CLASH, "Ntamugenga");
        assertEquals(LocalDate.of(2025, 3, 3), at(es, EventType.ATTACK, "Bukavu").time().interval().firstDay());
        EventMention lubero = at(es, EventType.CAPTURE, "Lubero");
        assertEquals(LocalDate.of(2025, 2, 24), lubero.time().interval().firstDay());
        assertEquals(LocalDate.of(2025, 3, 2), lubero.time().interval().lastDay());
    }

    @Test
    void aTimeClosesItsOwnConjunctAndARegionBeatsItsCountry() {
        List<EventMention> es = TestData.extract("Russian forces captured the industrial zone last week and reportedly advanced "
                + "into the northern districts of the town of Avdiivka on Friday. Ukrainian forces pushed deeper into Russia's "
                + "Kursk region on Saturday.", "2024-02-17").events();
        assertEquals(LocalDate.of(2024, 2, 16), at(es, EventType.ADVANCE, "Avdiivka").time().interval().firstDay());
        at(es, EventType.ADVANCE, "Kursk");
    }

    @Test
    void aNounsOwnVerbDoesNotKeepItFromItsTime() {
        List<EventMention> es = TestData.extract("Clashes erupted between the SDF and Turkish-backed factions near Manbij on Thursday. "
                + "Iran-backed militias pulled out of Abu Kamal and al-Mayadin overnight.", "2024-12-06").events();
        assertEquals(LocalDate.of(2024, 12, 5), at(es, EventType.CLASH, "Manbij").time().interval().firstDay());
        at(es, EventType.WITHDRAW, "Abu Kamal");
        at(es, EventType.WITHDRAW, "al-Mayadin");
    }

    @Test
    void claimsAreExtractedWithSubjectAndValue() {
        Extraction x = TestData.extract("Homs, Syria's third-largest city, lies about 160 km from Damascus. "
                + "Al-Qaeda-affiliated Hayat Tahrir al-Sham leads the offensive.", "2025-03-14");
        List<Claim> cs = x.claims();
        assertTrue(cs.stream().anyMatch(c -> c.subject().equals("Homs") && c.attribute().startsWith("rank") && c.value().equals("3")), cs.toString());
        Claim d = cs.stream().filter(c -> c.attribute().startsWith("distance")).findFirst().orElseThrow();
        assertEquals("160", d.value());
        assertTrue(d.approximate());
        assertTrue(cs.stream().anyMatch(c -> c.subject().equals("HTS") && c.value().equals("affiliated")));
    }

    @Test
    void everyEventPointsBackToItsSentence() {
        String text = "On March 12, government forces captured the town of Saraqib. Clashes erupted near Kafr Nabl.";
        Extraction x = TestData.extract(text, "2025-03-14");
        assertFalse(x.events().isEmpty());
        for (EventMention e : x.events()) {
            assertEquals(e.quote(), e.span().of(x.article().cleaned()));
            assertNotNull(e.trigger());
        }
    }

    @Test
    void emptyArticleGivesNothing() {
        Extraction x = TestData.extract("", "2025-03-14");
        assertTrue(x.events().isEmpty() && x.claims().isEmpty());
    }

    @Test
    void aBackgroundCaptureIsNeverDatedToThePublicationDayOrToTheSentencesDay() {
        List<EventMention> es = TestData.extract("Displaced families returned to Wad Madani on Monday, more than a year "
                + "after the RSF seized the city.", "2025-01-20").events();
        EventMention cap = at(es, EventType.CAPTURE, "Wad Madani");
        assertTrue(cap.time() == null || !cap.time().interval().isKnown()
                || cap.time().interval().lastDay().isBefore(LocalDate.of(2024, 1, 21)), "dated " + cap.time());
        List<EventMention> since = TestData.extract("Aid has not reached Saraqib since government forces recaptured "
                + "the town in March 2020.", "2025-01-20").events();
        for (EventMention e : since) {
            assertTrue(e.time() == null || !e.time().interval().isKnown()
                    || !e.time().interval().firstDay().equals(LocalDate.of(2025, 1, 20)), e + " dated to publication day");
        }
    }

    @Test
    void aCountryThatCarriesOutANounTriggerActsAndIsNotItsPlace() {
        // the subject of "carried out", "launched" is the agent; with no other place the operation is nowhere named
        assertEquals(List.of(), events("Turkey has carried out repeated cross-border operations against the group."),
                "no place but the agent's own country");
        List<EventMention> es = events("Russia launched missile strikes on the city of Kyiv overnight.");
        assertEquals(1, es.size(), summary(es));
        EventMention e = at(es, EventType.AIRSTRIKE, "Kyiv");
        assertNotNull(e.actor());
        assertEquals("Russia", e.actor().text());
    }

    @Test
    void anIngWordBetweenAnArticleOrInAndANounIsNoVerb() {
        assertTrue(events("The army later launched a search operation in surrounding villages near the town of Batibo.")
                .stream().noneMatch(e -> e.type() == EventType.ADVANCE));
    }

    @Test
    void burnedHousesAndADestroyedCheckpointAreAttacks() {
        at(events("Soldiers burned several houses in the town of Kumba on Monday."), EventType.ATTACK, "Kumba");
        at(events("Separatist fighters destroyed an army checkpoint in the town of Mamfe on Friday."), EventType.ATTACK, "Mamfe");
        assertTrue(events("The storm destroyed crops near the town of Mamfe on Friday.").isEmpty());
    }

    @Test
    void aFacilityInAPlaceCoordinatedWithTheObjectIsStruckToo() {
        List<EventMention> es = events("Pakistani aircraft bombed the city of Kabul and a market in Paktika province on Thursday.");
        at(es, EventType.AIRSTRIKE, "Kabul");
        at(es, EventType.AIRSTRIKE, "Paktika");
    }

    @Test
    void theAmbushClaimedOnSocialMediaIsTheOneToldAndTakesNoLaterPlace() {
        List<EventMention> es = events("Separatist fighters killed five soldiers in an ambush near the town of Batibo on Sunday. "
                + "The group claimed responsibility for the ambush on social media and said its fighters had also destroyed an "
                + "army checkpoint in the town of Bali.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.AMBUSH && e.place().text().equals("Bali")), summary(es));
        at(es, EventType.AMBUSH, "Batibo");
        at(es, EventType.ATTACK, "Bali");
    }

    @Test
    void theWorstFightingSinceAWarRanksTheClausesEvent() {
        List<EventMention> es = events("Azerbaijani forces shelled the town of Jermuk overnight, in the worst fighting between "
                + "the two neighbours since 2020.");
        at(es, EventType.SHELLING, "Jermuk");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CLASH), summary(es));
    }

    @Test
    void aPlaceThatOnlyLocatesAnotherIsNotWhereTheNextEventHappened() {
        // "near the northern city of Tripoli" says where the camp is: the battle is in the camp
        List<EventMention> es = events("Army artillery shelled the Nahr al-Bared camp near the northern city of Tripoli on "
                + "Monday as troops battled militants holed up inside.");
        at(es, EventType.CLASH, "Nahr al-Bared");
        assertTrue(es.stream().noneMatch(e -> e.place().text().equals("Tripoli")), summary(es));
    }

    @Test
    void aBaseAtAPlaceCoordinatedWithTheObjectIsStruckAndAnInteriorMinistrySpeaksForItsState() {
        List<EventMention> es = events("Russian warplanes bombed the Georgian town of Gori and a military base at Vaziani, "
                + "near Tbilisi, the Georgian interior ministry said.");
        EventMention gori = at(es, EventType.AIRSTRIKE, "Gori");
        at(es, EventType.AIRSTRIKE, "Vaziani");
        assertEquals(Realis.CLAIMED, gori.realis());
        assertTrue(es.stream().noneMatch(e -> e.place().text().equals("Tbilisi")), summary(es));
    }

    @Test
    void aNamedFrontIsAPlace() {
        List<EventMention> es = events("Fighting continued on the Tsorona front on Sunday.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CLASH && e.place().text().startsWith("Tsorona")), summary(es));
        // a group named "Front" stays a group
        assertTrue(events("The Polisario Front attacked the town of Mahbes on Sunday.").stream()
                .noneMatch(e -> e.place().text().contains("Polisario")));
    }

    @Test
    void aNounsPurposeIsNoDeedAndAnOperationComeFromIsNoNewOne() {
        List<EventMention> es = events("Georgian troops launched an offensive to retake the town of Tskhinvali on Friday.");
        at(es, EventType.OFFENSIVE, "Tskhinvali");
        assertTrue(es.stream().noneMatch(e -> e.type().family() == EventType.CAPTURE), summary(es));
        List<EventMention> back = events("The troops were attacked near the village of Tekalguda as they returned from an "
                + "operation against the rebels.");
        at(back, EventType.ATTACK, "Tekalguda");
        assertTrue(back.stream().noneMatch(e -> e.type() == EventType.OFFENSIVE), summary(back));
    }

    @Test
    void aDenialIsNoRestatementOfWhatItDenies() {
        List<EventMention> es = events("Georgian tanks took control of the town of Tskhinvali on Friday. "
                + "The rebels denied that Tskhinvali had fallen.");
        EventMention taken = es.stream().filter(e -> e.type() == EventType.CAPTURE && e.realis() == Realis.ASSERTED)
                .findFirst().orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals("georgia", taken.actor().side()); // tanks are a state's forces
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CAPTURE && e.realis() == Realis.DENIED), summary(es));
    }

    @Test
    void entriesSortiesEscapesAndAirAttacksOfOlderWars() {
        at(events("Russian troops fought their way into the Minutka square area of Grozny on Tuesday."), EventType.ENTER, "Grozny");
        List<EventMention> sorties = events("Russian aircraft flew more than 100 sorties against rebel positions around the "
                + "villages of Vedeno and Shatoi, the military said.");
        at(sorties, EventType.AIRSTRIKE, "Vedeno");
        at(sorties, EventType.AIRSTRIKE, "Shatoi");
        at(events("About 50 inmates escaped from the Aguaruto prison in the city of Culiacan on Thursday."),
                EventType.RELEASE, "Culiacan");
        EventMention jets = at(events("Argentine jets attacked British warships near the town of San Carlos on Saturday."),
                EventType.AIRSTRIKE, "San Carlos");
        assertEquals("argentina", jets.actor().side());
        assertEquals("uk", at(events("British paratroopers captured the settlement of Darwin on Saturday."),
                EventType.CAPTURE, "Darwin").actor().side());
    }

    @Test
    void aPersonCapturedIsNoPlaceTaken() {
        assertTrue(events("Rebels said a Russian general had been captured in the town of Argun.").stream()
                .noneMatch(e -> e.type().family() == EventType.CAPTURE), "passive");
        assertTrue(events("Rebels captured a Russian general in the town of Argun on Monday.").stream()
                .noneMatch(e -> e.type().family() == EventType.CAPTURE), "active");
    }

    @Test
    void oneOfTheDeadliestAttacksRanksTheClausesAmbushAndLeavesItsSpeaker() {
        List<EventMention> es = TestData.extract("Maoist rebels killed 22 police in an ambush near the village of Tekalguda "
                + "on Saturday, police said on Sunday, one of the deadliest attacks on government forces in years.",
                "2021-04-04").events();
        EventMention ambush = at(es, EventType.AMBUSH, "Tekalguda");
        assertEquals(Realis.CLAIMED, ambush.realis()); // the police speak for the state whose forces were ambushed
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
    }

    @Test
    void aPastVerbAfterAPurposesObjectIsTheSentencesOwn() {
        at(events("South African troops sent to protect the government clashed with the rebels on the outskirts of Bangui."),
                EventType.CLASH, "Bangui");
        assertTrue(events("Troops were sent to protect civilians from attacks near the town of Bangui.").stream()
                .noneMatch(e -> e.type() == EventType.ATTACK));
    }

    @Test
    void briefClashesHappenAndAnAssaultDrivenBackFailed() {
        at(events("His forces pulled back after brief clashes with militias near the town of Taza overnight."),
                EventType.CLASH, "Taza");
        assertEquals(Realis.FAILED, at(events("The rebels also attacked a police post in the nearby village of Butwal but were "
                + "driven back, officials said."), EventType.ATTACK, "Butwal").realis());
    }

    @Test
    void namedFacilitiesAnAcronymBaseAndNoLetterPlace() {
        List<EventMention> es = events("Government forces seized the K1 military base and the Baba Gurgur oil field on Monday.");
        at(es, EventType.CAPTURE, "K1");
        at(es, EventType.CAPTURE, "Baba Gurgur");
        List<EventMention> un = events("Serb gunners also shelled the nearby enclave of Zepa, the U.N. said.");
        at(un, EventType.SHELLING, "Zepa");
        assertTrue(un.stream().noneMatch(e -> e.place().text().equals("U")), summary(un));
    }

    @Test
    void aSpeakerBeforeWhileKeepsTheClauseBeforeIt() {
        EventMention e = at(events("Security forces killed at least 20 rebels in the town of Tansen, an army spokesman said, "
                + "while the rebels killed four soldiers."), EventType.CASUALTIES, "Tansen");
        assertNotNull(e.claimant());
        assertEquals("army spokesman", e.claimant().text());
    }

    @Test
    void aVerbWithoutItsOwnDayTakesTheSentencesOneDayInferred() {
        List<EventMention> es = TestData.extract("Government forces took control of the town of Kirkuk on Monday and seized the "
                + "K1 military base.", "2017-10-17").events();
        EventMention k1 = at(es, EventType.CAPTURE, "K1");
        assertEquals(LocalDate.of(2017, 10, 16), k1.time().interval().firstDay());
        assertEquals(org.sitrep.core.model.TimePrecision.INFERRED, k1.time().interval().precision());
    }

    @Test
    void anInterceptedMissileFiredAtACityIsAFailedStrike() {
        EventMention e = at(events("Air defences intercepted a ballistic missile fired by the rebels at the southern city of "
                + "Jazan on Monday."), EventType.AIRSTRIKE, "Jazan");
        assertEquals(Realis.FAILED, e.realis());
    }

    @Test
    void whatStrikesDestroyedIsTheStrikes() {
        List<EventMention> es = events("Coalition warplanes carried out 22 strikes near the city of Raqqa on Sunday, "
                + "destroying fighting positions and vehicles.");
        at(es, EventType.AIRSTRIKE, "Raqqa");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK || e.type() == EventType.CLASH), summary(es));
    }

    @Test
    void aLongNamedSpeakerAndASpeakerBeforeADayAfterStillSpeak() {
        // a speaker of up to thirteen words: "Tuareg rebels of the National Movement for the Liberation of Azawad"
        assertEquals(Realis.CLAIMED, at(TestData.extract("BAMAKO, April 1 (AFP) - Tuareg rebels of the National Movement "
                + "for the Liberation of Azawad (MNLA) said on Sunday they had entered Timbuktu after the army abandoned the "
                + "ancient desert city, a day after seizing the town of Gao.", "2012-04-01").events(), EventType.CAPTURE,
                "Gao").realis());
        assertEquals(Realis.REPORTED, at(events("Rebel soldiers seized the city of Bouake on Friday, residents said, a day "
                + "after a failed coup attempt in the commercial capital Abidjan."), EventType.CAPTURE, "Bouake").realis());
    }

    @Test
    void aWireDatelinesPlacesAreWhereTheStoryWasFiledNotWhereItHappened() {
        List<EventMention> es = TestData.extract("MARAWI, Philippines, June 30 (Reuters) - Philippine troops recaptured the "
                + "city hall and a bridge in the southern city of Marawi on Friday, the military said.", "2017-06-30").events();
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Philippines")), summary(es));
    }

    @Test
    void aFacilityNamedByWhatItIsIsAPlaceInTheTownOfTheText() {
        // "the main prison" after the town: a place of its own (not merged into the entry), in the town
        List<EventMention> es = events("Rebels entered the town of Abeche on Monday and clashed with soldiers near the main prison.");
        at(es, EventType.ENTER, "Abeche");
        EventMention prison = at(es, EventType.CLASH, "prison");
        assertEquals("the main prison", prison.place().text());
        assertEquals("Abeche", prison.place().place().name()); // as the text names it, where the gazetteer puts it
        // a later sentence: the town the text is in; a town named right after it: that town
        EventMention airport = at(events("Fighting broke out in the city of Goma on Monday. Gunmen stormed the airport on "
                + "Tuesday."), EventType.ATTACK, "airport");
        assertEquals("Goma", airport.place().place().name());
        EventMention palace = at(events("Soldiers clashed with rebels near the presidential palace in central Bangui on Sunday."),
                EventType.CLASH, "palace");
        assertTrue(palace.place().place().name().endsWith("Bangui"), palace.place().toString());
        // "the airport of X", "the port city of X" are no such facility
        assertTrue(events("Rebels shelled the port city of Kismayo on Monday.").stream()
                .noneMatch(e -> e.place() != null && e.place().head().equals("port")));
    }

    @Test
    void peopleEvacuatedAreEvacuatedFromWhereTheyWereNotWhereTheyWent() {
        List<EventMention> es = events("Fighting raged in the town of Abeche on Sunday. Peacekeepers began evacuating foreign "
                + "nationals to Mombasa on Monday.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Mombasa")), summary(es));
        at(es, EventType.EVACUATION, "Abeche");
    }

    @Test
    void aSituationUnderControlIsNoOnesHoldOnAPlace() {
        List<EventMention> es = events("\"The situation in Abeche is under control,\" a minister said on Monday.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CONTROL), summary(es));
    }

    @Test
    void whatADenierGoesOnToSayIsItsClaimNotADenial() {
        List<EventMention> es = TestData.extract("Rebels lose Abeche\n\nThe army said it had retaken the town of Abeche on "
                + "Monday. The rebels denied losing the town, saying their fighters still held most of Abeche.", "2025-03-14").events();
        EventMention held = at(es, EventType.CONTROL, "Abeche");
        assertEquals(Realis.CLAIMED, held.realis(), summary(es));
    }

    @Test
    void aTollCountedSinceTheBattleBeganIsTheBattlesNotTheLastPlaceNamed() {
        List<EventMention> es = TestData.extract("Troops retake Abeche from rebels\n\nTroops recaptured the town of Abeche on "
                + "Monday. Rebels ambushed a convoy near Biltine on Sunday. At least 30 civilians have been killed since Friday, "
                + "the regional hospital said.", "2025-03-14").events();
        EventMention toll = es.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst().orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals("Abeche", toll.place().head(), summary(es));
        assertEquals(Realis.REPORTED, toll.realis()); // a hospital speaks as a source
    }

    @Test
    void aPlaceThatOnlySaysWhereAnotherLiesIsNotWhereTheFightingWas() {
        List<EventMention> es = TestData.extract("Fighting near Abeche\n\nTroops entered the town of Abeche on Monday. "
                + "Fighting was also reported in the Biltine district west of the city, a council member said.", "2025-03-14").events();
        EventMention clash = es.stream().filter(e -> e.type() == EventType.CLASH).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals("Biltine district", clash.place().text(), summary(es));
        // "was also reported" names no speaker; the council member does
        assertEquals("council member", clash.claimant().text());
        assertEquals(Realis.REPORTED, clash.realis());
    }

    @Test
    void aPushThatWasStoppedFailed() {
        EventMention push = at(events("Another rebel push toward the town of Biltine was halted by government troops on Monday."),
                EventType.ADVANCE, "Biltine");
        assertEquals(Realis.FAILED, push.realis());
        // the noun's own verb decides: a push that "was launched" did not fail
        assertEquals(Realis.ASSERTED, at(events("Another rebel push toward the town of Ati was launched on Monday."),
                EventType.ADVANCE, "Ati").realis());
    }

    @Test
    void aSidesSpokesmanClaims() {
        EventMention held = at(events("A rebel spokesman told reporters that the insurgents controlled most of the town of "
                + "Abeche."), EventType.CONTROL, "Abeche");
        assertEquals(Realis.CLAIMED, held.realis());
    }

    @Test
    void aGroupNamedOnlyInSomeonesQuotedWordsIsNotTheDocumentsChallenger() {
        // "armed gangs" is the government's word for the rebels, and a group the lexicon knows in Haiti
        List<EventMention> es = TestData.extract("Rebels take Zawiya\n\nRebels captured the town of Zawiya in western Libya on "
                + "Monday. A government spokesman said the army was fighting \"armed gangs\" in Zawiya.", "2011-03-01").events();
        EventMention taken = at(es, EventType.CAPTURE, "Zawiya");
        assertTrue(taken.actor() != null && !"gangs".equals(taken.actor().side()), summary(es) + " " + taken.actor());
        // NATO acts as itself
        EventMention strike = at(TestData.extract("NATO warplanes struck the town of Zawiya on Monday.", "2011-03-01").events(),
                EventType.AIRSTRIKE, "Zawiya");
        assertEquals("nato", strike.actor().side());
    }

    @Test
    void prisonersFreedInThePassiveAreAReleaseButADemandIsNot() {
        at(events("Hundreds of prisoners were freed when rebels opened the prison in the town of Kailahun on Monday."),
                EventType.RELEASE, "Kailahun");
        List<EventMention> demand = events("All remaining prisoners in the town of Kailahun must be released.");
        assertTrue(demand.stream().noneMatch(e -> e.type() == EventType.RELEASE), summary(demand));
    }

    @Test
    void aWarsTollWithNoPlaceIsNoEvent() {
        // GUIDELINES: "the war has killed thousands" is a generic statement
        List<EventMention> es = TestData.extract("Rebels attack Kailahun\n\nRebels attacked the town of Kailahun on Monday. "
                + "The insurgency has killed more than 13,000 people since 2009.", "2025-03-14").events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CASUALTIES), summary(es));
        // a battle's toll is the battle's
        List<EventMention> battle = TestData.extract("Rebels attack Kailahun\n\nRebels attacked the town of Kailahun on Monday. "
                + "The fighting has killed at least 20 people since Monday.", "2025-03-14").events();
        assertTrue(battle.stream().anyMatch(e -> e.type() == EventType.CASUALTIES), summary(battle));
    }

    @Test
    void aNewsAgencyOrANationsRadioPassesAReportOn() {
        assertEquals(Realis.REPORTED, at(events("Government artillery shelled the town of Kailahun overnight, Interfax said."),
                EventType.SHELLING, "Kailahun").realis());
        assertEquals(Realis.REPORTED, at(events("Government artillery shelled the town of Kailahun overnight, Liberian radio "
                + "reported."), EventType.SHELLING, "Kailahun").realis());
    }

    @Test
    void anAttackBeatenBackWithWordsBetweenFailedAndWasTheOtherSides() {
        EventMention e = at(events("Soldiers beat back a dawn attack by rebels on the town of Kailahun on Sunday."),
                EventType.ATTACK, "Kailahun");
        assertEquals(Realis.FAILED, e.realis());
        assertEquals("rebels", e.actor().text());
    }

    @Test
    void aHedgedTollIsAToll() {
        List<EventMention> es = TestData.extract("Army takes Kailahun after siege\n\nThe army took the town of Kailahun on "
                + "Monday. Hundreds of people are believed to have been killed in the siege, according to local doctors.",
                "2025-03-14").events();
        EventMention toll = es.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals(Realis.REPORTED, toll.realis());
    }

    @Test
    void aSpeakerDescribedAtTheStartOfASentenceIsStillDescribed() {
        // "Aid" is capitalised only because it starts the sentence: the aid workers are no named source
        EventMention held = at(events("Aid workers said looting was widespread in the town of Kailahun, which the rebels "
                + "have held since last week."), EventType.CONTROL, "Kailahun");
        assertEquals(Realis.REPORTED, held.realis());
    }

    @Test
    void aPlaceInThePossessiveSetOffAfterAnotherOnlySaysWhatItIs() {
        List<EventMention> es = events("Rebels seized the Freeport, Kailahun's main port, on Saturday.");
        at(es, EventType.CAPTURE, "Freeport");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Kailahun")), summary(es));
    }

    @Test
    void fightersOfANamedMovementWithItsAcronymAreThatGroups() {
        EventMention e = at(events("Fighters of the Liberians United for Reconciliation and Democracy (LURD) seized the "
                + "town of Kailahun on Saturday."), EventType.CAPTURE, "Kailahun");
        assertEquals("lurd", e.actor().side());
        // an abbreviation's dots do not break a name the lexicon knows
        assertEquals("us", at(events("U.S. warplanes struck the town of Kailahun on Saturday."), EventType.AIRSTRIKE,
                "Kailahun").actor().side());
    }

    @Test
    void aTownsAppositiveAndAnOwnersPossessiveOnlyLocateThePlaceTaken() {
        at(events("Troops regained control of Mingora, the main town in the Swat valley, on Saturday."), EventType.RECAPTURE,
                "Mingora");
        List<EventMention> es = events("Rebels overran Muammar Gaddafi's fortified Bab al-Aziziya compound on Tuesday.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().contains("Gaddafi")), summary(es));
    }

    @Test
    void gunshipsAttackingStrikeFromTheAirAndAHealthMinistrysTollIsReported() {
        EventMention e = at(events("Helicopter gunships attacked militant hideouts near the village of Peochar on Monday."),
                EventType.AIRSTRIKE, "Peochar");
        assertNull(e.actor(), summary(List.of(e)));
        List<EventMention> toll = TestData.extract("Fighting in Abeche\n\nRebels attacked the town of Abeche on Sunday. The "
                + "Health Ministry said at least 90 people had been killed in Abeche since Sunday.", "2025-03-14").events();
        assertEquals(Realis.REPORTED, at(toll, EventType.CASUALTIES, "Abeche").realis());
    }

    @Test
    void whatAPronounSpeakerAddsAfterAQuoteIsNotTheQuotesWords() {
        List<EventMention> es = TestData.extract("Troops take Abeche\n\nTroops recaptured the town of Abeche on Monday. "
                + "\"Pockets of resistance remain,\" he said, adding that 17 militants had been killed.", "2025-03-14").events();
        assertTrue(es.stream().noneMatch(e -> e.claimant() != null && e.claimant().text().contains("Pockets")), summary(es));
    }

    @Test
    void theDaysFightingIsWhatTheDaySawAndItsTollIsAToll() {
        List<EventMention> es = TestData.extract("Militants attack posts\n\nMilitants attacked police posts in the town of "
                + "Yala on Wednesday. At least 107 attackers and five members of the security forces were killed in the day's "
                + "fighting, the army said.", "2025-03-14").events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CLASH), summary(es));
        // one toll of both parts of its subject
        EventMention toll = es.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals(112, toll.casualties().totalMin());
        assertNull(toll.casualties().totalMax()); // at least
    }

    @Test
    void whereSomeoneWasTakenPlansAndHedgedAdvances() {
        List<EventMention> es = TestData.extract("Fighting in Abeche\n\nMilitias attacked the town of Abeche on Monday. "
                + "The bishop was evacuated to the southern town of Biltine by police.", "2025-03-14").events();
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Biltine")), summary(es));
        List<EventMention> plan = events("Kenya said it was preparing to evacuate its nationals from the town of Abeche.");
        assertTrue(plan.stream().noneMatch(e -> e.type() == EventType.EVACUATION), summary(plan));
        assertEquals(Realis.REPORTED, at(events("Rebel fighters were reported to be advancing on the town of Biltine on "
                + "Friday."), EventType.ADVANCE, "Biltine").realis());
    }

    @Test
    void theMinistrySpeaksForItsState() {
        EventMention e = at(TestData.extract("Jets bomb Kilinochchi\n\nThe defence ministry said troops had entered the town "
                + "of Jaffna on Saturday. Air force jets bombed rebel positions near the town of Kilinochchi on Friday, the "
                + "ministry said.", "2025-03-14").events(), EventType.AIRSTRIKE, "Kilinochchi");
        assertEquals(Realis.CLAIMED, e.realis());
    }

    @Test
    void takingTheTownsOfAListOrARidgeIsACapture() {
        List<EventMention> es = TestData.extract("Troops take towns\n\nGovernment forces took the towns of Abeche and Biltine "
                + "on Saturday. Troops had taken the Bakri ridge, near the town of Abeche, on Monday.", "2025-03-14").events();
        at(es, EventType.CAPTURE, "Abeche");
        at(es, EventType.CAPTURE, "Biltine");
        at(es, EventType.CAPTURE, "Bakri");
    }

    @Test
    void anotherNationsTroopsAreNotTheGovernmentsForces() {
        EventMention e = at(TestData.extract("Fighting in Bangui\n\nFrench troops patrolled the airport in Bangui on Monday. "
                + "Government forces shelled the Boy-Rabe district of Bangui on Tuesday, residents said.", "2025-03-14").events(),
                EventType.SHELLING, "Boy-Rabe");
        assertEquals("central_african_republic", e.actor().side());
    }

    @Test
    void anAttackBeatenOffAfterAnAppositiveFailedAndADenierMayBeDescribedByAParticiple() {
        assertEquals(Realis.FAILED, TestData.eventIn(events("Rebel units attacked the army garrison in the town of Biltine, the country's "
                + "third city, on Saturday but were repulsed, the army said."), EventType.ATTACK, "Biltine").realis());
        EventMention denied = TestData.eventIn(events("An army officer reached by telephone denied that troops had shelled the stadium in "
                + "Abeche on Friday."), EventType.SHELLING, "Abeche");
        assertEquals(Realis.DENIED, denied.realis());
        assertEquals("army officer", denied.claimant().text());
    }

    @Test
    void aSidesCommanderClaimsAndHelicoptersFiringRocketsStrikeFromTheAir() {
        assertEquals(Realis.CLAIMED, at(events("Rebels captured the town of Biltine, a rebel commander said."),
                EventType.CAPTURE, "Biltine").realis());
        at(events("Army helicopters fired rockets into rebel-held neighbourhoods of Abeche on Monday, residents said."),
                EventType.AIRSTRIKE, "Abeche");
    }

    @Test
    void aRelativeClauseHasItsOwnSubjectAndANationalityMayBeginAGroupsName() {
        assertEquals("opposition", at(events("Government soldiers fled along the road to the town of Biltine, which the rebels "
                + "had captured on Friday."), EventType.CAPTURE, "Biltine").actor().side());
        List<EventMention> es = TestData.extract("Fighting in Butare\n\nRwandan Patriotic Front rebels took the town of "
                + "Butare on Monday. RPF fighters seized the town of Gitarama on Tuesday.", "2025-03-14").events();
        assertEquals("rpf", at(es, EventType.CAPTURE, "Butare").actor().side());
        assertEquals("rpf", at(es, EventType.CAPTURE, "Gitarama").actor().side());
    }

    @Test
    void theAssaultNamedByItsPlaceIsTheCaptureToldBefore() {
        List<EventMention> es = TestData.extract("Troops retake Biltine\n\nGovernment troops recaptured the town of Biltine on "
                + "Sunday after a six-hour battle. At least five soldiers were killed in the Biltine assault, army officials "
                + "said.", "2025-03-14").events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
        at(es, EventType.CASUALTIES, "Biltine");
    }

    @Test
    void aDatelinesCapitalLeansTheReportToItsCountry() {
        EventMention e = at(TestData.extract("Fighting near capital\n\nSAN SALVADOR, Nov 13 (AP) — Air force planes bombed "
                + "rebel positions in the town of San Miguel on Sunday, residents said.", "1989-11-13").events(),
                EventType.AIRSTRIKE, "San Miguel");
        assertEquals("el_salvador", e.actor().side());
    }

    @Test
    void aWarsBackgroundToldWithAVerbIsAnEventAHistoricNounIsNot() {
        List<EventMention> es = TestData.extract("Iran retakes Biltine\n\nIranian troops recaptured the town of Biltine on "
                + "Monday. Iraqi forces captured Biltine in October 1980, weeks after the war began. The town is remembered "
                + "for the 1980 massacre in Biltine.", "1982-05-24").events();
        EventMention old = es.stream().filter(e -> e.type() == EventType.CAPTURE).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals(1980, old.time().interval().firstDay().getYear());
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
    }

    @Test
    void aRiverLocatesTheTownAndSpeakersOwnForcesAreTheirSide() {
        at(events("Moldovan troops entered the city of Biltine on the Dniester river on Friday night."), EventType.ENTER,
                "Biltine");
        EventMention e = at(events("Separatist leaders in Tiraspol said their forces had recaptured the town of Biltine on "
                + "Saturday."), EventType.RECAPTURE, "Biltine");
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("opposition", e.actor().side());
        at(events("Rebel forces were in control of most of the town of Biltine on Saturday."), EventType.CONTROL, "Biltine");
    }

    @Test
    void aBombingThatMissedFailedWhatAppearsIsReportedAndCrossingIntoATownEntersIt() {
        assertEquals(Realis.FAILED, at(events("Government aircraft tried to bomb the bridge near the town of Biltine but missed, "
                + "residents said."), EventType.AIRSTRIKE, "Biltine").realis());
        assertEquals(Realis.REPORTED, at(events("Western diplomats said the rebels appeared to be in control of the town of "
                + "Biltine."), EventType.CONTROL, "Biltine").realis());
        at(events("Rebel tanks crossed the bridge from Abeche into the town of Biltine on Saturday."), EventType.ENTER, "Biltine");
    }

    @Test
    void thePortCityTakenAndTheCityFallingAreCapturesOfTheTownNamedBefore() {
        EventMention taken = at(events("Rebels attacked Mukalla on Monday, but the port city was taken by government units on "
                + "Wednesday."), EventType.CAPTURE, "Mukalla");
        assertEquals("the port city", taken.place().text());
        EventMention fell = at(TestData.extract("Fighting in Biltine\n\nRebels attacked the town of Biltine on Monday. A "
                + "southern official spoke to reporters before the city fell.", "2025-03-14").events(), EventType.CAPTURE, "Biltine");
        assertEquals("the city", fell.place().text());
    }

    @Test
    void aLeadersGovernmentSpeaksForItsState() {
        assertEquals(Realis.CLAIMED, at(events("Saleh's government said it had released 300 southern prisoners held at a camp "
                + "near Taiz."), EventType.RELEASE, "Taiz").realis());
    }

    @Test
    void aPerfectsParticipleTakenForAnAdjectiveAndOfficialsSpeakingFromAbroad() {
        EventMention e = at(events("The insurgents had overrun the town of Biltine on Tuesday, Western officials in Bangkok "
                + "said."), EventType.CAPTURE, "Biltine");
        assertEquals(Realis.REPORTED, e.realis());
        at(events("Senegal flew about 1,300 more troops into the town of Biltine on Thursday."), EventType.DEPLOYMENT, "Biltine");
        assertTrue(events("The rebels sent a letter to the mayor of Biltine.").isEmpty());
    }

    @Test
    void guerrillasAreTheStatesChallengers() {
        EventMention e = at(events("Guerrillas marched into the town of Biltine on Thursday."), EventType.ENTER, "Biltine");
        assertEquals("opposition", e.actor().side());
        // a group the lexicon knows is its own side
        assertEquals("khmer_rouge", at(events("Khmer Rouge guerrillas marched into the town of Biltine on Thursday."),
                EventType.ENTER, "Biltine").actor().side());
    }

    @Test
    void aSeasPortOfATownIsTheTownAndAPossessiveInsideAGroupsNameCountsInItsInitials() {
        at(events("Rebels captured the Black Sea port of Sukhumi on Monday."), EventType.CAPTURE, "Sukhumi");
        at(events("Troops shelled the Tal Abyad district of Raqqa on Monday."), EventType.SHELLING, "Tal Abyad");
        EventMention e = at(TestData.extract("Fighting in Massawa\n\nEritrean People's Liberation Front guerrillas captured "
                + "the town of Massawa on Friday. Ethiopian jets bombed the town of Massawa on Saturday, the EPLF said.",
                "2025-03-14").events(), EventType.CAPTURE, "Massawa");
        assertEquals("eplf", e.actor().side());
    }

    @Test
    void whereAStatementWasIssuedIsNoPlaceOfItsEventsAndTheyAfterADenialIsTheDenier() {
        List<EventMention> es = TestData.extract("Fighting in Massawa\n\nEritrean People's Liberation Front guerrillas attacked "
                + "the town of Massawa on Friday. An EPLF statement issued in Khartoum said its fighters had seized the town of "
                + "Ghinda.", "2025-03-14").events();
        assertEquals(Realis.CLAIMED, at(es, EventType.CAPTURE, "Ghinda").realis());
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Khartoum")), summary(es));
        EventMention d = at(events("A spokesman for the rebels denied that they had attacked the embassy in Biltine."),
                EventType.ATTACK, "embassy");
        assertEquals(Realis.DENIED, d.realis());
        assertEquals("opposition", d.actor().side());
    }

    @Test
    void positionsHeldAroundAPlaceAreControlAndReportsReachingACityMoveNoForce() {
        List<EventMention> es = events("Government troops still held positions around the Olympic stadium in Phnom Penh on "
                + "Wednesday night, according to unconfirmed reports reaching Bangkok.");
        assertEquals(Realis.REPORTED, at(es, EventType.CONTROL, "Olympic").realis());
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ADVANCE), summary(es));
        assertTrue(events("He held positions in the government of Biltine for years.").isEmpty());
    }

    @Test
    void theCapitalAfterACitysCentreIsTheCity() {
        List<EventMention> es = TestData.extract("Fighting in Bissau\n\nDAKAR, June 12 (Reuters) - Rebel soldiers pounded central "
                + "Bissau with artillery on Friday, witnesses said. At least 20 people were reported killed in two days of "
                + "fighting in the capital, a Portuguese diplomat said.", "1998-06-12").events();
        EventMention toll = es.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals("GW", toll.place().place().country());
        assertTrue(toll.place().place().name().contains("Bissau"), toll.place().toString());
    }

    @Test
    void neighbourhoodsOfAListAreTheListAndAttacksBeatenOffFailed() {
        List<EventMention> es = events("Fighting also flared in the eastern Managua neighbourhoods of Ciudad Sandino and Open "
                + "Tres on Monday.");
        at(es, EventType.CLASH, "Ciudad Sandino");
        at(es, EventType.CLASH, "Open Tres");
        List<EventMention> bj = events("Protesters clashed with police in the Musaga and Nyakabiga districts of Bujumbura.");
        at(bj, EventType.CLASH, "Musaga");
        assertEquals(Realis.FAILED, at(events("Troops had beaten off attacks on the town of Biltine on Monday."),
                EventType.ATTACK, "Biltine").realis());
        assertEquals(Realis.REPORTED, at(events("Rebels controlled most of the town of Biltine on Monday, residents reached by "
                + "telephone said."), EventType.CONTROL, "Biltine").realis());
    }

    @Test
    void whatADenierGoesOnToSayWithAndSaidIsNoDenial() {
        List<EventMention> es = events("A Guard spokesman in Managua denied that Biltine had fallen and said reinforcements had "
                + "been sent to the town of Abeche.");
        assertEquals(Realis.DENIED, at(es, EventType.CAPTURE, "Biltine").realis());
        assertNotEquals(Realis.DENIED, at(es, EventType.DEPLOYMENT, "Abeche").realis());
    }

    @Test
    void aTownInRebelHandsIsHeldByThem() {
        EventMention e = at(TestData.extract("Fighting in Biltine\n\nTroops attacked the town of Biltine on Monday. Rebel radio "
                + "insisted that the town was still in rebel hands.", "2025-03-14").events(), EventType.CONTROL, "Biltine");
        assertEquals("opposition", e.actor().side());
        assertEquals(Realis.CLAIMED, e.realis());
    }

    @Test
    void heSaidAfterANamedSpeakerIsThatSpeaker() {
        List<EventMention> es = TestData.extract("Kisangani falls\n\nGOMA, March 16 (AFP) - Rebels captured the town of "
                + "Kisangani on Saturday, a rebel spokesman said. Rebel troops had entered the town of Bafwasende without firing "
                + "a shot, he said.", "1997-03-16").events();
        EventMention e = es.stream().filter(x -> x.quote().startsWith("Rebel troops")).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("rebel spokesman", e.claimant().text());
    }

    @Test
    void aNumberedUnitACountryOwnsIsThatCountrys() {
        assertEquals("russia", at(events("Tanks of Russia's 14th Army crossed the bridge from Tiraspol into the town of Bender "
                + "on Saturday, residents said."), EventType.ENTER, "Bender").actor().side());
    }

    @Test
    void aValleyLocatesItsTownAnAdjectiveMayOpenAnObjectAndPeopleExpelledAreNoPlaceTaken() {
        at(events("Syrian troops pounded the besieged Christian town of Zahle in the Bekaa Valley with rockets on Friday."),
                EventType.SHELLING, "Zahle");
        assertEquals(Realis.FAILED, at(events("Bosnian government troops attacked Croat positions around the village of Bijelo "
                + "Polje north of the city, but were driven back, Croatian radio said."), EventType.ATTACK, "Bijelo Polje").realis());
        List<EventMention> es = events("The Muslims have held the town of Biltine since May, when Croat forces expelled "
                + "thousands of them from the western half of the town.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CAPTURE), summary(es));
    }

    @Test
    void anAidConvoyThatReachedATownIsNoAdvance() {
        assertTrue(events("A U.N. aid convoy that reached the town of Biltine on Saturday left on Monday.").isEmpty());
        at(events("Rebel columns that reached the town of Biltine on Saturday looted shops."), EventType.ADVANCE, "Biltine");
    }

    @Test
    void peopleKilledInTheFightingAtAPlaceAreATollNotANewBattle() {
        // the toll is what the sentence tells; "the fighting" is its setting, told before or not
        List<EventMention> es = TestData.extract("Officials said about 100 rebels were killed in the fighting at the town of "
                + "Dori on Friday.", "2013-01-19").events();
        assertEquals(List.of(EventType.CASUALTIES), es.stream().map(EventMention::type).toList(), es.toString());
        // fighting told as the happening still is one
        List<EventMention> fought = TestData.extract("Heavy fighting broke out in the town of Dori on Friday, killing 12 "
                + "soldiers.", "2013-01-19").events();
        assertTrue(fought.stream().anyMatch(e -> e.type() == EventType.CLASH), fought.toString());
    }

    @Test
    void fireThatCouldBeHeardWasFiredAndFightingThatCouldSpreadIsNot() {
        List<EventMention> heard = TestData.extract("Heavy artillery fire could be heard in the town of Jalalabad late on "
                + "Tuesday, diplomats said.", "1989-03-08").events();
        assertTrue(heard.stream().anyMatch(e -> e.type() == EventType.SHELLING), heard.toString());
        List<EventMention> may = TestData.extract("Diplomats said artillery fire could spread to the town of Jalalabad.",
                "1989-03-08").events();
        assertTrue(may.stream().noneMatch(e -> e.type() == EventType.SHELLING), may.toString());
    }

    @Test
    void peopleOfANationCapturedAreNoPlaceTaken() {
        // "Americans", "Russians": a demonym's plural is neither a place nor a place's capture
        List<EventMention> es = TestData.extract("Iraqi television showed five captured Americans in the town of Samawa. "
                + "Rebels captured Russians near the town of Tando.", "2003-03-24").events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CAPTURE), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().endsWith("ans")), es.toString());
    }

    @Test
    void federalForcesAreTheStates() {
        List<EventMention> es = TestData.extract("NAIROBI, Nov 28 (Reuters) - Ethiopian troops shelled the town of Adigrat on "
                + "Monday. Rebels of the TPLF said they still held the town. Federal forces captured the town of Wukro on "
                + "Tuesday.", "2020-11-28").events();
        EventMention wukro = es.stream().filter(e -> e.type() == EventType.CAPTURE && e.place() != null
                && e.place().text().equals("Wukro")).findFirst().orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals("ethiopia", wukro.actor().side());
    }

    @Test
    void troopsForcedToAbandonTheirPositionsWithdrew() {
        List<EventMention> es = TestData.extract("Militants seized the city of Ramadi on Sunday, forcing Iraqi troops to abandon "
                + "their positions. The army launched an offensive to retake the city of Tikrit.", "2015-05-18").events();
        EventMention out = es.stream().filter(e -> e.type() == EventType.WITHDRAW).findFirst()
                .orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals("Ramadi", out.place().text());
        assertEquals("iraq", out.actor().side());
        // a purpose is still no deed
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.RECAPTURE), es.toString());
    }

    @Test
    void armedMenWhoKillVillagersAttackThem() {
        List<EventMention> es = TestData.extract("Armed men killed at least 85 villagers overnight in the village of Bentalha, "
                + "hospital sources said.", "1997-09-24").events();
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK && e.place() != null
                && e.place().text().equals("Bentalha")), es.toString());
    }

    @Test
    void modifiersInsideAWeaponPhraseKeepIt() {
        // a determiner, a number and a compound of nouns and adjectives between "fired"/"launched" and the weapon
        for (String s : List.of("The Houthis fired an anti-ship ballistic missile into the Gulf of Aden.",
                "Rebels fired two Grad rockets at Donetsk.", "Russia launched cruise missiles at Kharkiv.")) {
            List<EventMention> es = TestData.extract(s, "2024-01-12").events();
            assertTrue(es.stream().anyMatch(e -> (e.type() == EventType.AIRSTRIKE || e.type() == EventType.SHELLING)
                    && e.place() != null), s + " " + es);
        }
    }

    @Test
    void aPresentTenseTheTaggerCallsANounStillControls() {
        // "the rebels control/NOUN Goma": a base form between a plural subject and its object is the verb
        List<EventMention> es = TestData.extract("The rebels control Goma.", "2025-02-01").events();
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CONTROL && e.place() != null
                && e.place().text().equals("Goma")), es.toString());
        // a noun compound with no object stays a noun
        assertTrue(TestData.extract("The army control room in Goma was quiet.", "2025-02-01").events().stream()
                .noneMatch(e -> e.type() == EventType.CONTROL), "control room");
    }

    @Test
    void aShareOfAPlaceInAListIsTheListsNextPlace() {
        List<EventMention> es = TestData.extract("The Houthis control Sanaa and much of northern Yemen.", "2024-01-12").events();
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CONTROL && e.place() != null
                && e.place().text().equals("northern Yemen")), es.toString());
        es = TestData.extract("The rebels seized Goma and large parts of North Kivu.", "2025-02-01").events();
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CAPTURE && e.place() != null
                && e.place().text().equals("North Kivu")), es.toString());
    }

    @Test
    void anAssaultByAnAgentOnANameIsOnAPlace() {
        // "an attack by X on Y": the agent between the noun and "on" does not weaken the cue; the name is kept even
        // where the gazetteer's only reading of it lies abroad
        String text = "South Sudanese troops have seized the Heglig oil field from Sudan's army, a South Sudanese army "
                + "spokesman said.\n\nSudanese warplanes bombed the town of Bentiu on Tuesday.\n\n"
                + "Sudan's army said it had repulsed an attack by South Sudanese forces on Kharasana, west of Heglig.";
        List<EventMention> es = TestData.extract(text, "2012-04-11").events();
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK && e.place() != null
                && e.place().text().equals("Kharasana")), summary(es));
    }

    @Test
    void aMinistrySendingTroopsDeploysThem() {
        // the subject is no armed actor, the troops it sends are
        for (String s : List.of("The home ministry deployed 20 more companies of paramilitary troops to Imphal on Tuesday.",
                "The ministry sent troops to Imphal on Tuesday.")) {
            List<EventMention> es = TestData.extract(s, "2024-11-12").events();
            assertTrue(es.stream().anyMatch(e -> e.type() == EventType.DEPLOYMENT && e.place() != null
                    && e.place().text().equals("Imphal")), s + " " + summary(es));
        }
        // aid teams are no forces
        assertTrue(TestData.extract("The UN deployed aid teams to Imphal on Tuesday.", "2024-11-12").events().stream()
                .noneMatch(e -> e.type() == EventType.DEPLOYMENT), "aid teams");
    }

    @Test
    void aConflictDeclaredIsNoFighting() {
        List<EventMention> es = TestData.extract("President Daniel Noboa responded by declaring an \"internal armed conflict\" "
                + "in Guayaquil and ordering the armed forces to neutralise 22 gangs.", "2024-01-10").events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CLASH), summary(es));
        // fighting told, not declared, stays
        assertTrue(TestData.extract("Heavy fighting was reported in Guayaquil on Tuesday.", "2024-01-10").events().stream()
                .anyMatch(e -> e.type() == EventType.CLASH), "fighting");
    }

    @Test
    void civiliansAfterTheVictimsPhraseAreNotTheKilled() {
        // "killed five militants and arrested 329 people": the people were arrested; the killing is no attack on civilians
        List<EventMention> es = TestData.extract("The military said its forces had killed five militants and arrested 329 "
                + "people in Guayaquil.", "2024-01-10").events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
        es = TestData.extract("Gunmen killed 12 people in Guayaquil on Tuesday.", "2024-01-10").events();
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ATTACK), summary(es));
    }

    @Test
    void alliesNamedTogetherActAsTheFirstNamed() {
        // "Malian and French troops": one force word for two nationalities, the first named leads
        EventMention e = at(events("Malian and French troops retook the town of Konna on Friday."), EventType.RECAPTURE, "Konna");
        assertEquals("mali", e.actor().side());
        assertEquals("Malian and French troops", e.actor().text());
    }

    @Test
    void aRankedNounAfterACopulaAndAWarsSpanAreNoNewEvents() {
        // "It was the deadliest single attack in three decades of violence in Northern Ireland": what the bombing told
        // before was, and the span of a long war
        for (String s : List.of("It was the deadliest single attack in Omagh.", "It ended three decades of violence in Northern Ireland.")) {
            List<EventMention> es = TestData.extract(s, "1998-08-15").events();
            assertTrue(es.isEmpty(), s + " " + summary(es));
        }
        // weeks of fighting are fighting over a range
        assertTrue(TestData.extract("Weeks of fighting in Omagh have left dozens dead.", "1998-08-15").events().stream()
                .anyMatch(e -> e.type() == EventType.CLASH), "weeks of fighting");
    }

    @Test
    void aQuantityOfWeaponsAndATwoWordNationalityKeepTheShelling() {
        // "dozens of artillery shells": a noun of number and "of" inside the phrase; "South Korean" a nationality, no name
        EventMention e = at(events("North Korea fired dozens of artillery shells at the South Korean island of Yeonpyeong on Tuesday."),
                EventType.SHELLING, "Yeonpyeong");
        assertEquals("north_korea", e.actor().side());
    }

    @Test
    void whatAStrikeDidIsNoAttackOfItsOwn() {
        List<EventMention> es = events("North Korea fired dozens of artillery shells at the island of Yeonpyeong on Tuesday, "
                + "killing two marines and setting houses ablaze.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
        // an arson told on its own stays an attack
        assertTrue(events("Militants set fire to houses in the village of Jakuradhor on Monday.").stream()
                .anyMatch(e -> e.type() == EventType.ATTACK), "arson");
    }

    @Test
    void theIslandPointsBackPastAClauseThatOnlyLocatesIt() {
        // "the island" refers to an island the gazetteer lacks; ", which lies … in the Yellow Sea" only locates it
        String text = "North Korea fired shells at the island of Yeonpyeong on Tuesday.\n\n"
                + "At least 16 marines were wounded on the island, which lies about 3 km south of the maritime border in "
                + "the Yellow Sea, officials said.";
        List<EventMention> es = TestData.extract(text, "2010-11-23").events();
        EventMention toll = es.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst().orElseThrow();
        assertEquals("the island", toll.place().text(), summary(es));
        assertEquals("Yeonpyeong", toll.place().head(), summary(es));
    }

    @Test
    void theWeaponsAnAttackerUsedAreNoEventsOfTheirOwn() {
        // "using car bombs, rockets and heavy machine guns": the attack's weapons; the strike told with them an attack
        List<EventMention> es = events("Militants using car bombs, rockets and heavy machine guns struck at least five "
                + "checkpoints around the town of Sheikh Zuweid.");
        assertEquals(List.of(EventType.ATTACK), es.stream().map(EventMention::type).toList(), summary(es));
        // a noun and the verb after it are no compound: "grenades attacked" is no "grenade attack", the verb attacks
        es = events("Gunmen armed with rifles and grenades attacked the town of Sheikh Zuweid.");
        assertEquals(List.of(EventType.ATTACK), es.stream().map(EventMention::type).toList(), summary(es));
    }

    @Test
    void aTollKilledInTheFightingIsTheEventNotTheFighting() {
        // as "270 people were killed in the fighting in Abidjan": the toll is told, the fighting is its setting
        List<EventMention> es = events("The military said its forces had killed about 100 militants in the fighting in Sheikh Zuweid.");
        assertEquals(List.of(EventType.CASUALTIES), es.stream().map(EventMention::type).toList(), summary(es));
    }

    @Test
    void anOffensiveRankedAndTimedByAnotherEventKeepsItsOwnPlace() {
        // "their biggest military offensive/ADJ": a word after a determiner and modifiers heads its noun phrase; the
        // clause "hours after peace talks in Tokyo collapsed" dates it by another event, whose place is not its own
        EventMention e = at(events("Indonesian troops launched their biggest military offensive in nearly three decades against "
                + "separatist rebels in Aceh province on Monday, hours after peace talks in Tokyo collapsed."), EventType.OFFENSIVE, "Aceh");
        assertEquals("indonesia", e.actor().side());
    }

    @Test
    void twoWordsOfOneSentenceTellingOneEventAreOneMention() {
        // "car bomb" and "exploded": one attack, the mention with the actor and the day kept
        List<EventMention> es = events("A powerful car bomb planted by the Basque separatist group ETA exploded in a car park at "
                + "Madrid's Barajas airport on Saturday, injuring at least 19 people.");
        List<EventMention> attacks = es.stream().filter(e -> e.type() == EventType.ATTACK).toList();
        assertEquals(1, attacks.size(), summary(es));
        assertNotNull(attacks.get(0).actor(), summary(es));
    }

    @Test
    void aParticipleAfterAnAttemptHappened() {
        // "tried to seize power overnight, sending tanks onto the streets of Istanbul and Ankara": the attempt is one
        // clause; the participle after its comma tells what they did
        List<EventMention> es = events("Soldiers tried to seize power overnight, sending tanks onto the streets of Istanbul and Ankara.");
        assertEquals(2, es.stream().filter(e -> e.type() == EventType.DEPLOYMENT).count(), summary(es));
    }

    @Test
    void aWarsLengthIsNoFight() {
        for (String s : List.of("The LRA has fought the government for 18 years from bases in southern Sudan.",
                "Renamo, which fought a 16-year civil war against the government, denied carrying out the attack in Sofala.")) {
            List<EventMention> es = events(s);
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CLASH), s + " " + summary(es));
        }
        // days of fighting are a fight
        assertTrue(events("Rebels fought troops for three days in Sofala.").stream().anyMatch(e -> e.type() == EventType.CLASH));
    }

    @Test
    void whereForcesAreSentIsAPlaceEvenUnknown() {
        // "to" after a verb that sends forces names where they went as strongly as "into": the unknown town is kept
        // beside the country that sends them
        EventMention e = at(events("Colombia sent 600 additional troops to Arauquita on Monday."), EventType.DEPLOYMENT, "Arauquita");
        assertEquals("colombia", e.actor().side());
    }

    @Test
    void aPurposeAfterAMovementIsNoDeed() {
        // "crossed into X near Y overnight to destroy positions": the crossing is told; the destroying is what it was for
        List<EventMention> es = events("Israeli troops crossed briefly into southern Lebanon near the village of Aita al-Shaab "
                + "overnight to destroy Hizbullah positions, the army said.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.ENTER), summary(es));
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
        // "to avoid fighting": no fight
        List<EventMention> w = events("The commander said his troops had withdrawn from Uvira to avoid fighting in a crowded city.");
        assertTrue(w.stream().noneMatch(e -> e.type() == EventType.CLASH), summary(w));
    }

    @Test
    void forcesSentInThePassiveAreDeployed() {
        // "brigades had been sent to X" as "sent brigades to X"; what was sent must be forces
        EventMention e = at(events("Two more brigades had been sent to Bukavu."), EventType.DEPLOYMENT, "Bukavu");
        assertNotNull(e.place());
        List<EventMention> aid = events("Food aid was sent to Bukavu on Monday.");
        assertTrue(aid.stream().noneMatch(x -> x.type() == EventType.DEPLOYMENT), summary(aid));
    }

    @Test
    void rocketsThatFellOnTownsShelledThem() {
        // "fell" is the verb the rockets need, no capture of its own, and its places are the rockets'
        List<EventMention> es = events("Rockets also fell on Kiryat Shmona and Metula, wounding two people.");
        at(es, EventType.SHELLING, "Kiryat Shmona");
        at(es, EventType.SHELLING, "Metula");
    }

    @Test
    void aDemonymThatBeginsATownsNameIsTheName() {
        // "Lao" names the people of Laos, but "Lao Cai" is a Vietnamese town the gazetteer holds
        at(events("Chinese troops entered Lao Cai on Monday."), EventType.ENTER, "Lao Cai");
    }

    @Test
    void observersInACityPlaceNothing() {
        // "a figure diplomats in Nairobi called inflated": where the diplomats are is no place of the toll
        List<EventMention> es = events("Rebels said they had killed 300 soldiers since the offensive began, a figure diplomats "
                + "in Nairobi called inflated.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Nairobi")), summary(es));
    }

    @Test
    void aDayTheCalendarNamesIsDated() {
        EventMention e = at(events("Rebels attacked the town of Kidal on Christmas Day."), EventType.ATTACK, "Kidal");
        assertEquals(java.time.LocalDate.of(2024, 12, 25), e.time().interval().firstDay());
    }

    @Test
    void aFacilityInATownIsNoSenseOfTheTownsName() {
        // the stadium's sentence names two more cities and so is read with strong context; "Goma's stadium" must not
        // become the sense of every "Goma" of the article
        EventMention e = at(events("M23 rebels have taken control of Goma, the main city in eastern Democratic Republic of "
                + "Congo, a UN spokesman said. Their leader told a rally at Goma's stadium that the group would march on "
                + "Bukavu and eventually on Kinshasa."), EventType.CAPTURE, "Goma");
        assertTrue(e.place().place().resolved(), e.place().toString());
        assertEquals("Goma", e.place().place().name());
    }

    @Test
    void aVowIsNoDeed() {
        List<EventMention> es = events("In Donetsk, several hundred separatists rallied in the city centre, vowing to fight on.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CLASH), summary(es));
    }

    @Test
    void armedMenFleeOrLeaveAPlaceCiviliansAreDisplaced() {
        at(events("The Ethiopian garrison fled Jijiga on Monday."), EventType.WITHDRAW, "Jijiga");
        at(events("Rebel fighters left the town of Mutare on Monday."), EventType.WITHDRAW, "Mutare");
        for (String s : List.of("Thousands of civilians fled Jijiga on Monday.", "Families left the town of Mutare on Monday.",
                "Fighting in Mosul caused mass movement of people as they fled for safety.")) {
            List<EventMention> es = events(s);
            assertTrue(es.stream().noneMatch(e -> e.type() == EventType.WITHDRAW), s + " " + summary(es));
        }
    }

    @Test
    void peopleHeldAreNoPlaceHeld() {
        List<EventMention> es = events("Gunmen also seized the Metro cinema, a landmark in the Dhobi Talao district, and were "
                + "holding an unknown number of people there, police said.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CONTROL), summary(es));
    }

    @Test
    void aFacilityAfterANameDoesNotEndAList() {
        // "at the X railway station and at Y": the station's words and a repeated preposition still coordinate
        List<EventMention> es = events("Gunmen opened fire at the Shivaji Terminus railway station and at Parel.");
        at(es, EventType.ATTACK, "Parel");
    }

    @Test
    void aGainNamedAgainIsTheSameGain() {
        // "the recapture of Slovyansk" after the drive that took it: one event, and a retake
        List<EventMention> es = events("Ukrainian forces drove pro-Russian separatists out of Slovyansk on Saturday. "
                + "The separatists regrouped in Kramatorsk. Officials said water had been cut for weeks. "
                + "Poroshenko said the recapture of Slovyansk was a turning point.");
        List<EventMention> gains = es.stream().filter(e -> e.type().family() == EventType.CAPTURE).toList();
        assertEquals(1, gains.size(), summary(es));
        assertEquals(EventType.RECAPTURE, gains.get(0).type(), summary(es));
    }

    @Test
    void whereForcesRegroupOrFleeToIsNoPlaceTheyLeft() {
        List<EventMention> es = events("The rebels left the city of Slovyansk overnight and regrouped in Kramatorsk.");
        at(es, EventType.WITHDRAW, "Slovyansk");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Kramatorsk")), summary(es));
        List<EventMention> f = events("Rebels said they had taken Kampala and that government troops had fled north towards Gulu and Lira.");
        assertTrue(f.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Lira")), summary(f));
    }

    @Test
    void aSaintsAbbreviationEndsNoSentence() {
        // "the capital, St. George's, …, according to X": one sentence, so the source after the name still hedges it
        EventMention e = at(events("Heavy fighting was reported around Fort Rupert in the capital, St. George's, in the "
                + "afternoon, according to radio operators on the island."), EventType.CLASH, "Fort Rupert");
        assertEquals(Realis.REPORTED, e.realis());
    }

    @Test
    void whatFailedIsTheVerbAfterTheFailure() {
        EventMention e = at(events("The government had failed to protect villagers from attacks by the rebels on the island "
                + "of Bougainville."), EventType.ATTACK, "Bougainville");
        assertNotEquals(Realis.FAILED, e.realis());
        // a deed of war after "failed to" fails with the one it is coordinated with
        assertEquals(Realis.FAILED, at(events("They failed to storm the hill or break through army defences in the town of "
                + "Kafr Zita."), EventType.ATTACK, "Kafr Zita").realis());
    }

    @Test
    void invadingACountryLaunchesACampaign() {
        at(events("Marines invaded Grenada before dawn on Tuesday."), EventType.OFFENSIVE, "Grenada");
        at(events("The Islamists invaded the town of Palma on Wednesday."), EventType.CAPTURE, "Palma");
    }

    @Test
    void troopsRushedInThePassiveAreDeployedAndAPlaneThatLandsEntersNothing() {
        at(events("Thousands of troops were rushed to the province of Loja."), EventType.DEPLOYMENT, "Loja");
        List<EventMention> es = events("A plane carrying aid landed in Kindu on Monday.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ENTER), summary(es));
    }

    @Test
    void aCountryBeforeItsCapitalOnlySaysWhose() {
        List<EventMention> es = events("Rebels seized the Solomon Islands capital Honiara on Monday.");
        at(es, EventType.CAPTURE, "Honiara");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Solomon")), summary(es));
    }

    @Test
    void smallWordsInsideANameAndADemonymsSpellings() {
        // "Cueva de los Tayos" is one name; "Ecuadorean" (AP's spelling) is a nationality, no place
        List<EventMention> es = events("Peruvian warplanes bombed Ecuadorean positions near Cueva de los Tayos on Monday.");
        at(es, EventType.AIRSTRIKE, "Cueva de los Tayos");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Ecuadorean")), summary(es));
    }

    @Test
    void aNounOfFightingReachesItsVerbPastAnAppositive() {
        // and "since 1981" after "the worst" compares the fighting, it does not date it
        EventMention e = at(events("The fighting, the worst between the two countries since 1981, broke out last Thursday "
                + "along the Cenepa River."), EventType.CLASH, "Cenepa");
        assertEquals(java.time.LocalDate.of(2025, 3, 13), e.time().interval().firstDay());
    }

    @Test
    void whatWasDoneInAnAttackIsNoSecondAttack() {
        List<EventMention> es = events("Ecuadorean troops repelled a Peruvian assault on the Tiwintza outpost in the disputed "
                + "Cordillera del Condor on Tuesday, shooting down a Peruvian helicopter, the Ecuadorean military said.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.ATTACK).count(), summary(es));
    }

    @Test
    void aFacilityNamedByWhatItIsAndTheAttackOnItNamedAgain() {
        List<EventMention> es = events("Rebels seized Honiara. They later took over the radio station, residents said.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CAPTURE && e.place().text().equals("the radio station")),
                summary(es));
        List<EventMention> st = events("Gunmen stormed a television station in Guayaquil on Tuesday. Police retook the building. "
                + "Officials said schools were closed. The attack on the station followed days of unrest.");
        assertEquals(1, st.stream().filter(e -> e.type() == EventType.ATTACK).count(), summary(st));
    }

    @Test
    void aTollReachesItsPlacePastAWordThatTellsNothing() {
        // "hundreds captured" takes no place and ends no toll's scope: the battle's place is the toll's
        List<EventMention> es = events("Government forces overran the Ouadi Doum air base on Sunday. N'Djamena said more than "
                + "1,200 Libyan soldiers were killed and hundreds captured in the battle for the base.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CASUALTIES && e.place() != null), summary(es));
    }

    @Test
    void aWithdrawalTowardsADestinationLeftWhereTheSentencesEventWas() {
        // "…, adding that the Libyan garrison had pulled out towards the Aouzou Strip": from the town just entered, and
        // a garrison named by its nation is that nation's
        EventMention e = at(events("Chadian troops entered the oasis town of Fada on Thursday, a spokesman said, adding that "
                + "the Libyan garrison had pulled out towards the Aouzou Strip during the night."), EventType.WITHDRAW, "Fada");
        assertEquals("libya", e.actor().side());
    }

    @Test
    void bombersStrikeFromTheAirAndAShrineIsAFacility() {
        at(events("B-52 bombers pounded Taliban lines north of Kabul."), EventType.AIRSTRIKE, "Kabul");
        List<EventMention> es = events("Rebels seized Mazar-i-Sharif on Friday. They were in full control of the airport and "
                + "the main shrine, a spokesman said.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CONTROL && e.place().text().equals("the main shrine")),
                summary(es));
    }

    @Test
    void aDatelineWhoseDashIsClosedUpPlacesNothing() {
        // "AMMAN, Jordan, Sept. 17—Jordanian Army units …": where the story was filed, as with a spaced dash
        List<EventMention> es = events("AMMAN, Jordan, Sept. 17—Jordanian Army units launched an assault on guerrilla "
                + "strongholds in the capital today.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Jordan")), summary(es));
    }

    @Test
    void whatShellsDidAndFireOfAKindAreShelling() {
        List<EventMention> es = events("Army shells set fire to buildings in the town of Zarqa.");
        at(es, EventType.SHELLING, "Zarqa");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
        at(events("The towns of Terter and Agdam came under artillery fire on Sunday."), EventType.SHELLING, "Agdam");
    }

    @Test
    void aDayAfterANameIsNoPartOfIt() {
        EventMention e = at(events("Somali government troops entered Mogadishu Thursday, hours after the Islamists left."),
                EventType.ENTER, "Mogadishu");
        assertEquals("Mogadishu", e.place().text());
    }

    @Test
    void aTownOfANameThatBeginsWithADemonymAndColumnsThatReachIt() {
        at(events("Armored columns reached the Laotian border town of Lao Bao by mid-morning."), EventType.ADVANCE, "Lao Bao");
    }

    @Test
    void aParticipleBetweenAnArticleAndItsNounTellsNoDeed() {
        List<EventMention> es = events("Armored columns moved west from the abandoned U.S. Marine base at Khe Sanh.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.WITHDRAW), summary(es));
    }

    @Test
    void thePartOfACityOnlySaysWhereItsDistrictsLie() {
        List<EventMention> es = events("Rebel fighters infiltrated the Kimbanseke and Masina districts in the east of the city "
                + "overnight.");
        at(es, EventType.ENTER, "Kimbanseke");
        at(es, EventType.ENTER, "Masina");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("the city")), summary(es));
    }

    @Test
    void bothTakesThePairNamedBefore() {
        List<EventMention> es = events("Earlier this month, the rebels seized the Atlantic port of Matadi and the Inga "
                + "hydroelectric dam, cutting power to the capital, before Angolan forces retook both.");
        at(es, EventType.RECAPTURE, "Matadi");
        at(es, EventType.RECAPTURE, "Inga");
    }

    @Test
    void whereWordsWereSpokenIsNoPlaceOfWhatTheyTell() {
        List<EventMention> es = events("Nigeria's military government said in Lagos that its troops had only returned fire after "
                + "coming under attack near the town of Idabato.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Lagos")), summary(es));
        // the passive tells where: "clashes were reported in X"
        at(events("Clashes were reported in Idabato on Friday."), EventType.CLASH, "Idabato");
    }

    @Test
    void theAssaultRepelledIsTheAttackToldAndItFailed() {
        List<EventMention> es = events("The ministry said Nigerian soldiers had attacked Cameroonian positions at Jabane and "
                + "Diamond Island with mortars, and that Cameroonian forces had repelled the assault.");
        List<EventMention> attacks = es.stream().filter(e -> e.type() == EventType.ATTACK).toList();
        assertEquals(2, attacks.size(), summary(es));
        assertTrue(attacks.stream().allMatch(e -> e.realis() == Realis.FAILED), summary(es));
    }

    @Test
    void anIslandNamedByItsKindWordIsAPlace() {
        at(events("Eritrean troops landed on Greater Hanish island on Sunday."), EventType.ENTER, "Greater Hanish");
    }

    @Test
    void aPredicateAfterCommaAndHasItsOwnPlaces() {
        // "…, and were reported to be approaching the Mosul Dam": the dam is not what was taken
        List<EventMention> es = events("Islamic State fighters took control of the town of Zumar and the Ain Zalah oil field, "
                + "and were reported to be approaching the Mosul Dam.");
        at(es, EventType.CAPTURE, "Zumar");
        at(es, EventType.CAPTURE, "Ain Zalah");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CAPTURE && e.place().text().contains("Mosul")), summary(es));
    }

    @Test
    void aVerbTheTaggerWouldCallAPronounStillTellsItsEvent() {
        // "said separatists shelled": the tagging model alone makes "shelled" a pronoun here
        List<EventMention> es = events("A military spokesman in Kyiv said separatists shelled Ukrainian positions near Luhanske "
                + "and the port city of Mariupol overnight with rockets and artillery.");
        at(es, EventType.SHELLING, "Luhanske");
        at(es, EventType.SHELLING, "Mariupol");
    }

    @Test
    void aFacilityNamedAfterATownWithAWordBetweenIsTheFacility() {
        // "the Ouagadougou conference centre" in Sirte is no capture of Burkina Faso's capital
        EventMention e = at(events("Forces loyal to the GNA captured the Ouagadougou conference centre on Wednesday."),
                EventType.CAPTURE, "Ouagadougou");
        assertEquals("Ouagadougou conference centre", e.place().text());
        assertEquals("Shuaiba power plant", at(events("Gunmen stormed the Shuaiba power plant on Monday."), EventType.ATTACK,
                "Shuaiba").place().text());
    }

    @Test
    void aCountrySetOffByCommaAndInOnlyLocatesTheTown() {
        List<EventMention> es = events("The Malian army took control of the town of Kidal, in north-eastern Mali, on Tuesday.");
        at(es, EventType.CAPTURE, "Kidal");
        assertEquals(1, es.size(), summary(es));
    }

    @Test
    void anIrregularParticipleAfterBeIsPassive() {
        // "held", "sent", "withdrawn" end in neither -ed nor -en: "had been held … by the CSP" names its holder after "by"
        EventMention e = at(events("The army retook Kidal, which had been held since 2013 by the CSP, on Tuesday."),
                EventType.CONTROL, "Kidal");
        assertEquals("CSP", e.actor().id());
        // forces withdrawn are the ones who moved
        EventMention w = at(events("Salvadoran troops were withdrawn from Honduras in early August."), EventType.WITHDRAW, "Honduras");
        assertEquals("troops", w.actor().text().replaceAll(".* ", ""));
    }

    @Test
    void theAttackersAreAnArmedSide() {
        // a capture needs an armed agent: "the attackers" and "the assailants" are one, as "the militants" are
        at(events("Rebels entered Hue on Monday. The attackers overran the provincial jail and freed some 2,000 prisoners."),
                EventType.CAPTURE, "jail");
        TestData.eventIn(events("The assailants seized the police station in Kidal on Monday."), EventType.CAPTURE, "Kidal");
    }

    @Test
    void forcesSentToReinforceAPlaceWereDeployedThereWhateverComesBetween() {
        at(events("U.S. Marines were sent north from Phu Bai on Wednesday to reinforce an American compound in Hue."),
                EventType.DEPLOYMENT, "Hue");
        // but a purpose after an attack is still no deed: "crossed into X near Y overnight to destroy positions"
        List<EventMention> es = events("Commandos crossed into Laos near Tchepone overnight to destroy supply depots.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
    }

    @Test
    void aNameAfterACommaThatModifiesANounStartsAClauseNotAList() {
        // "In Saigon, Viet Cong sappers …": no list of places, and no attack at a province named Viet Cong
        List<EventMention> es = events("In Saigon, Viet Cong sappers blasted their way into the grounds of the U.S. Embassy "
                + "early Wednesday and fought military policemen for six hours.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Viet Cong")), summary(es));
        at(es, EventType.ATTACK, "Saigon");
        // a list and a kind word after it are still read
        List<EventMention> list = events("Israeli jets struck Tyre, Sidon and Nabatiyeh.");
        at(list, EventType.AIRSTRIKE, "Sidon");
        at(list, EventType.AIRSTRIKE, "Nabatiyeh");
    }

    @Test
    void forcesLoyalToSomeoneTheLexiconLacksAreStillTheSubject() {
        // after a dateline the tagger takes "Forces loyal" for a name: the phrase "to Alassane Ouattara" still modifies
        // the forces, which are the ones who seized the town
        at(events("ABIDJAN, March 30 (Reuters) - Forces loyal to Alassane Ouattara seized the Ivorian political capital "
                + "Yamoussoukro on Wednesday and pushed south towards Abidjan, residents and a military source said."),
                EventType.CAPTURE, "Yamoussoukro");
    }

    @Test
    void aTitleWithAFlashUpdatesSuffixIsTheHeadline() {
        // the first line is the title and what a flash update writes after it: its event is the body's, told again
        String text = "Mali – Armed forces retake Kidal (DG ECHO, UN, media) (ECHO Daily Flash of 15 November 2023)\n\n"
                + "- On 14 November, the Malian army announced that it had taken control of the town of Kidal.\n"
                + "- Around 3,000 people have fled the town.\n";
        var article = new org.sitrep.core.ingest.ArticleFactory().create("t", "t", text,
                new org.sitrep.core.ingest.Metadata("Mali – Armed forces retake Kidal", null, "ECHO", "2023-11-15", "en"), List.of());
        List<EventMention> es = TestData.pipeline().process(article).events();
        assertEquals(1, es.stream().filter(e -> e.type().family() == EventType.CAPTURE).count(), summary(es));
        assertEquals(Realis.CLAIMED, at(es, EventType.CAPTURE, "Kidal").realis());
    }

    @Test
    void advancesMadeByForcesInAPlaceAreAnAdvanceThere() {
        at(events("The UN envoy welcomed the advances made by forces aligned with the Government of National Accord "
                + "(GNA) against the Islamic State in Iraq and the Levant (ISIL) in Sirte, and urged restraint."),
                EventType.ADVANCE, "Sirte");
        // no place after the agent, no advance on one
        List<EventMention> es = events("Fighting continued in Sirte. Officials praised the advances made by the army.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ADVANCE), summary(es));
    }

    @Test
    void aGroupsNameTheLexiconLacksCanTakeATown() {
        // a capitalised subject that is no place is a group's name: the capture needs an armed agent, and has one
        at(events("The Kwanza Liberation Movement overran Cabinda on Saturday."), EventType.CAPTURE, "Cabinda");
        at(events("Zinto Haram captured Baga on Saturday."), EventType.CAPTURE, "Baga");
        // but not a place's name: "Kabul captured the headlines" is no capture, and no place is taken
        List<EventMention> es = events("Aid deliveries to Kabul continued on Saturday.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CAPTURE), summary(es));
    }

    @Test
    void oneSidesEntryAndTheFightingWhereItWentAreNotTheOtherSidesRecapture() {
        // "entered and captured X" is one capture; but one side's entry, the fighting in the town after it and the other
        // side's recapture are three events
        List<EventMention> es = events("On 4 August, Fano fighters entered Gondar town, where fighting continued for two days "
                + "before the ENDF regained control, according to local sources.");
        at(es, EventType.ENTER, "Gondar");
        at(es, EventType.CLASH, "Gondar");
        at(es, EventType.RECAPTURE, "Gondar");
        List<EventMention> one = events("Rebels entered and captured Gondar on Monday.");
        assertEquals(1, one.size(), summary(one));
    }

    @Test
    void soldiersForcedToFleeWithdrewEvenWhenTheTaggerMakesTheVerbANoun() {
        // "to/ADP flee/NOUN": an infinitive all the same; the ones forced to flee are its subject, soldiers among them
        List<EventMention> es = events("Boko Haram fighters overran the town of Baga on Saturday after heavy fighting with "
                + "troops, forcing soldiers and residents to flee.");
        at(es, EventType.WITHDRAW, "Baga");
        // residents alone are displaced, no force withdrew
        List<EventMention> civ = events("Shelling of Baga on Saturday forced residents to flee.");
        assertTrue(civ.stream().noneMatch(e -> e.type() == EventType.WITHDRAW), summary(civ));
        // and a purpose after "to" is still none ("raided the hotel near the market to seize Aideed lieutenants")
        List<EventMention> raid = events("U.S. Rangers raided the Olympic Hotel near Bakara market to seize the lieutenants.");
        assertTrue(raid.stream().noneMatch(e -> e.type() == EventType.CAPTURE), summary(raid));
    }

    @Test
    void fireSetToATownIsAnAttackOnIt() {
        at(events("Gunmen set fire to much of the town of Baga on Monday."), EventType.ATTACK, "Baga");
    }

    @Test
    void aNameBetweenAPossessiveAndFightersSaysWhichFightersNotWhere() {
        List<EventMention> es = events("The outpost was abandoned by its Tai troops on 17 March.");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().contains("Tai")), summary(es));
        List<EventMention> hama = events("The post near Salamiyah was abandoned by their Hama fighters on Monday.");
        assertTrue(hama.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Hama")), summary(hama));
    }

    @Test
    void artilleryThatOpensFireShellsAndAStrongpointIsAPlace() {
        List<EventMention> es = events("On the evening of 13 March 1954, Viet Minh artillery opened fire on strongpoint Beatrice, "
                + "which was overrun by the 312th Division within hours.");
        at(es, EventType.SHELLING, "Beatrice");
        at(es, EventType.CAPTURE, "Beatrice");
    }

    @Test
    void gunfireHeardSomewhereIsAnAttackThereAndExplosionsAfterStrikesAreTheStrikes() {
        TestData.eventIn(events("Gunfire was heard near the airport in Kismayo on Saturday morning."), EventType.ATTACK, "Kismayo");
        List<EventMention> es = events("U.S. and British jets struck military targets in Yemen on Friday. Explosions were "
                + "heard in the capital, Sanaa, and in the port city of Hodeidah, residents said.");
        at(es, EventType.AIRSTRIKE, "Sanaa");
        at(es, EventType.AIRSTRIKE, "Hodeidah");
        // "the capital, Sanaa,": one place, named
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("the capital")), summary(es));
    }

    @Test
    void itsAirportIsTheAirportOfThePlaceNamedBefore() {
        List<EventMention> es = events("On 6 August, Fano fighters took control of Lalibela town and its airport.");
        assertEquals(2, es.stream().filter(e -> e.type() == EventType.CAPTURE).count(), summary(es));
        assertTrue(es.stream().anyMatch(e -> e.place().text().equals("its airport")), summary(es));
    }

    @Test
    void theTownIsTheTownNamedAsOneNotItsDistrictNorTheVillagesGivenAsExamples() {
        List<EventMention> es = events("Armed groups took control of the port town of Mocímboa da Praia on 12 August. "
                + "Since 5 August, armed groups have carried out attacks on Mocímboa da Praia district, including on the "
                + "villages of Anga and Awasse. Government forces withdrew from the town on 11 August.");
        at(es, EventType.WITHDRAW, "Mocímboa da Praia"); // the place's head: the town it points back to
    }

    @Test
    void militantsWhoOverranACityTookItAndWhatTheySeizedInIt() {
        List<EventMention> es = events("Al-Qaida-inspired militants overran much of the northern Iraqi city of Mosul on Tuesday, "
                + "seizing government buildings, the airport and a military base after four days of fighting, officials said.");
        at(es, EventType.CAPTURE, "Mosul");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.CAPTURE && e.place().text().equals("the airport")), summary(es));
    }

    @Test
    void theAreaPointsBackToThePlaceNamedBefore() {
        List<EventMention> es = events("Fighting raged in the Sirwah district, where the rebels captured several hilltop "
                + "positions, a government military official said. Saudi-led coalition warplanes carried out more than a "
                + "dozen air strikes on rebel positions in the area, he added.");
        EventMention e = es.stream().filter(x -> x.type() == EventType.AIRSTRIKE).findFirst()
                .orElseThrow(() -> new AssertionError(summary(es)));
        assertTrue(e.place().place().name().contains("Sirwah") || e.place().place().name().contains("Şirwāḩ"), e.place().toString());
    }

    @Test
    void fightingInAPlaceWhereACaptureIsToldApartIsFightingToo() {
        // "in their attacks, the factions captured A" is one capture; a capture told in ", where …" after the fighting is not
        List<EventMention> es = events("Fighting raged on several fronts, including in the Sirwah district, where the rebels "
                + "captured several hilltop positions, a government military official said.");
        at(es, EventType.CLASH, "Sirwah");
        at(es, EventType.CAPTURE, "Sirwah");
    }

    @Test
    void anAdvanceIntoAProvinceAndAnAttackOnATownInItAreTwoDeeds() {
        List<EventMention> es = events("The militants pushed into parts of Kirkuk province, attacking the town of Hawija.");
        at(es, EventType.ADVANCE, "Kirkuk");
        at(es, EventType.ATTACK, "Hawija");
    }

    @Test
    void hostagesHeldByRebelsInATownAreNoHoldOnItAndASwahiliNameKeepsItsSmallWord() {
        List<EventMention> es = events("Paratroopers were sent to rescue hostages held by rebels of the FNLC in the mining "
                + "town of Kolwezi, in Zaire's Shaba province.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CONTROL), summary(es));
        List<EventMention> k = events("Rebels attacked Oicha on Monday. The attackers reportedly entered the Kampi ya Chui "
                + "neighbourhood and set fire to several houses.");
        assertTrue(k.stream().anyMatch(e -> e.type() == EventType.ENTER && e.place().text().startsWith("Kampi ya Chui")), summary(k));
    }

    @Test
    void forcesThatCrossIntoACountryAndIntoItsCapitalEnteredBoth() {
        // "Lesotho" is its people's adjective too ("Lesotho troops"): named alone, it is the country
        List<EventMention> es = events("South African troops crossed into Lesotho before dawn on Tuesday and fought their "
                + "way into the capital Maseru, witnesses said.");
        at(es, EventType.ENTER, "Lesotho");
        at(es, EventType.ENTER, "Maseru");
    }

    @Test
    void whereReinforcementsWereSentFromIsNoPlaceTheyWereDeployedIn() {
        List<EventMention> es = events("Gangs attacked Mirebalais on Monday. Police reinforcements were sent from "
                + "Port-au-Prince and Hinche on Monday.");
        at(es, EventType.DEPLOYMENT, "Mirebalais");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.DEPLOYMENT && !e.place().place().name().equals("Mirebalais")),
                summary(es));
    }

    @Test
    void aNameAfterACommaAndAndBeforeItsOwnVerbStartsAClauseAndItsDayIsCountedFromTheDayBefore() {
        List<EventMention> es = events("On 24 February 1979 the rebels captured Masaka, and Mbarara fell a day later.");
        assertEquals("1979-02-24", at(es, EventType.CAPTURE, "Masaka").time().interval().firstDay().toString());
        assertEquals("1979-02-25", at(es, EventType.CAPTURE, "Mbarara").time().interval().firstDay().toString());
        assertEquals(2, es.size(), summary(es));
        // a count of days after "fell" is a time, not a quantity that fell
        at(events("The rebels captured Masaka, and Mbarara fell two days later."), EventType.CAPTURE, "Mbarara");
    }

    @Test
    void aCountryNamedBeforeAnArmysNameIsThatCountrysArmy() {
        List<EventMention> es = events("The Tanzania People's Defence Force (TPDF) advanced into Uganda. The TPDF captured "
                + "Masaka on 24 February 1979.");
        assertEquals("tanzania", at(es, EventType.CAPTURE, "Masaka").actor().side(), summary(es));
    }

    @Test
    void anArmedBandThatInvadesAVillageKillingPeopleRaidsItAndAnInvadedRegionIsACampaign() {
        assertTrue(events("On Monday, the gunmen invaded Dan Gulbi in Maru LGA, killing four people and abducting 19 others.")
                .stream().anyMatch(e -> e.type() == EventType.ATTACK && e.place().text().equals("Dan Gulbi")));
        at(events("Ugandan troops invaded Kagera region in October 1978."), EventType.OFFENSIVE, "Kagera");
        // taken, with no harm told: still a capture
        at(events("Aleppo, which the Islamists invaded last Friday, is quiet."), EventType.CAPTURE, "Aleppo");
    }

    @Test
    void theObjectOfAnInfinitiveIsNoSubject() {
        List<EventMention> es = events("South African troops deployed in Bangui to protect the government clashed with the "
                + "rebels on Saturday night on the outskirts of Bangui.");
        assertEquals("south_africa", at(es, EventType.CLASH, "Bangui").actor().side(), summary(es));
    }

    @Test
    void theVillageIsThePlaceCalledAVillageNotTheDistrictNamedBefore() {
        List<EventMention> es = events("Bandits killed 11 people in attacks in Tsafe and Maru. The bandits stormed Kucheri "
                + "village in Tsafe LGA on Sunday. A resident said seven people were killed in the village.");
        EventMention toll = es.stream().filter(e -> e.type() == EventType.CASUALTIES && e.place() != null
                && e.place().text().equals("the village")).findFirst().orElseThrow(() -> new AssertionError(summary(es)));
        assertEquals("Kucheri", toll.place().head(), summary(es));
    }

    @Test
    void anAttackJoinedByAndToACaptureIsADeedOfItsOwn() {
        List<EventMention> es = events("The combined forces attacked and captured the capital, Kampala, on 11 April 1979.");
        at(es, EventType.ATTACK, "Kampala");
        at(es, EventType.CAPTURE, "Kampala");
    }

    @Test
    void aForceRoutedSomewhereFoughtThere() {
        at(events("In March a combined Ugandan-Libyan force was routed at Lukaya."), EventType.CLASH, "Lukaya");
    }

    @Test
    void theJetsOfTheActorThatDestroyedCampsStruckFromTheAir() {
        List<EventMention> es = events("The Nigerian Air Force said its fighter jets had destroyed bandit enclaves in the "
                + "Dansadau forest in Maru, killing scores of terrorists.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.AIRSTRIKE), summary(es));
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK), summary(es));
    }

    @Test
    void theCountriesInAWarsNameAreNoPlaces() {
        List<EventMention> es = events("The Fall of Kampala was a battle of the Uganda–Tanzania War, in which Tanzanian "
                + "forces captured Kampala.");
        at(es, EventType.CAPTURE, "Kampala");
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().head().equals("Uganda")), summary(es));
    }

    @Test
    void aWarsTollToldAfterItsVerbIsNoEventAndSurroundingVillagesAreNoAdvance() {
        List<EventMention> es = events("Guerrillas ambushed a convoy in Junin on Saturday. The group killed more than 30,000 "
                + "people during its insurgency in the 1980s and 1990s.");
        assertEquals(1, es.size(), summary(es));
        List<EventMention> v = events("Clashes between the army and the militia in Tshimbulu and surrounding villages since 23 March.");
        assertTrue(v.stream().noneMatch(e -> e.type() == EventType.ADVANCE), summary(v));
    }

    @Test
    void aBuildingNamedWithOfIsOnePlaceAndThePalaceIsThatBuilding() {
        List<EventMention> es = events("Guerrillas stormed the Palace of Justice in Bogotá on 6 November 1985. Fighting "
                + "continued through the night, and a fire destroyed much of the palace.");
        at(es, EventType.ATTACK, "Palace of Justice");
        at(es, EventType.CLASH, "Palace of Justice");
    }

    @Test
    void dawnAfterBeforeIsNoVerbAndAnAttackJoinedToALaterCaptureStands() {
        List<EventMention> es = events("Several hundred rebels attacked the northern town of Ocotal before dawn today, "
                + "destroying a grain silo.");
        assertEquals("2025-03-14", at(es, EventType.ATTACK, "Ocotal").time().interval().firstDay().toString());
        List<EventMention> w = events("Chinese forces attacked Walong on 16 November 1962 and captured it two days later.");
        at(w, EventType.ATTACK, "Walong");
        at(w, EventType.CAPTURE, "Walong");
        at(events("Armed men slaughtered at least 85 people overnight in the village of Bentalha."), EventType.ATTACK, "Bentalha");
    }

    @Test
    void theSpokesmanIsTheSpokesmanOfTheSideNamedBefore() {
        List<EventMention> es = events("A rebel spokesman said the rebels captured Kidal. Heavy fighting continued on "
                + "Tuesday around Gao, the spokesman said.");
        assertEquals(Realis.CLAIMED, at(es, EventType.CLASH, "Gao").realis(), summary(es));
    }

    @Test
    void anUndatedTextsLaterDayIsInTheYearItNarrates() {
        var x = TestData.extract("Bombing of Guernica\n\nThe bombing took place on 26 April 1937, when aircraft bombed "
                + "the Basque town of Guernica.\n\nNationalist troops entered the ruins of Guernica on 29 April. Bilbao fell "
                + "to the Nationalists on 19 June.", null);
        assertEquals("1937-06-19", at(x.events(), EventType.CAPTURE, "Bilbao").time().interval().firstDay().toString(),
                summary(x.events()));
    }

    @Test
    void theCapitalIsTheCapitalOfTheCountryTheTextIsAboutAndAParticiplesDeedIsWhereItsClauseIs() {
        List<EventMention> es = events("DHAKA, Feb 25 (AFP) - Guards mutinied at their headquarters in the capital on "
                + "Wednesday, battling army troops. Troops shelled Chittagong and Rajshahi in Bangladesh.");
        assertEquals("the capital", at(es, EventType.CLASH, "Dhaka").place().text(), summary(es));
    }

    @Test
    void everyPlaceListedAfterFromIsLeftAndARegionsCapitalIsTheTown() {
        List<EventMention> es = events("About 16,000 troops were evacuated from Sphakia and Heraklion on 30 May.");
        at(es, EventType.EVACUATION, "Sphakia");
        at(es, EventType.EVACUATION, "Heraklion");
        List<EventMention> c = events("Dozens of armed men seized the regional parliament and government buildings in "
                + "Crimea's capital Simferopol early on Thursday.");
        assertEquals("Simferopol", c.get(0).place().place().name(), summary(c));
    }

    @Test
    void aPremierSpeaksForHisStateAndACinemaIsASite() {
        List<EventMention> es = events("Premier Imre Nagy said that Hungarian troops were fighting Soviet forces in Budapest. "
                + "Travellers said heavy fighting was going on around the Kilian barracks and the Corvin cinema.");
        assertEquals(Realis.CLAIMED, at(es, EventType.CLASH, "Budapest").realis(), summary(es));
        assertTrue(es.stream().anyMatch(e -> e.place() != null && e.place().text().equals("Corvin cinema")), summary(es));
    }

    @Test
    void theAirfieldIsTheAirfieldNamedBeforeAndAVillageIsNamedWithoutItsKindWord() {
        List<EventMention> es = events("On 5 November, British paratroopers landed at Gamil airfield, while French "
                + "paratroopers landed at Port Fuad. The airfield was secured within half an hour.");
        at(es, EventType.CAPTURE, "Gamil");
        List<EventMention> v = events("Bandits stormed Kucheri village in Tsafe LGA on Sunday.");
        assertEquals("Kucheri", at(v, EventType.ATTACK, "Kucheri").place().place().name(), summary(v));
    }

    @Test
    void anUndatedTextOfTheFortiesIsDatedByItsYears() {
        var x = TestData.extract("Battle of Crete\n\nThe battle was fought on Crete between 20 May and 1 June 1941.\n\n"
                + "On the morning of 20 May, German paratroopers landed at Maleme.", null);
        assertEquals("1941-05-20", at(x.events(), EventType.ENTER, "Maleme").time().interval().firstDay().toString(),
                summary(x.events()));
    }

    @Test
    void aSpeakersOwnClauseKeepsItsPlacesAndCapturedRebelsAreNoPlaceTaken() {
        List<EventMention> es = events("The rebels, who crossed into Chad from their bases in Libya on April 11, said they had "
                + "destroyed an army garrison at Zigey.");
        at(es, EventType.ENTER, "Chad");
        at(es, EventType.ATTACK, "Zigey");
        List<EventMention> c = events("Five soldiers were killed in the clashes near the town of Nokou, and 150 rebels had "
                + "been captured.");
        assertTrue(c.stream().noneMatch(e -> e.type() == EventType.CAPTURE), summary(c));
    }

    @Test
    void aWarFoughtSinceAYearIsNoFightAndLastYearIsTheYearBefore() {
        List<EventMention> es = events("The OLA has been fighting Ethiopia's government since 2018 and captured the town of "
                + "Mendi in West Welega briefly last year.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CLASH), summary(es));
        assertEquals("2024-01-01", at(es, EventType.CAPTURE, "Mendi").time().interval().firstDay().toString());
        at(events("Armed vigilante groups advanced on Sunday toward Apatzingan, local officials said."), EventType.ADVANCE, "Apatzingan");
    }
}
