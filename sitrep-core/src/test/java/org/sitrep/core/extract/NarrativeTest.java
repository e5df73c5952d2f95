package org.sitrep.core.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.TimeInterval;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The narrative is a value: reading a sentence returns the one it leaves behind and changes no other. */
class NarrativeTest {
    @Test
    void aSentenceReturnsANewNarrativeAndLeavesTheOldOneAsItWas() {
        Narrative start = Narrative.start(new DocumentContext(TimeInterval.UNKNOWN, null, null, null, null, null, null));
        var x = TestData.extract("Rebels captured the town of Saraqib on Monday.", "2025-01-10");
        var ev = x.events();
        var s = new org.sitrep.core.nlp.Annotator().sentences("Rebels captured the town of Saraqib on Monday.").get(0);
        SentenceFacts f = new SentenceFacts(s, List.of(ev.get(0).place()), List.of(), List.of(), null, null);
        Narrative after = start.after(f, ev);
        assertNull(start.lastPlace());
        assertNull(start.lastEventPlace());
        assertNotNull(after.lastPlace());
        assertEquals("Saraqib", after.lastEventPlace().head());
        assertEquals(java.util.Set.of(ev.get(0).type().family()), after.seenFamilies());
        assertThrows(UnsupportedOperationException.class, () -> after.seenFamilies().clear());
        assertThrows(UnsupportedOperationException.class, () -> after.lastGroup().add(null));
        assertNull(after.withoutTime().lastTime());
    }
}
