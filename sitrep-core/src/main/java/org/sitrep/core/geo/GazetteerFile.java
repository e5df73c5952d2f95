package org.sitrep.core.geo;

import org.sitrep.core.model.GeoEntry;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled form of a gazetteer: names normalised and indexed once, when the data is built or imported, so that
 * loading it is one read (or a memory map) and no work per name. Layout (big-endian):
 * <pre>
 *   "SITREPGZ" · version · fingerprint of the name-key rules
 *   text pool     count · offsets[count+1] · UTF-8 bytes        (names, codes)
 *   entries       n · geonameid[n] · name[n] · lat[n] · lon[n] · feature[n] · country[n] · admin1[n] · population[n]
 *                 (coordinates as int hundred-thousandths, populations as int, where every value allows it)
 *   normal keys   key table: keys in UTF-8, an open-addressing table by String.hashCode, postings (entries)
 *   skeleton keys key table with two postings per hit: the entry and the normal key of its name variant
 *   divisions     admin1 (key, name, lat, lon) · by normal name: key · divisions in order
 *   countries     (code, name, lat, lon) · by normal name: key · country
 *   "END!" · CRC-32 of all that comes before
 * </pre>
 * A file of another version or made under other name-key rules is refused ({@link #read}); the caller builds the
 * gazetteer from its sources instead.
 */
public final class GazetteerFile {
    private static final byte[] MAGIC = "SITREPGZ".getBytes(StandardCharsets.US_ASCII);
    /** The format's version; a file of another version is rebuilt. */
    public static final int VERSION = 4;
    private static final int END = 0x454E4421;

    private GazetteerFile() {
    }

    // ---------------------------------------------------------------- writing (by GazetteerBuilder)

    /** The header: magic, version, the name-key rules' fingerprint. */
    static void writeHeader(DataOutputStream out) throws IOException {
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(NameKeys.fingerprint());
    }

    /** The end mark, then the CRC-32 of everything before it. */
    static void writeEnd(DataOutputStream out, java.util.zip.CheckedOutputStream checked) throws IOException {
        out.writeInt(END);
        out.flush();
        out.writeInt((int) checked.getChecksum().getValue());
        out.flush();
    }

    static int mix(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * Whether {@code out} is newer than every source it is made of that lies in a directory (the bundled data, the
     * name-key rules, the classes that build it); sources inside a jar count as older.
     */
    private static boolean newerThanSources(Path out) throws IOException {
        long made = Files.getLastModifiedTime(out).toMillis();
        List<String> sources = new ArrayList<>(List.of("/org/sitrep/core/geo/admin1.tsv", "/org/sitrep/core/geo/country-aliases.txt",
                "/org/sitrep/core/geo/gazetteer.index", "/org/sitrep/core/geo/name-rules.txt"));
        for (String f : org.sitrep.core.text.Resources.lines("/org/sitrep/core/geo/gazetteer.index")) {
            sources.add("/org/sitrep/core/geo/" + f);
        }
        for (Class<?> c : List.of(GazetteerFile.class, GazetteerBuilder.class, Gazetteer.class, NameKeys.class, GeoNamesRow.class)) {
            sources.add("/" + c.getName().replace('.', '/') + ".class");
        }
        for (String src : sources) {
            java.net.URL u = GazetteerFile.class.getResource(src);
            if (u != null && "file".equals(u.getProtocol())) {
                try {
                    if (Files.getLastModifiedTime(Path.of(u.toURI())).toMillis() > made) {
                        return false;
                    }
                } catch (java.net.URISyntaxException e) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- reading

    /** Reads a compiled gazetteer from memory (its bytes, read in one pass). */
    public static Gazetteer read(ByteBuffer buf) {
        try {
            ByteBuffer b = buf.duplicate().order(java.nio.ByteOrder.BIG_ENDIAN);
            b.position(0);
            if (b.limit() < MAGIC.length + 4) {
                throw new IllegalArgumentException("not a complete compiled gazetteer (truncated)");
            }
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(b.slice(0, b.limit() - 4));
            if ((int) crc.getValue() != b.getInt(b.limit() - 4)) {
                byte[] magic = new byte[MAGIC.length];
                b.get(0, magic);
                throw new IllegalArgumentException(java.util.Arrays.equals(magic, MAGIC)
                        ? "compiled gazetteer damaged or truncated (its checksum does not match)"
                        : "not a compiled gazetteer (no SITREPGZ header)");
            }
            return parse(b.slice(0, b.limit() - 4).order(java.nio.ByteOrder.BIG_ENDIAN)).from(b.duplicate());
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a complete compiled gazetteer (truncated)", e);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a readable compiled gazetteer: " + e, e);
        }
    }

    /**
     * Reads a compiled gazetteer file by mapping it read-only: only the pages a lookup touches are read, so a start
     * costs a checksum pass over the page cache, not a copy of the whole file onto the heap (about ten times slower on
     * a virtual machine, where every fresh heap page is a fault). A mapped file must never be rewritten in place:
     * every writer of compiled gazetteers ({@link #write}, the build's copy beside the jar) writes a temporary file
     * and renames it over the old one, which leaves the old file's pages to the processes that mapped them.
     */
    public static Gazetteer read(Path file) throws IOException {
        return read(map(file));
    }

    /** A compiled gazetteer file mapped read-only (see {@link #read(Path)} for why it must be replaced, not rewritten). */
    public static ByteBuffer map(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            return ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
    }

    /** Reads a compiled gazetteer from a stream (a class-path resource), in one pass. */
    public static Gazetteer read(InputStream in) throws IOException {
        return read(ByteBuffer.wrap(in.readAllBytes()));
    }

    /** Writes {@code g}'s compiled form to {@code file} atomically (a temporary file beside it, then a move). */
    public static void write(Gazetteer g, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                out.write(g.compiled());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Gazetteer parse(ByteBuffer b) {
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("not a compiled gazetteer (no SITREPGZ header)");
        }
        int version = b.getInt();
        if (version != VERSION) {
            throw new IllegalArgumentException("compiled gazetteer of version " + version + ", this sitrep reads version " + VERSION);
        }
        long fingerprint = b.getLong();
        if (fingerprint != NameKeys.fingerprint()) {
            throw new IllegalArgumentException("compiled gazetteer made under other name-key rules (name-rules.txt or ICU changed)");
        }
        Text text = new Text(b);
        int n = b.getInt();
        IntBuffer ids = ints(b, n);
        IntBuffer names = ints(b, n);
        Gazetteer.Numbers lat = coordinates(b, n);
        Gazetteer.Numbers lon = coordinates(b, n);
        IntBuffer feature = ints(b, n);
        IntBuffer country = ints(b, n);
        IntBuffer admin1Codes = ints(b, n);
        Gazetteer.Numbers population;
        if (b.get() == 1) {
            IntBuffer small = ints(b, n);
            population = small::get;
        } else {
            LongBuffer large = longs(b, n);
            population = large::get;
        }
        Gazetteer.Columns c = new Gazetteer.Columns(n, ids, names, lat, lon, feature, country, admin1Codes, population, text);
        Table normal = new Table(b, false);
        Table skeleton = new Table(b, true);
        int na = b.getInt();
        Admin1[] divisions = new Admin1[na];
        Map<String, Admin1> admin1 = new HashMap<>(na * 2);
        for (int i = 0; i < na; i++) {
            divisions[i] = new Admin1(text.get(b.getInt()), text.get(b.getInt()), b.getDouble(), b.getDouble());
            admin1.put(divisions[i].key(), divisions[i]);
        }
        int nab = b.getInt();
        Map<String, List<Admin1>> admin1ByNormal = new HashMap<>(nab * 2);
        for (int i = 0; i < nab; i++) {
            String k = text.get(b.getInt());
            int cnt = b.getInt();
            List<Admin1> l = new ArrayList<>(cnt);
            for (int j = 0; j < cnt; j++) {
                l.add(divisions[b.getInt()]);
            }
            admin1ByNormal.put(k, List.copyOf(l));
        }
        int nc = b.getInt();
        Gazetteer.Country[] countries = new Gazetteer.Country[nc];
        Map<String, Gazetteer.Country> byCode = new HashMap<>(nc * 2);
        for (int i = 0; i < nc; i++) {
            countries[i] = new Gazetteer.Country(text.get(b.getInt()), text.get(b.getInt()), b.getDouble(), b.getDouble());
            byCode.put(countries[i].code(), countries[i]);
        }
        int ncn = b.getInt();
        Map<String, Gazetteer.Country> byName = new HashMap<>(ncn * 2);
        for (int i = 0; i < ncn; i++) {
            byName.put(text.get(b.getInt()), countries[b.getInt()]);
        }
        if (b.getInt() != END) {
            throw new IllegalArgumentException("compiled gazetteer does not end where its sections say");
        }
        return new Gazetteer(c, normal, skeleton, admin1, admin1ByNormal, byName, byCode, NameKeys.defaults());
    }

    private static Gazetteer.Numbers coordinates(ByteBuffer b, int n) {
        if (b.get() == 1) {
            IntBuffer e5 = ints(b, n);
            return i -> e5.get(i) / 1e5;
        }
        DoubleBuffer d = doubles(b, n);
        return d::get;
    }

    private static IntBuffer ints(ByteBuffer b, int n) {
        IntBuffer v = b.slice(b.position(), n * 4).order(b.order()).asIntBuffer();
        b.position(b.position() + n * 4);
        return v;
    }

    private static DoubleBuffer doubles(ByteBuffer b, int n) {
        DoubleBuffer v = b.slice(b.position(), n * 8).order(b.order()).asDoubleBuffer();
        b.position(b.position() + n * 8);
        return v;
    }

    private static LongBuffer longs(ByteBuffer b, int n) {
        LongBuffer v = b.slice(b.position(), n * 8).order(b.order()).asLongBuffer();
        b.position(b.position() + n * 8);
        return v;
    }

    /** The text pool: strings decoded when asked for. */
    static final class Text {
        private final IntBuffer offsets;
        private final ByteBuffer bytes;

        Text(ByteBuffer b) {
            int count = b.getInt();
            offsets = ints(b, count + 1);
            int len = offsets.get(count);
            bytes = b.slice(b.position(), len);
            b.position(b.position() + len);
        }

        String get(int ref) {
            int from = offsets.get(ref);
            int to = offsets.get(ref + 1);
            byte[] a = new byte[to - from];
            bytes.get(from, a);
            return new String(a, StandardCharsets.UTF_8);
        }
    }

    /** A key table read back: lookups by a key's hash, compared char by char with no allocation. */
    static final class Table {
        private final IntBuffer keyStart;
        /** The keys in UTF-8. */
        private final ByteBuffer bytes;
        private final IntBuffer slots;
        private final int mask;
        private final IntBuffer postStart;
        private final IntBuffer post;
        private final IntBuffer second;

        Table(ByteBuffer b, boolean twoPostings) {
            int n = b.getInt();
            keyStart = ints(b, n + 1);
            int nbytes = keyStart.get(n);
            bytes = b.slice(b.position(), nbytes);
            b.position(b.position() + nbytes);
            int cap = b.getInt();
            if (Integer.bitCount(cap) != 1) {
                throw new IllegalArgumentException("compiled gazetteer: a key table's size is not a power of two");
            }
            mask = cap - 1;
            slots = ints(b, cap);
            postStart = ints(b, n + 1);
            int total = postStart.get(n);
            post = ints(b, total);
            second = twoPostings ? ints(b, total) : null;
        }

        /** The key's number, or -1. */
        int find(String key) {
            int at = mix(key.hashCode()) & mask;
            while (true) {
                int s = slots.get(at);
                if (s == 0) {
                    return -1;
                }
                int k = s - 1;
                if (sameKey(k, key)) {
                    return k;
                }
                at = (at + 1) & mask;
            }
        }

        /** Whether key {@code k} is {@code key}: its UTF-8 bytes compared with the string's, encoded as they go. */
        private boolean sameKey(int k, String key) {
            int p = keyStart.get(k);
            int end = keyStart.get(k + 1);
            int len = key.length();
            if (end - p < len) {
                return false; // every char is at least one byte
            }
            for (int i = 0; i < len; ) {
                int cp = key.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    if (p >= end || bytes.get(p++) != cp) {
                        return false;
                    }
                    continue;
                }
                int n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (p + n > end) {
                    return false;
                }
                int lead = n == 2 ? 0xC0 | cp >> 6 : n == 3 ? 0xE0 | cp >> 12 : 0xF0 | cp >> 18;
                if ((bytes.get(p++) & 0xFF) != lead) {
                    return false;
                }
                for (int shift = (n - 2) * 6; shift >= 0; shift -= 6) {
                    if ((bytes.get(p++) & 0xFF) != (0x80 | (cp >> shift & 0x3F))) {
                        return false;
                    }
                }
            }
            return p == end;
        }

        String key(int k) {
            int from = keyStart.get(k);
            byte[] a = new byte[keyStart.get(k + 1) - from];
            bytes.get(from, a);
            return new String(a, StandardCharsets.UTF_8);
        }

        int postingsFrom(int k) {
            return postStart.get(k);
        }

        int postingsTo(int k) {
            return postStart.get(k + 1);
        }

        int posting(int i) {
            return post.get(i);
        }

        int second(int i) {
            return second.get(i);
        }
    }

    /**
     * Writes the compiled bundled gazetteer to {@code args[0]} (run at build time, so that no start normalises a
     * name). Skips the work when the file is there, of this version and made under these name-key rules.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GazetteerFile OUTPUT");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        if (Files.isRegularFile(out) && newerThanSources(out)) {
            try {
                read(out);
                System.out.println("compiled gazetteer " + out + " is up to date");
                return;
            } catch (IllegalArgumentException | IOException stale) {
                System.out.println("rebuilding compiled gazetteer " + out + ": " + stale.getMessage());
            }
        }
        long t0 = System.nanoTime();
        Gazetteer g;
        try (GazetteerBuilder b = new GazetteerBuilder()) {
            b.addBundled().write(out);
        }
        g = read(out);
        System.out.printf("compiled gazetteer: %d places, %d bytes, %s in %.1f s%n", g.size(), Files.size(out), out,
                (System.nanoTime() - t0) / 1e9);
    }
}
