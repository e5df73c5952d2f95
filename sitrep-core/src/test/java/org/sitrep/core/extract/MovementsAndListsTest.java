package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forces that cross a river, are sent into a province or strengthen a garrison; a campaign a page defines; a list of
 * places a "where" clause interrupts; persons a relative clause describes; commanders and peoples that move as forces;
 * participles before their nouns. Each text is made up; each test failed before the rule it tests, but
 * aParticipleBeforeItsNounOnlyDescribesIt, which guards where that rule stops.
 */
class MovementsAndListsTest {
    private static List<EventMention> events(String text, String published) {
        return TestData.extract(text, published).events();
    }

    private static boolean at(List<EventMention> es, EventType type, String name) {
        return es.stream().anyMatch(e -> e.type() == type && e.place() != null && (e.place().text().contains(name)
                || e.place().place() != null && e.place().place().name() != null && e.place().place().name().contains(name)));
    }

    @Test
    void crossingARiverEntersIt() {
        List<EventMention> es = events("On 7 October 1950, about 40,000 troops crossed the Jinsha River at several points.", "2024-09-01");
        assertTrue(at(es, EventType.ENTER, "Jinsha River"), TestData.summary(es));
        es = events("Federal tanks pushed towards the border crossing at Sentilj on the Austrian frontier on Friday.", "1991-06-28");
        assertTrue(!at(es, EventType.ENTER, "Sentilj"), TestData.summary(es));
    }

    @Test
    void forcesSentIntoAPlaceOrAGarrisonStrengthenedAreDeployed() {
        List<EventMention> es = events("The prime minister said the army had been sent into Punjab to restore order.", "1984-06-07");
        assertTrue(at(es, EventType.DEPLOYMENT, "Punjab"), TestData.summary(es));
        es = events("The government in Lhasa strengthened its garrison in Kham in 1950.", "2024-09-01");
        assertTrue(at(es, EventType.DEPLOYMENT, "Kham"), TestData.summary(es));
    }

    @Test
    void aCampaignAPageDefinesIsNoHistoryToIt() {
        List<EventMention> es = events("The Battle of Chamdo was a military campaign by the People's Liberation Army against the "
                + "Tibetan army in October 1950 around the town of Chamdo.", "2024-09-01");
        assertTrue(at(es, EventType.OFFENSIVE, "Chamdo"), TestData.summary(es));
    }

    @Test
    void aWhereClauseInsideAListLeavesItOne() {
        List<EventMention> es = events("Fighting was also reported in the western city of Timisoara, where the uprising began, and in "
                + "Sibiu on Saturday.", "1989-12-23");
        assertTrue(at(es, EventType.CLASH, "Timi"), TestData.summary(es));
        assertTrue(at(es, EventType.CLASH, "Sibiu"), TestData.summary(es));
    }

    @Test
    void peopleARelativeClauseDescribesAreNoPlaceHeld() {
        List<EventMention> es = events("\"I am concerned about the families who remain in the neighbourhoods still held by the group "
                + "in Sirte,\" the envoy said on Thursday.", "2016-08-11");
        assertTrue(!at(es, EventType.CONTROL, "Sirte"), TestData.summary(es));
    }

    @Test
    void aCommanderNamedWithHisRankOrAPeopleInThePluralMoveAsForces() {
        List<EventMention> es = events("In 1920 General Manuel Fernandez Silvestre advanced west from Melilla into the Rif.", "2024-09-01");
        assertTrue(at(es, EventType.ADVANCE, "Rif"), TestData.summary(es));
        es = events("By the end of August 1921 the Rifians had advanced to the outskirts of Melilla.", "2024-09-01");
        assertTrue(at(es, EventType.ADVANCE, "Melilla"), TestData.summary(es));
    }

    @Test
    void aParticipleBeforeItsNounOnlyDescribesIt() {
        List<EventMention> es = events("The retreating columns were ambushed in the Izumar pass on 23 July 1921.", "2024-09-01");
        assertTrue(!at(es, EventType.WITHDRAW, "Izumar"), TestData.summary(es));
        es = events("The ELN launched an offensive in Catatumbo on Thursday, attacking villages in the municipalities of Tibu and "
                + "Teorama.", "2025-01-20");
        assertTrue(at(es, EventType.ATTACK, "Teorama"), TestData.summary(es));
    }

    @Test
    void tanksThatBackTroopsDoNotShellWhatTheTroopsStorm() {
        List<EventMention> es = events("SEOUL, May 27 (Reuters) - South Korean troops backed by tanks stormed the southwestern city of "
                + "Kwangju before dawn on Tuesday.", "1980-05-27");
        assertTrue(at(es, EventType.ATTACK, "Kwangju") && !at(es, EventType.SHELLING, "Kwangju"), TestData.summary(es));
    }

    @Test
    void postsOccupiedUnnamedTakeNoRegion() {
        List<EventMention> es = events("In 1920 Spanish troops advanced west from Melilla into the Rif, occupying a string of posts.",
                "2024-09-01");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CAPTURE), TestData.summary(es));
    }
}
