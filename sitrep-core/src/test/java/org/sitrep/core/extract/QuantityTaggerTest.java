package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.QuantityMention;

import java.util.List;
import java.util.Random;

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
        Random r = new Random(5);
        String[] w = {"at", "least", "12", "hundreds", "of", "whom", ",", "000", "about", "km", "2024", "seven", "thousand"};
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.nextInt(12); i++) {
                sb.append(w[r.nextInt(w.length)]).append(r.nextBoolean() ? " " : "");
            }
            for (QuantityMention m : tagger.tag(sb.toString(), 0)) {
                assertTrue(m.span().end() <= sb.length());
            }
        }
    }
}
