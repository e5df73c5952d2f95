package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sitrep.core.reconcile.EventMerger;

/** The spellings a window's traversal finds of a key by its deletion neighbours are those found by comparing every key. */
class WindowKeysTest {
    @Test
    void theSpellingsFoundByDeletionNeighboursAreThoseOfComparingEveryKey() {
        Random r = new Random(7);
        int pairs = 0;
        for (int round = 0; round < 40; round++) {
            // keys from a small alphabet, many of them one edit apart, some empty, some of one character, some wide
            List<String> keys = new ArrayList<>();
            String alphabet = round % 4 == 0 ? "ab\u00e9\ud83d\ude00" : "abcd";
            for (int i = 0; i < 300; i++) {
                StringBuilder b = new StringBuilder();
                for (int n = r.nextInt(7); n > 0; n--) {
                    b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                keys.add(r.nextInt(20) == 0 ? null : b.toString());
            }
            WindowScan.Keys held = new WindowScan.Keys(keys);
            Set<String> distinct = new HashSet<>(keys);
            distinct.remove(null);
            for (String key : distinct) {
                Set<String> expected = new HashSet<>();
                for (String k : distinct) {
                    if (EventMerger.sameSpelling(key, k)) {
                        expected.add(k);
                        pairs += k.equals(key) ? 0 : 1;
                    }
                }
                assertEquals(expected, held.spellings(key), key);
            }
        }
        assertTrue(pairs > 1000, "keys with spellings other than themselves: " + pairs);
    }
}
