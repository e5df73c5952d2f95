package org.sitrep.app;

import org.sitrep.app.server.ApiServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the API server on a PostgreSQL store ({@code $SITREP_TEST_PG}, see
 * {@code scripts/pg-test-cluster.sh}; skipped without it unless {@code SITREP_PG=required}): the same commands
 * give the same answers as on a SQLite file holding the same articles.
 */
class PostgresCliTest {
    private static final Path EXAMPLES = Path.of("..", "examples", "hama-2024-12");
    @TempDir
    static Path dir;
    static String pg;
    static String sqlite;

    @BeforeAll
    static void ingestIntoBoth() throws Exception {
        String url = System.getenv("SITREP_TEST_PG");
        if (url == null || url.isBlank()) {
            if ("required".equals(System.getenv("SITREP_PG"))) {
                throw new AssertionError("SITREP_PG=required but SITREP_TEST_PG is not set");
            }
            Assumptions.assumeTrue(false, "no SITREP_TEST_PG: PostgreSQL command-line tests skipped");
        }
        pg = org.sitrep.store.EventStores.schemaOf(url, "cli_" + Long.toHexString(System.nanoTime()));
        sqlite = dir.resolve("same.db").toString();
        for (String db : List.of(pg, sqlite)) {
            CliTest.Run r = CliTest.run("ingest", "--db", db, "-q", "--home", dir.resolve("home").toString(), EXAMPLES.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("added 5 articles"), r.out());
        }
    }

    @Test
    void theStoreCommandsAnswerAsOnSqlite() {
        for (String[] cmd : List.of(new String[] {"events", "--format", "json", "--limit", "1000"},
                new String[] {"events", "--text", "Hama", "--format", "json"},
                new String[] {"events", "--near", "35.13,36.75,20", "--format", "json"},
                new String[] {"timeline", "Maar Shahour", "--format", "json"},
                new String[] {"control", "--as-of", "2024-12-06", "--format", "json"},
                new String[] {"contradictions", "--all", "--format", "json"},
                new String[] {"framing", "--format", "json"},
                new String[] {"export", "--format", "csv"})) {
            CliTest.Run onPg = CliTest.run(with(cmd, pg));
            CliTest.Run onSqlite = CliTest.run(with(cmd, sqlite));
            assertEquals(0, onPg.code(), String.join(" ", cmd) + ": " + onPg.err());
            assertTrue(onSqlite.out().length() > 100, String.join(" ", cmd) + ": " + onSqlite.out());
            assertEquals(onSqlite.out(), onPg.out(), String.join(" ", cmd));
        }
    }

    @Test
    void theServerServesAPostgresqlStore() throws Exception {
        try (ApiServer server = new ApiServer(pg).start("127.0.0.1", 0); ApiServer same = new ApiServer(sqlite).start("127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            for (String path : List.of("/api/events?place=Hama", "/api/timeline/gn:170017", "/api/summary", "/api/contradictions")) {
                String a = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                String b = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + same.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                assertEquals(b, a, path);
            }
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/search?q=Hama")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(search.body().contains("[Hama]"), "the snippet marks the match: " + search.body());
        }
    }

    private static String[] with(String[] cmd, String db) {
        String[] out = java.util.Arrays.copyOf(cmd, cmd.length + 2);
        out[cmd.length] = "--db";
        out[cmd.length + 1] = db;
        return out;
    }
}
