package org.sitrep.app;

import org.sitrep.app.server.ApiServer;
import org.sitrep.app.server.MapLayers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoreJson;

/**
 * The API against a real running server on the bundled example: every endpoint, the 400 and 404 paths, and every
 * response checked against the schema the OpenAPI document gives for it.
 */
class ApiServerTest {
    @TempDir
    static Path dir;
    static ApiServer server;
    static HttpClient http = HttpClient.newHttpClient();
    static JsonNode openApi;

    @BeforeAll
    static void start() throws Exception {
        String db = dir.resolve("api.db").toString();
        CliTest.Run r = CliTest.run("ingest", "--db", db, "-q", Path.of("..", "examples", "hama-2024-12").toString());
        assertEquals(0, r.code(), r.err());
        server = new ApiServer(Path.of(db)).start("127.0.0.1", 0);
        openApi = StoreJson.MAPPER.readTree(get("/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Checks a JSON value against an OpenAPI 3.0 schema (type, required, properties, items, enum, nullable, $ref). */
    static void conforms(JsonNode value, JsonNode schema, String where) {
        if (schema.has("$ref")) {
            String[] ref = schema.path("$ref").asText().substring(2).split("/");
            JsonNode s = openApi;
            for (String part : ref) {
                s = s.path(part);
            }
            conforms(value, s, where);
            return;
        }
        if (value.isNull()) {
            assertTrue(schema.path("nullable").asBoolean(false), where + ": null where the schema does not allow it");
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                assertTrue(value.isObject(), where + ": not an object: " + value);
                for (JsonNode req : schema.path("required")) {
                    assertTrue(value.has(req.asText()), where + ": missing '" + req.asText() + "'");
                }
                Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields();
                while (props.hasNext()) {
                    Map.Entry<String, JsonNode> p = props.next();
                    if (value.has(p.getKey())) {
                        conforms(value.get(p.getKey()), p.getValue(), where + "." + p.getKey());
                    }
                }
            }
            case "array" -> {
                assertTrue(value.isArray(), where + ": not an array");
                int i = 0;
                for (JsonNode item : value) {
                    conforms(item, schema.path("items"), where + "[" + i++ + "]");
                }
            }
            case "string" -> assertTrue(value.isTextual(), where + ": not a string: " + value);
            case "integer" -> assertTrue(value.isIntegralNumber(), where + ": not an integer: " + value);
            case "number" -> assertTrue(value.isNumber(), where + ": not a number: " + value);
            case "boolean" -> assertTrue(value.isBoolean(), where + ": not a boolean: " + value);
            default -> { }
        }
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode e : schema.path("enum")) {
                found |= e.equals(value);
            }
            assertTrue(found, where + ": " + value + " not in " + schema.path("enum"));
        }
    }

    /** GETs the URL and checks status and body against the OpenAPI document's response for that path and status. */
    static JsonNode call(String template, String url, int status) throws Exception {
        HttpResponse<String> r = get(url);
        assertEquals(status, r.statusCode(), url + ": " + r.body());
        JsonNode response = openApi.path("paths").path(template).path("get").path("responses").path(Integer.toString(status));
        assertTrue(!response.isMissingNode(), "the OpenAPI document describes " + status + " for " + template);
        if (response.has("$ref")) {
            response = openApi.path("components").path("responses").path(response.path("$ref").asText().replaceAll(".*/", ""));
        }
        String contentType = r.headers().firstValue("content-type").orElse("").replaceAll(";.*", "");
        JsonNode media = response.path("content").path(contentType);
        assertTrue(!media.isMissingNode(), url + ": content type " + contentType + " not documented: " + response.path("content"));
        JsonNode body = StoreJson.MAPPER.readTree(r.body());
        conforms(body, media.path("schema"), url);
        return body;
    }

