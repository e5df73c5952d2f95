package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who says a sentence of wire copy and how that sets its realis (GUIDELINES: a party's word is claimed, a speaker the
 * text only describes is reported). Invented sentences in the manner of agency reports on wars no evaluation set
 * covers; none is taken from a published report.
 */
class SpeakerRealisTest {
    private static List<EventMention> events(String text) {
        return TestData.extract(text, "2025-05-09").events();
    }

    private static EventMention at(List<EventMention> es, EventType type, String head) {
        return TestData.eventAt(es, type, head);
    }

    @Test
    void aSpeakerAfterTheClauseIsNotTheSubjectOfTheClause() {
        // the subject before the clause is no appositive's: the ministry speaks, and a ministry of defence is a party
        EventMention e = at(events("Russian troops captured the village of Robotyne on Tuesday, the Defence Ministry said."),
                EventType.CAPTURE, "Robotyne");
        assertNotNull(e.claimant());
        assertEquals("Defence Ministry", e.claimant().text());
        assertEquals(Realis.CLAIMED, e.realis());
    }

    @Test
    void aSpeakerTheTextOnlyDescribesIsReported() {
        assertEquals(Realis.REPORTED, at(events("Gunmen attacked a police post near the town of Mahas on Thursday, killing "
                + "three officers, a local elder said."), EventType.ATTACK, "Mahas").realis());
        assertEquals(Realis.REPORTED, at(events("Turkish warplanes struck the town of Sinjar on Wednesday, "
                + "Kurdish security officials said."), EventType.AIRSTRIKE, "Sinjar").realis());
        EventMention both = at(events("Insurgents attacked the town of Macomia on Friday, residents and a local official said."),
                EventType.ATTACK, "Macomia");
        assertEquals(Realis.REPORTED, both.realis());
        assertEquals("residents and a local official", both.claimant().text());
        assertEquals(Realis.REPORTED, at(events("Shelling killed five civilians in the town of Omdurman on Friday, "
                + "a volunteer group said."), EventType.SHELLING, "Omdurman").realis());
    }

    @Test
    void aStatesOfficialsAndInstitutionsSpeakForIt() {
        EventMention e = at(events("Pakistani troops shelled the town of Poonch overnight, Indian officials said."),
                EventType.SHELLING, "Poonch");
        assertEquals(Realis.CLAIMED, e.realis());
        EventMention m = at(events("Cambodia's defence ministry said Thai troops had attacked the village of Chong Chom."),
                EventType.ATTACK, "Chong Chom");
        assertEquals(Realis.CLAIMED, m.realis());
        assertEquals(Realis.CLAIMED, at(events("Government forces recaptured the town of Adan Yabaal on Tuesday, "
                + "a military commander said."), EventType.RECAPTURE, "Adan Yabaal").realis());
    }

    @Test
    void aPartyTellingOfTheOtherSidesActionClaimsIt() {
        EventMention e = at(events("The Thai army said Cambodian troops had fired rockets into the town of Kap Choeng."),
                EventType.SHELLING, "Kap Choeng");
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("cambodia", e.actor().side());
    }

    @Test
    void anArmedGroupTheLexiconDoesNotListIsAParty() {
        EventMention e = at(events("The Free Patriotic Army said its fighters captured the town of Kapoeta on Monday."),
                EventType.CAPTURE, "Kapoeta");
        assertEquals(Realis.CLAIMED, e.realis());
    }

    @Test
    void anAdjunctOrAClauseAfterTheSpeakerLeavesTheSpeakerTheClauses() {
        assertEquals(Realis.REPORTED, at(events("The RSF launched an assault on the town of Kutum on Friday, residents said, "
                + "in a bid to take the last town in the area held by the army."), EventType.ATTACK, "Kutum").realis());
        assertEquals(Realis.REPORTED, at(events("Gang members clashed with police in the town of Kenscoff on Monday, "
                + "witnesses said, and heavy gunfire was heard for hours."), EventType.CLASH, "Kenscoff").realis());
    }

