package org.sitrep.core.geo;

import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.text.Resources;
import org.sitrep.core.text.Rx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer's indexes as plain maps, made the simplest way (every name of every place held in memory): the
 * reference {@link GazetteerBuilder}'s compiled form is checked against. It was the builder until the builder learnt
 * to compile the world in a bounded heap.
 */
final class ReferenceGazetteer {
    private static final String BUNDLE = "/org/sitrep/core/geo/";

    /** The indexes (orders matter and are kept: postings in load order, skeleton pairs in name order). */
    record Parts(List<GeoEntry> entries, Map<String, List<Integer>> normal, Map<String, List<Object>> skeleton,
                 Map<String, Admin1> admin1, Map<String, List<Admin1>> admin1ByNormal,
                 Map<String, Gazetteer.Country> countryByNormal, Map<String, Gazetteer.Country> countryByCode) {
    }

    private final NameKeys keys = NameKeys.defaults();
    private final List<GeoEntry> entries = new ArrayList<>();
    private final Map<Integer, Integer> indexById = new HashMap<>();
    private final List<Set<String>> names = new ArrayList<>();
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, List<String>> countryAliases = new HashMap<>();

    ReferenceGazetteer addBundled() {
        for (String line : Resources.lines(BUNDLE + "admin1.tsv")) {
            String[] kv = line.split("\t");
            admin1Names.put(kv[0], kv[1]);
        }
        for (String line : Resources.lines(BUNDLE + "country-aliases.txt")) {
            String[] kv = line.split("\t");
            countryAliases.put(kv[0], List.of(kv[1].split("\\|")));
        }
        for (String file : Resources.lines(BUNDLE + "gazetteer.index")) {
            addCompact(Resources.open(BUNDLE + file));
        }
        return this;
    }

    ReferenceGazetteer addCompact(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(GazetteerBuilder.maybeGunzip(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty()) {
                    add(GeoNamesRow.parseCompact(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Adds one row (merging alternates into an earlier row with the same id). */
    ReferenceGazetteer add(GeoNamesRow row) {
        Integer existing = indexById.get(row.id());
        Set<String> ns;
        if (existing != null) {
            ns = names.get(existing);
        } else {
            indexById.put(row.id(), entries.size());
            entries.add(new GeoEntry(row.id(), row.name(), row.lat(), row.lon(), row.featureCode(), row.country(),
                    row.admin1(), row.population()));
            ns = new LinkedHashSet<>();
            ns.add(row.name());
            names.add(ns);
        }
        ns.addAll(row.alternates());
        return this;
    }

    /** The indexes of everything added so far, as maps (what {@link #build} compiles; tests compare with it). */
    Parts parts() {
        Map<String, List<Integer>> normal = new HashMap<>(entries.size() * 4);
        Map<String, List<Object>> skeleton = new HashMap<>(entries.size() * 4);
        for (int i = 0; i < entries.size(); i++) {
            Set<String> seen = new java.util.HashSet<>();
            for (String n : names.get(i)) {
                String k = keys.normal(n);
                if (k.length() < 2 || !seen.add(k)) {
                    continue;
                }
                normal.computeIfAbsent(k, x -> new ArrayList<>(1)).add(i);
                String s = keys.skeleton(k);
                if (s.length() >= 2) {
                    List<Object> l = skeleton.computeIfAbsent(s, x -> new ArrayList<>(2));
                    l.add(i);
                    l.add(k);
                }
            }
        }
        Map<String, GeoEntry> seats = new HashMap<>();
        Map<String, Admin1> admin1 = buildAdmin1(seats);
        Map<String, List<Admin1>> admin1ByNormal = new HashMap<>();
        for (Admin1 a : admin1.values()) {
            Set<String> ks = new LinkedHashSet<>();
            ks.add(keys.normal(stripDivisionWords(a.name())));
            GeoEntry seat = seats.get(a.key());
            if (seat != null) {
                for (String n : names.get(indexById.get(seat.geonameid()))) {
                    ks.add(keys.normal(n));
                }
            }
            for (String k : ks) {
                if (!k.isEmpty()) {
                    admin1ByNormal.computeIfAbsent(k, x -> new ArrayList<>()).add(a);
                }
            }
        }
        Map<String, Gazetteer.Country> byCode = buildCountries();
        Map<String, Gazetteer.Country> byName = new HashMap<>();
        for (Gazetteer.Country c : byCode.values()) {
            byName.put(keys.normal(c.name()), c);
            for (String alias : countryAliases.getOrDefault(c.code(), List.of())) {
                byName.put(keys.normal(alias), c);
            }
        }
        return new Parts(entries, normal, skeleton, admin1, admin1ByNormal, byName, byCode);
    }

    private static String stripDivisionWords(String name) {
        return Rx.replaceAll(name, "(?i)\\b(governorate|province|oblast|state|region|muhafazat|division)\\b", "").strip();
    }

    private Map<String, Admin1> buildAdmin1(Map<String, GeoEntry> seats) {
        Map<String, double[]> sums = new HashMap<>();
        for (GeoEntry e : entries) {
            String k = e.admin1Key();
            double[] s = sums.computeIfAbsent(k, x -> new double[3]);
            s[0] += e.lat();
            s[1] += e.lon();
            s[2]++;
            if ("PPLA".equals(e.featureCode()) || "PPLC".equals(e.featureCode())) {
                GeoEntry prev = seats.get(k);
                if (prev == null || e.population() > prev.population()) {
                    seats.put(k, e);
                }
            }
        }
        Map<String, Admin1> out = new HashMap<>();
        for (Map.Entry<String, String> a : admin1Names.entrySet()) {
            double[] s = sums.get(a.getKey());
            if (s != null) {
                out.put(a.getKey(), new Admin1(a.getKey(), a.getValue(), s[0] / s[2], s[1] / s[2]));
            }
        }
        return out;
    }

    private Map<String, Gazetteer.Country> buildCountries() {
        Map<String, double[]> sums = new HashMap<>();
        Map<String, GeoEntry> capitals = new HashMap<>();
        for (GeoEntry e : entries) {
            double[] s = sums.computeIfAbsent(e.country(), x -> new double[3]);
            s[0] += e.lat();
            s[1] += e.lon();
            s[2]++;
            if ("PPLC".equals(e.featureCode())) {
                capitals.put(e.country(), e);
            }
        }
        Map<String, Gazetteer.Country> out = new HashMap<>();
        for (Map.Entry<String, double[]> c : sums.entrySet()) {
            String name = new Locale("", c.getKey()).getDisplayCountry(Locale.ENGLISH);
            if (name.isEmpty() || name.equals(c.getKey())) {
                continue;
            }
            double[] s = c.getValue();
            GeoEntry cap = capitals.get(c.getKey());
            out.put(c.getKey(), cap != null ? new Gazetteer.Country(c.getKey(), name, cap.lat(), cap.lon())
                    : new Gazetteer.Country(c.getKey(), name, s[0] / s[2], s[1] / s[2]));
        }
        return out;
    }
}
