package org.sitrep.core.reconcile;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.SourcedClaim;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who leads a named coalition is a claim; two sources naming different leaders disagree (invented articles). */
class CoalitionClaimTest {
    private static List<Claim> coalitionClaims(String outlet, String text) {
        return InventedArticles.claims(outlet, text).stream().map(SourcedClaim::claim)
                .filter(c -> c.attribute().equals("coalition led by")).toList();
    }

    @Test
    void aNamedCoalitionAndItsLeader() {
        List<Claim> cs = coalitionClaims("Outlet A", "On Monday the Military Operations Command, an alliance of rebel factions "
                + "led by Hayat Tahrir al-Sham, entered Saraqib.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("Military Operations Command", cs.get(0).subject());
        assertEquals("HTS", cs.get(0).value());
        List<Claim> led = coalitionClaims("Outlet B", "Fighters of the HTS-led Military Operations Command entered Saraqib on Monday.");
        assertEquals(1, led.size(), led.toString());
        assertEquals("Military Operations Command", led.get(0).subject());
        assertEquals("HTS", led.get(0).value());
    }

    @Test
    void noNameOrNoLeaderNoClaim() {
        assertEquals(List.of(), coalitionClaims("Outlet A", "An alliance of rebel factions led by Hayat Tahrir al-Sham entered Saraqib."));
        assertEquals(List.of(), coalitionClaims("Outlet A", "The Military Operations Command, an alliance of factions, entered Saraqib."));
        assertEquals(List.of(), coalitionClaims("Outlet A", "Clashes between HTS-led Islamist extremists and the army went on."));
        assertEquals(List.of(), coalitionClaims("Outlet A", ""));
    }

    @Test
    void sourcesNamingDifferentLeadersDisagree() {
        List<Contradiction> cx = InventedArticles.contradictions("coalition led by",
                "The Military Operations Command, a coalition led by Hayat Tahrir al-Sham, entered Saraqib.",
                "The Military Operations Command, a coalition led by the Syrian National Army, entered Saraqib.");
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.SOFT, cx.get(0).kind());
        assertEquals(2, cx.get(0).positions().size());
    }
}