    @Test
    void reportsThatSuggestSomethingAreNoSpeakerOfTheGroupNamedAfter() {
        // "reports" is a noun here whatever the tagger says; the first actor of the sentence is no speaker
        List<EventMention> es = events("Heavy fighting raged in the town of Tal Afar and reports suggest that Islamic State "
                + "fighters are retreating.");
        for (EventMention e : es) {
            assertEquals(null, e.claimant() == null ? null : e.claimant().id(), e.toString());
        }
    }

    @Test
    void twoDescribedSourcesOfOneHappeningAreOneEvent() {
        List<EventMention> es = events("Suspected jihadists killed 12 worshippers in an attack on a church in the village of "
                + "Essakane on Sunday, local sources said. Gunmen on motorbikes surrounded the church and opened fire on the "
                + "congregation, a resident said.");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.ATTACK).count(), es.toString());
    }

    @Test
    void aNationalitysWeaponsAndFireAreItsForcesAndTurkeyIsNoSyrianRebelAbroad() {
        EventMention drone = at(events("A Turkish drone targeted a vehicle near the town of Sinjar in Iraq on Tuesday."),
                EventType.AIRSTRIKE, "Sinjar");
        assertEquals("turkey", drone.actor().side());
        EventMention shelling = at(events("Pakistan's military said Indian shelling had killed a woman in the village of Nakyal."),
                EventType.SHELLING, "Nakyal");
        assertEquals("india", shelling.actor().side());
        assertEquals(Realis.CLAIMED, shelling.realis());
    }

    @Test
    void aSidesVoiceSpeaksForIt() {
        // "wing" is no verb before "said" whatever the tagger says, and the military's media wing is the military's
        EventMention e = at(events("Security forces killed 12 militants in the Kech district, the military's media wing said "
                + "in a statement on Wednesday."), EventType.CASUALTIES, "Kech");
        assertEquals("military's media wing", e.claimant().text());
        assertEquals(Realis.CLAIMED, e.realis());
    }

    @Test
    void aGroupTheLexiconDoesNotKnowOwnsItsFightersAndANationalitysDroneStrikeIsItsForces() {
        List<EventMention> es = events("The Saguia Liberation Front said on Tuesday its fighters had shelled Moroccan army positions "
                + "near the town of Mahbes. A Moroccan drone strike killed three fighters near the town of Mijek on Sunday.");
        EventMention shelling = at(es, EventType.SHELLING, "Mahbes");
        assertEquals("Saguia Liberation Front", shelling.actor().id());
        assertEquals(Realis.CLAIMED, shelling.realis());
        assertEquals("morocco", at(es, EventType.AIRSTRIKE, "Mijek").actor().side());
    }

    @Test
    void anAccusationIsTheAccusersClaimAndTheAccusedActs() {
        EventMention e = at(events("The rebels had earlier accused the army of shelling a hospital in the town of Puthukkudiyiruppu."),
                EventType.SHELLING, "Puthukkudiyiruppu");
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("government", e.actor().side());
        assertEquals("rebels", e.claimant().text());
        EventMention w = at(events("Fighting spread along the border on Friday, with Kyrgyzstan accusing Tajik forces of shelling "
                + "the airport in the town of Batken."), EventType.SHELLING, "Batken");
        assertEquals(Realis.CLAIMED, w.realis());
        assertEquals("tajikistan", w.actor().side());
        assertEquals(Realis.CLAIMED, at(events("Tajikistan's border service said Kyrgyz troops had opened fire on outposts near "
                + "the village of Vorukh."), EventType.ATTACK, "Vorukh").realis());
        assertEquals(Realis.REPORTED, at(events("Fighting in the town of Las Anod has killed 34 people since Monday, a hospital "
                + "director said on Tuesday."), EventType.CLASH, "Las Anod").realis());
    }

    @Test
    void aSentencesFirstArticleDoesNotNameTheSpeaker() {
        // "A local official" is described, not named, though its article is capitalised; the passive "were wounded"
        // is a verb the tagger may read as an adjective
        EventMention e = at(events("A local official said two civilians were wounded in the town of Goris."),
                EventType.CASUALTIES, "Goris");
        assertEquals(Realis.REPORTED, e.realis());
    }

    @Test
    void aCountrySpeakingIsItsStatesClaim() {
        assertEquals(Realis.CLAIMED, at(events("Armenia said Azerbaijani shelling of the town of Jermuk continued into the "
                + "afternoon."), EventType.SHELLING, "Jermuk").realis());
        EventMention e = at(events("But Azerbaijan said Armenian troops shelled the town of Lachin on Monday."),
                EventType.SHELLING, "Lachin");
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("Azerbaijan", e.claimant().text());
    }

    @Test
    void aSpeakerAfterAccordingToBeforeTheFullStopIsDescribed() {
        assertEquals(Realis.REPORTED, at(events("Government forces carried out airstrikes on the town of Ulang on Thursday, "
                + "according to a local aid worker."), EventType.AIRSTRIKE, "Ulang").realis());
    }

    @Test
    void aMinisterSpeaksForTheStateOfTheWholeNameBeforeHim() {
        // "South Sudan's" is South Sudan, not Sudan: the minister tells of his own side's strike
        EventMention e = at(events("South Sudanese troops shelled the town of Ulang on Monday, South Sudan's information "
                + "minister said."), EventType.SHELLING, "Ulang");
        assertEquals(Realis.CLAIMED, e.realis());
    }

    @Test
    void aMinistryOfACountryIsThatStateSoItsForcesAreItsAndTheAttacksByTheOtherSideFailed() {
        List<EventMention> es = events("Armenian troops were killed in the clashes. Azerbaijan's Defence Ministry said its "
                + "forces had repelled attacks by Armenian units in the Kalbajar district.");
        EventMention e = at(es, EventType.ATTACK, "Kalbajar");
        assertEquals(Realis.FAILED, e.realis());
        assertNotNull(e.actor());
        assertEquals("armenia", e.actor().side());
    }

    @Test
    void anAttemptBeatenOffInTheSameSentenceFailed() {
        EventMention e = at(events("Azerbaijani troops had tried to advance into Armenian territory near the village of "
                + "Sotk but had been pushed back."), EventType.ADVANCE, "Sotk");
        assertEquals(Realis.FAILED, e.realis());
        // an attempt alone is no event
        assertEquals(List.of(), events("Azerbaijani troops tried to advance towards the village of Sotk on Monday."));
    }

    @Test
    void aNationsSpokesmanOrCommandSpeaksForItAndAMediumPassesOn() {
        // a spokesman or a command of a side accuses the other: claimed
        assertEquals(Realis.CLAIMED, at(events("Army units shelled the Armenian quarter of the town of Shusha overnight, "
                + "an Azerbaijani spokesman said."), EventType.SHELLING, "Shusha").realis());
        assertEquals(Realis.CLAIMED, at(events("Guerrilla gunners shelled the air base at Pleiku on Saturday night, "
                + "the South Vietnamese command said."), EventType.SHELLING, "Pleiku").realis());
        // a nationality that opens the sentence is no capitalised first word like "Aid"
        assertEquals(Realis.CLAIMED, at(events("Malian officials said rebels attacked the town of Gao on Tuesday."),
                EventType.ATTACK, "Gao").realis());
        // a radio, whoever owns it, passes on what it tells
        EventMention radio = at(events("Tirana radio said 40 soldiers had been killed around the village of Bajram Curri."),
                EventType.CASUALTIES, "Bajram Curri");
        assertEquals(Realis.REPORTED, radio.realis());
        assertEquals("Tirana radio", radio.claimant().text());
        // where the speakers are is not who they are
        EventMention across = at(events("Rebels seized the town of Gao on Tuesday, diplomats across the river said."),
                EventType.CAPTURE, "Gao");
        assertEquals(Realis.REPORTED, across.realis());
        assertEquals("diplomats across the river", across.claimant().text());
    }

    @Test
    void anOfficerSpeaksForHisForcesAndTheirMenAreTheSpeakersOwn() {
        // a rank opens the speaker: the officer's "we" holds the town for his side
        EventMention held = at(events("\"We control Mopti entirely,\" Colonel Amadou Keita said by telephone."),
                EventType.CONTROL, "Mopti");
        assertEquals(Realis.CLAIMED, held.realis());
        assertEquals(Realis.CLAIMED, at(events("The colonel said his men had retaken the town of Ngorongo on Friday."),
                EventType.RECAPTURE, "Ngorongo").realis());
        // "their men" fell back: the speakers' own withdrawal, an admission
        EventMention out = at(events("Greek Cypriot National Guard officers said their men had fallen back from the town "
                + "of Lapithos."), EventType.WITHDRAW, "Lapithos");
        assertEquals(Realis.ASSERTED, out.realis());
        assertEquals("cyprus", out.actor().side());
        // a UN spokesman's "we" is no side's
        List<EventMention> un = events("Rebels advanced on the town of Ngorongo on Monday. \"We are concerned about the "
                + "fighting in Ngorongo,\" a U.N. spokesman said.");
        assertTrue(un.stream().noneMatch(e -> e.actor() != null && "We".equals(e.actor().text())), un.toString());
    }

    @Test
    void spokesmenBroadcastsAndParticiplePhrasesNameTheirSpeaker() {
        // plural spokesmen of a side claim
        assertEquals(Realis.CLAIMED, at(events("Guerrillas captured the village of Samarkhel on Tuesday, guerrilla spokesmen "
                + "said."), EventType.CAPTURE, "Samarkhel").realis());
        // a broadcast the tagger calls a verb, heard somewhere, is a medium: reported
        EventMention radio = at(events("A rebel radio broadcast monitored in Nairobi said government troops had retreated "
                + "from the town of Baidoa."), EventType.WITHDRAW, "Baidoa");
        assertEquals(Realis.REPORTED, radio.realis());
        assertEquals("rebel radio broadcast", radio.claimant().text());
        // the participle's phrase holds an "and": the speakers stand before it
        EventMention fled = at(events("Diplomats evacuated by Italian and U.S. aircraft earlier this month said heavy fighting "
                + "had raged in the town of Baidoa."), EventType.CLASH, "Baidoa");
        assertEquals("Diplomats", fled.claimant().text());
        assertEquals(Realis.REPORTED, fled.realis());
    }

    @Test
    void aPresidentSpeaksForHisCountryAndHisCountrysForcesAreItsOwn() {
        List<EventMention> es = events("Azerbaijan's president said Sunday that his country's forces had captured Shusha, "
                + "the second-largest town in Nagorno-Karabakh, after several days of heavy fighting.");
        EventMention shusha = at(es, EventType.CAPTURE, "Shusha");
        assertEquals(Realis.CLAIMED, shusha.realis());
        assertEquals("azerbaijan", shusha.actor().side());
        // the fighting that brought the capture was at the town, not in the region that only locates it
        assertTrue(es.stream().noneMatch(e -> e.place() != null && e.place().text().equals("Nagorno-Karabakh")), es.toString());
    }

    @Test
    void aGovernorAndACoalitionSpeakForTheirSide() {
        assertEquals(Realis.CLAIMED, at(events("Coalition aircraft carried out seven air strikes near the city of Ramadi, the "
                + "coalition said."), EventType.AIRSTRIKE, "Ramadi").realis());
        assertEquals(Realis.CLAIMED, at(events("The provincial governor's spokesman said at least 500 people had been killed in "
                + "the city of Ramadi since Friday."), EventType.CASUALTIES, "Ramadi").realis());
    }

    @Test
    void aNationalCapitalSpeaksForItsState() {
        // "Kyiv said its forces…": the capital is the state, a party, and "its forces" are Ukraine's
        EventMention e = at(events("Kyiv said its forces had recaptured the town of Kupiansk."), EventType.RECAPTURE, "Kupiansk");
        assertEquals(Realis.CLAIMED, e.realis());
        assertNotNull(e.actor());
        assertEquals("ukraine", e.actor().side());
        // a town that is no capital is only a place
        assertTrue(events("Kupiansk said its forces had recaptured the town of Izium.").stream()
                .noneMatch(x -> x.realis() == Realis.CLAIMED), "not a capital");
    }

    @Test
    void aTitleBeforeAPersonsNameIsWhoSpeaks() {
        // the name after the title, as an appositive between commas or right after it, does not hide the title
        for (String s : List.of("Police retook the town of Nobol on Tuesday, the national police commander, Cesar Zapata, told reporters.",
                "Police retook the town of Nobol on Tuesday, police commander Cesar Zapata told reporters.")) {
            EventMention e = at(events(s), EventType.RECAPTURE, "Nobol");
            assertEquals(Realis.CLAIMED, e.realis(), s);
        }
    }

    @Test
    void aCapitalAccusedIsNoPlace() {
        // "accused Juba of aggression": the object of an accusation is a party
        List<EventMention> es = events("Khartoum said its forces were fighting in the area and accused Juba of aggression.");
        assertTrue(es.stream().noneMatch(x -> x.place() != null && x.place().text().equals("Juba")), es.toString());
    }

    @Test
    void aSidesMilitaryNamedByItsPossessorClaims() {
        // "the South's military", "the Joint Chiefs of Staff": a state's forces speaking
        for (String s : List.of("North Korea fired shells at the island of Yeonpyeong on Tuesday, the South's military said.",
                "North Korea fired shells at the island of Yeonpyeong on Tuesday, the Joint Chiefs of Staff said.")) {
            assertEquals(Realis.CLAIMED, at(events(s), EventType.SHELLING, "Yeonpyeong").realis(), s);
        }
    }

    @Test
    void aGroupNamedByItsWordAndItsCauseClaims() {
        // "the Movement for the Emancipation of the Niger Delta": an armed group the lexicon does not know, named by
        // its group's word first; what it says its fighters did is its claim
        EventMention e = at(events("The Movement for the Emancipation of the Niger Delta said Monday its fighters had blown up a "
                + "Shell pipeline in Delta state."), EventType.ATTACK, "Delta");
        assertEquals(Realis.CLAIMED, e.realis());
        assertEquals("mend", e.actor().side());
    }

    @Test
    void whatIsSaidOfASpeakerIsNotWhoSpeaksNorWhatHappened() {
        // a relative clause after the speaker's head, with or without commas: the residents, the officials speak
        for (String s : List.of("Residents who crossed into the town of Arauquita said warplanes had bombed farms on the "
                        + "outskirts of La Victoria on Sunday.",
                "Two officials, who asked not to be named, said warplanes had bombed farms on the outskirts of La Victoria on Sunday.")) {
            List<EventMention> es = events(s);
            EventMention e = at(es, EventType.AIRSTRIKE, "La Victoria");
            assertEquals(Realis.REPORTED, e.realis(), s);
            // the residents' crossing is no entry of forces
            assertTrue(es.stream().noneMatch(x -> x.type() == EventType.ENTER), s + " " + es);
        }
    }

    @Test
    void anAppositiveAfterTheSpeakerRanksWhatWasSaid() {
        // "…, the Indian army said on Tuesday, the first deadly confrontation in 45 years": the clause before the
        // speaker is what the army said, and the appositive ranks it, no second clash
        List<EventMention> es = events("Twenty Indian soldiers were killed in a clash with Chinese troops in the disputed Galwan "
                + "Valley, the Indian army said on Tuesday, the first deadly confrontation on the border in 45 years.");
        List<EventMention> clashes = es.stream().filter(e -> e.type() == EventType.CLASH).toList();
        assertEquals(1, clashes.size(), es.toString());
        assertEquals(Realis.CLAIMED, clashes.get(0).realis());
    }
}
