package org.sitrep.core.reconcile;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.SourcedClaim;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Displacement figures are claims compared like tolls (invented articles): the place nearest the figure, its unit,
 * the sentence's days; different figures from two sources for the same place and days are a soft contradiction.
 */
class DisplacementClaimTest {
    private static List<Claim> displaced(String text) {
        return InventedArticles.claims("Outlet A", text).stream().map(SourcedClaim::claim)
                .filter(c -> c.attribute().startsWith("displaced ")).toList();
    }

    @Test
    void aFigureWithItsPlaceUnitDaysAndBound() {
        List<Claim> cs = displaced("At least 2,900 people were displaced from Saraqib on Monday.");
        assertEquals(1, cs.size(), cs.toString());
        assertEquals("at least 2900", cs.get(0).value());
        assertEquals("displaced people 2024-12-09..2024-12-09", cs.get(0).attribute());
        assertTrue(cs.get(0).subject().startsWith("Sar"), cs.get(0).subject());
        List<Claim> fam = displaced("Shelling on Saraqib on Monday forced some 500 families to flee, displacing about 2,500 people.");
        assertTrue(fam.stream().anyMatch(c -> c.value().equals("about 2500") && c.attribute().startsWith("displaced people ")),
                fam.toString());
    }

    @Test
    void noPlaceOrNoFigureNoClaim() {
        assertEquals(List.of(), displaced("Thousands of people were displaced on Monday."));
        assertEquals(List.of(), displaced("Many people were displaced from Saraqib."));
        assertEquals(List.of(), displaced(""));
    }

    @Test
    void differentFiguresForTheSamePlaceAndDaysDisagreeSoftly() {
        List<Contradiction> cx = InventedArticles.contradictions("displaced ",
                "2,900 people were displaced from Saraqib on Monday.",
                "1,200 people were displaced from Saraqib on Monday, the UN said.");
        assertEquals(1, cx.size(), cx.toString());
        assertEquals(Contradiction.Kind.SOFT, cx.get(0).kind());
        List<Contradiction> close = InventedArticles.contradictions("displaced ",
                "At least 2,900 people were displaced from Saraqib on Monday.",
                "3,000 people were displaced from Saraqib on Monday.");
        assertEquals(Contradiction.Kind.COMPATIBLE, close.get(0).kind());
        assertEquals(List.of(), InventedArticles.contradictions("displaced ",
                "2,900 people were displaced from Saraqib on Monday.", "1,200 people were displaced from Saraqib on Sunday."));
    }
}
