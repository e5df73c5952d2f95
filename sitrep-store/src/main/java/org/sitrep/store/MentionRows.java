package org.sitrep.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.sitrep.core.Parallel;
import org.sitrep.core.model.SourcedMention;

/**
 * Stored mentions read from their JSON column a block at a time: the rows are fetched on the caller's connection and
 * each block's JSON parsed on the given threads ({@link Parallel}), into the caller's list in the rows' order. From
 * SQLite the JSON is taken as its UTF-8 bytes, which the parser reads without a string made first (a window of a
 * popular place holds a hundred thousand mentions: decoding and parsing them was most of reading it).
 */
final class MentionRows {
    /** Rows whose JSON is held before it is parsed. */
    static final int BLOCK = 4_000;
    /** Fewer rows than this are parsed on the caller alone. */
    static final int PARALLEL_FROM = 256;

    private final int threads;
    private final boolean bytes;
    private final List<SourcedMention> out;
    private final List<Object> raw = new ArrayList<>();
    private final StoredJson stored;

    /** Rows of {@code c} (SQLite: read as bytes) parsed on up to {@code threads} threads into {@code out}. */
    MentionRows(Connection c, int threads, List<SourcedMention> out) throws SQLException {
        this(c, threads, out, null);
    }

    /** As {@link #MentionRows(Connection, int, List)}, each mention parsed from bytes kept with them in {@code stored} (or null). */
    MentionRows(Connection c, int threads, List<SourcedMention> out, StoredJson stored) throws SQLException {
        this.threads = threads;
        this.bytes = c.isWrapperFor(org.sqlite.SQLiteConnection.class);
        this.out = out;
        this.stored = stored;
    }

    /** The JSON of the row's column as this connection hands it over (bytes or a string), for {@link #add(Object)}. */
    Object json(ResultSet r, int column) throws SQLException {
        return bytes ? r.getBytes(column) : r.getString(column);
    }

    /** Adds one mention's JSON ({@link #json}) after those added before. */
    void add(Object json) {
        raw.add(json);
        if (raw.size() >= BLOCK) {
            flush();
        }
    }

    /** Parses what is held and adds it to the list; call once the rows are read. */
    List<SourcedMention> flush() {
        SourcedMention[] parsed = new SourcedMention[raw.size()];
        Parallel.forEach(parsed.length, threads, PARALLEL_FROM, i -> parsed[i] = parse(raw.get(i)));
        if (stored != null && bytes) {
            for (int i = 0; i < parsed.length; i++) {
                stored.put(parsed[i], (byte[]) raw.get(i));
            }
        }
        out.addAll(java.util.Arrays.asList(parsed));
        raw.clear();
        return out;
    }

    private static SourcedMention parse(Object json) {
        return json instanceof byte[] b ? StoreJson.read(b, SourcedMention.class) : StoreJson.read((String) json, SourcedMention.class);
    }
}
