package org.sitrep.core.reconcile;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.ingest.ArticleFactory;
import org.sitrep.core.ingest.Metadata;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.SourcedClaim;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who leads a named coalition is a claim; two sources naming different leaders disagree (invented articles). */
class CoalitionClaimTest {
    private static List<Claim> coalitionClaims(String outlet, String text) {
        var a = new ArticleFactory().create(outlet, outlet, text, new Metadata(null, null, outlet, "2024-12-10", "en"), List.of());
        return Reconciler.claims(TestData.pipeline().process(a)).stream().map(SourcedClaim::claim)
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
        List<SourcedClaim> all = new ArrayList<>();
        for (String[] o : new String[][]{
                {"Outlet A", "The Military Operations Command, a coalition led by Hayat Tahrir al-Sham, entered Saraqib."},
                {"Outlet B", "The Military Operations Command, a coalition led by the Syrian National Army, entered Saraqib."}}) {
            var a = new ArticleFactory().create(o[0], o[0], o[1], new Metadata(null, null, o[0], "2024-12-10", "en"), List.of());
            Reconciler.claims(TestData.pipeline().process(a)).stream()
                    .filter(c -> c.claim().attribute().equals("coalition led by")).forEach(all::add);
        }
        assertEquals(2, all.size(), all.toString());
        List<Contradiction> cx = new ContradictionFinder().amongClaims(ContradictionFinder.partition(all.get(0).claim()), all);
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.SOFT, cx.get(0).kind());
        assertTrue(cx.get(0).positions().size() == 2);
    }
}
