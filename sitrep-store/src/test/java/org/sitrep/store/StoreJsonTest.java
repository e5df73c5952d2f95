package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;

/** The store reads its own form of times digit by digit: the same times as the library's reader, and no others. */
class StoreJsonTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper LIBRARY = new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());

    @Test
    void randomTimesAsTheStoreWritesThemReadBackEqual() throws Exception {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            LocalDateTime t = LocalDateTime.of(r.nextInt(3000), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                    r.nextInt(60), i % 3 == 0 ? r.nextInt(1_000_000_000) : 0);
            if (i % 5 == 0) {
                t = t.withYear(r.nextBoolean() ? -r.nextInt(5000) : 10_000 + r.nextInt(90_000)); // outside four digits: the library's
            }
            String json = StoreJson.write(new TimeInterval(t, t.plusDays(1), TimePrecision.DAY));
            assertEquals(LIBRARY.readValue(json, TimeInterval.class), StoreJson.read(json, TimeInterval.class), json);
            assertEquals(t, StoreJson.read(json, TimeInterval.class).start(), json);
        }
    }

    /** The store's form of a time as the library's writer gives it, for any time, and the JSON of an event alike. */
    @Test
    void timesAreWrittenAsTheLibraryWritesThem() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper library = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.ALL, com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)
                .setVisibility(com.fasterxml.jackson.annotation.PropertyAccessor.FIELD, com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY);
        Random r = new Random(7);
        int fast = 0;
        for (int i = 0; i < 50_000; i++) {
            LocalDateTime t = LocalDateTime.of(r.nextInt(10_000), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                    i % 4 == 0 ? 0 : r.nextInt(60), switch (i % 6) {
                        case 0 -> r.nextInt(1_000_000_000);
                        case 3 -> r.nextInt(1000) * 1_000_000; // milliseconds only
                        default -> 0;
                    });
            if (i % 7 == 0) {
                t = t.withYear(r.nextBoolean() ? -r.nextInt(5000) : 10_000 + r.nextInt(90_000));
            }
            TimeInterval v = new TimeInterval(t, t.plusMinutes(r.nextInt(100_000)), TimePrecision.DAY);
            assertEquals(library.writeValueAsString(v), StoreJson.write(v), t.toString());
            fast += t.getNano() == 0 && t.getYear() >= 0 && t.getYear() <= 9999 ? 1 : 0;
        }
        assertTrue(fast > 20_000, fast + " written digit by digit");
        for (org.sitrep.core.Extraction x : Seeds.extractions()) {
            for (org.sitrep.core.model.SourcedMention m : org.sitrep.core.reconcile.Reconciler.mentions(x)) {
                assertEquals(library.writeValueAsString(m), StoreJson.write(m), m.id());
            }
        }
    }

    /**
     * A write given a {@link StoredJson} copies a mention's JSON from it only for the very object it holds, and writes
     * every other mention as always (an equal copy included); a mention held with its own JSON gives the same bytes.
     */
    @Test
    void mentionsAreCopiedAsStoredOnlyForTheVeryObjectsHeld() {
        java.util.List<org.sitrep.core.model.SourcedMention> ms = Seeds.extractions().stream()
                .flatMap(x -> org.sitrep.core.reconcile.Reconciler.mentions(x).stream()).limit(40).toList();
        byte[] plain = StoreJson.bytes(ms);
        assertEquals(StoreJson.write(ms), new String(plain, java.nio.charset.StandardCharsets.UTF_8));
        StoredJson stored = new StoredJson();
        for (org.sitrep.core.model.SourcedMention m : ms) {
            stored.put(m, StoreJson.bytes(m));
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain, StoreJson.bytes(ms, stored));
        assertEquals(ms.size(), stored.copied(), "every mention copied");
        stored.clear();
        byte[] other = StoreJson.bytes(ms.get(1));
        stored.put(ms.get(0), other); // held with another mention's JSON: that is what is copied
        String json = new String(StoreJson.bytes(ms, stored), java.nio.charset.StandardCharsets.UTF_8);
        String otherJson = new String(other, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.startsWith("[" + otherJson + "," + otherJson + ","), json.substring(0, 80));
        org.sitrep.core.model.SourcedMention copy = StoreJson.read(StoreJson.write(ms.get(0)), org.sitrep.core.model.SourcedMention.class);
        assertEquals(ms.get(0), copy);
        assertEquals(StoreJson.write(java.util.List.of(copy)),
                new String(StoreJson.bytes(java.util.List.of(copy), stored), java.nio.charset.StandardCharsets.UTF_8), "an equal mention is written");
        StoredJson small = new StoredJson(100);
        small.put(ms.get(0), new byte[101]);
        assertEquals(0, small.size(), "nothing held beyond the limit");
        small.put(ms.get(0), new byte[60]);
        small.put(ms.get(1), new byte[41]);
        small.put(ms.get(2), new byte[40]);
        assertEquals(2, small.size(), "held up to the limit");
    }

    /** Strings near the form (a character changed, dropped or added): the fast path answers the library's time or nothing. */
    @Test
    void stringsNearTheFormParseAsTheLibraryParsesThemOrFallBack() {
        Random r = new Random(5);
        String chars = "0123456789-T:+ Z.a";
        int fast = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder(LocalDateTime.of(1 + r.nextInt(9998), 1 + r.nextInt(12), 1 + r.nextInt(31 - 3), r.nextInt(24),
                    r.nextInt(60), r.nextInt(60)).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            switch (r.nextInt(4)) {
                case 0 -> s.setCharAt(r.nextInt(s.length()), chars.charAt(r.nextInt(chars.length())));
                case 1 -> s.deleteCharAt(r.nextInt(s.length()));
                case 2 -> s.insert(r.nextInt(s.length() + 1), chars.charAt(r.nextInt(chars.length())));
                default -> { }
            }
            String text = s.toString();
            LocalDateTime mine = StoreJson.Times.parse(text);
            LocalDateTime theirs;
            try {
                theirs = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException e) {
                theirs = null;
            }
            if (mine != null) {
                fast++;
                assertEquals(theirs, mine, text);
            } else if (theirs != null) {
                assertTrue(text.length() != 19 || text.contains("+"), "the form, valid, not read: " + text);
            }
        }
        assertTrue(fast > 12_000, fast + " read by the fast path");
        assertNull(StoreJson.Times.parse("2024-02-30T00:00:00"));
        assertNull(StoreJson.Times.parse("2024-12-05T24:00:00"));
        assertEquals(LocalDateTime.of(2024, 12, 5, 13, 4, 59), StoreJson.Times.parse("2024-12-05T13:04:59"));
        assertThrows(IllegalStateException.class, () -> StoreJson.read("{\"start\":\"2024-02-30T00:00:00\"}", TimeInterval.class));
    }
}