    @Test
    void everyEndpointAnswersAsDocumented() throws Exception {
        JsonNode events = call("/api/events", "/api/events?place=Hama&type=capture", 200);
        assertTrue(events.size() > 0);
        String id = events.get(0).path("id").asText();
        JsonNode one = call("/api/events/{id}", "/api/events/" + id, 200);
        assertEquals(one.path("mentionTotal").asInt(), one.path("mentions").size(), "the event carries every mention");
        assertTrue(call("/api/events", "/api/events?near=" + q("35.13,36.75,10") + "&from=2024-12-01&to=2024-12-06&limit=5", 200).size() <= 5);
        assertTrue(call("/api/events", "/api/events?text=" + q("Hama"), 200).size() > 0);
        String articleId = one.path("mentions").get(0).path("articleId").asText();
        JsonNode article = call("/api/articles/{id}", "/api/articles/" + articleId, 200);
        String cleaned = article.path("cleaned").asText();
        assertTrue(article.path("mentions").size() > 5);
        for (JsonNode m : article.path("mentions")) {
            JsonNode span = m.path("mention").path("span");
            assertEquals(m.path("mention").path("quote").asText(), cleaned.substring(span.path("start").asInt(), span.path("end").asInt()),
                    "every mention's span points at its sentence in the cleaned text");
        }
        call("/api/articles/{id}", "/api/articles/nosucharticle", 404);
        JsonNode timeline = call("/api/timeline/{place}", "/api/timeline/" + q("Maar Shahour"), 200);
        assertTrue(timeline.size() >= 3, "Maar Shahour changes hands three times: " + timeline.size());
        JsonNode control = call("/api/control", "/api/control?asOf=2024-12-06&near=" + q("35.13,36.76,2"), 200);
        assertTrue(control.toString().contains("opposition"));
        JsonNode geo = call("/api/control.geojson", "/api/control.geojson?asOf=2024-12-06", 200);
        assertTrue(geo.path("features").size() > 10);
        assertTrue(call("/api/contradictions", "/api/contradictions", 200).size() >= 7);
        assertTrue(call("/api/contradictions", "/api/contradictions?all=true", 200).size() >= 8);
        assertTrue(call("/api/framing", "/api/framing", 200).size() > 30);
        assertTrue(call("/api/search", "/api/search?q=" + q("Hama") + "&limit=3", 200).size() > 0);
        JsonNode summary = call("/api/summary", "/api/summary", 200);
        assertEquals("2024-11-27", summary.path("firstDay").asText());
        assertEquals("2024-12-05", summary.path("lastDay").asText());
        assertTrue(summary.path("events").asInt() > 40);
        for (org.sitrep.core.model.EventType t : org.sitrep.core.model.EventType.values()) {
            assertEquals(t.glyph(), summary.path("eventGlyphs").path(t.name()).asText(), t.name());
        }
        JsonNode hama = call("/api/timeline/{place}", "/api/timeline/gn:170017", 200);
        assertEquals(3, hama.size(), "by key: the city of Hama alone, government → contested → opposition");
        for (String path : List.of("/api/events", "/api/events/{id}", "/api/articles/{id}", "/api/timeline/{place}", "/api/control",
                "/api/control.geojson", "/api/contradictions", "/api/framing", "/api/search", "/api/summary", "/api/articles")) {
            assertTrue(openApi.path("paths").has(path), "documented: " + path);
        }
    }

