package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.Reconciler;

class MentionCacheTest {
    /** Mentions of the bundled example (at least a few dozen). */
    private static List<SourcedMention> mentions() {
        List<SourcedMention> out = Seeds.extractions().stream().flatMap(x -> Reconciler.mentions(x).stream()).toList();
        assertTrue(out.size() >= 40, "mentions: " + out.size());
        return out;
    }

    @Test
    void keepsWhatItIsGivenByPartitionAndAnswersNothingForOthers() {
        List<SourcedMention> ms = mentions();
        MentionCache cache = new MentionCache(1000);
        assertTrue(cache.of("geo:SY/Hama").isEmpty());
        cache.keep("geo:SY/Hama", ms.subList(0, 10));
        cache.keep("geo:SY/Hama", ms.subList(5, 20)); // five again: kept once
        Map<String, SourcedMention> kept = cache.of("geo:SY/Hama");
        assertEquals(20, kept.size());
        for (SourcedMention m : ms.subList(0, 20)) {
            assertSame(m, kept.get(m.id()));
        }
        assertEquals(20, cache.size());
        assertTrue(cache.of("geo:SY/Idlib").isEmpty());
        cache.keep("geo:SY/Idlib", List.of());
        assertEquals(20, cache.size());
    }

    @Test
    void dropsThePartitionsUsedLongestAgoBeyondItsCapacityAndOneThatAloneExceedsIt() {
        List<SourcedMention> ms = mentions();
        MentionCache cache = new MentionCache(30);
        cache.keep("a", ms.subList(0, 10));
        cache.keep("b", ms.subList(10, 20));
        cache.of("a"); // a used after b
        cache.keep("c", ms.subList(20, 35)); // 35 > 30: b goes
        assertEquals(10, cache.of("a").size());
        assertTrue(cache.of("b").isEmpty());
        assertEquals(15, cache.of("c").size());
        assertEquals(25, cache.size());
        assertTrue(!cache.full());
        cache.nodes("a", nodes("a", 3));
        cache.keep("d", ms.subList(0, 31)); // more than the whole capacity: every partition goes, d too
        assertTrue(cache.of("d").isEmpty());
        assertTrue(cache.of("a").isEmpty() && cache.of("c").isEmpty());
        assertEquals(0, cache.size());
        assertTrue(cache.full());
        cache.keep("a", ms.subList(0, 5)); // and from then on nothing is kept: d's refreshes need the heap
        cache.nodes("a", nodes("a", 3));
        assertTrue(cache.of("a").isEmpty());
        assertEquals(null, cache.nodes("a"));
        assertEquals(0, cache.size());
        assertEquals(0, cache.nodeCount());
        MentionCache none = new MentionCache(0);
        none.keep("a", ms.subList(0, 1));
        assertTrue(none.of("a").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new MentionCache(-1));
    }

    @Test
    void keepsPlaceColumnsForThreeTimesAsManyMentionsTheSameWay() {
        MentionCache cache = new MentionCache(2); // columns of 6 mentions
        cache.nodes("a", nodes("a", 3));
        WindowScan.Nodes b = nodes("b", 3);
        cache.nodes("b", b);
        assertEquals(6, cache.nodeCount());
        assertSame(b, cache.nodes("b"));
        cache.nodes("c", nodes("c", 2)); // 8 > 6: a, used longest ago, goes
        assertEquals(null, cache.nodes("a"));
        assertSame(b, cache.nodes("b"));
        assertEquals(5, cache.nodeCount());
        b.add("b-extra", null, null, null, "NONE", null, null);
        cache.nodes("b", b); // extended and kept again: counted at its new size
        assertEquals(6, cache.nodeCount());
        assertEquals(0, cache.size(), "no parsed mentions");
    }

    private static WindowScan.Nodes nodes(String prefix, int n) {
        WindowScan.Nodes out = new WindowScan.Nodes();
        for (int i = 0; i < n; i++) {
            out.add(prefix + i, 100 + i, 35.0, 36.0 + i, "TOWN", null, null);
        }
        return out;
    }

