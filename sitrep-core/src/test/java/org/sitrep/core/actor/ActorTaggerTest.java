package org.sitrep.core.actor;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.text.Words;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorTaggerTest {
    private static final ActorLexicon LEXICON = ActorLexicon.defaults();
    private final ActorTagger tagger = new ActorTagger(LEXICON);
    private final ActorResolver resolver = new ActorResolver(LEXICON);

    /** The actors of one sentence, resolved in a document about {@code country}. */
    private List<ActorMention> actors(String sentence, String country) {
        return resolver.resolve(List.of(tagger.tag(new Words(sentence, 0))), country).get(0);
    }

    @Test
    void antiTheStateIsTheOtherSide() {
        List<ActorMention> a = actors("Anti-junta militias attacked the town on Tuesday.", "MM");
        assertEquals(1, a.size(), a.toString());
        assertEquals("Anti-junta militias", a.get(0).text());
        assertEquals("eao", a.get(0).side());
        a = actors("Anti-government fighters stormed the base.", "SD");
        assertEquals("Anti-government fighters", a.get(0).text());
        assertEquals("rsf", a.get(0).side());
    }

    @Test
    void aNationalityOrACountryOfTwoWordsNamesItsOwnForces() {
        // "South Sudanese troops" and "South Sudan's army" were read from their second word as Sudan's (the SAF)
        for (String s : List.of("South Sudanese troops attacked the town.", "South Sudan's army attacked the town.")) {
            List<ActorMention> a = actors(s, "SS");
            assertEquals(1, a.size(), a.toString());
            assertEquals("south_sudan", a.get(0).side(), s);
        }
        assertEquals("south_sudan", actors("The South Sudan army attacked the town.", "SS").get(0).side());
        // a country's name before a word of holding names no force
        assertTrue(actors("Villages in the Ukraine-controlled areas had no electricity.", "UA").stream()
                .noneMatch(a -> "AFU".equals(a.actorId())));
        List<ActorMention> car = actors("Central African troops retook the town.", "CF");
        assertEquals("central_african_republic", car.get(0).side());
        // a country's possessive with a force word names its forces wherever the document is
        List<ActorMention> chad = actors("Chad's army attacked the town.", "SD");
        assertEquals("Chad's army", chad.get(0).text());
        assertEquals("chad", chad.get(0).side());
        assertEquals("saf", actors("Sudan's army attacked the town.", "SD").get(0).side());
        assertEquals("saf", actors("Sudanese troops attacked the town.", "SD").get(0).side());
    }

    @Test
    void aNamedGroupEndingInArmyIsNoStatesArmy() {
        // "Army" is a description of the state's forces; as the last word of a name it is the group's
        List<ActorMention> nla = actors("Fighters of the National Liberation Army attacked the town.", "CO");
        assertTrue(nla.stream().anyMatch(a -> a.text().equals("National Liberation Army")), nla.toString());
        assertTrue(nla.stream().noneMatch(a -> "government".equals(a.side())), nla.toString());
        // a state's forces inside a longer name are not that state's
        List<ActorMention> fsa = actors("The Free Syrian Army attacked the town.", "SY");
        assertEquals("Free Syrian Army", fsa.get(0).text(), fsa.toString());
        assertTrue(fsa.stream().noneMatch(a -> "SAA".equals(a.actorId())), fsa.toString());
        // and the state's own still are
        assertEquals("nigeria", actors("The Nigerian Army attacked the town.", "NG").get(0).side());
        // "the army" of a country whose conflict the lexicon does not know is that country's, as "the Nigerian Army" is
        assertEquals("colombia", actors("The army attacked the town.", "CO").get(0).side());
    }

    @Test
    void antiAChallengerIsTheStatesSide() {
        List<ActorMention> a = actors("Anti-Houthi forces retook the district.", "YE");
        assertEquals(1, a.size(), a.toString());
        assertEquals("yemen_government", a.get(0).side());
    }

    @Test
    void proIsTheSameSide() {
        List<ActorMention> a = actors("Pro-government forces recaptured the town.", "ML");
        assertEquals("Pro-government forces", a.get(0).text());
        assertEquals("mali", a.get(0).side());
        a = actors("Pro-Russian separatists shelled the city.", "UA");
        assertEquals("Pro-Russian separatists", a.get(0).text());
        assertEquals("russia", a.get(0).side());
    }

    @Test
    void withoutAHeadNounTheModifierNamesNoActor() {
        assertTrue(actors("Anti-government protests spread to the capital.", "SD").isEmpty());
        assertTrue(actors("Anti-junta sentiment is high in the region.", "MM").isEmpty());
    }

    @Test
    void aLexiconNameWithThePrefixWins() {
        List<ActorMention> a = actors("Pro-Turkish factions shelled the village.", "SY");
        assertEquals("SNA", a.get(0).actorId());
    }

    @Test
    void fightersOfAGroupAreThatGroup() {
        List<ActorMention> a = actors("Fighters of the RSF entered the city.", "SD");
        assertEquals("RSF", a.get(0).actorId(), a.toString());
        a = actors("RSF fighters withdrew from the town.", "SD");
        assertTrue(a.stream().allMatch(m -> "RSF".equals(m.actorId())), a.toString());
    }

    @Test
    void aNamedGroupTheLexiconDoesNotKnowIsANewActorOnTheChallengersSide() {
        List<ActorMention> a = actors("Fighters of the Northern Storm Brigade captured the town on Monday.", "SY");
        ActorMention g = a.stream().filter(m -> m.text().equals("Northern Storm Brigade")).findFirst()
                .orElseThrow(() -> new AssertionError(a.toString()));
        assertEquals("Northern Storm Brigade", g.actorId()); // its own name, not the conflict's default challenger
        // nothing in the name says whom it fights for: a side of its own, from its initials
        assertEquals("nsb", g.side());
        List<ActorMention> l = actors("Haftar's Libyan National Army said its warplanes struck the airport.", "LY");
        assertEquals("lna", l.get(0).side(), l.toString()); // the possessor is no part of the name's initials
        // an acronym written after the name is its token, whatever its language ("Bataillon d'intervention rapide")
        List<ActorMention> p = actors("Fighters of the Rapid Intervention Battalion (BIR) entered the village.", "CM");
        assertEquals("bir", p.stream().filter(m -> m.text().equals("Rapid Intervention Battalion")).findFirst()
                .orElseThrow(() -> new AssertionError(p.toString())).side());
        List<ActorMention> f = actors("The Darfur Liberation Front attacked the garrison.", "SD");
        assertEquals("Darfur Liberation Front", f.get(0).actorId());
        assertEquals("rsf", f.get(0).side()); // a liberation army challenges the state: the challenger's side there
        List<ActorMention> u = actors("The 47th Mechanized Brigade repelled an assault near the village.", "UA");
        assertEquals("47th Mechanized Brigade", u.get(0).actorId());
        assertEquals("ukraine", u.get(0).side()); // a numbered unit is the state's
    }

    @Test
    void genericOrKnownNamesAreNoNewActor() {
        assertTrue(actors("The Armed Forces said the strike hit a depot.", "UA").stream()
                .noneMatch(m -> "Armed Forces".equals(m.actorId())));
        assertTrue(actors("Ukrainian Ground Forces shelled the area.", "UA").stream()
                .noneMatch(m -> m.actorId() != null && m.actorId().contains("Ground")));
        assertEquals("Hamas", actors("The Qassam Brigades fired rockets.", "PS").get(0).actorId());
        assertTrue(actors("Kharkiv Oblast was shelled.", "UA").isEmpty());
        assertTrue(actors("Clashes went on along the Southern Front.", "UA").stream()
                .noneMatch(m -> "Southern Front".equals(m.actorId())));
    }

    @Test
    void emptyInput() {
        assertTrue(tagger.tag(new Words("", 0)).isEmpty());
        assertTrue(resolver.resolve(List.of(), null).isEmpty());
    }

    @Test
    void randomInputNeverFails() {
        String[] vocabulary = {"abc", "anti-", "pro-", "-", "‑", "–", "junta", "forces", "RSF", "'", "’", ",", ".", "\n", "\u0000", "é",
            "Wagner", "Group", "Hamas", "IDF", "Houthis", "Ansar", "Allah", "M23", "FARDC", "Tatmadaw", "militants", "HTS"};
        RandomInputs.check("actor tagger", 13, vocabulary, 500, text -> {
            Words w = new Words(text, 0);
            for (ActorTagger.Raw raw : tagger.tag(w)) {
                assertTrue(raw.firstWord() <= raw.lastWord() && raw.lastWord() < w.size());
                assertNull(raw.entry().actor() != null && raw.entry().description() != null ? raw : null);
            }
        });
    }

    @Test
    void aLiberationArmyOfAWarTheLexiconDoesNotKnowIsASideOfItsOwnAndSoAreItsDescriptions() {
        // Pakistan's war in Balochistan has no conflict in the lexicon: no challenger's side to take, and Syria's
        // "opposition" would say nothing; the rebels described before the group is named are the group
        List<List<ActorMention>> doc = resolver.resolve(List.of(
                tagger.tag(new Words("Separatist militants attacked a convoy near the town on Tuesday.", 0)),
                tagger.tag(new Words("The Balochistan Liberation Army (BLA) claimed responsibility.", 0))), "PK");
        assertEquals("bla", doc.get(1).get(0).side(), doc.toString());
        assertEquals("bla", doc.get(0).get(0).side(), doc.toString());
    }

    @Test
    void anAcronymIsTheGroupTheDocumentAbbreviatesSoAndOtherwiseNoActor() {
        List<List<ActorMention>> doc = resolver.resolve(List.of(
                tagger.tag(new Words("Haftar's Cyrenaica National Army (CNA) said its warplanes struck the airport.", 0)),
                tagger.tag(new Words("The CNA captured the town last week, and an IED exploded near the UAE embassy.", 0))), "LY");
        List<ActorMention> second = doc.get(1);
        assertEquals(1, second.size(), second.toString()); // neither "IED" nor "UAE" is an actor
        assertEquals("Haftar's Cyrenaica National Army", second.get(0).actorId());
        assertEquals("cna", second.get(0).side());
    }

    @Test
    void aNationalityNamesItsOwnForcesNotItsCountrysConflictsIncumbent() {
        // Lebanon's conflict in the lexicon is Israel's with Hezbollah: its incumbent there is the IDF, which is Israel's
        List<List<ActorMention>> doc = resolver.resolve(List.of(
                tagger.tag(new Words("Lebanese army tanks shelled the camp as Lebanese troops battled militants.", 0))), "LB");
        assertEquals("lebanon", doc.get(0).get(0).side(), doc.toString());
        assertEquals(LEXICON.ofDemonym("lebanese"), LEXICON.stateOf("LB"));
        assertEquals("lebanon", LEXICON.stateOf("LB").side());
    }

    @Test
    void russiasForcesAreRussiasSideOutsideSyriaAndPoliceAreTheStates() {
        List<List<ActorMention>> ge = resolver.resolve(List.of(
                tagger.tag(new Words("Russian warplanes bombed the town.", 0))), "GE");
        assertEquals("russia", ge.get(0).get(0).side(), ge.toString());
        List<List<ActorMention>> sy = resolver.resolve(List.of(
                tagger.tag(new Words("Russian warplanes bombed the town.", 0))), "SY");
        assertEquals("government", sy.get(0).get(0).side(), sy.toString());
        List<List<ActorMention>> ke = resolver.resolve(List.of(
                tagger.tag(new Words("Police regained control of the village.", 0))), "KE");
        assertEquals("kenya", ke.get(0).get(0).side(), ke.toString());
    }

    @Test
    void rebelsInACountryWhoseConflictIsWithAnotherStateAreNotThatStatesForces() {
        // Russia's conflict in the lexicon is with Ukraine's forces: Chechen rebels are not the AFU
        List<List<ActorMention>> doc = resolver.resolve(List.of(
                tagger.tag(new Words("Chechen rebels attacked the column.", 0))), "RU");
        assertTrue(doc.get(0).stream().noneMatch(a -> "AFU".equals(a.actorId()) || "ukraine".equals(a.side())), doc.toString());
    }

    @Test
    void wellKnownGroupsOfOtherWarsAreTheirOwnSides() {
        assertEquals("boko_haram", actors("Boko Haram fighters overran the base.", "NG").get(0).side());
        assertEquals("ltte", actors("The Liberation Tigers of Tamil Eelam said their cadres held the town.", "LK").get(0).side());
        assertEquals("farc", actors("FARC guerrillas attacked the post.", "CO").get(0).side());
    }

    @Test
    void aNameThatQualifiesAnotherActorIsNoActorOfItsOwn() {
        // "Al-Qaeda-affiliated HTS": the group is HTS; al-Qaeda is what it is said to be tied to
        List<ActorMention> a = actors("Al-Qaeda-affiliated Hay'at Tahrir al-Sham attacked the city.", "SY");
        assertEquals(1, a.size(), a.toString());
        assertEquals("HTS", a.get(0).actorId());
    }

    @Test
    void noNameBelongsToTwoActors() throws java.io.IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        try (var in = ActorLexicon.class.getResourceAsStream("/org/sitrep/core/actor/actors.tsv")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                for (String name : f[3].split("\\|")) {
                    String was = owner.put(name.toLowerCase(java.util.Locale.ROOT), f[0]);
                    assertTrue(was == null || was.equals(f[0]), name + " names both " + was + " and " + f[0]);
                }
            }
        }
    }
}
