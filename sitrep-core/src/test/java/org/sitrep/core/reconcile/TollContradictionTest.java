package org.sitrep.core.reconcile;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.SourcedClaim;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two outlets' tolls for the same place and days are compared by their stated approximation (invented articles):
 * "at least 44" and "50" are compatible, "44" and "60" a hard contradiction, "about 40" and "50" a soft one; tolls
 * for other days or places are not compared.
 */
class TollContradictionTest {
    private static List<SourcedClaim> claims(String outlet, String text) {
        return InventedArticles.claims(outlet, text);
    }

    private static List<Contradiction> tolls(String a, String b) {
        return InventedArticles.contradictions("toll ", a, b);
    }

    @Test
    void aTollIsAClaimWithItsPlaceDaysFigureAndClaimant() {
        List<SourcedClaim> cs = claims("Outlet A", "According to the Syrian Observatory, at least 44 civilians were killed "
                + "in Saraqib on Monday.");
        Claim c = cs.stream().map(SourcedClaim::claim).filter(k -> k.attribute().startsWith("toll ")).findFirst().orElseThrow();
        assertEquals("toll killed 2024-12-09..2024-12-09", c.attribute());
        assertEquals("at least 44", c.value());
        assertTrue(c.approximate());
        assertTrue(c.subject().startsWith("Sar"), c.subject());
        assertTrue(c.claimant() != null && c.claimant().text().contains("Syrian Observatory"), String.valueOf(c.claimant()));
    }

    @Test
    void aFigureWithinAnotherSourcesLowerBoundIsCompatible() {
        List<Contradiction> cx = tolls("At least 44 civilians were killed in Saraqib on Monday.",
                "50 civilians were killed in Saraqib on Monday, medics said.");
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.COMPATIBLE, cx.get(0).kind());
    }

    @Test
    void twoPlainFiguresThatDifferAreAHardContradiction() {
        List<Contradiction> cx = tolls("44 civilians were killed in Saraqib on Monday.",
                "60 civilians were killed in Saraqib on Monday.");
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.HARD, cx.get(0).kind());
        assertEquals(2, cx.get(0).positions().size());
    }

    @Test
    void aFigureBelowAnotherSourcesLowerBoundIsHard() {
        List<Contradiction> cx = tolls("At least 44 civilians were killed in Saraqib on Monday.",
                "30 civilians were killed in Saraqib on Monday.");
        assertEquals(Contradiction.Kind.HARD, cx.get(0).kind());
    }

    @Test
    void figuresThatDifferBeyondAnApproximationAreSoft() {
        List<Contradiction> cx = tolls("About 40 civilians were killed in Saraqib on Monday.",
                "50 civilians were killed in Saraqib on Monday.");
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.SOFT, cx.get(0).kind());
        List<Contradiction> close = tolls("About 40 civilians were killed in Saraqib on Monday.",
                "42 civilians were killed in Saraqib on Monday.");
        assertEquals(Contradiction.Kind.COMPATIBLE, close.get(0).kind());
    }

    @Test
    void tollsOfOtherDaysOrPlacesAreNotCompared() {
        assertEquals(List.of(), tolls("44 civilians were killed in Saraqib on Monday.",
                "60 civilians were killed in Saraqib on Sunday."));
        assertEquals(List.of(), tolls("44 civilians were killed in Saraqib on Monday.",
                "60 civilians were killed in Kafr Nabl on Monday."));
    }
}
