package org.sitrep.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.store.StoreJson;

/**
 * The map's offline context beyond country outlines, cut to the countries a store covers: first-level divisions
 * (Natural Earth 10m admin-1, simplified to about 1 km and joined to GeoNames' admin-1 names by
 * {@code scripts/admin1-outlines.py}) and populated places (the bundled GeoNames gazetteer, the largest
 * {@value #TOWNS_PER_COUNTRY} per country). Both are read once, when first asked for, and are thread-safe.
 */
public final class MapLayers {
    public static final String ADMIN1 = "/org/sitrep/geo/admin1.geojson.gz";
    /** The populated places given per country (by population, largest first). */
    public static final int TOWNS_PER_COUNTRY = 400;

    private static volatile Map<String, List<String>> admin1;
    private static volatile Gazetteer gazetteer;
    private static final Map<String, List<String>> TOWNS = new java.util.concurrent.ConcurrentHashMap<>();

    private MapLayers() {
    }

    /** Admin-1 outlines of these countries, a GeoJSON FeatureCollection (properties: country, admin1, name, iso, kind). */
    public static String admin1(Collection<String> countries) {
        Map<String, List<String>> all = admin1();
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (String c : countries) {
            for (String f : all.getOrDefault(c, List.of())) {
                sb.append(first ? "" : ",").append(f);
                first = false;
            }
        }
        return sb.append("]}").toString();
    }

    /** The features of the bundled admin-1 file by country, each kept as its JSON text. */
    private static Map<String, List<String>> admin1() {
        Map<String, List<String>> m = admin1;
        if (m == null) {
            synchronized (MapLayers.class) {
                m = admin1;
                if (m == null) {
                    admin1 = m = readAdmin1();
                }
            }
        }
        return m;
    }

    private static Map<String, List<String>> readAdmin1() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream raw = MapLayers.class.getResourceAsStream(ADMIN1)) {
            if (raw == null) {
                throw new IllegalStateException("the map's admin-1 outlines are missing from the build: " + ADMIN1);
            }
            try (JsonParser p = StoreJson.MAPPER.getFactory().createParser(new GZIPInputStream(raw))) {
                // {"type":"FeatureCollection","features":[ … ]}: stream the features, one tree at a time
                while (p.nextToken() != null) {
                    if (p.currentToken() == JsonToken.FIELD_NAME && "features".equals(p.currentName())) {
                        p.nextToken();
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            JsonNode f = StoreJson.MAPPER.readTree(p);
                            out.computeIfAbsent(f.path("properties").path("country").asText(), k -> new ArrayList<>())
                                    .add(StoreJson.MAPPER.writeValueAsString(f));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the map's admin-1 outlines " + ADMIN1, e);
        }
        return out;
    }

    /**
     * The largest populated places of these countries (GeoNames feature class P), a GeoJSON FeatureCollection of
     * points with properties name, population, country and rank (1: ≥ 500,000 people, 2: ≥ 50,000, 3: the rest).
     * Only places whose population GeoNames knows (or seats of government) are given.
     */
    public static String towns(Collection<String> countries) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        for (String c : countries) {
            for (String f : TOWNS.computeIfAbsent(c, MapLayers::townsOf)) {
                sb.append(first ? "" : ",").append(f);
                first = false;
            }
        }
        return sb.append("]}").toString();
    }

    private static List<String> townsOf(String country) {
        Gazetteer g = gazetteer();
        List<GeoEntry> places = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            if (!country.equals(g.countryOf(i))) {
                continue;
            }
            GeoEntry e = g.entry(i);
            String code = e.featureCode() == null ? "" : e.featureCode();
            // a place with a known population, or a seat of government; not a village of unknown size (the country
            // files list thousands: taking them by name would fill a country with its "Abū …" hamlets)
            if (code.startsWith("PPL") && (e.population() > 0 || code.equals("PPLC") || code.equals("PPLA") || code.equals("PPLA2"))
                    && !code.equals("PPLX") && !code.equals("PPLH") && !code.equals("PPLQ") && !code.equals("PPLW")) {
                places.add(e);
            }
        }
        places.sort(Comparator.comparingLong(GeoEntry::population).reversed().thenComparing(GeoEntry::name));
        java.util.Set<String> named = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (GeoEntry e : places) {
            if (out.size() == TOWNS_PER_COUNTRY) {
                break;
            }
            if (!named.add(e.name() + "\u0000" + Math.round(e.lat() * 10) + "," + Math.round(e.lon() * 10))) {
                continue; // one label for a place listed twice (the city and its seat)
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", e.name());
            props.put("population", e.population());
            props.put("country", e.country());
            props.put("rank", e.population() >= 500_000 ? 1 : e.population() >= 50_000 ? 2 : 3);
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("properties", props);
            feature.put("geometry", org.sitrep.app.export.GeoJson.point(e.lon(), e.lat()));
            out.add(StoreJson.write(feature));
        }
        return List.copyOf(out);
    }

    private static Gazetteer gazetteer() {
        Gazetteer g = gazetteer;
        if (g == null) {
            synchronized (MapLayers.class) {
                g = gazetteer;
                if (g == null) {
                    gazetteer = g = GazetteerBuilder.bundled();
                }
            }
        }
        return g;
    }
}
