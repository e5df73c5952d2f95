package org.sitrep.core.model;

/**
 * Where a place mention points on the map. When the name could not be found, {@code resolved} is false and the
 * place has been degraded to its nearest container named in context (with a coarser precision), or has no
 * coordinates at all.
 *
 * @param name      the gazetteer name (or the mention's text when unresolved)
 * @param geonameid the GeoNames id, or null
 * @param admin1    the first-level division's name ("Hama"), or null
 * @param country   ISO country code, or null
 */
public record ResolvedPlace(String name, Integer geonameid, Double lat, Double lon, String admin1, String country,
                            GeoPrecision precision, boolean resolved) {

    public boolean hasPoint() {
        return lat != null && lon != null;
    }

    public static ResolvedPlace unresolved(String text) {
        return new ResolvedPlace(text, null, null, null, null, null, null, false);
    }
}
