package org.sitrep.core.geo;

import org.sitrep.core.model.GeoEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An in-memory GeoNames gazetteer: places by transliteration-tolerant keys (see {@link NameKeys}), first-level
 * divisions and countries. Built by {@link GazetteerBuilder}; immutable and thread-safe once built.
 */
public final class Gazetteer {
    private final List<GeoEntry> entries;
    private final Map<String, int[]> byNormal;
    private final Map<String, Object[]> bySkeleton;
    private final Map<String, Admin1> admin1;
    private final Map<String, List<Admin1>> admin1ByNormal;
    private final Map<String, Country> countryByNormal;
    private final Map<String, Country> countryByCode;
    private final NameKeys keys;

    /** A country with a representative point (its capital, else the mean of its places). */
    public record Country(String code, String name, double lat, double lon) {
    }

    Gazetteer(List<GeoEntry> entries, Map<String, int[]> byNormal, Map<String, Object[]> bySkeleton,
              Map<String, Admin1> admin1, Map<String, List<Admin1>> admin1ByNormal,
              Map<String, Country> countryByNormal, Map<String, Country> countryByCode, NameKeys keys) {
        this.entries = Collections.unmodifiableList(entries);
        this.byNormal = byNormal;
        this.bySkeleton = bySkeleton;
        this.admin1 = admin1;
        this.admin1ByNormal = admin1ByNormal;
        this.countryByNormal = countryByNormal;
        this.countryByCode = countryByCode;
        this.keys = keys;
    }

    public NameKeys keys() {
        return keys;
    }

    public int size() {
        return entries.size();
    }

    /** Entry number {@code index} (0 ≤ index &lt; size()), in load order. */
    public GeoEntry entry(int index) {
        return entries.get(index);
    }

    /** Places whose name or an alternate has this normal key. */
    public List<GeoEntry> byNormal(String normalKey) {
        return lookup(byNormal, normalKey);
    }

    /** A place found by skeleton, with the normal key of the name variant that has the skeleton. */
    public record SkeletonHit(GeoEntry entry, String normalKey) {
    }

    /** Places whose name or an alternate has this consonant skeleton. */
    public List<SkeletonHit> bySkeleton(String skeleton) {
        Object[] hits = bySkeleton.get(skeleton);
        if (hits == null) {
            return List.of();
        }
        int[] ids = (int[]) hits[0];
        String[] ks = (String[]) hits[1];
        List<SkeletonHit> out = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            out.add(new SkeletonHit(entries.get(ids[i]), ks[i]));
        }
        return out;
    }

    /** True when some place, division or country has this normal key. */
    public boolean hasNormal(String normalKey) {
        return byNormal.containsKey(normalKey) || admin1ByNormal.containsKey(normalKey)
                || countryByNormal.containsKey(normalKey);
    }

    private List<GeoEntry> lookup(Map<String, int[]> index, String key) {
        int[] ids = index.get(key);
        if (ids == null) {
            return List.of();
        }
        List<GeoEntry> out = new ArrayList<>(ids.length);
        for (int i : ids) {
            out.add(entries.get(i));
        }
        return out;
    }

    /** The division "SY.10", or null. */
    public Admin1 admin1(String key) {
        return admin1.get(key);
    }

    /** Divisions named so ("Hama" → SY.10), by their own name or their seat's. */
    public List<Admin1> admin1ByNormal(String normalKey) {
        return admin1ByNormal.getOrDefault(normalKey, List.of());
    }

    public Country countryByNormal(String normalKey) {
        return countryByNormal.get(normalKey);
    }

    public Country country(String code) {
        return countryByCode.get(code);
    }
}
