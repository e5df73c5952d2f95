package org.sitrep.core.geo;

import org.sitrep.core.model.GeoEntry;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The countries a short free text names, such as a document's "conflict" field ("Russia–Ukraine", "Israel–Gaza",
 * "Ethiopia (Tigray war)", "Mozambique (Cabo Delgado)"): each part is read as a country, else as a first-level
 * division named once in the world, else as the most populous town of that name. Parts that name nothing
 * ("war", "Houthis") are skipped. Thread-safe.
 */
public final class CountryNames {
    private CountryNames() {
    }

    /** ISO codes, in the order the text names them (empty when it names none). */
    public static Set<String> of(Gazetteer g, String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[–—/(),;&]|\\s+and\\s+|\\s+vs\\.?\\s+")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String code = read(g, p);
            if (code == null) {
                for (String word : p.split("\\s+")) {
                    code = read(g, word);
                    if (code != null) {
                        break;
                    }
                }
            }
            if (code != null) {
                out.add(code);
            }
        }
        return out;
    }

    private static String read(Gazetteer g, String name) {
        String key = g.keys().normal(name);
        if (key.length() < 3) {
            return null;
        }
        Gazetteer.Country c = g.countryByNormal(key);
        if (c != null) {
            return c.code();
        }
        List<GeoEntry> towns = g.byNormal(key);
        GeoEntry biggest = towns.stream().max(Comparator.comparingLong(GeoEntry::population)).orElse(null);
        if (biggest != null && biggest.population() >= 100_000) {
            return biggest.country();
        }
        List<Admin1> divisions = g.admin1ByNormal(key);
        if (divisions.size() == 1) {
            return divisions.get(0).country();
        }
        return biggest != null ? biggest.country() : null;
    }
}
