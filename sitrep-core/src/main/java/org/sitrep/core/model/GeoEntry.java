package org.sitrep.core.model;

/**
 * One gazetteer row (a GeoNames place, or a first-level division made from GeoNames admin1 codes).
 *
 * @param admin1 the GeoNames admin1 code within the country, e.g. "10" (Hama in SY), may be empty
 */
public record GeoEntry(int geonameid, String name, double lat, double lon, String featureCode, String country,
                       String admin1, long population) {

    /** "SY.10" — the key GeoNames uses for the first-level division. */
    public String admin1Key() {
        return country + "." + admin1;
    }

    public boolean isAdmin1() {
        return "ADM1".equals(featureCode);
    }

    /** Great-circle distance in km. */
    public double distanceKm(double lat2, double lon2) {
        return Geo.distanceKm(lat, lon, lat2, lon2);
    }
}
