package org.sitrep.store;

/** A circle on the map: centre and radius in km. Parsed from "LAT,LON,KM". */
public record Near(double lat, double lon, double km) {
    public Near {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || !(km > 0)) {
            throw new IllegalArgumentException("Not a circle: " + lat + "," + lon + "," + km + " (want LAT,LON,KM with KM > 0)");
        }
    }

    public static Near parse(String s) {
        String[] p = s.split(",");
        if (p.length != 3) {
            throw new IllegalArgumentException("Expected LAT,LON,KM, got '" + s + "'");
        }
        try {
            return new Near(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), Double.parseDouble(p[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Expected LAT,LON,KM as numbers, got '" + s + "'");
        }
    }

    /** Degrees of latitude spanned by the radius. */
    double dLat() {
        return km / 111.0;
    }

    /** Degrees of longitude spanned by the radius at the centre's latitude. */
    double dLon() {
        return km / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
    }
}
