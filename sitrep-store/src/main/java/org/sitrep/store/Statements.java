package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Statements prepared once for a batch of articles written in one transaction, and closed with it: preparing the
 * same seven or eight statements for every article was a measurable part of a batch's writes. Not thread-safe.
 */
final class Statements implements AutoCloseable {
    private final Connection c;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection c) {
        this.c = c;
    }

    /** The statement for the SQL, prepared on first use; its parameters are the last use's until set again. */
    PreparedStatement get(String sql) throws SQLException {
        PreparedStatement p = prepared.get(sql);
        if (p == null) {
            p = c.prepareStatement(sql);
            prepared.put(sql, p);
        }
        return p;
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement p : prepared.values()) {
            try {
                p.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        prepared.clear();
        if (first != null) {
            throw first;
        }
    }
}
