package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spelling keys of the items merged together ({@link Item#nameKey}, {@link Item#textKey}), numbered, with each
 * key's spellings among them ({@link Names#sameKey}) found once: the search for a vague mention's partner compares its
 * place with thousands of others of its province (a popular province holds some 17,000 distinct keys over a million
 * mentions), and comparing two keys by their ids reads neither key's text.
 */
final class Spellings {
    private Spellings() {
    }

    /** Numbers the items' keys and gives each item its keys' ids and spellings (items sharing a key share the array). */
    static void assign(List<Item> items) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Item i : items) {
            id(i.nameKey, ids, keys);
            id(i.textKey, ids, keys);
        }
        int[][] spellings = spellings(keys);
        for (Item i : items) {
            i.nameId = i.nameKey == null || i.nameKey.isEmpty() ? -1 : ids.get(i.nameKey);
            i.nameSpellings = i.nameId < 0 ? null : spellings[i.nameId];
            i.textId = i.textKey == null || i.textKey.isEmpty() ? -1 : ids.get(i.textKey);
            i.textSpellings = i.textId < 0 ? null : spellings[i.textId];
            i.spelled = true;
        }
    }

    /** Whether the key of id {@code other} is among {@code spellings} (null: the item has no such key). */
    static boolean same(int[] spellings, int other) {
        return spellings != null && other >= 0 && Arrays.binarySearch(spellings, other) >= 0;
    }

    /** An empty key is no key: {@link Names#sameKey} holds for none. */
    private static void id(String key, Map<String, Integer> ids, List<String> keys) {
        if (key != null && !key.isEmpty() && !ids.containsKey(key)) {
            ids.put(key, keys.size());
            keys.add(key);
        }
    }

    /**
     * For each key, the sorted ids of the keys that are spellings of it. Two keys are spellings of one name only when
     * equal, or when they begin with the same character and their lengths differ by at most one: only those are
     * compared.
     */
    private static int[][] spellings(List<String> keys) {
        Map<Long, List<Integer>> byStart = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            byStart.computeIfAbsent(bucket(keys.get(k), 0), b -> new ArrayList<>()).add(k);
        }
        int[][] out = new int[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            String key = keys.get(k);
            List<Integer> found = new ArrayList<>();
            for (int d = -1; d <= 1; d++) {
                for (int other : byStart.getOrDefault(bucket(key, d), List.of())) {
                    if (Names.sameKey(key, keys.get(other))) {
                        found.add(other);
                    }
                }
            }
            out[k] = found.stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return out;
    }

    /** A key's first character and its length plus {@code d}. */
    private static long bucket(String key, int d) {
        return (long) key.charAt(0) << 32 | (key.length() + d) & 0xFFFFFFFFL;
    }
}
