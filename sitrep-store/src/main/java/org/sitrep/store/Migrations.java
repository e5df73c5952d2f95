package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code migrations/<dialect>/index.txt} lists scripts named {@code V<n>__<what>.sql}
 * in order; each script not yet recorded in {@code schema_version} runs in its own transaction (with, for version 8,
 * the spelling keys of the stored mentions filled in Java: {@link StoreDerived#fillSpellings}). A store written by
 * a newer sitrep (a version this build does not know) is refused rather than damaged.
 */
final class Migrations {
    private Migrations() {
    }

    static int apply(Connection c, String dialect) throws SQLException {
        boolean postgres = dialect.equals("postgresql");
        if (postgres) { // processes opening a new store at once (a job's tasks) migrate it one at a time
            try (Statement s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(hashtext('sitrep-migrations:' || current_schema()))");
            }
        }
        try {
            return migrate(c, dialect);
        } finally {
            if (postgres) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT pg_advisory_unlock(hashtext('sitrep-migrations:' || current_schema()))");
                }
            }
        }
    }

    private static int migrate(Connection c, String dialect) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            if (r.next()) {
                current = r.getInt(1);
            }
        }
        List<String> scripts = lines("migrations/" + dialect + "/index.txt");
        if (current > scripts.size()) {
            throw new IllegalStateException("store schema version " + current + " is newer than this sitrep knows (" + scripts.size() + ")");
        }
        for (int v = current + 1; v <= scripts.size(); v++) {
            String name = scripts.get(v - 1);
            if (!name.startsWith("V" + v + "__")) {
                throw new IllegalStateException("migration " + v + " is named '" + name + "'; expected V" + v + "__*.sql");
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String stmt : read("migrations/" + dialect + "/" + name).split("(?m)^;\\s*$")) {
                    if (!stmt.replaceAll("(?m)^--.*$", "").isBlank()) {
                        s.execute(stmt);
                    }
                }
                if (name.startsWith("V8__")) {
                    StoreDerived.fillSpellings(c);
                }
                try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, name);
                    p.setString(3, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return scripts.size();
    }

    private static List<String> lines(String path) {
        List<String> out = new ArrayList<>();
        for (String l : read(path).split("\n")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }

    private static String read(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/sitrep/store/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read org/sitrep/store/" + path, e);
        }
    }
}
