package org.sitrep.core.geo;

import org.sitrep.core.text.Rx;
import org.sitrep.core.text.Resources;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Compiles a {@link Gazetteer} ({@link GazetteerFile}'s form) from compact GeoNames files: the bundled ones and any
 * the user imported. Rows that repeat a geonameid merge their alternate names into the first.
 *
 * <p>Memory grows with the number of places only (a few dozen bytes each), never with their names: a place's columns
 * and every (name key, place) pair go to spools — in memory while small, then temporary files — and the key tables
 * are built one hash bucket of keys at a time, so that GeoNames' whole world ({@code allCountries}, about 5 million
 * populated places) compiles within the launcher's default heap. The temporary files live under the directory given
 * to the constructor and are deleted by {@link #close}. Not thread-safe; the result is.
 *
 * <p>What a lookup answers does not depend on how the file was made: a name key's places in load order, each once; a
 * skeleton's (place, normal key) pairs in load order and, within a place, in the order of its names (its name, then
 * its alternates as they came, a merged row's after them); a division by its own name or its seat's names.
 */
public final class GazetteerBuilder implements AutoCloseable {
    private static final String BUNDLE = "/org/sitrep/core/geo/";
    private static volatile Gazetteer bundled;
    /** Hash buckets of keys: a bucket's keys are tabled together, in memory. */
    static final int BUCKETS = 64;
    /** Bytes a spool keeps in memory, by default, before it moves to a temporary file. */
    static final int SPOOL_IN_MEMORY = 256 << 10;

    private final NameKeys keys = NameKeys.defaults();
    private final Path tempParent;
    private final int spoolInMemory;
    private Path tempDir;
    private final List<Spool> spools = new ArrayList<>();

    // the places' columns, in load order
    private int n;
    private final IdIndex indexById = new IdIndex();
    /** Names seen per place (the rank of the next name within its place). */
    private int[] nameCount = new int[1024];
    private final Spool ids = spool();
    private final Spool nameBytes = spool();
    private final Spool nameEnds = spool();
    private long nameTotal;
    private final Spool lats = spool();
    private final Spool lons = spool();
    private boolean latE5 = true;
    private boolean lonE5 = true;
    private final Spool features = spool();
    private final Spool countries = spool();
    private final Spool admin1s = spool();
    private final Spool populations = spool();
    private boolean smallPopulations = true;
    /** Codes and other short strings of the text pool, after the places' names. */
    private final Map<String, Integer> small = new LinkedHashMap<>();

    // (normal key, place, rank of the name) records by the key's hash
    private final Spool[] normalRecords = new Spool[BUCKETS];

    // what divisions and countries are made of
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, List<String>> countryAliases = new HashMap<>();
    private final Map<String, double[]> admin1Sums = new HashMap<>();
    private final Map<String, double[]> countrySums = new HashMap<>();
    /** Per division, its seat: {place, population} of the most populous PPLA or PPLC. */
    private final Map<String, long[]> seats = new HashMap<>();
    /** Per country, the point of its (last) PPLC. */
    private final Map<String, double[]> capitals = new HashMap<>();
    /** Every name of each PPLA or PPLC place (a seat's names name its division too). */
    private final Map<Integer, Set<String>> seatNames = new HashMap<>();

    private Tables tables;

    /** A builder whose temporary files go under the system's temporary directory. */
    public GazetteerBuilder() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A builder whose temporary files (a directory of them, deleted by {@link #close}) go under {@code tempParent}. */
    public GazetteerBuilder(Path tempParent) {
        this(tempParent, SPOOL_IN_MEMORY);
    }

    /** As {@link #GazetteerBuilder(Path)}, with each spool keeping up to {@code spoolInMemory} bytes in memory (tests spill at once). */
    GazetteerBuilder(Path tempParent, int spoolInMemory) {
        this.tempParent = tempParent;
        this.spoolInMemory = spoolInMemory;
        for (int b = 0; b < BUCKETS; b++) {
            normalRecords[b] = spool();
        }
    }

    /** The gazetteer of the bundled data only, built once per JVM. */
    public static Gazetteer bundled() {
        Gazetteer g = bundled;
        if (g == null) {
            synchronized (GazetteerBuilder.class) {
                g = bundled;
                if (g == null) {
                    g = compiledBundle();
                    if (g == null) {
                        try (GazetteerBuilder b = new GazetteerBuilder()) {
                            g = b.addBundled().build();
                        }
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
                Path p = Path.of(url.toURI());
                return "file:" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
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
                return GazetteerFile.map(Path.of(url.toURI()));
            }
            if (!"jar".equals(url.getProtocol())) {
                return null;
            }
            java.net.JarURLConnection c = (java.net.JarURLConnection) url.openConnection();
            c.setUseCaches(false);
            Path jar = Path.of(c.getJarFileURL().toURI());
            Path beside = jar.resolveSibling(COMPILED_BESIDE_JAR);
            if (!Files.isRegularFile(beside)) {
                return null;
            }
            try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
                java.util.jar.JarEntry e = jf.getJarEntry(COMPILED.substring(1));
                if (e == null || e.getSize() != Files.size(beside)) {
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
            int count = 0;
            while ((line = r.readLine()) != null) {
                count++;
                if (line.isEmpty()) {
                    continue;
                }
                GeoNamesRow row;
                try {
                    row = GeoNamesRow.parseCompact(line);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(name + ":" + count + ": " + e.getMessage(), e);
                }
                add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer file " + name, e);
        }
        return this;
    }

    static InputStream maybeGunzip(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        return m1 == 0x1f && m2 == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
    }

    /** Adds one row (merging alternates into an earlier row with the same id). */
    public GazetteerBuilder add(GeoNamesRow row) {
        if (tables != null) {
            throw new IllegalStateException("rows added after the gazetteer was compiled");
        }
        try {
            int i = indexById.get(row.id());
            boolean merged = i >= 0;
            if (!merged) {
                i = n++;
                indexById.put(row.id(), i);
                if (i == nameCount.length) {
                    nameCount = Arrays.copyOf(nameCount, nameCount.length + (nameCount.length >> 1));
                }
                column(i, row);
                name(i, row.name());
            }
            for (String a : row.alternates()) {
                name(i, a);
            }
            Set<String> seat = seatNames.get(i);
            if (seat != null) {
                if (!merged) {
                    seat.add(row.name()); // a merged row brings its alternates only
                }
                seat.addAll(row.alternates());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("gazetteer: cannot write its temporary files under " + tempParent, e);
        }
        return this;
    }

    /** A new place's columns, and what its division and country are made of. */
    private void column(int i, GeoNamesRow row) throws IOException {
        ids.data.writeInt(row.id());
        byte[] name = row.name().getBytes(StandardCharsets.UTF_8);
        nameBytes.data.write(name);
        nameTotal += name.length;
        nameEnds.data.writeLong(nameTotal);
        lats.data.writeDouble(row.lat());
        lons.data.writeDouble(row.lon());
        latE5 &= e5(row.lat());
        lonE5 &= e5(row.lon());
        features.data.writeInt(smallRef(row.featureCode()));
        countries.data.writeInt(smallRef(row.country()));
        admin1s.data.writeInt(smallRef(row.admin1()));
        populations.data.writeLong(row.population());
        smallPopulations &= row.population() >= 0 && row.population() <= Integer.MAX_VALUE;

        String admin1Key = row.country() + "." + row.admin1();
        add(admin1Sums.computeIfAbsent(admin1Key, x -> new double[3]), row);
        add(countrySums.computeIfAbsent(row.country(), x -> new double[3]), row);
        boolean seat = "PPLA".equals(row.featureCode()) || "PPLC".equals(row.featureCode());
        if (seat) {
            seatNames.put(i, new LinkedHashSet<>());
            long[] prev = seats.get(admin1Key);
            if (prev == null || row.population() > prev[1]) {
                seats.put(admin1Key, new long[] {i, row.population()});
            }
        }
        if ("PPLC".equals(row.featureCode())) {
            capitals.put(row.country(), new double[] {row.lat(), row.lon()});
        }
    }

    private static void add(double[] sum, GeoNamesRow row) {
        sum[0] += row.lat();
        sum[1] += row.lon();
        sum[2]++;
    }

    private static boolean e5(double x) {
        return Math.abs(x) <= 1000 && Math.round(x * 1e5) / 1e5 == x;
    }

    private int smallRef(String s) {
        Integer r = small.get(s);
        if (r == null) {
            r = small.size();
            small.put(s, r);
        }
        return r;
    }

    /** One name of place {@code i}: its normal key, recorded with the place and the name's rank within it. */
    private void name(int i, String name) throws IOException {
        int rank = nameCount[i]++;
        String k = keys.normal(name);
        if (k.length() < 2) {
            return;
        }
        DataOutputStream out = normalRecords[bucket(k)].data;
        writeKey(out, k);
        out.writeInt(i);
        out.writeInt(rank);
    }

    private static int bucket(String key) {
        return (key.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(BUCKETS));
    }

    private static void writeKey(DataOutputStream out, String k) throws IOException {
        byte[] b = k.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readKey(DataInputStream in) throws IOException {
        int len;
        try {
            len = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        byte[] b = new byte[len];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Compiles everything added so far, in memory (the bundle, tests; a large gazetteer goes to a file: {@link #write}). */
    public Gazetteer build() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GazetteerFile.read(ByteBuffer.wrap(out.toByteArray()));
    }

    /**
     * Writes the compiled form to {@code file} atomically (a temporary file beside it, then a rename: a file another
     * process has mapped is never rewritten in place).
     */
    public void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes the temporary files. */
    @Override
    public void close() {
        for (Spool s : spools) {
            s.delete();
        }
        if (tempDir != null) {
            try {
                Files.deleteIfExists(tempDir);
            } catch (IOException e) {
                // left for the system's cleaner; nothing of it is read again
            }
        }
    }

    // ---------------------------------------------------------------- compiling

    /** The two key tables, written to spools bucket by bucket. */
    private static final class Tables {
        Table normal;
        Table skeleton;
    }

    /** A key table's sections (see {@link GazetteerFile}), each a spool in the order it is written. */
    private final class Table {
        int keys;
        final Spool keyEnds = spool();
        final Spool keyBytes = spool();
        long keyTotal;
        final Spool hashes = spool();
        final Spool postEnds = spool();
        final Spool post = spool();
        final Spool second;
        long postTotal;

        Table(boolean twoPostings) {
            second = twoPostings ? spool() : null;
        }

        /** Adds key number {@link #keys}; its postings follow with {@link #posting}, then {@link #endKey}. */
        int key(String k) throws IOException {
            byte[] b = k.getBytes(StandardCharsets.UTF_8);
            if (!new String(b, StandardCharsets.UTF_8).equals(k)) {
                throw new IllegalArgumentException("a key that UTF-8 cannot hold (an unpaired surrogate): " + k);
            }
            keyBytes.data.write(b);
            keyTotal += b.length;
            keyEnds.data.writeLong(keyTotal);
            hashes.data.writeInt(k.hashCode());
            return keys++;
        }

        void posting(int a, int b) throws IOException {
            post.data.writeInt(a);
            if (second != null) {
                second.data.writeInt(b);
            }
            postTotal++;
        }

        void endKey() throws IOException {
            postEnds.data.writeLong(postTotal);
        }
    }

    private Tables tables() throws IOException {
        if (tables != null) {
            return tables;
        }
        Tables t = new Tables();
        t.normal = new Table(false);
        t.skeleton = new Table(true);
        Spool[] skeletonRecords = new Spool[BUCKETS];
        for (int b = 0; b < BUCKETS; b++) {
            skeletonRecords[b] = spool();
        }
        // normal keys: a key's places in load order, each once (at its first name with the key)
        for (int b = 0; b < BUCKETS; b++) {
            Map<String, Longs> byKey = new HashMap<>();
            try (DataInputStream in = normalRecords[b].input()) {
                String k;
                while ((k = readKey(in)) != null) {
                    byKey.computeIfAbsent(k, x -> new Longs()).add((long) in.readInt() << 32 | in.readInt());
                }
            }
            normalRecords[b].delete();
            for (Map.Entry<String, Longs> e : byKey.entrySet()) {
                String k = e.getKey();
                long[] placeRanks = e.getValue().sorted();
                int ki = t.normal.key(k);
                String s = keys.skeleton(k);
                int last = -1;
                for (long pr : placeRanks) {
                    int place = (int) (pr >>> 32);
                    if (place == last) {
                        continue;
                    }
                    last = place;
                    t.normal.posting(place, 0);
                    if (s.length() >= 2) {
                        DataOutputStream out = skeletonRecords[bucket(s)].data;
                        writeKey(out, s);
                        out.writeLong(pr);
                        out.writeInt(ki);
                    }
                }
                t.normal.endKey();
            }
        }
        // skeletons: (place, normal key) pairs in load order, and within a place in the order of its names
        for (int b = 0; b < BUCKETS; b++) {
            Map<String, Longs> bySkeleton = new HashMap<>();
            try (DataInputStream in = skeletonRecords[b].input()) {
                String s;
                while ((s = readKey(in)) != null) {
                    Longs l = bySkeleton.computeIfAbsent(s, x -> new Longs());
                    l.add(in.readLong());
                    l.add(in.readInt());
                }
            }
            skeletonRecords[b].delete();
            for (Map.Entry<String, Longs> e : bySkeleton.entrySet()) {
                t.skeleton.key(e.getKey());
                long[] pairs = e.getValue().toArray();
                Integer[] order = new Integer[pairs.length / 2];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> Long.compare(pairs[2 * x], pairs[2 * y]));
                for (int o : order) {
                    t.skeleton.posting((int) (pairs[2 * o] >>> 32), (int) pairs[2 * o + 1]);
                }
                t.skeleton.endKey();
            }
        }
        tables = t;
        return t;
    }

    /** Writes the compiled form (see {@link GazetteerFile} for the layout) to {@code sink}. */
    void writeTo(OutputStream sink) throws IOException {
        Tables t = tables();
        Map<String, Admin1> admin1 = buildAdmin1();
        Map<String, List<Admin1>> admin1ByNormal = new HashMap<>();
        for (Admin1 a : admin1.values()) {
            Set<String> ks = new LinkedHashSet<>();
            ks.add(keys.normal(stripDivisionWords(a.name())));
            long[] seat = seats.get(a.key());
            if (seat != null) {
                for (String name : seatNames.get((int) seat[0])) {
                    ks.add(keys.normal(name));
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
            if (c.name().contains(" & ")) {
                byName.put(keys.normal(c.name().replace(" & ", " and ")), c); // "Bosnia and Herzegovina", as news writes it
            }
            for (String alias : countryAliases.getOrDefault(c.code(), List.of())) {
                byName.put(keys.normal(alias), c);
            }
        }
        List<Admin1> divisions = new ArrayList<>(admin1.values());
        Map<Admin1, Integer> divisionIndex = new java.util.IdentityHashMap<>();
        for (Admin1 a : divisions) {
            divisionIndex.put(a, divisionIndex.size());
            smallRef(a.key());
            smallRef(a.name());
        }
        admin1ByNormal.keySet().forEach(this::smallRef);
        List<Gazetteer.Country> countryList = new ArrayList<>(byCode.values());
        Map<Gazetteer.Country, Integer> countryIndex = new java.util.IdentityHashMap<>();
        for (Gazetteer.Country c : countryList) {
            countryIndex.put(c, countryIndex.size());
            smallRef(c.code());
            smallRef(c.name());
        }
        byName.keySet().forEach(this::smallRef);
        for (Spool s : spools) {
            s.data.flush();
        }

        java.util.zip.CheckedOutputStream checked = new java.util.zip.CheckedOutputStream(
                new BufferedOutputStream(sink, 1 << 16), new java.util.zip.CRC32());
        DataOutputStream out = new DataOutputStream(checked);
        GazetteerFile.writeHeader(out);

        // text pool: the places' names (name i is text i), then the short strings
        List<byte[]> smallBytes = new ArrayList<>(small.size());
        long poolBytes = nameTotal;
        for (String s : small.keySet()) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            smallBytes.add(b);
            poolBytes += b.length;
        }
        int texts = n + small.size();
        out.writeInt(texts);
        out.writeInt(0);
        copyOffsets(nameEnds, n, out, "the places' names");
        long at = nameTotal;
        for (byte[] b : smallBytes) {
            at += b.length;
            out.writeInt(offset(at, "the text pool"));
        }
        offset(poolBytes, "the text pool");
        nameBytes.copyTo(out);
        for (byte[] b : smallBytes) {
            out.write(b);
        }

        // places
        out.writeInt(n);
        ids.copyTo(out);
        for (int i = 0; i < n; i++) {
            out.writeInt(i);
        }
        coordinates(lats, latE5, out);
        coordinates(lons, lonE5, out);
        for (Spool s : List.of(features, countries, admin1s)) {
            try (DataInputStream in = s.input()) {
                for (int i = 0; i < n; i++) {
                    out.writeInt(n + in.readInt());
                }
            }
        }
        out.writeByte(smallPopulations ? 1 : 0);
        try (DataInputStream in = populations.input()) {
            for (int i = 0; i < n; i++) {
                long p = in.readLong();
                if (smallPopulations) {
                    out.writeInt((int) p);
                } else {
                    out.writeLong(p);
                }
            }
        }

        writeTable(t.normal, out);
        writeTable(t.skeleton, out);

        out.writeInt(divisions.size());
        for (Admin1 a : divisions) {
            out.writeInt(n + small.get(a.key()));
            out.writeInt(n + small.get(a.name()));
            out.writeDouble(a.lat());
            out.writeDouble(a.lon());
        }
        out.writeInt(admin1ByNormal.size());
        for (Map.Entry<String, List<Admin1>> e : admin1ByNormal.entrySet()) {
            out.writeInt(n + small.get(e.getKey()));
            out.writeInt(e.getValue().size());
            for (Admin1 a : e.getValue()) {
                out.writeInt(divisionIndex.get(a));
            }
        }
        out.writeInt(countryList.size());
        for (Gazetteer.Country c : countryList) {
            out.writeInt(n + small.get(c.code()));
            out.writeInt(n + small.get(c.name()));
            out.writeDouble(c.lat());
            out.writeDouble(c.lon());
        }
        out.writeInt(byName.size());
        for (Map.Entry<String, Gazetteer.Country> e : byName.entrySet()) {
            out.writeInt(n + small.get(e.getKey()));
            out.writeInt(countryIndex.get(e.getValue()));
        }
        GazetteerFile.writeEnd(out, checked);
    }

    /** A key table: its keys' ends and bytes, the open-addressing slots by hash, the postings' ends and postings. */
    private static void writeTable(Table t, DataOutputStream out) throws IOException {
        out.writeInt(t.keys);
        out.writeInt(0);
        copyOffsets(t.keyEnds, t.keys, out, "a key table");
        t.keyBytes.copyTo(out);
        int cap = Integer.highestOneBit(Math.max(2, t.keys + t.keys / 2)) << 1; // load at most 2/3
        int[] slots = new int[cap];
        try (DataInputStream in = t.hashes.input()) {
            for (int i = 0; i < t.keys; i++) {
                int s = GazetteerFile.mix(in.readInt()) & (cap - 1);
                while (slots[s] != 0) {
                    s = (s + 1) & (cap - 1);
                }
                slots[s] = i + 1;
            }
        }
        out.writeInt(cap);
        for (int s : slots) {
            out.writeInt(s);
        }
        out.writeInt(0);
        copyOffsets(t.postEnds, t.keys, out, "a key table's postings");
        offset(t.postTotal * 4, "a key table's postings");
        t.post.copyTo(out);
        if (t.second != null) {
            t.second.copyTo(out);
        }
    }

    /** Copies {@code count} running ends (longs) as the format's int offsets, refusing what an int cannot hold. */
    private static void copyOffsets(Spool ends, int count, DataOutputStream out, String what) throws IOException {
        try (DataInputStream in = ends.input()) {
            for (int i = 0; i < count; i++) {
                out.writeInt(offset(in.readLong(), what));
            }
        }
    }

    private static int offset(long at, String what) {
        if (at > Integer.MAX_VALUE) {
            throw new IllegalStateException("gazetteer too large: " + what + " would pass 2 GiB in the compiled form");
        }
        return (int) at;
    }

    /** A coordinate column: hundred-thousandths in an int when every value is exactly that (GeoNames' 5 decimals), else doubles. */
    private void coordinates(Spool column, boolean e5, DataOutputStream out) throws IOException {
        out.writeByte(e5 ? 1 : 0);
        try (DataInputStream in = column.input()) {
            for (int i = 0; i < n; i++) {
                double x = in.readDouble();
                if (e5) {
                    out.writeInt((int) Math.round(x * 1e5));
                } else {
                    out.writeDouble(x);
                }
            }
        }
    }

    private static String stripDivisionWords(String name) {
        return Rx.replaceAll(name, "(?i)\\b(governorate|province|oblast|state|region|muhafazat|division)\\b", "").strip();
    }

    private Map<String, Admin1> buildAdmin1() {
        Map<String, Admin1> out = new HashMap<>();
        for (Map.Entry<String, String> a : admin1Names.entrySet()) {
            double[] s = admin1Sums.get(a.getKey());
            if (s != null) {
                out.put(a.getKey(), new Admin1(a.getKey(), a.getValue(), s[0] / s[2], s[1] / s[2]));
            }
        }
        return out;
    }

    private Map<String, Gazetteer.Country> buildCountries() {
        Map<String, Gazetteer.Country> out = new HashMap<>();
        for (Map.Entry<String, double[]> c : countrySums.entrySet()) {
            String name = new Locale("", c.getKey()).getDisplayCountry(Locale.ENGLISH);
            if (name.isEmpty() || name.equals(c.getKey())) {
                continue;
            }
            double[] s = c.getValue();
            double[] cap = capitals.get(c.getKey());
            out.put(c.getKey(), cap != null ? new Gazetteer.Country(c.getKey(), name, cap[0], cap[1])
                    : new Gazetteer.Country(c.getKey(), name, s[0] / s[2], s[1] / s[2]));
        }
        return out;
    }

    // ---------------------------------------------------------------- storage

    private Spool spool() {
        Spool s = new Spool();
        spools.add(s);
        return s;
    }

    private Path tempDir() throws IOException {
        if (tempDir == null) {
            Files.createDirectories(tempParent);
            tempDir = Files.createTempDirectory(tempParent, "sitrep-gazetteer-");
        }
        return tempDir;
    }

    /** Bytes written once and read back in order: in memory up to {@link #spoolInMemory}, then in a temporary file. */
    private final class Spool extends OutputStream {
        private ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private OutputStream file;
        private Path path;
        final DataOutputStream data = new DataOutputStream(new BufferedOutputStream(this, 1 << 13));

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (memory != null && memory.size() + len > spoolInMemory) {
                path = Files.createTempFile(tempDir(), "spool", ".bin");
                file = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
                memory.writeTo(file);
                memory = null;
            }
            if (memory != null) {
                memory.write(b, off, len);
            } else {
                file.write(b, off, len);
            }
        }

        /** The bytes written so far, from the first. */
        DataInputStream input() throws IOException {
            data.flush();
            if (memory != null) {
                return new DataInputStream(new ByteArrayInputStream(memory.toByteArray()));
            }
            file.flush();
            return new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        }

        void copyTo(OutputStream out) throws IOException {
            try (InputStream in = input()) {
                in.transferTo(out);
            }
        }

        void delete() {
            memory = new ByteArrayOutputStream();
            try {
                if (file != null) {
                    file.close();
                }
                if (path != null) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // a temporary file left behind is deleted with its directory or by the system
            }
            file = null;
            path = null;
        }
    }

    /** A growable list of longs. */
    private static final class Longs {
        private long[] v = new long[2];
        private int size;

        void add(long x) {
            if (size == v.length) {
                v = Arrays.copyOf(v, size * 2);
            }
            v[size++] = x;
        }

        long[] toArray() {
            return Arrays.copyOf(v, size);
        }

        long[] sorted() {
            long[] a = toArray();
            Arrays.sort(a);
            return a;
        }
    }

    /** geonameid → place number: open addressing over two int arrays (a map of boxed integers would need ten times the memory). */
    private static final class IdIndex {
        private int[] keys = new int[1 << 10];
        private int[] values = new int[1 << 10];
        private boolean[] used = new boolean[1 << 10];
        private int size;

        int get(int id) {
            int mask = keys.length - 1;
            for (int at = GazetteerFile.mix(id * 0x9E3779B9) & mask; used[at]; at = (at + 1) & mask) {
                if (keys[at] == id) {
                    return values[at];
                }
            }
            return -1;
        }

        void put(int id, int value) {
            if ((size + 1) * 3 > keys.length * 2) {
                int[] k = keys;
                int[] v = values;
                boolean[] u = used;
                keys = new int[k.length * 2];
                values = new int[k.length * 2];
                used = new boolean[k.length * 2];
                size = 0;
                for (int i = 0; i < k.length; i++) {
                    if (u[i]) {
                        put(k[i], v[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int at = GazetteerFile.mix(id * 0x9E3779B9) & mask;
            while (used[at]) {
                at = (at + 1) & mask;
            }
            used[at] = true;
            keys[at] = id;
            values[at] = value;
            size++;
        }
    }
}
