package org.sitrep.core.geo;

/**
 * A first-level division (governorate, province, oblast, state).
 *
 * @param key  GeoNames key "SY.10"
 * @param name English name ("Hama")
 * @param lat  representative point: the seat's coordinates when known, else the mean of its places
 */
public record Admin1(String key, String name, double lat, double lon) {
    public String country() {
        return key.substring(0, key.indexOf('.'));
    }
}
