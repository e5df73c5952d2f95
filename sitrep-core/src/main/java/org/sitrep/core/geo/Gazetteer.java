package org.sitrep.core.geo;

import org.sitrep.core.model.GeoEntry;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A GeoNames gazetteer: places by transliteration-tolerant keys (see {@link NameKeys}), first-level divisions and
 * countries, over its compiled form ({@link GazetteerFile}: primitive columns and key tables read in one pass; a
 * place's record is made when first asked for). Made by {@link GazetteerBuilder} or read from a
 * compiled file; immutable and thread-safe.
 */
public final class Gazetteer {
    /** A numeric column, whatever its stored form. */
    @FunctionalInterface
    interface Numbers {
        double get(int i);
    }

    /** The places as columns over the compiled bytes. */
    record Columns(int n, IntBuffer id, IntBuffer name, Numbers lat, Numbers lon, IntBuffer feature,
                   IntBuffer country, IntBuffer admin1, Numbers population, GazetteerFile.Text text) {
    }

    private final Columns columns;
    /** Each place's record, made when first asked for (a benign race: two threads may make equal records). */
    private final AtomicReferenceArray<GeoEntry> made;
    private final GazetteerFile.Table byNormal;
    private final GazetteerFile.Table bySkeleton;
    private final Map<String, Admin1> admin1;
    private final Map<String, List<Admin1>> admin1ByNormal;
    private final Map<String, Country> countryByNormal;
    private final Map<String, Country> countryByCode;
    private final NameKeys keys;
    private volatile ByteBuffer source;

    /** A country with a representative point (its capital, else the mean of its places). */
    public record Country(String code, String name, double lat, double lon) {
    }

    Gazetteer(Columns columns, GazetteerFile.Table byNormal, GazetteerFile.Table bySkeleton,
              Map<String, Admin1> admin1, Map<String, List<Admin1>> admin1ByNormal,
              Map<String, Country> countryByNormal, Map<String, Country> countryByCode, NameKeys keys) {
        this.columns = columns;
        this.made = new AtomicReferenceArray<>(columns.n());
        this.byNormal = byNormal;
        this.bySkeleton = bySkeleton;
        this.admin1 = admin1;
        this.admin1ByNormal = admin1ByNormal;
        this.countryByNormal = countryByNormal;
        this.countryByCode = countryByCode;
        this.keys = keys;
    }

    /** Keeps the compiled bytes this gazetteer was read from (for {@link #compiled}). */
    Gazetteer from(ByteBuffer bytes) {
        this.source = bytes;
        return this;
    }

    /** The compiled form, as {@link GazetteerFile#read} reads it. */
    public byte[] compiled() {
        ByteBuffer b = source.duplicate();
        b.position(0);
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    public NameKeys keys() {
        return keys;
    }

    public int size() {
        return columns.n();
    }

    /** Entry number {@code index} (0 ≤ index &lt; size()), in load order. */
    public GeoEntry entry(int index) {
        GeoEntry e = made.get(index);
        if (e == null) {
            Columns c = columns;
            GazetteerFile.Text t = c.text();
            e = new GeoEntry(c.id().get(index), t.get(c.name().get(index)), c.lat().get(index), c.lon().get(index),
                    t.get(c.feature().get(index)), t.get(c.country().get(index)), t.get(c.admin1().get(index)),
                    (long) c.population().get(index));
            made.set(index, e);
        }
        return e;
    }

    /** The ISO country code of entry {@code index}, read from its column without making its record. */
    public String countryOf(int index) {
        return columns.text().get(columns.country().get(index));
    }

    /** Places whose name or an alternate has this normal key. */
    public List<GeoEntry> byNormal(String normalKey) {
        return postings(byNormal, normalKey, i -> entry(byNormal.posting(i)));
    }

    /** A place found by skeleton, with the normal key of the name variant that has the skeleton. */
    public record SkeletonHit(GeoEntry entry, String normalKey) {
    }

    /** Places whose name or an alternate has this consonant skeleton. */
    public List<SkeletonHit> bySkeleton(String skeleton) {
        return postings(bySkeleton, skeleton, i -> new SkeletonHit(entry(bySkeleton.posting(i)), byNormal.key(bySkeleton.second(i))));
    }

    /** What each posting of {@code key} in {@code table} stands for ({@code hit} of the posting's number), in order. */
    private static <T> List<T> postings(GazetteerFile.Table table, String key, java.util.function.IntFunction<T> hit) {
        int k = table.find(key);
        if (k < 0) {
            return List.of();
        }
        int from = table.postingsFrom(k);
        int to = table.postingsTo(k);
        List<T> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(hit.apply(i));
        }
        return out;
    }

    /** True when some place, division or country has this normal key. */
    public boolean hasNormal(String normalKey) {
        return byNormal.find(normalKey) >= 0 || admin1ByNormal.containsKey(normalKey)
                || countryByNormal.containsKey(normalKey);
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

    /** Each country's capital (its most populous PPLC entry), by ISO code; read from the columns on first use. */
    private volatile Map<String, Integer> capitals;

    /** The geonameids of the national capitals ({@link #capital}), made on first use. */
    private volatile java.util.Set<Integer> capitalIds;

    /** Whether the entry with this geonameid is its country's national capital ("Khartoum said": Sudan's state speaks). */
    public boolean isNationalCapital(int geonameid) {
        java.util.Set<Integer> ids = capitalIds;
        if (ids == null) {
            capital(""); // makes the capitals' map
            java.util.Set<Integer> made = new java.util.HashSet<>();
            for (Integer i : capitals.values()) {
                made.add(entry(i).geonameid());
            }
            capitalIds = ids = java.util.Set.copyOf(made);
        }
        return ids.contains(geonameid);
    }

    /** The national capital of a country ("the Ethiopian capital"), or null when the gazetteer has none. */
    public GeoEntry capital(String code) {
        Map<String, Integer> m = capitals;
        if (m == null) {
            Columns c = columns;
            GazetteerFile.Text t = c.text();
            Map<String, Integer> found = new java.util.HashMap<>();
            Map<Integer, Boolean> isCapital = new java.util.HashMap<>(); // by the feature code's reference
            for (int i = 0; i < c.n(); i++) {
                if (!isCapital.computeIfAbsent(c.feature().get(i), f -> "PPLC".equals(t.get(f)))) {
                    continue;
                }
                String country = t.get(c.country().get(i));
                Integer best = found.get(country);
                if (best == null || c.population().get(i) > c.population().get(best)) {
                    found.put(country, i);
                }
            }
            capitals = m = Map.copyOf(found);
        }
        Integer i = m.get(code);
        return i == null ? null : entry(i);
    }
}
