package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.EventMerger;

/**
 * A partition's window ({@link StoreDerived#window}) found from one read of its mentions' place columns (gazetteer
 * entry, point, place class, spelling keys: what the window's queries select by) instead of a query per place and
 * a fetch of each mention found, for a window that is much of its partition: a popular region's window holds most of
 * its history (at a million events, 1,039,798 of the 1,078,624 mentions of Hama, which its queries and fetches by id
 * took 48.7 s to read; one scan of the partition's rows takes about 6 s). The same rules as the queries, on the same
 * columns, so the same window. Its mentions are then read by one more scan of the partition when they are more than
 * 1/{@link #JSON_SCAN_SHARE} of it, else by id; with a {@link MentionCache}, only those it does not keep. Stateless.
 */
final class WindowScan {
    /** The window's JSON is read by a scan of the partition when it holds more than this share of it (1/n). */
    static final int JSON_SCAN_SHARE = 4;

    /**
     * Rows fetched at a time by the scans: PostgreSQL's driver otherwise holds a whole result in memory (a million
     * mentions' JSON: gigabytes), and fetches by cursor only inside a transaction, where refreshes run.
     */
    static final int FETCH = 2000;

    private WindowScan() {
    }

    /** The window of the partition around the fresh mentions (their ids), as {@link StoreDerived#window} finds it. */
    static List<SourcedMention> window(Connection c, String partition, List<String> fresh) throws SQLException {
        return window(c, partition, fresh, 1, null);
    }

