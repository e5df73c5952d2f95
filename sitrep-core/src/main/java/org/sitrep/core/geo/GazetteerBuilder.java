package org.sitrep.core.geo;

import org.sitrep.core.text.Rx;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.core.text.Resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Builds a {@link Gazetteer} from compact GeoNames files (the bundled ones and any the user imported). Rows that
 * repeat a geonameid merge their alternate names into the first. Not thread-safe; the result is.
 */
public final class GazetteerBuilder {
    private static final String BUNDLE = "/org/sitrep/core/geo/";
    private static volatile Gazetteer bundled;

    private final NameKeys keys = NameKeys.defaults();
    private final List<GeoEntry> entries = new ArrayList<>();
    private final Map<Integer, Integer> indexById = new HashMap<>();
    private final List<Set<String>> names = new ArrayList<>();
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, List<String>> countryAliases = new HashMap<>();

    /** The gazetteer of the bundled data only, built once per JVM. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (GazetteerBuilder.class) {
                g = bundled;
                if (g == null) {
                    g = compiledBundle();
                    if (g == null) {
                        g = new GazetteerBuilder().addBundled().build();
                    }
                    bundled = g;
                }
            }
        }
        return g;
    }

    /** The class-path name of the bundled gazetteer's compiled form, written at build time ({@link GazetteerFile#main}). */
    public static final String COMPILED = BUNDLE + "gazetteer.bin";

    /**
     * The bundled gazetteer's compiled form, or null when it is missing (a build that did not write it) or stale (of
     * another format version or other name-key rules): then the bundle is built from its sources, as before.
     */
    static Gazetteer compiledBundle() {
        java.net.URL url = GazetteerBuilder.class.getResource(COMPILED);
        if (url == null) {
            return null;
        }
        try {
            java.nio.ByteBuffer file = compiledFile(url);
            if (file != null) {
                return GazetteerFile.read(file);
            }
            try (InputStream in = url.openStream()) {
                return GazetteerFile.read(in);
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * What identifies the bundled data of this build (the compiled bundle's CRC in the jar, or its size and time as a
     * file), for caches of gazetteers made from it; "none" when the build wrote no compiled bundle.
     */
    public static String bundleIdentity() {
        java.net.URL url = GazetteerBuilder.class.getResource(COMPILED);
        if (url == null) {
            return "none";
        }
        try {
            if ("file".equals(url.getProtocol())) {
                java.nio.file.Path p = java.nio.file.Path.of(url.toURI());
                return "file:" + java.nio.file.Files.size(p) + ":" + java.nio.file.Files.getLastModifiedTime(p).toMillis();
            }
            java.net.URLConnection c = url.openConnection();
            if (c instanceof java.net.JarURLConnection j) {
                j.setUseCaches(false);
                return "jar:" + j.getJarEntry().getSize() + ":" + Long.toHexString(j.getJarEntry().getCrc());
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return "unknown:" + e.getClass().getSimpleName();
        }
        return "unknown";
    }

    /** The name of the copy of the compiled bundle a build puts beside its runnable jar (read faster than from the jar). */
    public static final String COMPILED_BESIDE_JAR = "sitrep-gazetteer.bin";

    /**
     * The compiled bundle read from a plain file, when there is one: the resource itself when the classes are a
     * directory, else a copy beside the jar ({@link #COMPILED_BESIDE_JAR}) whose size and CRC are the jar entry's
     * (mapping a file is faster than inflating the entry), mapped ({@link GazetteerFile#map}). Null: read it from the
     * jar.
     */
    private static java.nio.ByteBuffer compiledFile(java.net.URL url) throws IOException {
        try {
            if ("file".equals(url.getProtocol())) {
                return GazetteerFile.map(java.nio.file.Path.of(url.toURI()));
            }
            if (!"jar".equals(url.getProtocol())) {
                return null;
            }
            java.net.JarURLConnection c = (java.net.JarURLConnection) url.openConnection();
            c.setUseCaches(false);
            java.nio.file.Path jar = java.nio.file.Path.of(c.getJarFileURL().toURI());
            java.nio.file.Path beside = jar.resolveSibling(COMPILED_BESIDE_JAR);
            if (!java.nio.file.Files.isRegularFile(beside)) {
                return null;
            }
            try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
                java.util.jar.JarEntry e = jf.getJarEntry(COMPILED.substring(1));
                if (e == null || e.getSize() != java.nio.file.Files.size(beside)) {
                    return null;
                }
                java.nio.ByteBuffer bytes = GazetteerFile.map(beside);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(bytes.duplicate());
                return crc.getValue() == e.getCrc() ? bytes : null;
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** Adds every file listed in the bundled {@code gazetteer.index}, the admin1 names and country aliases. */
    public GazetteerBuilder addBundled() {
        for (String line : Resources.lines(BUNDLE + "admin1.tsv")) {
            String[] kv = line.split("\t");
            admin1Names.put(kv[0], kv[1]);
        }
        for (String line : Resources.lines(BUNDLE + "country-aliases.txt")) {
            String[] kv = line.split("\t");
            countryAliases.put(kv[0], List.of(kv[1].split("\\|")));
        }
        for (String file : Resources.lines(BUNDLE + "gazetteer.index")) {
            addCompact(Resources.open(BUNDLE + file), file);
        }
        return this;
    }

    /** Adds a compact file (gzip or plain). A malformed line is a configuration error naming file and line. */
    public GazetteerBuilder addCompact(InputStream in, String name) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(maybeGunzip(in), StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    add(GeoNamesRow.parseCompact(line));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer file " + name, e);
        }
        return this;
    }

    static InputStream maybeGunzip(InputStream in) throws IOException {
        java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        return m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
    }

    /** Adds one row (merging alternates into an earlier row with the same id). */
    public GazetteerBuilder add(GeoNamesRow row) {
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

    /** Indexes everything added so far. */
    public Gazetteer build() {
        return GazetteerFile.read(ByteBuffer.wrap(GazetteerFile.bytes(parts())));
    }

    /** The indexes of everything added so far, as maps (what {@link #build} compiles; tests compare with it). */
    GazetteerFile.Parts parts() {
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
        return new GazetteerFile.Parts(entries, normal, skeleton, admin1, admin1ByNormal, byName, byCode);
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
