package org.sitrep.core.geo;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.GeoEntry;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled gazetteer answers every lookup as the indexes it was compiled from, and refuses what it cannot read. */
class GazetteerFileTest {

    /** Every key of the bundled data, through the compiled form the build wrote, against the builder's own maps. */
    @Test
    void theBundledCompiledFormAnswersEveryKeyAsTheSourcesDo() {
        assertNotNull(GazetteerBuilder.class.getResource(GazetteerBuilder.COMPILED), "the build writes the compiled bundle");
        ReferenceGazetteer.Parts sources = new ReferenceGazetteer().addBundled().parts();
        Gazetteer g = GazetteerBuilder.compiledBundle();
        assertNotNull(g, "the compiled bundle is current (its version and name-key rules are this build's)");
        answersAsTheReference(sources, g);
    }

    /** Every place, key, skeleton, division and country of {@code sources}, asked of {@code g}. */
    static void answersAsTheReference(ReferenceGazetteer.Parts sources, Gazetteer g) {
        assertEquals(sources.entries().size(), g.size());
        for (int i = 0; i < g.size(); i++) {
            assertEquals(sources.entries().get(i), g.entry(i));
        }
        for (Map.Entry<String, List<Integer>> e : sources.normal().entrySet()) {
            List<GeoEntry> want = e.getValue().stream().map(sources.entries()::get).toList();
            assertEquals(want, g.byNormal(e.getKey()), e.getKey());
            assertTrue(g.hasNormal(e.getKey()));
        }
        for (Map.Entry<String, List<Object>> e : sources.skeleton().entrySet()) {
            List<Gazetteer.SkeletonHit> want = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i += 2) {
                want.add(new Gazetteer.SkeletonHit(sources.entries().get((Integer) e.getValue().get(i)), (String) e.getValue().get(i + 1)));
            }
            assertEquals(want, g.bySkeleton(e.getKey()), e.getKey());
        }
        sources.admin1().forEach((k, a) -> assertEquals(a, g.admin1(k)));
        sources.admin1ByNormal().forEach((k, l) -> assertEquals(l, g.admin1ByNormal(k), k));
        sources.countryByCode().forEach((k, c) -> assertEquals(c, g.country(k)));
        sources.countryByNormal().forEach((k, c) -> assertEquals(c, g.countryByNormal(k)));
        for (String absent : List.of("", "x", "zzzqqq", "hamaa", "ḥamā", "\uD83D\uDE00")) {
            if (!sources.normal().containsKey(absent)) {
                assertEquals(List.of(), g.byNormal(absent));
            }
        }
    }

    private static Gazetteer small(String... compactRows) {
        try (GazetteerBuilder b = new GazetteerBuilder()) {
            for (String r : compactRows) {
                b.add(GeoNamesRow.parseCompact(r));
            }
            return b.build();
        }
    }

    @Test
    void keysInAnyScriptAreFoundAndTheirNeighboursAreNot() {
        Gazetteer g = small("1\tMosul\t36.335\t43.11889\tPPLA\tIQ\t15\t1739800\tAl-Mawsil|الموصل|Мосул|\uD841\uDF0E town",
                "2\tḤamāh\t35.13179\t36.75783\tPPLA\tSY\t10\t696863\tHama|Hamah");
        for (String name : List.of("Mosul", "Al-Mawsil", "الموصل", "Мосул", "\uD841\uDF0E town", "Hama", "Ḥamāh")) {
            String k = g.keys().normal(name);
            assertEquals(1, g.byNormal(k).size(), name + " → " + k);
        }
        String mosul = g.keys().normal("Мосул");
        assertEquals(List.of(), g.byNormal(mosul.substring(0, mosul.length() - 1)));
        assertEquals(List.of(), g.byNormal(mosul + "a"));
        assertEquals(List.of(), g.byNormal(mosul + "л"));
        assertEquals(696863L, g.byNormal(g.keys().normal("Hama")).get(0).population());
        assertEquals(35.13179, g.byNormal(g.keys().normal("Hama")).get(0).lat());
    }

    @Test
    void coordinatesWithMoreThanFiveDecimalsAndHugePopulationsSurviveExactly() {
        Gazetteer g = small("7\tPrecise\t12.3456789\t-0.000001\tPPL\tSD\t01\t9000000000\t");
        GeoEntry e = g.byNormal(g.keys().normal("Precise")).get(0);
        assertEquals(12.3456789, e.lat());
        assertEquals(-0.000001, e.lon());
        assertEquals(9_000_000_000L, e.population());
    }

    @Test
    void aWrittenFileReadsBackTheSame(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Gazetteer g = small("1\tMosul\t36.335\t43.11889\tPPLA\tIQ\t15\t1739800\tAl-Mawsil");
        Path f = dir.resolve("g.bin");
        GazetteerFile.write(g, f);
        Gazetteer back = GazetteerFile.read(f);
        assertEquals(g.entry(0), back.entry(0));
        assertEquals(g.byNormal("mosul"), back.byNormal("mosul"));
        assertEquals(g.entry(0), GazetteerFile.read(new ByteArrayInputStream(Files.readAllBytes(f))).entry(0));
    }


    @Test
    void aMappedFileReplacedByAnotherStillAnswersAsItDidWhenRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.bin");
        GazetteerFile.write(small("1\tMosul\t36.335\t43.11889\tPPLA\tIQ\t15\t1739800\tAl-Mawsil"), f);
        Gazetteer mapped = GazetteerFile.read(f);
        // a second write goes to a temporary file renamed over the first: the mapped pages stay the old file's
        GazetteerFile.write(small("2\tKherson\t46.63\t32.61\tPPLA\tUA\t20\t300000\t"), f);
        assertEquals(1, mapped.byNormal("mosul").size());
        assertEquals(36.335, mapped.byNormal("mosul").get(0).lat());
        assertEquals(0, mapped.byNormal("kherson").size());
        Gazetteer now = GazetteerFile.read(f);
        assertEquals(1, now.byNormal("kherson").size());
        assertEquals(0, now.byNormal("mosul").size());
    }
    @Test
    void aDamagedStaleOrForeignFileIsRefusedNamingWhy() {
        byte[] good = small("1\tMosul\t36.335\t43.11889\tPPLA\tIQ\t15\t1739800\tAl-Mawsil").compiled();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(ByteBuffer.wrap(new byte[0])));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        byte[] damaged = good.clone();
        damaged[good.length / 2] ^= 1;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(ByteBuffer.wrap(damaged)))
                .getMessage().contains("checksum"));
        byte[] foreign = good.clone();
        foreign[0] = 'X';
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(ByteBuffer.wrap(foreign)))
                .getMessage().contains("SITREPGZ"));
        byte[] old = good.clone();
        ByteBuffer.wrap(old).putInt(8, GazetteerFile.VERSION - 1);
        resum(old);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(ByteBuffer.wrap(old)))
                .getMessage().contains("version"));
        byte[] otherRules = good.clone();
        ByteBuffer.wrap(otherRules).putLong(12, NameKeys.fingerprint() + 1);
        resum(otherRules);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(ByteBuffer.wrap(otherRules)))
                .getMessage().contains("name-key rules"));
        for (int cut : new int[]{20, good.length / 2, good.length - 1}) {
            byte[] part = java.util.Arrays.copyOf(good, cut);
            assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(ByteBuffer.wrap(part)));
        }
    }

    /** Sets a file's trailing checksum to match its (altered) contents. */
    private static void resum(byte[] file) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(file, 0, file.length - 4);
        ByteBuffer.wrap(file).putInt(file.length - 4, (int) crc.getValue());
    }

    @Test
    void randomDamageIsRefusedNamingWhy() {
        byte[] good = small("1\tMosul\t36.335\t43.11889\tPPLA\tIQ\t15\t1739800\tAl-Mawsil|Mawsil",
                "2\tHama\t35.13179\t36.75783\tPPLA\tSY\t10\t696863\tHamah").compiled();
        Random r = new Random(5);
        for (int n = 0; n < 2000; n++) {
            byte[] bad = good.clone();
            for (int k = 0; k <= r.nextInt(4); k++) {
                bad[20 + r.nextInt(bad.length - 20)] = (byte) r.nextInt(256);
            }
            if (java.util.Arrays.equals(bad, good)) {
                continue;
            }
            assertThrows(IllegalArgumentException.class, () -> GazetteerFile.read(ByteBuffer.wrap(bad)));
        }
    }

    @Test
    void anEmptyGazetteerCompilesAndFindsNothing() {
        Gazetteer g;
        try (GazetteerBuilder b = new GazetteerBuilder()) {
            g = b.build();
        }
        assertEquals(0, g.size());
        assertEquals(List.of(), g.byNormal("hama"));
        assertEquals(List.of(), g.bySkeleton("hm"));
        assertTrue(!g.hasNormal("hama"));
    }

    /**
     * Random places (repeated ids merging their alternates, seats and capitals, names shared between places and
     * repeated within one, keys too short to index) compiled with every spool in memory and with every spool spilled
     * to a file at once: both answer every key as the reference maps do, and leave no temporary file behind.
     */
    @Test
    void aRandomGazetteerCompiledInMemoryOrThroughFilesAnswersAsTheReference(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Random r = new Random(11);
        String[] syllables = {"al", "Ma", "'ar", "ra", "t", "Kaf", "r", "Na", "bu", "ḥa", "Ş", "um", "-", " ", "y", "ā", "Tell ", "el"};
        String[] codes = {"PPL", "PPLA", "PPLC", "PPLA2", "PPLX"};
        String[] countries = {"SY", "UA", "SD", "MM", "YE"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int id = 1 + r.nextInt(2500); // about a sixth repeat an earlier id
            List<String> alts = new ArrayList<>();
            for (int a = r.nextInt(5); a > 0; a--) {
                alts.add(word(r, syllables));
            }
            if (r.nextInt(10) == 0) {
                alts.add("حماة");
            }
            rows.add(id + "\t" + word(r, syllables) + "\t" + (r.nextInt(9000000) / 1e5) + "\t" + (r.nextInt(9000000) / 1e5) + "\t"
                    + codes[r.nextInt(codes.length)] + "\t" + countries[r.nextInt(countries.length)] + "\t" + (1 + r.nextInt(9)) + "\t"
                    + r.nextInt(100000) + "\t" + String.join("|", alts));
        }
        ReferenceGazetteer reference = new ReferenceGazetteer();
        rows.forEach(x -> reference.add(GeoNamesRow.parseCompact(x)));
        ReferenceGazetteer.Parts want = reference.parts();
        for (int inMemory : new int[] {GazetteerBuilder.SPOOL_IN_MEMORY, 16}) {
            Path temp = Files.createDirectories(dir.resolve("temp" + inMemory));
            byte[] built;
            Path file = dir.resolve("g" + inMemory + ".bin");
            try (GazetteerBuilder b = new GazetteerBuilder(temp, inMemory)) {
                rows.forEach(x -> b.add(GeoNamesRow.parseCompact(x)));
                built = b.build().compiled();
                b.write(file);
                if (inMemory == 16) {
                    try (java.util.stream.Stream<Path> s = Files.walk(temp)) {
                        assertTrue(s.filter(Files::isRegularFile).count() >= 20, "the columns and key tables went to files");
                    }
                }
            }
            try (java.util.stream.Stream<Path> s = Files.list(temp)) {
                assertEquals(0, s.count(), "temporary files deleted");
            }
            assertTrue(java.util.Arrays.equals(built, Files.readAllBytes(file)), "the file is what build() compiled");
            answersAsTheReference(want, GazetteerFile.read(file));
        }
    }

    private static String word(Random r, String[] syllables) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            sb.append(syllables[r.nextInt(syllables.length)]);
        }
        return sb.toString().strip();
    }
}