    @Test
    void namesOutsideLatin1ArriveIntactInGeoJsonAndProblemAnswers() throws Exception {
        // Jetty wrote a string result without a declared charset as ISO-8859-1: "Ma‘arr Shaḩūr" arrived as "Ma?arr Sha??r"
        JsonNode geo = call("/api/control.geojson", "/api/control.geojson?asOf=2024-12-06", 200);
        // (a town an anaphor names is named as the text writes it — "Maar Shahour" — so the names here are ones the
        // seeds name directly and the gazetteer spells beyond Latin-1)
        assertTrue(geo.toString().contains("Al ‘Uyūr"), "the place's GeoNames name, as stored");
        HttpResponse<String> missing = get("/api/timeline/" + q("Maʿarrīḩ"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Maʿarrīḩ"), missing.body()); // the name asked for, echoed intact
        assertTrue(get("/openapi.json").headers().firstValue("content-type").orElse("").contains("charset=utf-8"));
    }

    @Test
    void theMapLayersAreCutToTheCountriesOfTheStore() throws Exception {
        JsonNode areas = call("/api/areas.geojson", "/api/areas.geojson", 200);
        java.util.Set<String> countries = new java.util.TreeSet<>();
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (JsonNode f : areas.path("features")) {
            countries.add(f.path("properties").path("country").asText());
            names.add(f.path("properties").path("admin1").asText());
            assertTrue(f.path("geometry").path("type").asText().endsWith("Polygon"), f.path("properties").toString());
        }
        assertEquals(java.util.Set.of("SY"), countries, "the example is about Syria alone");
        assertTrue(names.containsAll(List.of("Hama", "Idlib", "Aleppo", "Homs")), "GeoNames' admin-1 names, as places carry them: " + names);
        JsonNode towns = call("/api/towns.geojson", "/api/towns.geojson", 200);
        int n = towns.path("features").size();
        assertTrue(n > 50 && n <= MapLayers.TOWNS_PER_COUNTRY, "Syria's places of known population, at most 400: " + n);
        JsonNode first = towns.path("features").get(0).path("properties");
        assertEquals(1, first.path("rank").asInt(), "largest first: " + first);
        long last = Long.MAX_VALUE;
        for (JsonNode f : towns.path("features")) {
            long population = f.path("properties").path("population").asLong();
            assertTrue(population <= last, "sorted by population");
            last = population;
            assertFalse(f.path("properties").path("name").asText().contains("?"), f.toString());
        }
    }

    static HttpResponse<String> post(ApiServer to, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/x-ndjson");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Checks a POST response against the document's response for its status and content type. */
    static JsonNode documented(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode response = openApi.path("paths").path("/api/articles").path("post").path("responses").path(Integer.toString(status));
        if (response.has("$ref")) {
            response = openApi.path("components").path("responses").path(response.path("$ref").asText().replaceAll(".*/", ""));
        }
        JsonNode media = response.path("content").path(r.headers().firstValue("content-type").orElse("").replaceAll(";.*", ""));
        assertTrue(!media.isMissingNode(), "documented: " + status + " " + r.headers().firstValue("content-type"));
        JsonNode body = StoreJson.MAPPER.readTree(r.body());
        conforms(body, media.path("schema"), "POST /api/articles " + status);
        return body;
    }

    @Test
    void postingArticlesNeedsTheTokenIsLimitedInSizeAndStoresThem() throws Exception {
        String article = "{\"id\": \"bara-1\", \"outlet\": \"Test Wire\", \"published\": \"2025-05-03\", \"text\": "
                + "\"The RSF seized the town of Bara in North Kordofan on May 2, a war monitor said.\"}\n{not json}\n";
        assertEquals(403, documented(post(server, "/api/articles", article, "anything"), 403).path("status").asInt(),
                "a server started without a token does not write");
        Engine engine = new Engine(Engine.gazetteer(dir.resolve("home"), d -> { }), java.time.Duration.ofSeconds(10));
        String db = dir.resolve("write.db").toString();
        try (ApiServer writable = new ApiServer(Path.of(db), engine, "s3cret").start("127.0.0.1", 0)) {
            assertEquals(401, documented(post(writable, "/api/articles", article, null), 401).path("status").asInt());
            assertEquals(401, documented(post(writable, "/api/articles", article, "wrong"), 401).path("status").asInt());
            String huge = "{\"id\": \"x\", \"text\": \"" + "a".repeat((int) ApiServer.MAX_BODY) + "\"}";
            assertEquals(413, documented(post(writable, "/api/articles", huge, "s3cret"), 413).path("status").asInt());
            // the same in chunks, with no declared length: counted as it arrives (it was accepted whole, or ran out of memory)
            byte[] hugeBytes = huge.getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writable.port() + "/api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(hugeBytes)))
                    .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            JsonNode report = documented(post(writable, "/api/articles", article, "s3cret"), 200);
            assertEquals(1, report.path("added").asInt());
            assertEquals(1, report.path("failed").asInt());
            assertTrue(report.path("diagnostics").toString().contains("request:2"), "the bad line is named: " + report);
            HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writable.port()
                    + "/api/events?place=Bara")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(events.body().contains("Test Wire"), "the posted article's event is served: " + events.body());
            assertEquals(1, documented(post(writable, "/api/articles", article, "s3cret"), 200).path("alreadyStored").asInt());
            // the body is read by the reader its Content-Type names, as a file is by its name
            HttpResponse<String> text = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writable.port() + "/api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString("The RSF shelled the town of Um Rawaba on May 4, killing three civilians."))
                    .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Bearer s3cret").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(1, documented(text, 200).path("added").asInt(), text.body());
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + writable.port() + "/api/articles"))
                    .POST(HttpRequest.BodyPublishers.ofString("<html><head><title>Kordofan</title></head><body><article><p>The RSF seized "
                            + "the town of Al-Khuwei on May 5, a monitor said.</p></article></body></html>"))
                    .header("Content-Type", "text/html").header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(1, documented(page, 200).path("added").asInt(), page.body());
        }
    }

