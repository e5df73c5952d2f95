package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.FramingTerm;

/** Framing terms on short made-up reports (Sudan, Myanmar), not on the seed sentences. */
class FramingTermsTest {
    private static List<FramingTerm> terms(String text) {
        return new FramingTerms().extract(TestData.extract(text, "2025-03-14"));
    }

    @Test
    void groundNamedByItsHoldersLabelAndTheWarNamedAsTheInsurgentsNameItAreTerms() {
        List<FramingTerm> ts = terms("The rebels seized the town of Bara on Monday, and government troops withdrew. "
                + "The army shelled the rebel stronghold of Bara on Tuesday, a year after the uprising began, and the rebels "
                + "said government forces had fled.");
        FramingTerm ground = ts.stream().filter(t -> t.term().equals("rebel stronghold")).findFirst()
                .orElseThrow(() -> new AssertionError(ts.toString()));
        assertEquals("opposition", ground.side());
        assertTrue(ground.loaded(), "'rebel' is a loaded word");
        FramingTerm war = ts.stream().filter(t -> t.kind().equals("war name")).findFirst().orElseThrow(() -> new AssertionError(ts.toString()));
        assertEquals("uprising", war.term());
        assertEquals("opposition", war.side());
    }

    @Test
    void aTerritoryNounAfterAWordNoActorIsNamedWithIsNoTerm() {
        List<FramingTerm> ts = terms("The rebels seized the town of Bara on Monday. The army shelled the mountain stronghold "
                + "near Bara and government troops withdrew.");
        assertTrue(ts.stream().noneMatch(t -> t.term().endsWith("stronghold")), ts.toString());
    }
}