    /**
     * {@link #window(Connection, String, List)}, the mentions' JSON parsed on up to {@code threads} threads; the
     * mentions the cache keeps of the partition taken from it, those read kept in it (null: none).
     */
    static List<SourcedMention> window(Connection c, String partition, List<String> fresh, int threads, MentionCache cache) throws SQLException {
        Nodes n = cache == null ? null : cache.nodes(partition);
        if (n != null && n.extend(c, partition, fresh)) {
            cache.reused();
        } else {
            n = new Nodes();
            try (PreparedStatement p = c.prepareStatement(COLUMNS + "WHERE " + Dialect.ofPartition(c, "mentions"))) {
                p.setFetchSize(FETCH);
                p.setString(1, partition);
                n.addAll(p);
            }
            if (cache != null) {
                cache.nodes(partition, n);
            }
        }
        boolean[] in = n.closure(fresh);
        if (cache == null) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < in.length; i++) {
                if (in[i]) {
                    ids.add(n.ids.get(i));
                }
            }
            return read(c, partition, ids, n.ids.size(), threads);
        }
        Map<String, SourcedMention> kept = cache.of(partition);
        int size = 0;
        for (boolean b : in) {
            size += b ? 1 : 0;
        }
        List<SourcedMention> out = new ArrayList<>(size);
        Set<String> missing = new HashSet<>();
        for (int i = 0; i < in.length; i++) { // in the partition's order, as a scan reads them
            if (in[i]) {
                SourcedMention m = kept.get(n.ids.get(i));
                if (m != null) {
                    out.add(m);
                } else {
                    missing.add(n.ids.get(i));
                }
            }
        }
        List<SourcedMention> read = read(c, partition, missing, n.ids.size(), threads);
        cache.keep(partition, read);
        out.addAll(read);
        return out;
    }

    /** What the window's rules read of a mention: its id and place columns. */
    private static final String COLUMNS = "SELECT id, gid, lat, lon, place_class, name_key, text_key FROM mentions ";

    /** The value just read, or null when the column was SQL NULL. */
    static Object nullable(Object value, ResultSet r) throws SQLException {
        return r.wasNull() ? null : value;
    }

    /** The mentions of the ids (of the partition's {@code total}): by one scan of the partition or by id. */
    private static List<SourcedMention> read(Connection c, String partition, Set<String> ids, int total, int threads) throws SQLException {
        MentionRows rows = new MentionRows(c, threads, new ArrayList<>(ids.size()));
        if (ids.size() > total / JSON_SCAN_SHARE) {
            try (PreparedStatement p = c.prepareStatement("SELECT id, json FROM mentions WHERE " + Dialect.ofPartition(c, "mentions"))) {
                p.setFetchSize(FETCH);
                p.setString(1, partition);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (ids.contains(r.getString(1))) {
                            rows.add(rows.json(r, 2));
                        }
                    }
                }
            }
            return rows.flush();
        }
        List<String> list = new ArrayList<>(ids);
        java.util.Collections.sort(list);
        for (int from = 0; from < list.size(); from += StoreDerived.IN_CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + StoreDerived.IN_CHUNK));
            Map<String, Object> json = StoreDerived.jsonById(c, chunk, rows);
            for (String id : chunk) {
                Object j = json.get(id);
                if (j != null) {
                    rows.add(j);
                }
            }
        }
        return rows.flush();
    }

    /**
     * A partition's mentions by their place columns, indexed as the window's queries select them. Kept by a {@link
     * MentionCache} between refreshes and extended by the mentions added since ({@link #extend}).
     */
    static final class Nodes {
        final List<String> ids = new ArrayList<>();
        /** Each id's position in {@link #ids}, kept as rows are added (the closure looks the fresh ones up in it). */
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Integer> gid = new ArrayList<>();
        private final List<Double> lat = new ArrayList<>();
        private final List<Double> lon = new ArrayList<>();
        private final List<String> cls = new ArrayList<>();
        private final List<String> nameKey = new ArrayList<>();
        private final List<String> textKey = new ArrayList<>();
        // what the closure looks mentions up by, kept as rows are added (in the rows' order, as building them anew
        // from all the rows gives them): a popular region's window rebuilt them from its million rows at every refresh
        private final Map<Integer, Rows> byGid = new HashMap<>();
        private final Keys names = new Keys();
        private final Keys texts = new Keys();
        /** The towns and points with a point, by latitude ({@link Double#compare}, then row), up to row {@link #sortedTo}. */
        private int[] byLat = new int[0];
        private double[] lats = new double[0];
        private int sortedTo;

        /** Adds the rows of a query of {@link #COLUMNS} (those of ids already held are skipped). */
        void addAll(PreparedStatement p) throws SQLException {
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    add(r.getString(1), (Integer) nullable(r.getInt(2), r), (Double) nullable(r.getDouble(3), r),
                            (Double) nullable(r.getDouble(4), r), r.getString(5), r.getString(6), r.getString(7));
                }
            }
        }

        /**
         * Adds the fresh mentions not yet held and answers whether the partition now holds no other mention than those
         * held: mentions are only ever added, so as many as its rows are then the same. False when others were added
         * without being fresh here (another connection refreshed them): the partition must be read again.
         */
        boolean extend(Connection c, String partition, List<String> fresh) throws SQLException {
            List<String> added = new ArrayList<>();
            for (String id : fresh) {
                if (!index.containsKey(id)) {
                    added.add(id);
                }
            }
            for (int from = 0; from < added.size(); from += StoreDerived.IN_CHUNK) {
                List<String> chunk = added.subList(from, Math.min(added.size(), from + StoreDerived.IN_CHUNK));
                try (PreparedStatement p = c.prepareStatement(COLUMNS + "WHERE partition = ? AND id IN (" + StoreDerived.marks(chunk.size()) + ")")) {
                    p.setString(1, partition);
                    for (int i = 0; i < chunk.size(); i++) {
                        p.setString(i + 2, chunk.get(i));
                    }
                    addAll(p);
                }
            }
            return StoreDerived.count(c, "mentions", partition) == ids.size();
        }

        void add(String id, Integer g, Double la, Double lo, String c, String name, String text) {
            if (index.putIfAbsent(id, ids.size()) != null) {
                return;
            }
            ids.add(id);
            gid.add(g);
            lat.add(la);
            lon.add(lo);
            cls.add(c == null ? null : switch (c) { // one string per class, not one per row
                case "TOWN" -> "TOWN";
                case "POINT" -> "POINT";
                case "COARSE" -> "COARSE";
                case "NONE" -> "NONE";
                default -> c;
            });
            nameKey.add(name);
            textKey.add(text);
            int i = ids.size() - 1;
            if (g != null) {
                byGid.computeIfAbsent(g, k -> new Rows()).add(i);
            }
            names.add(name, i);
            texts.add(text, i);
        }

        /**
         * Brings {@link #byLat} up to the rows held: the rows added since sorted by latitude and merged in (their rows
         * are after every row sorted before, so at equal latitudes they go after: the order of sorting all the rows).
         */
        private void sortByLat() {
            int size = ids.size();
            if (sortedTo == size) {
                return;
            }
            List<Integer> added = new ArrayList<>();
            for (int i = sortedTo; i < size; i++) {
                if (boxed(i)) {
                    added.add(i);
                }
            }
            added.sort(java.util.Comparator.comparingDouble(i -> lat.get(i))); // stable: by row at equal latitudes
            int[] merged = new int[byLat.length + added.size()];
            double[] mergedLats = new double[merged.length];
            int a = 0;
            int b = 0;
            for (int k = 0; k < merged.length; k++) {
                boolean old = b == added.size() || a < byLat.length && Double.compare(lats[a], lat.get(added.get(b))) <= 0;
                merged[k] = old ? byLat[a] : added.get(b);
                mergedLats[k] = old ? lats[a++] : lat.get(added.get(b++));
            }
            byLat = merged;
            lats = mergedLats;
            sortedTo = size;
        }

        /** Which mentions the window of the fresh ones holds: {@link StoreDerived#window}'s rules on the columns. */
        boolean[] closure(List<String> fresh) {
            int size = ids.size();
            sortByLat();
            Keys.Taking names = this.names.taking();
            Keys.Taking texts = this.texts.taking();
            boolean[] in = new boolean[size];
            ArrayDeque<Integer> todo = new ArrayDeque<>();
            for (String id : fresh) {
                Integer i = index.get(id);
                if (i != null && !in[i]) {
                    in[i] = true;
                    todo.add(i);
                }
            }
            Set<Integer> entries = new HashSet<>();
            Set<Point> points = new HashSet<>();
            while (!todo.isEmpty()) {
                int i = todo.poll();
                names.take(nameKey.get(i), in, todo);
                texts.take(textKey.get(i), in, todo);
                if (gid.get(i) != null && entries.add(gid.get(i))) {
                    Rows rows = byGid.get(gid.get(i));
                    for (int k = 0; k < rows.size; k++) {
                        take(rows.at[k], in, todo);
                    }
                }
                boolean town = "TOWN".equals(cls.get(i));
                Double la = lat.get(i);
                Double lo = lon.get(i);
                if (boxed(i) && points.add(new Point(la, lo))) {
                    // the box of StoreDerived#window, compared as SQL's BETWEEN compares (bounds included)
                    double[] box = StoreDerived.box(la, lo);
                    double latFrom = box[0];
                    double latTo = box[1];
                    double lonFrom = box[2];
                    double lonTo = box[3];
                    int k = firstAtLeast(lats, latFrom);
                    for (; k < lats.length && lats[k] <= latTo; k++) {
                        int j = byLat[k];
                        double x = lon.get(j);
                        if (x >= lonFrom && x <= lonTo && (!town || "POINT".equals(cls.get(j)))) {
                            take(j, in, todo);
                        }
                    }
                }
            }
            return in;
        }

        /** Whether row {@code i} is a town or a point with a point: a box's centre and candidate ({@link #byLat}). */
        private boolean boxed(int i) {
            return lat.get(i) != null && lon.get(i) != null && ("TOWN".equals(cls.get(i)) || "POINT".equals(cls.get(i)));
        }

        /** A point looked at once (equal as {@link Double#compare} finds, as the text of both numbers was compared). */
        private record Point(double lat, double lon) {
        }

        private static int firstAtLeast(double[] sorted, double v) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) {
                int m = (lo + hi) >>> 1;
                if (sorted[m] < v) {
                    lo = m + 1;
                } else {
                    hi = m;
                }
            }
            return lo;
        }

        private static void take(int j, boolean[] in, ArrayDeque<Integer> todo) {
            if (!in[j]) {
                in[j] = true;
                todo.add(j);
            }
        }
    }

    /**
     * One kind of spelling key of the partition's mentions: a key's spellings are the keys that are
     * {@link EventMerger#sameSpelling} of it, each taken once with all its mentions. They are looked for among the keys
     * that share one of its deletion neighbours (the key itself, or it without one of its characters): two keys within
     * one edit of each other share one (a substitution deleted from both, an insertion from the longer), and so do equal
     * ones, so every spelling is among them. Comparing a key with every key of its bucket (its first character) instead
     * was most of a large window's traversal: Hama's partition at a million events has 16,945 name keys.
     */
    static final class Keys {
        private final Map<String, Rows> byKey = new HashMap<>();
        /** The keys by each of their deletion neighbours ({@link #neighbours}). */
        private final Map<String, List<String>> byNeighbour = new HashMap<>();

        Keys() {
        }

        Keys(List<String> keys) {
            for (int i = 0; i < keys.size(); i++) {
                add(keys.get(i), i);
            }
        }

        /** Adds the key of row {@code i} (null: none); rows are added in their order. */
        void add(String k, int i) {
            if (k != null) {
                byKey.computeIfAbsent(k, x -> {
                    for (String n : neighbours(x)) {
                        byNeighbour.computeIfAbsent(n, y -> new ArrayList<>(1)).add(x);
                    }
                    return new Rows();
                }).add(i);
            }
        }

        /** The key and the key without each one of its characters, each once. */
        static Set<String> neighbours(String key) {
            Set<String> out = new HashSet<>();
            out.add(key);
            for (int i = 0; i < key.length(); i++) {
                out.add(key.substring(0, i) + key.substring(i + 1));
            }
            return out;
        }

        /** One closure's taking of keys: each key looked at once, each spelling's rows taken once. */
        Taking taking() {
            return new Taking();
        }

        final class Taking {
            private final Set<String> looked = new HashSet<>();
            private final Set<String> loaded = new HashSet<>();

            void take(String key, boolean[] in, ArrayDeque<Integer> todo) {
                if (key == null || !looked.add(key)) {
                    return;
                }
                for (String k : spellings(key)) {
                    if (loaded.add(k)) {
                        Rows rows = byKey.get(k);
                        for (int j = 0; j < rows.size; j++) {
                            Nodes.take(rows.at[j], in, todo);
                        }
                    }
                }
            }
        }

        /** The keys held that are {@link EventMerger#sameSpelling} of a key (each once). */
        Set<String> spellings(String key) {
            Set<String> out = new HashSet<>();
            for (String n : neighbours(key)) {
                for (String k : byNeighbour.getOrDefault(n, List.of())) {
                    if (!out.contains(k) && EventMerger.sameSpelling(key, k)) {
                        out.add(k);
                    }
                }
            }
            return out;
        }
    }

    /** Row numbers in the order added, as ints (a popular region's million rows were three boxed lists of them). */
    static final class Rows {
        int[] at = new int[2];
        int size;

        void add(int row) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = row;
        }
    }
}
