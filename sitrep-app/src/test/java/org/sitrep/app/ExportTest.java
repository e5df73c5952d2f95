package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoreJson;

/** sitrep export on the bundled example: CSV read back by an RFC 4180 reader, GeoJSON checked against RFC 7946. */
class ExportTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void ingest() {
        db = dir.resolve("export.db").toString();
        CliTest.Run r = CliTest.run("ingest", "--db", db, "-q", Path.of("..", "examples", "hama-2024-12").toString());
        assertEquals(0, r.code(), r.err());
    }

    /** Reads RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF ends a record. */
    static List<List<String>> readCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, f.length(), "a quote opens a field only at its start (offset " + i + ")");
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\r' && c != '\n', "a bare line break outside quotes at offset " + i);
                f.append(c);
            }
        }
        assertTrue(!quoted && f.length() == 0 && row.isEmpty(), "the file ends with a whole record");
        return rows;
    }

    @Test
    void csvFieldsSurviveQuotingRoundTrip() {
        List<String> tricky = List.of("plain", "a, b", "he said \"no\"", "two\nlines", "\r\n", "", "“curly” quotes, too");
        assertEquals(List.of(tricky), readCsv(ExportCommand.csvLine(tricky)));
    }

    @Test
    void csvHasTheAcledColumnsAndOneWholeRecordPerEvent() {
        CliTest.Run r = CliTest.run("export", "--db", db, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\uFEFF"), "a byte-order mark, so that Excel reads UTF-8");
        List<List<String>> rows = readCsv(r.out().substring(1));
        assertEquals(ExportCommand.CSV_COLUMNS, rows.get(0));
        assertTrue(rows.size() > 50, "events: " + (rows.size() - 1));
        int withComma = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(ExportCommand.CSV_COLUMNS.size(), row.size(), row.toString());
            assertTrue(row.get(1).isEmpty() || row.get(1).matches("\\d{4}-\\d{2}-\\d{2}"), row.get(1));
            assertTrue(List.of("", "1", "2", "3").contains(row.get(2)) && List.of("", "1", "2", "3").contains(row.get(11)), row.toString());
            assertTrue(row.get(9).isEmpty() || Math.abs(Double.parseDouble(row.get(9))) <= 90, row.get(9));
            assertTrue(!row.get(19).isEmpty(), "every event has its quote");
            withComma += row.get(19).contains(",") ? 1 : 0;
        }
        assertTrue(withComma > 10, "quotes with commas are the case quoting is for: " + withComma);
        assertTrue(rows.stream().anyMatch(row -> row.get(4).equals("Non-state actor overtakes territory") && isHamaCity(row.get(9), row.get(10))),
                "the capture of Hama city");
    }

    /** Hama city (35.13 N, 36.76 E), whatever spelling the gazetteer gives it. */
    private static boolean isHamaCity(String lat, String lon) {
        return !lat.isEmpty() && Math.abs(Double.parseDouble(lat) - 35.13) < 0.02 && Math.abs(Double.parseDouble(lon) - 36.76) < 0.02;
    }

    private static List<JsonNode> hamaCity(JsonNode fc) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : fc.path("features")) {
            JsonNode c = f.path("geometry").path("coordinates");
            if (c.size() == 2 && isHamaCity(c.get(1).asText(), c.get(0).asText())) {
                out.add(f);
            }
        }
        return out;
    }

    private static void checkFeatureCollection(JsonNode fc) {
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertTrue(fc.path("features").isArray() && fc.path("features").size() > 0);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode f : fc.path("features")) {
            assertEquals("Feature", f.path("type").asText());
            assertTrue(f.path("id").isTextual() && ids.add(f.path("id").asText()), "a unique top-level id (RFC 7946 3.2): " + f.path("id"));
            assertTrue(f.has("geometry") && f.path("properties").isObject(), f.toString());
            JsonNode g = f.path("geometry");
            if (!g.isNull()) {
                assertEquals("Point", g.path("type").asText());
                JsonNode c = g.path("coordinates");
                assertEquals(2, c.size(), "[longitude, latitude]");
                assertTrue(c.get(0).isNumber() && Math.abs(c.get(0).asDouble()) <= 180 && Math.abs(c.get(1).asDouble()) <= 90);
            }
        }
    }

    @Test
    void geoJsonOfEventsAndOfControlFollowsRfc7946() throws Exception {
        CliTest.Run events = CliTest.run("export", "--db", db, "--format", "geojson");
        assertEquals(0, events.code(), events.err());
        JsonNode fc = StoreJson.MAPPER.readTree(events.out());
        checkFeatureCollection(fc);
        assertTrue(hamaCity(fc).size() > 2, "events at Hama city, located [longitude, latitude]");
        CliTest.Run control = CliTest.run("export", "--db", db, "--format", "geojson", "--control-as-of", "2024-12-06");
        assertEquals(0, control.code(), control.err());
        JsonNode cc = StoreJson.MAPPER.readTree(control.out());
        checkFeatureCollection(cc);
        List<JsonNode> hama = hamaCity(cc);
        assertTrue(!hama.isEmpty(), "Hama city (and its prison) in the control export");
        for (JsonNode f : hama) {
            assertEquals("opposition", f.path("properties").path("side").asText(), f.toString());
        }
        assertEquals(2, CliTest.run("export", "--db", db, "--format", "csv", "--control-as-of", "2024-12-06").code());
    }

    @Test
    void anEmptyStoreExportsAHeaderAndAnEmptyCollection() throws Exception {
        String empty = dir.resolve("empty.db").toString();
        org.sitrep.store.SqlEventStore.open(empty).close(); // a store with nothing in it (a read never makes one)
        CliTest.Run csv = CliTest.run("export", "--db", empty, "--format", "csv");
        assertEquals(List.of(ExportCommand.CSV_COLUMNS), readCsv(csv.out().substring(1)));
        JsonNode fc = StoreJson.MAPPER.readTree(CliTest.run("export", "--db", empty, "--format", "geojson").out());
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertEquals(0, fc.path("features").size());
        assertEquals("", CliTest.run("export", "--db", empty, "--format", "jsonl").out());
    }

    @Test
    void jsonlCarriesEveryMentionOfEachEvent() throws Exception {
        CliTest.Run r = CliTest.run("export", "--db", db, "--format", "jsonl", "--place", "Hama");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertTrue(lines.length > 3);
        for (String line : lines) {
            JsonNode e = StoreJson.MAPPER.readTree(line);
            assertEquals(e.path("mentionTotal").asInt(), e.path("mentions").size());
            assertTrue(e.path("mentions").get(0).path("mention").path("quote").asText().length() > 10);
        }
    }
}