    @Test
    void keepsTheEventsOfAPartitionsLastRefreshByIdAndMembersInPlaceOfTheOnesBefore() {
        List<org.sitrep.core.model.Event> events = new org.sitrep.core.reconcile.EventMerger().merge("geo:SY/Hama", mentions());
        assertTrue(events.size() >= 8, "events: " + events.size());
        MentionCache cache = new MentionCache(400); // room for 100 events
        MentionCache.Events first = cache.events("geo:SY/Hama");
        assertEquals(null, first.earlier(events.get(0).id(), "m"));
        for (org.sitrep.core.model.Event e : events.subList(0, 6)) {
            first.assembled(e, "m-" + e.id());
        }
        cache.keep("geo:SY/Hama", first);
        assertEquals(6, cache.eventCount());
        MentionCache.Events second = cache.events("geo:SY/Hama");
        org.sitrep.core.model.Event e0 = events.get(0);
        assertSame(e0, second.earlier(e0.id(), "m-" + e0.id()));
        assertEquals(null, second.earlier(e0.id(), "other members"), "kept under its members: another group of that id is not it");
        assertEquals(null, cache.events("geo:SY/Idlib").earlier(e0.id(), "m-" + e0.id()), "another partition's");
        second.assembled(e0, "m-" + e0.id());
        second.assembled(events.get(7), "m-7");
        cache.keep("geo:SY/Hama", second); // the last refresh's events replace those before
        assertEquals(2, cache.eventCount());
        assertEquals(1, cache.eventsTaken());
        assertEquals(null, cache.events("geo:SY/Hama").earlier(events.get(1).id(), "m-" + events.get(1).id()));
        cache.keep("geo:SY/Hama", cache.events("geo:SY/Hama")); // a refresh that handed none over keeps none
        assertEquals(0, cache.eventCount());
        // once a window outgrows the capacity, no events are kept either
        MentionCache full = new MentionCache(10);
        full.keep("x", mentions().subList(0, 11));
        assertTrue(full.full());
        MentionCache.Events none = full.events("geo:SY/Hama");
        none.assembled(e0, "m");
        full.keep("geo:SY/Hama", none);
        assertEquals(0, full.eventCount());
        assertEquals(null, full.events("geo:SY/Hama").earlier(e0.id(), "m"));
    }

    @Test
    void keepsThePlaceKeysOfAPartitionsLastTimelinesInPlaceOfTheOnesBeforeAndNoneOnceFull() {
        List<org.sitrep.core.model.Event> events = new org.sitrep.core.reconcile.EventMerger().merge("geo:SY/Hama", mentions());
        MentionCache cache = new MentionCache(40); // room for the keys of 10 events
        assertTrue(cache.placeKeys("geo:SY/Hama").isEmpty());
        Map<org.sitrep.core.model.Event, String[]> keys = new java.util.IdentityHashMap<>();
        keys.put(events.get(0), new String[] {"hama"});
        cache.placeKeys("geo:SY/Hama", keys);
        assertSame(keys, cache.placeKeys("geo:SY/Hama"));
        assertTrue(cache.placeKeys("geo:SY/Idlib").isEmpty(), "another partition's");
        cache.placeKeys("geo:SY/Hama", Map.of()); // a refresh that replaced no timeline with events keeps none
        assertTrue(cache.placeKeys("geo:SY/Hama").isEmpty());
        cache.placeKeys("geo:SY/Hama", keys);
        cache.keep("x", mentions().subList(0, 41)); // a window beyond the capacity: nothing kept from then on
        assertTrue(cache.full());
        assertTrue(cache.placeKeys("geo:SY/Hama").isEmpty());
        cache.placeKeys("geo:SY/Hama", keys);
        assertTrue(cache.placeKeys("geo:SY/Hama").isEmpty());
    }

    @Test
    void itsCapacityIsAShareOfTheHeapUnlessSet() {
        String before = System.getProperty("sitrep.mentionCache");
        try {
            System.clearProperty("sitrep.mentionCache");
            assertEquals(Runtime.getRuntime().maxMemory() / MentionCache.HEAP_SHARE / MentionCache.BYTES_PER_MENTION,
                    MentionCache.ofHeap().capacity());
            System.setProperty("sitrep.mentionCache", "0");
            assertEquals(0, MentionCache.ofHeap().capacity());
            System.setProperty("sitrep.mentionCache", "a lot"); // not a number: the heap's share, as Integer.getInteger does
            assertEquals(Runtime.getRuntime().maxMemory() / MentionCache.HEAP_SHARE / MentionCache.BYTES_PER_MENTION,
                    MentionCache.ofHeap().capacity());
        } finally {
            if (before == null) {
                System.clearProperty("sitrep.mentionCache");
            } else {
                System.setProperty("sitrep.mentionCache", before);
            }
        }
    }
}