    @Test
    void theMapIsServedWithItsLibraryAndOutlinesOfflineUnderAContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(List.of(policy.split(";\\s*")).contains("script-src 'self'"), "scripts from this server only, none inline: " + policy);
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
        int n = 0;
        while (scripts.find()) { // every script and style the page loads is served here: no internet needed
            HttpResponse<String> r = get(scripts.group(1));
            assertEquals(200, r.statusCode(), scripts.group(1));
            n++;
        }
        assertTrue(n >= 6, "leaflet.js, leaflet.css and the map's own files: " + n);
        assertTrue(page.body().contains("/webjars/leaflet/1.9.4/dist/leaflet.js"), "the Leaflet version is filled in at build time");
        JsonNode world = StoreJson.MAPPER.readTree(get("/geo/countries-50m.json").body());
        assertEquals("Topology", world.path("type").asText());
        assertTrue(world.path("objects").path("countries").path("geometries").size() > 200);
        assertTrue(page.body().contains("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js"), "the clustering plug-in, filled in too");
        JsonNode syria = StoreJson.MAPPER.readTree(get("/api/areas.geojson").body());
        assertEquals(15, syria.path("features").size(), "Syria's 14 governorates and the UNDOF zone, from the world's admin-1 file");
    }

    @Test
    void swaggerUiShowsTheOpenApiDocumentFromFilesServedHere() throws Exception {
        HttpResponse<String> page = get("/docs/");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("${"), "the Swagger UI version is filled in at build time");
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page.body());
        int n = 0;
        while (refs.find()) { // its script, style and initializer are all served here, none inline
            HttpResponse<String> r = get(refs.group(1));
            assertEquals(200, r.statusCode(), refs.group(1));
            n++;
        }
        assertEquals(3, n, page.body());
        assertFalse(page.body().matches("(?s).*<script>[^<]+</script>.*"), "no inline script (the policy would block it)");
        assertTrue(get("/docs/init.js").body().contains("'/openapi.json'"));
    }

    @Test
    void aSecondWriterWaitsForTheStoreInsteadOfFailing() throws Exception {
        Engine engine = new Engine(Engine.gazetteer(dir.resolve("home"), d -> { }), java.time.Duration.ofSeconds(10));
        Path db = dir.resolve("busy.db");
        CliTest.Run r = CliTest.run("ingest", "--db", db.toString(), "-q", Path.of("..", "examples", "hama-2024-12").toString());
        assertEquals(0, r.code(), r.err());
        String article = "{\"id\": \"bara-2\", \"outlet\": \"Test Wire\", \"published\": \"2025-05-03\", \"text\": "
                + "\"The RSF seized the town of Bara in North Kordofan on May 2.\"}\n";
        try (ApiServer writable = new ApiServer(db, engine, "s3cret").start("127.0.0.1", 0);
             java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            // another process's write transaction holds the store for two seconds
            other.setAutoCommit(false);
            try (java.sql.Statement st = other.createStatement()) {
                st.execute("PRAGMA busy_timeout=10000");
                st.executeUpdate("CREATE TABLE IF NOT EXISTS busy_probe (x INTEGER)");
                st.executeUpdate("INSERT INTO busy_probe VALUES (1)");
            }
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(2000);
                    other.commit(); // a commit, so that a deferred transaction that read before it could not write after it
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            HttpResponse<String> res = post(writable, "/api/articles", article, "s3cret");
            release.join();
            assertEquals(200, res.statusCode(), res.body()); // it was 500 "database is locked"
            assertEquals(1, StoreJson.MAPPER.readTree(res.body()).path("added").asInt(), res.body());
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/api/summary", "/openapi.json", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/api/nothing",
                "/api/events?limit=0")) {
            HttpResponse<String> r = get(path);
            for (Map.Entry<String, String> h : ApiServer.PAGE_HEADERS.entrySet()) {
                assertEquals(h.getValue(), r.headers().firstValue(h.getKey()).orElse(null), path + " " + h.getKey());
            }
        }
    }

    /** A raw HTTP/1.1 request with this Host header; the status line's code. */
    static int statusWithHost(String host) throws Exception {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET /api/summary HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void onlyRequestsAddressedToThisServerAreAnswered() throws Exception {
        // DNS rebinding: another site's name pointed at 127.0.0.1 must not read the loopback API
        assertEquals(421, statusWithHost("evil.example"));
        assertEquals(421, statusWithHost("evil.example:" + server.port()));
        assertEquals(200, statusWithHost("127.0.0.1:" + server.port()));
        assertEquals(200, statusWithHost("localhost:" + server.port()));
        assertEquals(200, statusWithHost("LOCALHOST"));
    }

    @Test
    void eventListsPageByCursorThroughTheLinkHeader() throws Exception {
        HttpResponse<String> whole = get("/api/events?limit=10000");
        List<String> expected = new ArrayList<>();
        StoreJson.MAPPER.readTree(whole.body()).forEach(e -> expected.add(e.path("id").asText()));
        assertTrue(expected.size() > 20, "events: " + expected.size());
        assertEquals(String.valueOf(expected.size()), whole.headers().firstValue("X-Total-Count").orElse(""), "a cheap total, unfiltered");
        assertTrue(whole.headers().firstValue("Link").isEmpty(), "no next page after the last");
        for (String first : List.of("/api/events?limit=7", "/api/events?type=capture&limit=2")) {
            List<String> got = new ArrayList<>();
            String next = first;
            int pages = 0;
            while (next != null) {
                HttpResponse<String> r = get(next);
                assertEquals(200, r.statusCode(), next + ": " + r.body());
                StoreJson.MAPPER.readTree(r.body()).forEach(e -> got.add(e.path("id").asText()));
                next = r.headers().firstValue("Link").map(l -> {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^<([^>]+)>; rel=\"next\"$").matcher(l);
                    assertTrue(m.find(), l);
                    return m.group(1);
                }).orElse(null);
                assertTrue(next == null || next.contains(first.contains("type=") ? "type=capture" : "limit=7"), "the same query: " + next);
                pages++;
            }
            if (first.contains("type=")) {
                List<String> captures = new ArrayList<>();
                StoreJson.MAPPER.readTree(get("/api/events?type=capture&limit=10000").body()).forEach(e -> captures.add(e.path("id").asText()));
                assertEquals(captures, got);
            } else {
                assertEquals(expected, got, "every event once, in order, over " + pages + " pages");
            }
            assertTrue(pages > 1);
        }
        assertTrue(call("/api/events", "/api/events?cursor=nonsense", 400).path("detail").asText().contains("cursor"));
    }

    @Test
    void badParametersAre400NamingTheParameterAndUnknownThings404() throws Exception {
        assertTrue(call("/api/control", "/api/control", 400).path("detail").asText().contains("asOf"));
        assertTrue(call("/api/control", "/api/control?asOf=yesterday", 400).path("detail").asText().contains("asOf"));
        assertTrue(call("/api/events", "/api/events?near=north", 400).path("detail").asText().contains("near"));
        assertTrue(call("/api/events", "/api/events?limit=0", 400).path("detail").asText().contains("limit"));
        assertTrue(call("/api/events", "/api/events?from=2024-13-01", 400).path("detail").asText().contains("from"));
        // a year the store cannot hold is the caller's error, not a 500 with the driver's message
        assertTrue(call("/api/events", "/api/events?to=" + q("+999999999-01-01"), 400).path("detail").asText().contains("to"));
        assertTrue(call("/api/control", "/api/control?asOf=" + q("-000001-01-01"), 400).path("detail").asText().contains("asOf"));
        assertTrue(call("/api/contradictions", "/api/contradictions?all=maybe", 400).path("detail").asText().contains("all"));
        assertTrue(call("/api/search", "/api/search", 400).path("detail").asText().contains("q"));
        assertTrue(call("/api/search", "/api/search?q=" + q("\"unbalanced"), 400).path("detail").asText().contains("q"));
        String typo = call("/api/events", "/api/events?palce=Hama", 400).path("detail").asText();
        assertTrue(typo.contains("'palce'") && typo.contains("it takes: place, actor"), typo);
        assertTrue(call("/api/events", "/api/events?limit=10&offset=100", 400).path("detail").asText().contains("the Link header's next URL"));
        assertTrue(call("/api/summary", "/api/summary?x=1", 400).path("detail").asText().contains("it takes none"));
        assertEquals(200, get("/api/events?place=Hama&limit=3").statusCode(), "documented parameters pass");
        String badText = call("/api/events", "/api/events?text=" + q("AND OR"), 400).path("detail").asText();
        assertTrue(badText.contains("text") && badText.contains("not a valid full-text query"), badText);
        assertFalse(badText.contains("SQL") || badText.contains("fts5:") || badText.contains("database"), "no driver text: " + badText);
        assertTrue(call("/api/events", "/api/events?text=" + q("\"open") + "&place=Hama", 400).path("detail").asText().contains("text"));
        assertEquals(404, call("/api/events/{id}", "/api/events/ev-nosuchevent", 404).path("status").asInt());
        String type = call("/api/events", "/api/events?type=explosion", 400).path("detail").asText();
        assertTrue(type.contains("'type'") && type.contains("capture"), type);
        assertTrue(call("/api/events", "/api/events?from=2024-12-05&to=2024-12-01", 400).path("detail").asText().contains("'to'"));
        String place = call("/api/timeline/{place}", "/api/timeline/Hamra", 404).path("detail").asText();
        assertTrue(place.contains("closest: Hama") && !place.contains(".db"), place);
        HttpResponse<String> nowhere = get("/api/nowhere");
        assertEquals(404, nowhere.statusCode());
        assertEquals("Not Found", StoreJson.MAPPER.readTree(nowhere.body()).path("title").asText());
    }

    @Test
    void alertsWatchlistsTheStreamAndTheDigestAnswerAsDocumented() throws Exception {
        String db = dir.resolve("api.db").toString();
        // the stream is open before the alert is raised, by another connection to the store (as a watcher beside the server)
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        HttpRequest streamRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/alerts/stream")).header("Accept", "text/event-stream").GET().build();
        java.util.concurrent.CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> stream = http.sendAsync(streamRequest,
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<java.util.stream.Stream<String>> open = stream.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, open.statusCode());
        assertTrue(open.headers().firstValue("content-type").orElse("").startsWith("text/event-stream"), open.headers().map().toString());
        Thread reader = new Thread(() -> open.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        org.sitrep.store.Monitor.Alert raised;
        try (org.sitrep.store.EventStore s = org.sitrep.store.EventStores.open(db)) {
            s.monitor().saveWatchlist("hama", "{\"name\":\"hama\",\"area\":{\"circle\":\"35.13,36.75,30\"}}");
            raised = s.monitor().raise("hama", "control", "place:gn:170017", "{\"summary\":\"Hama now held by HTS\",\"controller\":\"HTS\","
                    + "\"side\":\"opposition\",\"contested\":false,\"evidence\":[{\"quote\":\"Rebels took Hama.\",\"source\":\"Wire\","
                    + "\"url\":\"https://wire.example/1\",\"articleId\":\"a1\",\"realis\":\"asserted\"}]}", false, java.util.Map.of());
        }
        String event = null;
        String data = null;
        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((event == null || data == null) && System.nanoTime() < deadline) {
            String line = lines.poll(1, java.util.concurrent.TimeUnit.SECONDS);
            if (line != null && line.startsWith("event:")) {
                event = line.substring(6).strip();
            } else if (line != null && line.startsWith("data:") && event != null) {
                data = line.substring(5).strip();
            }
        }
        assertEquals("alert", event, "the stream sends the alert: " + lines);
        JsonNode streamed = StoreJson.MAPPER.readTree(data);
        assertEquals(raised.id(), streamed.path("id").asLong());
        conforms(streamed, openApi.path("components").path("schemas").path("Alert"), "stream");

        JsonNode alerts = call("/api/alerts", "/api/alerts?since=1h&watchlist=hama", 200);
        assertEquals(1, alerts.size());
        assertEquals("Hama now held by HTS", alerts.get(0).path("summary").asText());
        assertEquals("https://wire.example/1", alerts.get(0).path("evidence").get(0).path("url").asText());
        assertEquals(0, call("/api/alerts", "/api/alerts?after=" + raised.id(), 200).size());
        assertEquals(0, call("/api/alerts", "/api/alerts?watchlist=other", 200).size());
        call("/api/alerts", "/api/alerts?since=yesterday", 400);
        call("/api/alerts", "/api/alerts?after=-1", 400);
        assertEquals(400, get("/api/alerts?offset=2").statusCode());
        JsonNode watchlists = call("/api/watchlists", "/api/watchlists", 200);
        assertEquals("hama", watchlists.get(0).path("name").asText());

        JsonNode digest = call("/api/digest", "/api/digest?since=1h", 200);
        assertTrue(digest.path("articles").asInt() >= 5, digest.toString().substring(0, 200));
        assertTrue(digest.path("controlChanges").size() > 0);
        assertEquals(0, call("/api/digest", "/api/digest?since=2099-01-01", 200).path("articles").asInt());
        call("/api/digest", "/api/digest?since=soon", 400);
    }

    @Test
    void aPostedArticlesAlertReachesTheWatchlistsWebhookOnce() throws Exception {
        String db = dir.resolve("hooked.db").toString();
        try (org.sitrep.app.watch.TestSite receiver = new org.sitrep.app.watch.TestSite()) {
            java.util.List<String> got = new java.util.concurrent.CopyOnWriteArrayList<>();
            receiver.page("/hook", (n, x) -> {
                got.add(x.getRequestHeaders().getFirst("X-Sitrep-Alert"));
                return n == 0 ? new org.sitrep.app.watch.TestSite.Page(500, "text/plain", "down", null, 0)
                        : org.sitrep.app.watch.TestSite.Page.ok("text/plain", "ok");
            });
            try (org.sitrep.store.EventStore s = org.sitrep.store.EventStores.open(db)) {
                s.monitor().saveWatchlist("bara", "{\"name\":\"bara\",\"types\":[\"capture\"],\"control\":false,\"webhook\":\""
                        + receiver.uri("/hook") + "\"}");
            }
            Engine engine = new Engine(Engine.gazetteer(dir.resolve("home"), d -> { }), java.time.Duration.ofSeconds(10));
            try (ApiServer writable = new ApiServer(Path.of(db), engine, "s3cret").start("127.0.0.1", 0)) {
                String article = "{\"id\": \"bara-2\", \"outlet\": \"Test Wire\", \"published\": \"2025-05-03\", \"text\": "
                        + "\"The RSF seized the town of Bara in North Kordofan on May 2, a war monitor said.\"}";
                JsonNode report = documented(post(writable, "/api/articles", article, "s3cret"), 200);
                assertEquals(1, report.path("alerts").asInt(), report.toString());
                long deadline = System.nanoTime() + 20_000_000_000L;
                while (got.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                Thread.sleep(2_500); // longer than the sender's round: a repeat would arrive now
            }
            assertEquals(java.util.List.of("1", "1"), got, "refused once, then delivered, and not again");
        }
    }
}
