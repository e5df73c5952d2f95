package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.sitrep.core.model.QuantityMention;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityTaggerTest {
    private final QuantityTagger tagger = new QuantityTagger();

    @Test
    void hedgedVagueAndNestedQuantities() {
        List<QuantityMention> q = tagger.tag("At least 727 people died, 220 Syrian soldiers—23 of whom were officers—and hundreds "
                + "more; around 40,000 civilians fled in 1982, some 25 km away at 8:45 am.", 0);
        assertEquals(List.of("At least 727", "220", "23 of whom", "hundreds", "around 40,000"), q.stream().map(QuantityMention::text).toList());
        assertNull(q.get(0).max());
        assertFalse(q.get(0).approximate());
        assertEquals(200, q.get(3).min());
        assertTrue(q.get(3).approximate());
        assertEquals(40_000, q.get(4).min());
        assertTrue(q.get(4).approximate());
    }

    @Test
    void aNumberBeyondALongSaturatesInsteadOfFailing() {
        List<QuantityMention> q = tagger.tag("At least 9223372036854775808 people and 99999999999999999999 million more.", 0);
        assertEquals(Long.MAX_VALUE, q.get(0).min());
        assertEquals(Long.MAX_VALUE, q.get(1).min());
        assertEquals(9_223_372_036_854_775_807L, CasualtyParser.value("9223372036854775807"));
        assertEquals(12, CasualtyParser.value("000000000000000000000012"));
    }

    @Test
    void emptyAndRandomInput() {
        assertTrue(tagger.tag("", 0).isEmpty());
        String[] w = {"at", "least", "12", "hundreds", "of", "whom", ",", "000", "about", "km", "2024", "seven", "thousand"};
        RandomInputs.check("quantity tagger", 5, w, 200, text -> {
            for (QuantityMention m : tagger.tag(text, 0)) {
                assertTrue(m.span().start() >= 0 && m.span().end() <= text.length());
            }
        });
    }
}
