package org.sitrep.core.reconcile;

import org.junit.jupiter.api.Test;
import org.sitrep.core.extract.ClaimExtractorAccess;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.SourcedClaim;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two outlets' statements of how much of a place an actor holds on the same days are compared (invented articles):
 * "the whole city" against "most of the city" is hard, "most of" against "70 percent of" compatible; other days and
 * other actors are not compared.
 */
class ExtentContradictionTest {
    private static List<SourcedClaim> claims(String outlet, String text) {
        return InventedArticles.claims(outlet, text);
    }

    private static List<Contradiction> extents(String a, String b) {
        return InventedArticles.contradictions("extent of control ", a, b);
    }

    @Test
    void anExtentIsAClaimWithItsPlaceActorDaysAndValue() {
        List<SourcedClaim> cs = claims("Outlet A", "Rebels of Hayat Tahrir al-Sham seized most of the city of Saraqib on Monday.");
        Claim c = cs.stream().map(SourcedClaim::claim).filter(k -> k.attribute().startsWith("extent of control "))
                .findFirst().orElseThrow(() -> new AssertionError(cs.toString()));
        assertEquals("most", c.value());
        assertTrue(c.approximate());
        assertTrue(c.attribute().endsWith(" 2024-12-09..2024-12-09"), c.attribute());
        assertTrue(c.attribute().contains("HTS"), c.attribute());
        assertTrue(c.subject().startsWith("Sar"), c.subject());
    }

    @Test
    void theWholePlaceAgainstMostOfItIsHard() {
        List<Contradiction> cx = extents("Hayat Tahrir al-Sham took full control of Saraqib on Monday.",
                "Hayat Tahrir al-Sham fighters captured most of Saraqib on Monday, a monitor said.");
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.HARD, cx.get(0).kind());
        assertEquals(2, cx.get(0).positions().size());
    }

    @Test
    void mostAgainstAShareAboveHalfIsCompatible() {
        List<Contradiction> cx = extents("Hayat Tahrir al-Sham captured most of Saraqib on Monday.",
                "Hayat Tahrir al-Sham seized 70 percent of Saraqib on Monday.");
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.COMPATIBLE, cx.get(0).kind());
    }

    @Test
    void otherDaysAreNotCompared() {
        assertEquals(List.of(), extents("Hayat Tahrir al-Sham captured parts of Saraqib on Sunday.",
                "Hayat Tahrir al-Sham took full control of Saraqib on Tuesday."));
    }

    @Test
    void extentPhrases() {
        assertEquals("whole", ClaimExtractorAccess.extent("took full control of the city of "));
        assertEquals("whole", ClaimExtractorAccess.extent("captured the entire town of "));
        assertEquals("whole", ClaimExtractorAccess.extent("seized all of "));
        assertEquals("most", ClaimExtractorAccess.extent("overran large parts of "));
        assertEquals("most", ClaimExtractorAccess.extent("now holds the majority of "));
        assertEquals("part", ClaimExtractorAccess.extent("entered parts of "));
        assertEquals("half", ClaimExtractorAccess.extent("controls half of "));
        assertEquals("40%", ClaimExtractorAccess.extent("controls 40% of "));
        assertEquals("whole", ClaimExtractorAccess.extent("controls 100 per cent of "));
        assertNull(ClaimExtractorAccess.extent("took control of "));
        assertNull(ClaimExtractorAccess.extent("most fighters left for "));
        assertNull(ClaimExtractorAccess.extent(""));
        assertNull(ClaimExtractorAccess.extent("controls 300 percent of "));
    }

    @Test
    void ranges() {
        assertEquals(100, ContradictionFinder.extentRange("whole")[0]);
        assertNull(ContradictionFinder.extentRange("a lot"));
        assertTrue(ContradictionFinder.extentRange("70%")[0] > 50);
    }
}
