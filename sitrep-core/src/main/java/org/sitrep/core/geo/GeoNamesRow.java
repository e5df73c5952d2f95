package org.sitrep.core.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * One place row in either the standard 19-column GeoNames dump format or sitrep's compact format
 * ({@code id, name, lat, lon, featureCode, country, admin1, population, alternates separated by '|'}).
 *
 * @param alternates Latin-script alternate names (other scripts are dropped: sitrep matches English text)
 */
public record GeoNamesRow(int id, String name, double lat, double lon, String featureClass, String featureCode,
                          String country, String admin1, long population, List<String> alternates) {

    /**
     * Parses a GeoNames dump line. Returns null for a line that is not a place row; throws
     * {@link IllegalArgumentException} naming the bad field for a malformed one.
     */
    public static GeoNamesRow parseDump(String line) {
        if (line.isBlank() || line.startsWith("#")) {
            return null;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
            throw new IllegalArgumentException("expected 19 tab-separated GeoNames columns, found " + f.length);
        }
        List<String> alts = new ArrayList<>();
        if (!f[2].isEmpty() && !f[2].equals(f[1])) {
            alts.add(f[2]);
        }
        for (String a : f[3].split(",")) {
            if (!a.isBlank() && isLatin(a) && !a.equals(f[1])) {
                alts.add(a.strip());
            }
        }
        return new GeoNamesRow(parseInt(f[0], "geonameid"), f[1], parseDouble(f[4], "latitude"),
                parseDouble(f[5], "longitude"), f[6], f[7], f[8], f[10], f[14].isEmpty() ? 0 : parseLong(f[14]), alts);
    }

    /** Parses a compact line (see class doc). */
    public static GeoNamesRow parseCompact(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
            throw new IllegalArgumentException("expected 9 tab-separated compact columns, found " + f.length);
        }
        List<String> alts = f[8].isEmpty() ? List.of() : List.of(f[8].split("\\|"));
        return new GeoNamesRow(parseInt(f[0], "id"), f[1], parseDouble(f[2], "lat"), parseDouble(f[3], "lon"),
                f[4].isEmpty() ? "" : f[4].substring(0, 1), f[4], f[5], f[6], parseLong(f[7]), alts);
    }

    /** The compact line for this row (no trailing newline). */
    public String toCompact() {
        return id + "\t" + name + "\t" + lat + "\t" + lon + "\t" + featureCode + "\t" + country + "\t" + admin1 + "\t"
                + population + "\t" + String.join("|", alternates);
    }

    /** True when every letter is Latin script (names in other scripts are useless against English text). */
    public static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static int parseInt(String s, String field) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + field + ": '" + s + "'");
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double parseDouble(String s, String field) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad " + field + ": '" + s + "'");
        }
    }
}
