package org.sitrep.core.model;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.core.model.EventType.*;

/** event-types.tsv: every type has a row, and the traits the extraction and the exports rely on. */
class EventTypeTest {
    private static Set<EventType> where(Predicate<EventType> p) {
        Set<EventType> out = EnumSet.noneOf(EventType.class);
        for (EventType t : values()) {
            if (p.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void everyTypeHasARowWithAGlyph() {
        for (EventType t : values()) {
            assertNotNull(t.traits(), t.label());
            assertFalse(t.glyph().isBlank(), t.label());
        }
    }

    @Test
    void familiesAndControl() {
        assertEquals(CAPTURE, RECAPTURE.family());
        assertEquals(EnumSet.of(RECAPTURE), where(t -> t.family() != t));
        assertEquals(EnumSet.of(CAPTURE, RECAPTURE, ENTER, CONTROL), where(EventType::changesControl));
        assertEquals(EnumSet.of(CAPTURE, RECAPTURE), where(EventType::isOutcome));
    }

    @Test
    void whatTheGrammarAsks() {
        assertEquals(EnumSet.of(OFFENSIVE, CASUALTIES, DEPLOYMENT), where(EventType::placeOptional));
        assertEquals(EnumSet.of(OFFENSIVE, CASUALTIES, DEPLOYMENT, WITHDRAW), where(EventType::triggerWithoutPlace));
        assertEquals(EnumSet.of(ATTACK, CLASH, AIRSTRIKE, SHELLING, AMBUSH), where(EventType::absorbsCasualties));
        assertEquals(EnumSet.of(CAPTURE, RECAPTURE, ATTACK, AMBUSH, AIRSTRIKE, SHELLING, CLASH), where(EventType::hasDefaultTarget));
        assertEquals(EnumSet.of(CLASH, ATTACK, AIRSTRIKE, SHELLING), where(EventType::isViolence));
        assertEquals(EnumSet.of(ATTACK, CLASH, ADVANCE, ENTER), where(EventType::isGeneric));
        assertEquals(EnumSet.of(WITHDRAW), where(t -> t.traits().toldAs() == ToldAs.LOSS));
        assertEquals(EnumSet.of(CAPTURE, RECAPTURE), where(t -> t.traits().armedAgent() == ArmedAgent.ACTIVE));
    }

    @Test
    void exportCategories() {
        assertArrayEquals(new String[]{"Battles", "Government regains territory"}, CAPTURE.acled(true));
        assertArrayEquals(new String[]{"Battles", "Non-state actor overtakes territory"}, RECAPTURE.acled(false));
        assertArrayEquals(new String[]{"Explosions/Remote violence", "Air/drone strike"}, AIRSTRIKE.acled(false));
        assertArrayEquals(new String[]{"Strategic developments", "Other"}, CONTROL.acled(true));
        assertEquals("RETREAT", WITHDRAW.traits().plover());
        assertNull(CONTROL.traits().plover());
    }

    @Test
    void aTableWithoutARowOrWithABadValueIsRefusedNamingIt() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> EventType.load("/org/sitrep/core/model/event-types-missing-row.tsv"));
        assertTrue(missing.getMessage().contains("no row for type 'release'"), missing.getMessage());
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> EventType.load("/org/sitrep/core/model/event-types-bad-value.tsv"));
        assertTrue(bad.getMessage().contains("'attack'") && bad.getMessage().contains("maybe"), bad.getMessage());
    }
}
