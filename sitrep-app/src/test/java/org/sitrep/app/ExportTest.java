package org.sitrep.app;

import org.sitrep.app.cli.ExportCommand;
import org.sitrep.app.export.AcledRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoreJson;

/** sitrep export on the bundled example: CSV read back by Commons CSV's RFC 4180 parser, GeoJSON checked against RFC 7946. */
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

    /** Reads RFC 4180 records with Commons CSV's strict RFC 4180 format (CRLF records, quotes doubled). */
    static List<List<String>> readCsv(String s) {
        try (CSVParser p = CSVParser.parse(s, CSVFormat.RFC4180)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : p) {
                rows.add(r.toList());
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** ACLED's columns, in ACLED's order, as the issue lists them; sitrep's follow. */
    static final List<String> ACLED = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp");

    @Test
    void csvHasTheAcledColumnsAndOneWholeRecordPerEvent() {
        CliTest.Run r = CliTest.run("export", "--db", db, "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("\uFEFF"), "a byte-order mark, so that Excel reads UTF-8");
        assertTrue(r.out().contains("\r\n") && !r.out().replace("\r\n", "").contains("\r"), "CRLF ends records");
        List<List<String>> rows = readCsv(r.out().substring(1));
        List<String> header = rows.get(0);
        assertEquals(ACLED, header.subList(0, ACLED.size()));
        assertEquals(List.of("realis", "claimant", "corroboration", "quote", "article_url"), header.subList(ACLED.size(), header.size()));
        assertTrue(rows.size() > 50, "events: " + (rows.size() - 1));
        java.util.Map<String, Integer> col = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.put(header.get(i), i);
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<String> types = new java.util.HashSet<>();
        int withComma = 0;
        int deniedOrFailed = 0;
        int dated = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size(), row.toString());
            java.util.function.Function<String, String> v = c -> row.get(col.get(c));
            assertTrue(v.apply("event_id_cnty").matches("[A-Z]{3}[A-Z0-9]+") && ids.add(v.apply("event_id_cnty")), v.apply("event_id_cnty"));
            assertTrue(v.apply("event_date").isEmpty() || v.apply("event_date").matches("\\d{4}-\\d{2}-\\d{2}"), row.toString());
            assertEquals(v.apply("event_date").isEmpty() ? "" : v.apply("event_date").substring(0, 4), v.apply("year"));
            assertTrue(List.of("1", "2", "3").contains(v.apply("time_precision")) == !v.apply("event_date").isEmpty(), row.toString());
            dated += v.apply("event_date").isEmpty() ? 0 : 1;
            assertTrue(List.of("Political violence", "Demonstrations", "Political violence; Demonstrations", "Strategic developments")
                    .contains(v.apply("disorder_type")), row.toString());
            assertTrue(List.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                    "Strategic developments").contains(v.apply("event_type")), row.toString());
            assertTrue(!v.apply("sub_event_type").isEmpty(), row.toString());
            for (String c : List.of("inter1", "inter2")) {
                assertTrue(v.apply(c).isEmpty() || v.apply(c).matches("[1-8]"), c + " " + row);
            }
            assertTrue(v.apply("interaction").isEmpty() || v.apply("interaction").matches("[1-8]0|[1-8][1-8]"), row.toString());
            assertTrue(v.apply("iso").isEmpty() || v.apply("iso").matches("\\d{1,3}"), row.toString());
            if (v.apply("iso").equals("760")) {
                assertEquals("Syria", v.apply("country"));
                assertEquals("Middle East", v.apply("region"));
                assertTrue(v.apply("event_id_cnty").startsWith("SYR"));
            }
            assertTrue(v.apply("latitude").isEmpty() || Math.abs(Double.parseDouble(v.apply("latitude"))) <= 90, row.toString());
            assertTrue(v.apply("longitude").isEmpty() || Math.abs(Double.parseDouble(v.apply("longitude"))) <= 180, row.toString());
            assertTrue(List.of("", "1", "2", "3").contains(v.apply("geo_precision")), row.toString());
            assertTrue(!v.apply("source").isEmpty() && !v.apply("source").matches(".*\\b[0-9a-f]{12}\\b.*"),
                    "every event names its sources, denied and failed ones too, never by a hash: " + row);
            assertTrue(v.apply("fatalities").matches("\\d+"), "0 when none is stated: " + row);
            assertTrue(v.apply("timestamp").matches("\\d{9,11}"), row.toString());
            assertTrue(v.apply("corroboration").matches("\\d+"), row.toString());
            assertTrue(!v.apply("quote").isEmpty(), "every event has its quote");
            withComma += v.apply("quote").contains(",") ? 1 : 0;
            deniedOrFailed += List.of("denied", "failed").contains(v.apply("realis")) ? 1 : 0;
            types.add(v.apply("event_type"));
        }
        assertTrue(withComma > 10, "quotes with commas are the case quoting is for: " + withComma);
        assertTrue(deniedOrFailed > 0, "the example has denied or failed events");
        assertTrue(types.size() >= 3, types.toString());
        assertTrue(dated > (rows.size() - 1) * 3 / 4, "most of the example's events are dated: " + dated);
        assertTrue(rows.stream().anyMatch(row -> row.get(col.get("sub_event_type")).equals("Non-state actor overtakes territory")
                        && isHamaCity(row.get(col.get("latitude")), row.get(col.get("longitude")))), "the capture of Hama city");
    }

    @Test
    void everyEventTypeMapsToAnAcledTypeAndTheReadmeTableSaysSo() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
        for (org.sitrep.core.model.EventType t : org.sitrep.core.model.EventType.values()) {
            String[] other = t.acled(false);
            String[] state = t.acled(true);
            String line = "| " + t.label() + " | " + other[0] + " | " + other[1] + " | " + state[1] + " |";
            assertTrue(readme.contains(line), "the README's ACLED table lists " + line);
        }
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
                // the same members in the same order on every run (an export is compared byte for byte)
                List<String> names = new ArrayList<>();
                g.fieldNames().forEachRemaining(names::add);
                assertEquals(List.of("type", "coordinates"), names, g.toString());
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
        for (JsonNode f : fc.path("features")) {
            JsonNode props = f.path("properties");
            for (String c : ExportCommand.CSV_COLUMNS) {
                assertTrue(props.has(c), "a feature carries the CSV's field " + c + ": " + props);
                JsonNode v = props.path(c);
                assertTrue(v.isNull() || (AcledRecord.INTEGER_COLUMNS.contains(c) ? v.isIntegralNumber()
                        : AcledRecord.DECIMAL_COLUMNS.contains(c) ? v.isNumber() : v.isTextual()), c + " = " + v);
            }
            assertEquals(f.path("id").asText(), props.path("id").asText());
        }
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
        org.sitrep.store.EventStores.open(empty).close(); // a store with nothing in it (a read never makes one)
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
