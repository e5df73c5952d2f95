package org.sitrep.store;

import org.sitrep.core.StageTimes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.ContradictionFinder;
import org.sitrep.core.reconcile.ControlTimeline;
import org.sitrep.core.reconcile.EventMerger;
import org.sitrep.core.reconcile.Names;
import org.sitrep.core.reconcile.PartitionReconciler;

/**
 * Reads a partition's source rows and replaces its derived rows (the same SQL on SQLite and PostgreSQL) (events with their spatial index entries and
 * mention links, control periods, contradictions). Runs inside the caller's transaction. Not thread-safe.
 */
final class StoreDerived {
    private final Connection c;
    /** How an INSERT of the store's rows begins on this connection ({@link Dialect#insertInto}). */
    private final String insert;
    /** {@link Dialect#jsonParam} of the connection. */
    private final String json;
    /** Whether this connection numbers the rows of events and control periods itself ({@link Rowids}: SQLite). */
    private boolean numbersRows;
    /**
     * Mentions an event carries in lists ({@code events.brief}; {@code event(id)} reads them all): an event that a
     * hundred outlets report is otherwise a hundred sentences in every list it appears in.
     */
    static final int LISTED_MENTIONS = 25;
    /** Open ends of control periods in {@code control_rtree}, in days from the epoch. */
    static final double OPEN_DAYS = 1e7;
    /** Ids of the events written and deleted since {@link #changes} was last called. */
    private final Set<String> written = new java.util.TreeSet<>();
    private final Set<String> removed = new java.util.TreeSet<>();

    /**
     * A window that grows beyond this many mentions and beyond 1/{@link #SCAN_SHARE} of its partition is found by
     * {@link WindowScan} instead: fetching a mention by id costs several times its share of one scan of the partition.
     */
    static final int SCAN_FROM = 20_000;
    static final int SCAN_SHARE = 8;
    /** {@link #SCAN_FROM}, or another threshold (tests). */
    private int scanFrom;

    StoreDerived(Connection c) {
        this(c, SCAN_FROM);
    }

    /** Periods that windowed refreshes merged and took as stored ({@link PartitionReconciler.StoredEvents#periods}), shared by a store's connections. */
    private java.util.concurrent.atomic.AtomicLongArray periodCounts = new java.util.concurrent.atomic.AtomicLongArray(2);

    /** Counts the periods of this connection's refreshes in {@code counts} (merged, taken), as the store's other connections do. */
    void periodCounts(java.util.concurrent.atomic.AtomicLongArray counts) {
        this.periodCounts = counts;
    }

    StoreDerived(Connection c, int scanFrom) {
        this.c = c;
        this.insert = Dialect.insertInto(c);
        this.json = Dialect.jsonParam(c);
        this.numbersRows = c instanceof org.sqlite.SQLiteConnection;
        this.scanFrom = scanFrom;
    }

    /** Asks SQLite for each new row's rowid instead of numbering the rows ({@link Rowids}; tests compare the two). */
    void askRowids() {
        this.numbersRows = false;
    }

    /** Finds windows that outgrow this many mentions by {@link WindowScan} (tests: 0 finds every window so). */
    void scanFrom(int mentions) {
        this.scanFrom = mentions;
    }

    /** Threads the mentions' JSON this connection reads is parsed on ({@link MentionRows}). */
    private int parseThreads = 1;

    /**
     * Parses the mentions' JSON this connection reads on up to {@code threads} threads: those of the store's own
     * connection, whose refresh of a large partition leaves the workers idle; a worker's connection keeps one.
     */
    void parseThreads(int threads) {
        this.parseThreads = Math.max(1, threads);
    }

    /** The parsed mentions of large windows this connection keeps between refreshes, or null (none kept). */
    private MentionCache cache;

    /**
     * Keeps the mentions of the windows found by {@link WindowScan} in this cache between refreshes (null: none):
     * the store's own connection, which refreshes the large partitions; a worker's keeps none.
     */
    void mentionCache(MentionCache cache) {
        this.cache = cache;
    }

    /** The current window's {@link Budget}, while one is traversed by queries. */
    private Budget budget;

    /** Thrown by a window's query whose new mentions would take it over its {@link Budget}, before they are read. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("window over budget", null, false, false);
        }
    }

    /** How large a window of a partition may grow by queries: {@link #SCAN_FROM} and a share of the partition. */
    private final class Budget {
        private final String partition;
        private long most = -1;

        Budget(String partition) {
            this.partition = partition;
        }

        void check(long size) throws SQLException {
            if (size <= scanFrom) {
                return;
            }
            if (most < 0) {
                most = Math.max(scanFrom, count("mentions", partition) / SCAN_SHARE);
            }
            if (size > most) {
                throw new TooLarge();
            }
        }
    }

    /**
     * The events written (inserted, or rewritten with other mentions) and those deleted and not written again,
     * since the last call; then forgets them.
     */
    EventStore.Changes changes() {
        Set<String> gone = new java.util.TreeSet<>(removed);
        gone.removeAll(written);
        EventStore.Changes c = new EventStore.Changes(List.copyOf(written), List.copyOf(gone));
        written.clear();
        removed.clear();
        return c;
    }

    List<SourcedMention> mentions(String partition) throws SQLException {
        MentionRows rows = new MentionRows(c, parseThreads, new ArrayList<>(), storedJson);
        try (PreparedStatement p = c.prepareStatement("SELECT json FROM mentions WHERE " + Dialect.ofPartition(c, "mentions"))) {
            p.setString(1, partition);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(rows.json(r, 1));
                }
            }
        }
        return rows.flush();
    }

    List<SourcedClaim> claims(String partition) throws SQLException {
        List<SourcedClaim> out = new ArrayList<>();
        for (String json : jsons("SELECT json FROM claims WHERE partition = ?", partition)) {
            out.add(StoreJson.read(json, SourcedClaim.class));
        }
        return out;
    }

    private List<String> jsons(String sql, String arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    void replaceClaimContradictions(String partition, List<Contradiction> found) throws SQLException {
        update("DELETE FROM contradictions WHERE partition = ?", partition);
        insertContradictions(found);
    }

    /** The partition's stored events: id to what the reconciler needs of them. */
    Map<String, PartitionReconciler.Stored> storedEvents(String partition) throws SQLException {
        Map<String, PartitionReconciler.Stored> stored = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, members, timeline_key FROM events WHERE partition = ?")) {
            p.setString(1, partition);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), new PartitionReconciler.Stored(r.getString(2), r.getString(3)));
                }
            }
        }
        return stored;
    }

    /**
     * Persists what the reconciler decided for a partition, writing only what changed: the removed events deleted,
     * the written ones inserted with their contradictions, the replaced timelines' periods deleted and inserted
     * again (for a claims partition: its contradictions replaced).
     */
    void persist(PartitionReconciler.PartitionResult r) throws SQLException {
        persist(r, null);
    }

    /**
     * What the writer binds of a result, made before the result is persisted: on a refresh's worker thread, not the
     * writer's. Each written event's row ({@link EventRow}) by id, and the rows of the replaced timelines' periods in
     * the result's order ({@link #periodRows}; empty when no timeline is replaced).
     */
    record Encoded(Map<String, EventRow> events, List<PeriodRow> periods) {
        /** The result's rows, each mention of {@code stored} copied as it is stored. */
        static Encoded of(PartitionReconciler.PartitionResult r, StoredJson stored) {
            return of(r, stored, 1, Long.MAX_VALUE);
        }

        /**
         * {@link #of(PartitionReconciler.PartitionResult, StoredJson)}, the periods' rows made on up to {@code threads}
         * threads, and the written events' rows only until their JSON holds more than {@code aheadBytes}: the writer
         * makes the others' as it writes them ({@link #row}; the same rows, a mention's JSON being the same whether
         * copied or written again: {@link StoredJson}).
         */
        static Encoded of(PartitionReconciler.PartitionResult r, StoredJson stored, int threads, long aheadBytes) {
            return of(r, stored, threads, aheadBytes, Map.of(), null);
        }

        /**
         * {@link #of(PartitionReconciler.PartitionResult, StoredJson, int, long)}, the place keys of the timelines'
         * events taken from {@code known} where it has the event object, and all of them put into {@code made} (null:
         * not kept); see {@link #periodRows(List, List, int, Map, Map)}.
         */
        static Encoded of(PartitionReconciler.PartitionResult r, StoredJson stored, int threads, long aheadBytes,
                          Map<Event, String[]> known, Map<Event, String[]> made) {
            Map<String, EventRow> events = new HashMap<>();
            long bytes = 0;
            for (Event ev : r.written()) {
                if (bytes > aheadBytes) {
                    break;
                }
                EventRow row = row(ev, stored);
                events.put(ev.id(), row);
                bytes += row.json().length + (row.brief() == null ? 0 : row.brief().length);
            }
            List<PeriodRow> periods = r.timelineKeys().isEmpty() && r.unlistedKeys().isEmpty() ? List.of()
                    : periodRows(r.periods(), r.timelineEvents(), threads, known, made); // what replaceTimelines writes
            return new Encoded(events, periods);
        }

        /** An event's row, each mention of {@code stored} (or null: none) copied as it is stored. */
        static EventRow row(Event ev, StoredJson stored) {
            Event brief = ev.brief(LISTED_MENTIONS);
            return new EventRow(StoreJson.bytes(ev, stored), brief == ev ? null : StoreJson.bytes(brief, stored), placeKeys(ev),
                    quotes(ev), timelineKey(ev));
        }
    }

    /**
     * Bytes of the written events' JSON that a result's rows made ahead of its write hold at most ({@link Encoded#of}):
     * a sixteenth of the heap. A partition refreshed whole (a bulk ingest into a new store) writes all its events at
     * once, and their JSON holds every mention's: building a store of 300,000 generated events in the launcher's 1 GiB
     * heap ran out of memory holding the 87,000 written events' rows of its largest partition (a class histogram: 0.6 GB
     * of byte arrays) before the writer took them. Tests set another.
     */
    static volatile long encodeAheadBytes = Runtime.getRuntime().maxMemory() / 16;

    /**
     * An event's columns made from it ahead of the write: its JSON and its brief's (null when the event is its own; as
     * UTF-8 bytes, {@link StoreJson#bytes}), its {@link #placeKeys}, its {@link #quotes} (the text index's row) and its
     * {@link #timelineKey}.
     */
    record EventRow(byte[] json, byte[] brief, String placeKeys, String quotes, String timelineKey) {
    }

    /**
     * The stored JSON of the mentions this connection read since its last partition was encoded ({@link StoredJson}):
     * the events of the next one take their mentions' JSON from it.
     */
    private final StoredJson storedJson = new StoredJson();

    /** The JSON of a result ({@link Encoded}), its mentions read by this connection copied as stored; then forgets them. */
    Encoded encode(PartitionReconciler.PartitionResult r) {
        try {
            if (cache == null) {
                return Encoded.of(r, storedJson, parseThreads, encodeAheadBytes);
            }
            // the place keys of the events this partition's last timelines held, which it mostly takes again
            Map<Event, String[]> made = new java.util.IdentityHashMap<>();
            Encoded e = Encoded.of(r, storedJson, parseThreads, encodeAheadBytes, cache.placeKeys(r.partition()), made);
            if (!r.timelineKeys().isEmpty() || !r.unlistedKeys().isEmpty()) {
                cache.placeKeys(r.partition(), made);
            }
            return e;
        } finally {
            storedJson.clear();
        }
    }

    /** How many mentions' stored JSON this connection holds for the next partition it encodes (tests). */
    int storedJsonHeld() {
        return storedJson.size();
    }

    /** How many times this connection's encodings copied a mention's stored JSON (tests). */
    long storedJsonCopied() {
        return storedJson.copied();
    }

    /** As {@link #persist(PartitionReconciler.PartitionResult)}, with the result's JSON made ahead (or null: made here). */
    void persist(PartitionReconciler.PartitionResult r, Encoded encoded) throws SQLException {
        if (r.claimsOnly()) {
            replaceClaimContradictions(r.partition(), r.contradictions());
            return;
        }
        if (encoded == null) {
            long t = StageTimes.begin();
            encoded = encode(r);
            StageTimes.add("refresh:encode", t);
        }
        long t = StageTimes.begin();
        deleteEvents(r.removed());
        removed.addAll(r.removed());
        StageTimes.add("refresh:delete", t);
        t = StageTimes.begin();
        insertEvents(r.written(), r.members(), encoded);
        r.written().forEach(e -> written.add(e.id()));
        StageTimes.add("refresh:insert", t);
        // only for a partition whose stored events the cache keeps (those of a window looked up before this persist):
        // the cache ignores the others, and a bulk ingest's refresh persists thousands of them
        if (cache != null && !cache.stored(r.partition()).isEmpty()) {
            Map<String, PartitionReconciler.Stored> rows = new HashMap<>(r.written().size() * 4 / 3 + 1);
            for (Event ev : r.written()) {
                rows.put(ev.id(), new PartitionReconciler.Stored(r.members().get(ev.id()), timelineKey(ev)));
            }
            pendingStored.add(new PendingStored(r.partition(), r.removed(), rows));
        }
        t = StageTimes.begin();
        insertContradictions(r.contradictions());
        if (!r.timelineKeys().isEmpty() || !r.unlistedKeys().isEmpty()) {
            replaceTimelines(r, encoded);
        }
        StageTimes.add("refresh:timelines", t);
    }

    /**
     * The mentions of the partition that the mentions added since its last refresh can merge with, directly or
     * through others: for a gazetteer town, the mentions of the same entry and the points (landmarks, districts)
     * within {@link EventMerger#NEAR_KM} km of it; for a point, the same entry and everything with a point within
     * that distance; for a coarse place (a province, a country, an unlisted name), the mentions whose name or
     * source's words are spellings of its own ({@link EventMerger#nameKey}, {@link EventMerger#textKey},
     * {@link EventMerger#sameSpelling}), and for any place without a gazetteer entry those whose name is a spelling of
     * its name (its timeline is matched by spelling with theirs, so they are rebuilt together); and so on from every
     * mention found. A window whose queries would take it beyond its {@link Budget} is found by {@link WindowScan}
     * instead (the same rules on the same columns). Null when the partition must be recomputed whole: no
     * mention was added, nothing is stored yet, or a campaign partition.
     */
    List<SourcedMention> window(String partition, List<String> fresh) throws SQLException {
        if (!partition.startsWith("geo:")) {
            return null;
        }
        if (fresh.isEmpty() || !exists("SELECT 1 FROM events WHERE partition = ? LIMIT 1", partition)) {
            return null;
        }
        if (cache != null && cache.nodes(partition) != null) {
            // a window of this partition outgrew the queries before, and its place columns are kept: the scan's rules
            // find the same window from them, without the queries' traversal up to their budget
            return WindowScan.window(c, partition, fresh, parseThreads, cache);
        }
        Map<String, SourcedMention> window = new java.util.LinkedHashMap<>();
        java.util.ArrayDeque<SourcedMention> todo = new java.util.ArrayDeque<>();
        for (int from = 0; from < fresh.size(); from += IN_CHUNK) {
            List<String> chunk = fresh.subList(from, Math.min(fresh.size(), from + IN_CHUNK));
            loadJson(new ArrayList<>(chunk), window, todo);
        }
        Set<Integer> entries = new HashSet<>();
        Set<String> points = new HashSet<>();
        Spellings names = new Spellings("name", partition);
        Spellings texts = new Spellings("text", partition);
        budget = new Budget(partition);
        try {
            return window(partition, window, todo, names, texts, entries, points);
        } catch (TooLarge e) {
            // the traversal's mentions are dropped: their kept JSON would hold them until the partition is encoded
            storedJson.clear();
            return WindowScan.window(c, partition, fresh, parseThreads, cache); // much of the partition: its scans read it cheaper
        } finally {
            budget = null;
        }
    }

    /** The window's traversal from the mentions already in it and to do. */
    private List<SourcedMention> window(String partition, Map<String, SourcedMention> window, java.util.ArrayDeque<SourcedMention> todo,
            Spellings names, Spellings texts, Set<Integer> entries, Set<String> points) throws SQLException {
        while (!todo.isEmpty()) {
            SourcedMention m = todo.poll();
            ResolvedPlace p = m.mention().place() == null ? null : m.mention().place().place();
            EventMerger.PlaceClass cls = EventMerger.placeClass(p);
            names.load(EventMerger.nameKey(p), window, todo);
            texts.load(EventMerger.textKey(m.mention().place()), window, todo);
            if (p == null) {
                continue;
            }
            if (p.geonameid() != null && entries.add(p.geonameid())) {
                load(ENTRY_IDS, List.of(partition, p.geonameid()), window, todo);
            }
            if ((cls == EventMerger.PlaceClass.TOWN || cls == EventMerger.PlaceClass.POINT) && p.hasPoint() && points.add(p.lat() + "," + p.lon())) {
                double[] box = box(p.lat(), p.lon());
                load(cls == EventMerger.PlaceClass.TOWN ? POINT_IDS_IN_BOX : TOWN_OR_POINT_IDS_IN_BOX,
                        List.of(partition, box[0], box[1], box[2], box[3]), window, todo);
            }
        }
        return new ArrayList<>(window.values());
    }

    /**
     * A partition's state read without taking its marks ({@link #freshOf}), with the counts of its mentions and claims
     * read before (so that whatever is added after them makes a writer find the state stale).
     */
    PartitionState state(String partition, long mentionCount, long claimCount) throws SQLException {
        if (PartitionReconciler.isClaims(partition)) {
            return new PartitionState(partition, List.of(), claims(partition), Map.of(), List.of(), mentionCount, claimCount, false);
        }
        return read(partition, freshOf(partition), mentionCount, claimCount);
    }

    /**
     * An events partition's mentions to regroup, given the marks of those added since its last refresh: its {@link
     * #window} of them, or all of it; with the stored events holding them. The counts are carried as given.
     */
    PartitionState read(String partition, List<String> fresh, long mentionCount, long claimCount) throws SQLException {
        storedJson.clear();
        long t = StageTimes.begin();
        List<SourcedMention> window = window(partition, fresh);
        StageTimes.add("refresh:window", t);
        return read(partition, window, fresh, mentionCount, claimCount);
    }

    /** {@link #read(String, List, long, long)} given the window read (null: the whole partition). */
    private PartitionState read(String partition, List<SourcedMention> window, List<String> fresh, long mentionCount, long claimCount)
            throws SQLException {
        long t = StageTimes.begin();
        PartitionState s = window != null
                ? new PartitionState(partition, window, List.of(), storedEventsOf(window), fresh, mentionCount, claimCount, true)
                : new PartitionState(partition, mentions(partition), List.of(), storedEvents(partition), fresh, mentionCount, claimCount, false);
        StageTimes.add("refresh:read", t);
        return s;
    }

    /**
     * The stored events holding any of a list of mentions (as many parameters). The events' ids are found first and
     * each event's row is read once: joined mention by mention, an event's members were read once for each of its
     * mentions, and in SQLite they lie after the event's JSON, whose overflow pages are walked again whenever the join
     * comes back to the row from another event's (500 ids of a million-event store's largest partition, from 20 large
     * events and others: 0.44 and 0.51 s joined, 7 ms so, in the sqlite3 shell).
     */
    static String holding(int ids) {
        return "SELECT id, members, timeline_key FROM events WHERE id IN (SELECT event_id FROM event_mentions WHERE mention_id IN ("
                + marks(ids) + "))";
    }

    /** The stored events with any of a list of ids (as many parameters). */
    static String withIds(int ids) {
        return "SELECT id, members, timeline_key FROM events WHERE id IN (" + marks(ids) + ")";
    }

    /** The stored events that hold any of the mentions: id to what the reconciler needs of them. */
    Map<String, PartitionReconciler.Stored> storedEventsOf(List<SourcedMention> mentions) throws SQLException {
        return storedEvents(StoreDerived::holding, mentions.stream().map(SourcedMention::id).toList());
    }

    /** The stored events that a query of ids (made for a number of them) selects: id to what the reconciler needs of them. */
    private Map<String, PartitionReconciler.Stored> storedEvents(java.util.function.IntFunction<String> statement, List<String> ids)
            throws SQLException {
        Map<String, PartitionReconciler.Stored> out = new HashMap<>();
        eachRow(statement, ids, r -> out.put(r.getString(1), new PartitionReconciler.Stored(r.getString(2), r.getString(3))));
        return out;
    }

    /** What is read of each row a query selects. */
    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    /** Each row that a query of ids (made for a number of them) selects, the ids asked {@link #IN_CHUNK} at a time. */
    private void eachRow(java.util.function.IntFunction<String> statement, List<String> ids, RowReader row) throws SQLException {
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            try (PreparedStatement p = c.prepareStatement(statement.apply(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        row.read(r);
                    }
                }
            }
        }
    }

    /**
     * The stored events a refresh of a window looks up as it needs them ({@link PartitionReconciler.StoredEvents}),
     * the time spent in its reads kept apart from the reconciler's. A failed read is thrown as a {@link StoreException}.
     */
    final class Lookup implements PartitionReconciler.StoredEvents {
        long nanos;
        /** The partition looked up, whose mentions' events the cache keeps from its last refresh (null: none kept). */
        private final String partition;

        /** The cache's {@link MentionCache#storedEpoch} before this lookup read anything. */
        private final long epoch;

        Lookup(String partition) {
            this.partition = cache == null ? null : partition;
            this.epoch = cache == null ? 0 : cache.storedEpoch();
        }

        /** The stored events with these ids: those the cache keeps, the others read (and kept). */
        @Override
        public Map<String, PartitionReconciler.Stored> withIds(java.util.Collection<String> eventIds) {
            if (partition == null) {
                return read(StoreDerived::withIds, eventIds);
            }
            Map<String, PartitionReconciler.Stored> kept = cache.stored(partition);
            Map<String, PartitionReconciler.Stored> out = new HashMap<>(eventIds.size() * 4 / 3 + 1);
            List<String> missing = new ArrayList<>();
            for (String id : eventIds) {
                PartitionReconciler.Stored s = kept.get(id);
                if (s != null) {
                    out.put(id, s);
                } else {
                    missing.add(id);
                }
            }
            cache.storedTaken(out.size());
            if (!missing.isEmpty()) {
                Map<String, PartitionReconciler.Stored> found = read(StoreDerived::withIds, missing);
                cache.storedRead(partition, found, epoch);
                out.putAll(found);
            }
            return out;
        }

        @Override
        public Map<String, PartitionReconciler.Stored> holding(java.util.Collection<String> mentionIds) {
            Map<String, PartitionReconciler.Stored> found = read(StoreDerived::holding, mentionIds);
            if (partition != null) {
                cache.storedRead(partition, found, epoch);
            }
            return found;
        }

        @Override
        public Map<String, String> lastGrouped() {
            return partition == null ? Map.of() : cache.eventsOf(partition);
        }

        @Override
        public Map<String, String> eventsOf(java.util.Collection<String> mentionIds) {
            long t = System.nanoTime();
            try {
                // the store's rows (the reconciler took those the last refresh of the partition grouped: lastGrouped)
                Map<String, String> out = new HashMap<>(mentionIds.size() * 2);
                eachRow(n -> "SELECT mention_id, event_id FROM event_mentions WHERE mention_id IN (" + marks(n) + ")",
                        mentionIds instanceof List<String> l ? l : new ArrayList<>(mentionIds), r -> out.put(r.getString(1), r.getString(2)));
                return out;
            } catch (SQLException e) {
                throw new StoreException("cannot read the events of mentions: " + e.getMessage(), e);
            } finally {
                nanos += System.nanoTime() - t;
            }
        }

        @Override
        public void grouped(Map<String, List<SourcedMention>> groups) {
            if (partition == null) {
                return;
            }
            int n = 0;
            for (List<SourcedMention> g : groups.values()) {
                n += g.size();
            }
            Map<String, String> eventOf = new HashMap<>(n * 4 / 3 + 1);
            groups.forEach((id, g) -> g.forEach(m -> eventOf.put(m.id(), id)));
            cache.eventsOf(partition, eventOf);
        }

        @Override
        public void periods(int merged, int taken) {
            periodCounts.addAndGet(0, merged);
            periodCounts.addAndGet(1, taken);
        }

        private Map<String, PartitionReconciler.Stored> read(java.util.function.IntFunction<String> statement, java.util.Collection<String> ids) {
            long t = System.nanoTime();
            try {
                return storedEvents(statement, List.copyOf(ids));
            } catch (SQLException e) {
                throw new StoreException("cannot read stored events: " + e.getMessage(), e);
            } finally {
                nanos += System.nanoTime() - t;
            }
        }
    }

    /**
     * Reads an events partition's mentions to regroup, given the marks of those added since its last refresh, and
     * reconciles them: a {@link #window} of them with the stored events looked up as the reconciler needs them
     * ({@link Lookup}), or the whole partition with all its stored events. The state answered carries no stored events
     * for a window (the result is computed already); the counts are carried as given.
     */
    Reconciled refresh(String partition, List<String> fresh, long mentionCount, long claimCount, PartitionReconciler reconciler)
            throws SQLException {
        storedJson.clear(); // what an earlier read kept, without an encoding after it, is not this partition's
        long t = StageTimes.begin();
        List<SourcedMention> window = window(partition, fresh);
        StageTimes.add("refresh:window", t);
        if (window == null) {
            PartitionState s = read(partition, null, fresh, mentionCount, claimCount);
            t = StageTimes.begin();
            PartitionReconciler.PartitionResult result = s.reconcile(reconciler);
            StageTimes.add("refresh:reconcile", t);
            return new Reconciled(s, result);
        }
        PartitionState s = new PartitionState(partition, window, List.of(), Map.of(), fresh, mentionCount, claimCount, true);
        Lookup lookup = new Lookup(partition);
        t = StageTimes.begin();
        PartitionReconciler.PartitionResult result;
        // the events of the partition's last refresh on this connection, which its timelines may take again
        MentionCache.Events kept = cache == null ? null : cache.events(partition);
        try {
            result = reconciler.refresh(partition, window, lookup, kept, new HashSet<>(fresh));
            if (kept != null) {
                cache.keep(partition, kept);
            }
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException q) {
                throw q;
            }
            throw e;
        }
        if (t != 0) {
            StageTimes.add("refresh:reconcile", t + lookup.nanos);
            StageTimes.add("refresh:lookup", System.nanoTime() - lookup.nanos);
        }
        return new Reconciled(s, result);
    }

    /** A partition's state as a refresh read it and the reconciler's result for it. */
    record Reconciled(PartitionState state, PartitionReconciler.PartitionResult result) {
    }

    /**
     * The statements on the marks of mentions added since a partition's last refresh (partition; partition, mention id):
     * each reads the marks' table by its key, which leads with the partition (migration 13).
     */
    static final String TAKE_FRESH = "DELETE FROM fresh WHERE partition = ? RETURNING mention_id";
    static final String FRESH_OF = "SELECT mention_id FROM fresh WHERE partition = ?";
    static final String TAKE_FRESH_MARK = "DELETE FROM fresh WHERE partition = ? AND mention_id = ?";

    /**
     * Takes the partition's marks of mentions added since its last refresh: deletes them and answers their mention
     * ids, sorted. Taken before the partition's mentions are read, in the refresh's transaction, so that a mention
     * another process commits meanwhile keeps its mark for the next refresh (deleting the marks after the reads
     * dropped the mark of a mention those reads had not seen: on PostgreSQL each statement sees what was committed
     * before it).
     */
    List<String> takeFresh(String partition) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(TAKE_FRESH)) {
            p.setString(1, partition);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** The partition's marks of mentions added since its last refresh, without taking them; sorted. */
    List<String> freshOf(String partition) throws SQLException {
        List<String> out = jsons(FRESH_OF, partition);
        java.util.Collections.sort(out);
        return out;
    }

    /** Takes the given marks of mentions added since the partition's last refresh (those a state saw). */
    void takeFresh(String partition, List<String> ids) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(TAKE_FRESH_MARK)) {
            for (String id : ids) {
                p.setString(1, partition);
                p.setString(2, id);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** A count of the partition's rows in a source table (mentions or claims). */
    long count(String table, String partition) throws SQLException {
        return count(c, table, partition);
    }

    /** {@link #count(String, String)} on a connection. */
    static long count(Connection c, String table, String partition) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE partition = ?")) {
            p.setString(1, partition);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    /** The ids of a partition's mentions of a gazetteer entry (partition, geonameid): read from an index alone. */
    static final String ENTRY_IDS = "SELECT id FROM mentions WHERE partition = ? AND gid = ?";
    /** The ids of a partition's mentions of points in a box (partition, lat from, to, lon from, to): from an index alone. */
    static final String POINT_IDS_IN_BOX = "SELECT id FROM mentions WHERE partition = ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? "
            + "AND place_class = 'POINT'";
    /** As {@link #POINT_IDS_IN_BOX}, of towns and points. */
    static final String TOWN_OR_POINT_IDS_IN_BOX = "SELECT id FROM mentions WHERE partition = ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? "
            + "AND ? AND place_class IN ('TOWN', 'POINT')";

    /** The ids of a partition's mentions with a spelling key ({@code kind} name or text; partition, bucket, key): from an index alone. */
    static String spellingIds(String kind) {
        return "SELECT id FROM mentions WHERE partition = ? AND " + kind + "_bucket = ? AND " + kind + "_key = ?";
    }

    /**
     * The box around a point that holds every point within {@link EventMerger#NEAR_KM} of it: latitude from, to,
     * longitude from, to (what a window selects the points and towns near a mention's by, with SQL's BETWEEN).
     */
    static double[] box(double lat, double lon) {
        double dLat = EventMerger.NEAR_KM / 110.0;
        double dLon = EventMerger.NEAR_KM / (110.0 * Math.max(0.01, Math.cos(Math.toRadians(Math.min(89.0, Math.abs(lat) + dLat)))));
        return new double[] {lat - dLat, lat + dLat, lon - dLon, lon + dLon};
    }

    /** Values bound per "IN (...)" list. */
    static final int IN_CHUNK = 500;

    /** n comma-separated parameter marks. */
    static String marks(int n) {
        return "?" + ", ?".repeat(Math.max(0, n - 1));
    }

    private boolean exists(String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /**
     * Adds the mentions whose ids the query selects and that are not yet in the window to it and to the work list, in
     * the query's order. The ids come from an index that holds them (migration 10), then the JSON of the new mentions
     * by id: the rows of a gazetteer entry, of a box of points and of a spelling overlap, and a box of points is a band
     * of latitude whose rows need not be read to be ruled out by longitude.
     */
    private void load(String sql, List<Object> args, Map<String, SourcedMention> window, java.util.Deque<SourcedMention> todo)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                p.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    if (!window.containsKey(id)) {
                        ids.add(id);
                    }
                }
            }
        }
        if (budget != null) {
            budget.check(window.size() + ids.size());
        }
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            loadJson(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)), window, todo);
        }
    }

    /** Adds the mentions of the ids (at most {@link #IN_CHUNK}) not yet in the window to it and to the work list, in the ids' order. */
    private void loadJson(List<String> ids, Map<String, SourcedMention> window, java.util.Deque<SourcedMention> todo) throws SQLException {
        List<SourcedMention> read = new ArrayList<>(ids.size());
        MentionRows rows = new MentionRows(c, parseThreads, read, storedJson);
        Map<String, Object> json = jsonById(c, ids, rows);
        Set<String> taken = new HashSet<>();
        for (String id : ids) {
            Object j = json.get(id);
            if (j != null && !window.containsKey(id) && taken.add(id)) {
                rows.add(j);
            }
        }
        for (SourcedMention m : rows.flush()) {
            window.put(m.id(), m);
            todo.add(m);
        }
    }

    /** The JSON of the stored mentions among {@code ids} (at most {@link #IN_CHUNK}), by id, as {@code rows} takes it. */
    static Map<String, Object> jsonById(Connection c, List<String> ids, MentionRows rows) throws SQLException {
        Map<String, Object> json = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id, json FROM mentions WHERE id IN (" + marks(ids.size()) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                p.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    json.put(r.getString(1), rows.json(r, 2));
                }
            }
        }
        return json;
    }

    /** The key of the timeline an event belongs to (before unlisted spellings are matched), or null without a place. */
    static String timelineKey(Event e) {
        return PartitionReconciler.timelineKey(e);
    }

    /**
     * Replaces the periods of the result's timelines. A period stored as it is computed again (same place and seq,
     * same columns and JSON) stays as it is, with its R*Tree entry; the others of those timelines are deleted and the
     * new ones inserted. An increment of recent news changes the end of a place's timeline, so this writes a few
     * periods where rewriting every period of the place wrote hundreds.
     */
    private void replaceTimelines(PartitionReconciler.PartitionResult result, Encoded encoded) throws SQLException {
        String partition = result.partition();
        Set<String> keys = new java.util.TreeSet<>(result.timelineKeys());
        keys.addAll(result.unlistedKeys());
        List<PeriodRow> rows = encoded.periods();
        Map<String, Integer> wanted = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            wanted.put(rows.get(i).id(), i);
        }
        boolean[] kept = new boolean[rows.size()];
        List<Long> stale = new ArrayList<>();
        Set<String> changed = new java.util.TreeSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT rowid, place_key, seq, place, lat, lon, controller, side, contested, "
                + "from_start, to_start, place_keys, json, brief FROM control_periods WHERE partition = ? AND place_key = ?")) {
            for (String k : keys) {
                q.setString(1, partition);
                q.setString(2, k);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        Double lat = (Double) WindowScan.nullable(r.getDouble(5), r);
                        Double lon = (Double) WindowScan.nullable(r.getDouble(6), r);
                        PeriodRow stored = new PeriodRow(r.getString(2), r.getInt(3), r.getString(4), lat, lon, r.getString(7),
                                r.getString(8), r.getInt(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14));
                        Integer i = wanted.get(stored.id());
                        if (i != null && !kept[i] && rows.get(i).equals(stored)) {
                            kept[i] = true;
                        } else {
                            stale.add(r.getLong(1));
                            changed.add(stored.placeKey());
                        }
                    }
                }
            }
        }
        try (PreparedStatement r = c.prepareStatement("DELETE FROM control_rtree WHERE id = ?");
             PreparedStatement d = c.prepareStatement("DELETE FROM control_periods WHERE rowid = ?")) {
            for (long rowid : stale) {
                r.setLong(1, rowid);
                r.addBatch();
                d.setLong(1, rowid);
                d.addBatch();
            }
            r.executeBatch();
            d.executeBatch();
        }
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!kept[i]) {
                fresh.add(i);
                changed.add(rows.get(i).placeKey());
            }
        }
        insertPeriods(partition, result.periods(), rows, fresh);
        periodsKept += rows.size() - fresh.size();
        periodsWritten += fresh.size();
        controlChanges.addAll(changed);
    }

    /** Places whose periods this transaction changed, recorded at its commit ({@link #logControlChanges}). */
    private final Set<String> controlChanges = new java.util.TreeSet<>();

    /** Versions of the periods whose changed places {@code control_changes} keeps (older ones are dropped). */
    static final long CONTROL_CHANGES_KEPT = 4096;

    /**
     * When this transaction changed periods: raises the periods' version ({@code control_state}) and records the
     * places it changed, dropping the record of versions {@link #CONTROL_CHANGES_KEPT} before it ({@link
     * ControlIndex#of}). Called by a refresh just before it commits, once for all its partitions.
     */
    void logControlChanges() throws SQLException {
        if (controlChanges.isEmpty()) {
            return;
        }
        List<String> placeKeys = new ArrayList<>(controlChanges);
        controlChanges.clear();
        long version;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("UPDATE control_state SET version = version + 1 RETURNING version")) {
            r.next();
            version = r.getLong(1);
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO control_changes (version, place_key) VALUES (?, ?)");
             PreparedStatement d = c.prepareStatement("DELETE FROM control_changes WHERE version <= ?")) {
            for (String k : placeKeys) {
                p.setLong(1, version);
                p.setString(2, k);
                p.addBatch();
            }
            p.executeBatch();
            d.setLong(1, version - CONTROL_CHANGES_KEPT);
            d.executeUpdate();
        }
    }

    /** Periods left as stored, and written, by this connection's refreshes (tests). */
    long periodsKept;
    long periodsWritten;

    /** A row of {@code control_periods} as written (its R*Tree entry follows from it). */
    record PeriodRow(String placeKey, int seq, String place, Double lat, Double lon, String controller, String side,
                             int contested, String fromStart, String toStart, String placeKeys, String json, String brief) {
        String id() {
            return placeKey + "\u0000" + seq;
        }
    }

    private void deleteEvents(List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT rowid, t_start FROM events WHERE id = ?");
             PreparedStatement d = c.prepareStatement("DELETE FROM events_fts WHERE rowid = ?")) {
            for (String id : ids) {
                q.setString(1, id);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next()) {
                        long key = textKey(r.getString(2), r.getLong(1));
                        if (pendingTextKeys.contains(key)) {
                            flushText(); // its row must be in the index to be deleted from it
                        }
                        d.setLong(1, key);
                        d.addBatch();
                    }
                }
            }
            d.executeBatch();
        }
        String[] sqls = {
            "DELETE FROM events_rtree WHERE id = (SELECT rowid FROM events WHERE id = ?)",
            "DELETE FROM event_mentions WHERE event_id = ?",
            "DELETE FROM contradictions WHERE event_id = ?",
            "DELETE FROM events WHERE id = ?"};
        for (String sql : sqls) {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (String id : ids) {
                    p.setString(1, id);
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    private void insertEvents(List<Event> events, Map<String, String> members, Encoded encoded) throws SQLException {
        Rowids ids = rowids("events", events.size());
        try (PreparedStatement e = c.prepareStatement(ids.statement(insert + "events", "id, partition, type, realis, actor, side, place, "
                    + "geonameid, admin1, country, lat, lon, t_start, t_end, corroboration, disputed, place_keys, json, members, "
                    + "timeline_key, brief", "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + json + ", ?, ?, " + json));
             PreparedStatement r = c.prepareStatement("INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon, min_day, max_day) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement m = c.prepareStatement(insert + "event_mentions (mention_id, event_id, article_id) VALUES (?, ?, ?)")) {
            int o = ids.first();
            for (Event ev : events) {
                EventRow row = encoded.events().get(ev.id());
                if (row == null) {
                    row = Encoded.row(ev, null); // not made ahead (encodeAheadBytes)
                }
                e.setString(o + 19, members.get(ev.id()));
                e.setString(o + 20, row.timelineKey());
                bindEvent(e, o, ev, row);
                long rowid = ids.insert(e);
                ResolvedPlace pl = ev.place();
                if (pl != null && pl.hasPoint()) {
                    r.setLong(1, rowid);
                    r.setDouble(2, pl.lat());
                    r.setDouble(3, pl.lat());
                    r.setDouble(4, pl.lon());
                    r.setDouble(5, pl.lon());
                    double day = startDay(ev);
                    r.setDouble(6, day);
                    r.setDouble(7, day);
                    r.addBatch();
                }
                long key = textKey(ev.interval().isKnown() ? ev.interval().start().toString() : null, rowid);
                pendingText.add(new TextRow(key, row.quotes()));
                pendingTextKeys.add(key);
                for (SourcedMention sm : ev.mentions()) {
                    m.setString(1, sm.id());
                    m.setString(2, ev.id());
                    m.setString(3, sm.articleId());
                    m.addBatch();
                }
            }
            ids.finish(e);
            m.executeBatch();
            r.executeBatch();
        }
    }

    /** Rows an insert whose rowids the store numbers itself sends to SQLite at once ({@link Rowids}). */
    static final int INSERT_BATCH = 1000;

    /**
     * How the rows of one insert into a rowid table get their rowids. SQLite gives a new row the table's largest rowid
     * plus one (1 in an empty table; the store's tables are not {@code AUTOINCREMENT}), so on SQLite the store numbers
     * the rows itself in the same way, from the largest rowid read after the deletes before them, and sends them in
     * batches of {@link #INSERT_BATCH}: the same rows with the same rowids as asking for each one's ({@code RETURNING
     * rowid}), which costs a result set a row (the 34,856 events of a refresh of 3,000 generated articles: the writer's
     * inserts 1.24 s before, 1.13 s after, in one pair of runs). PostgreSQL's rows are asked for their rowids one at a
     * time.
     */
    private static final class Rowids {
        /** The next row's rowid, or 0 when each row's is asked for. */
        private long next;
        private int pending;

        Rowids(long next) {
            this.next = next;
        }

        /**
         * The statement inserting a row of {@code columns} with {@code values} ({@code into}: "INSERT … INTO table"): the
         * rowid first when numbered, else asked for with {@code RETURNING}.
         */
        String statement(String into, String columns, String values) {
            return next > 0 ? into + " (rowid, " + columns + ") VALUES (?, " + values + ")"
                    : into + " (" + columns + ") VALUES (" + values + ") RETURNING rowid";
        }

        /** Parameters before the row's columns: the rowid's when numbered. */
        int first() {
            return next > 0 ? 1 : 0;
        }

        /** Inserts the row bound to {@code p} (its rowid at parameter 1 when numbered) and answers its rowid. */
        long insert(PreparedStatement p) throws SQLException {
            if (next == 0) {
                return insertedRowid(p);
            }
            long rowid = next++;
            p.setLong(1, rowid);
            p.addBatch();
            if (++pending == INSERT_BATCH) {
                p.executeBatch();
                pending = 0;
            }
            return rowid;
        }

        /** Sends the rows still batched. */
        void finish(PreparedStatement p) throws SQLException {
            if (pending > 0) {
                p.executeBatch();
                pending = 0;
            }
        }
    }

    /**
     * How {@code rows} new rows of {@code table} get their rowids, read now: numbered by the store on SQLite (unless
     * they would reach the largest rowid, where SQLite picks others), asked for on PostgreSQL.
     */
    private Rowids rowids(String table, int rows) throws SQLException {
        if (!numbersRows) {
            return new Rowids(0);
        }
        long last;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT max(rowid) FROM " + table)) {
            last = r.next() ? r.getLong(1) : 0; // NULL (an empty table) reads as 0
        }
        return new Rowids(last >= 0 && last < Long.MAX_VALUE - rows ? last + 1 : 0);
    }

    /**
     * The text rows of the events inserted in this transaction, not yet in {@code events_fts}: they are inserted
     * together, in ascending keys, by {@link #flushText} before the transaction commits. SQLite's FTS5 writes its
     * pending terms out as a new segment whenever a rowid comes below the last one, and text keys lead with the
     * event's time, so each partition's rows sorted on their own began a segment per partition (a refresh batch's
     * 34,856 event rows in the sqlite3 shell: 0.93-1.00 s sorted per partition, 0.66-0.67 s sorted once).
     */
    private final List<TextRow> pendingText = new ArrayList<>();
    private final Set<Long> pendingTextKeys = new java.util.HashSet<>();

    /** Inserts the {@link #pendingText pending text rows} in ascending keys; every transaction that persists calls it before committing. */
    void flushText() throws SQLException {
        if (pendingText.isEmpty()) {
            return;
        }
        long t0 = StageTimes.begin();
        pendingText.sort(java.util.Comparator.comparingLong(TextRow::key));
        try (PreparedStatement t = c.prepareStatement("INSERT INTO events_fts (rowid, quotes) VALUES (?, ?)")) {
            for (TextRow row : pendingText) {
                t.setLong(1, row.key());
                t.setString(2, row.quotes());
                t.addBatch();
            }
            t.executeBatch();
        } finally {
            dropText(); // inserted, or their transaction fails with this and is rolled back
        }
        StageTimes.add("refresh:insert-fts", t0);
    }

    /** Forgets the pending text rows of a transaction that was rolled back. */
    void dropText() {
        pendingText.clear();
        pendingTextKeys.clear();
    }

    /** The stored events a persisted result deleted and wrote (by id), for the cache once its transaction commits. */
    private record PendingStored(String partition, List<String> removed, Map<String, PartitionReconciler.Stored> written) {
    }

    /** What this transaction's results did to the stored events, in the order persisted ({@link #storedCommitted}). */
    private final List<PendingStored> pendingStored = new ArrayList<>();

    /** Tells the cache what the transaction just committed did to the stored events it keeps. */
    void storedCommitted() {
        if (cache != null) {
            for (PendingStored p : pendingStored) {
                cache.storedWritten(p.partition(), p.removed(), p.written());
            }
        }
        pendingStored.clear();
    }

    /**
     * Forgets what a transaction that was rolled back (or committed elsewhere than by the refresh) did to the stored
     * events, and the cache's stored events with it.
     */
    void storedDropped() {
        pendingStored.clear();
        if (cache != null) {
            cache.forgetStored();
        }
    }

    /** An event's row of {@code events_fts}: its text key and its quotes. */
    private record TextRow(long key, String quotes) {
    }

    /** The day an event starts on, in days from the epoch, for {@code events_rtree}; {@link #OPEN_DAYS} when unknown. */
    static double startDay(Event ev) {
        return ev.interval().isKnown() ? ev.interval().start().toLocalDate().toEpochDay() : OPEN_DAYS;
    }

    /** Minutes from 1800 that the text key holds (28 bits: until about 2310); later and unknown starts sort last. */
    private static final long TEXT_KEY_MINUTES = (1L << 28) - 1;
    private static final long TEXT_KEY_BASE = java.time.LocalDateTime.of(1800, 1, 1, 0, 0).toEpochSecond(java.time.ZoneOffset.UTC) / 60;

    /**
     * The rowid of an event in {@code events_fts}: the minute its time starts (unknown last) above the event's rowid
     * (below 2^32), so that the matches of a word come out of the index in time order and a text query can stop
     * after the first page instead of sorting every match.
     */
    static long textKey(String tStart, long rowid) {
        long minute = TEXT_KEY_MINUTES;
        if (tStart != null) {
            long m = BriefPeriod.time(tStart).toEpochSecond(java.time.ZoneOffset.UTC) / 60 - TEXT_KEY_BASE;
            minute = Math.max(0, Math.min(TEXT_KEY_MINUTES, m));
        }
        return minute << 32 | rowid & 0xFFFFFFFFL;
    }

    /** The minute part of a text key: equal for events that start in the same minute. */
    static long textKeyMinute(long key) {
        return key >>> 32;
    }

    /** The events rowid of a text key. */
    static long textKeyRowid(long key) {
        return key & 0xFFFFFFFFL;
    }

    /** The distinct sentences of the event's mentions, one a line: what {@code events --text} searches. */
    static String quotes(Event ev) {
        Set<String> q = new LinkedHashSet<>();
        for (SourcedMention sm : ev.mentions()) {
            q.add(sm.mention().quote());
        }
        return String.join("\n", q);
    }

    /** Binds the event row's columns with what was made of it ahead ({@link EventRow}), after {@code o} leading parameters. */
    private static void bindEvent(PreparedStatement e, int o, Event ev, EventRow row) throws SQLException {
        ResolvedPlace pl = ev.place();
        e.setString(o + 1, ev.id());
        e.setString(o + 2, ev.partition());
        e.setString(o + 3, ev.type().label());
        e.setString(o + 4, ev.realis().label());
        e.setString(o + 5, ev.actor() == null ? null : ev.actor().id());
        e.setString(o + 6, ev.actor() == null ? null : ev.actor().side());
        e.setString(o + 7, pl == null ? null : pl.name());
        e.setObject(o + 8, pl == null ? null : pl.geonameid());
        e.setString(o + 9, pl == null ? null : pl.admin1());
        e.setString(o + 10, pl == null ? null : pl.country());
        e.setObject(o + 11, pl == null ? null : pl.lat());
        e.setObject(o + 12, pl == null ? null : pl.lon());
        e.setString(o + 13, ev.interval().isKnown() ? ev.interval().start().toString() : null);
        e.setString(o + 14, ev.interval().isKnown() ? ev.interval().end().toString() : null);
        e.setInt(o + 15, ev.corroboration());
        e.setString(o + 16, String.join(",", ev.disputed()));
        e.setString(o + 17, row.placeKeys());
        e.setBytes(o + 18, row.json());
        e.setBytes(o + 21, row.brief());
    }

    /** Runs an {@code INSERT … RETURNING rowid} and answers the rowid. */
    private static long insertedRowid(PreparedStatement insert) throws SQLException {
        try (ResultSet r = insert.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** " k1 k2 " — spelling keys of the place's gazetteer name and of every name the mentions use for it. */
    static String placeKeys(Event ev) {
        Set<String> keys = new LinkedHashSet<>();
        addPlaceKeys(ev, keys);
        return " " + String.join(" ", keys) + " ";
    }

    /** Adds the spelling keys of {@link #placeKeys} to {@code keys}, in the same order, without the empty one. */
    private static void addPlaceKeys(Event ev, Set<String> keys) {
        if (ev.place() != null) {
            addKey(Names.key(ev.place().name()), keys);
        }
        for (SourcedMention sm : ev.mentions()) {
            if (sm.mention().place() != null) {
                addKey(Names.key(sm.mention().place().text()), keys);
                if (sm.mention().place().place() != null) {
                    addKey(Names.key(sm.mention().place().place().name()), keys);
                }
            }
        }
    }

    private static void addKey(String key, Set<String> keys) {
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    /**
     * The rows of the periods: each one's place keys are those of its place's name, of every event at its place and of
     * the events of its evidence. Each event's keys are made once, and the periods' rows (their JSON most of it: a
     * popular place's timeline is rebuilt and encoded whole at every refresh that touches it) on up to {@code threads}
     * threads; the rows are those of one thread, in the periods' order.
     */
    static List<PeriodRow> periodRows(List<ControlPeriod> periods, List<Event> events, int threads) {
        return periodRows(periods, events, threads, Map.of(), null);
    }

    /**
     * {@link #periodRows(List, List, int)}, each event's keys taken from {@code known} when it holds that event object
     * (an event's keys are a function of the event: an earlier refresh made them), and every event's put into {@code
     * made} (null: not kept). {@code known} is only read, and from several threads.
     */
    static List<PeriodRow> periodRows(List<ControlPeriod> periods, List<Event> events, int threads, Map<Event, String[]> known,
                                      Map<Event, String[]> made) {
        String[][] eventKeys = new String[events.size()][];
        org.sitrep.core.Parallel.forEach(events.size(), threads, org.sitrep.core.Parallel.MIN_STEPS, i -> {
            String[] k = known.get(events.get(i));
            if (k == null) {
                Set<String> ks = new LinkedHashSet<>();
                addPlaceKeys(events.get(i), ks);
                k = ks.toArray(new String[0]);
            }
            eventKeys[i] = k;
        });
        if (made != null) {
            for (int i = 0; i < eventKeys.length; i++) {
                made.put(events.get(i), eventKeys[i]);
            }
        }
        Map<String, Set<String>> keysByPlace = new HashMap<>();
        Map<String, String[]> keysById = new HashMap<>();
        Map<ResolvedPlace, Set<String>> byPlaceObject = new java.util.IdentityHashMap<>(); // many events share a place object
        for (int i = 0; i < eventKeys.length; i++) {
            Event e = events.get(i);
            keysById.put(e.id(), eventKeys[i]);
            if (e.place() != null) {
                // in the events' order: a place's keys in the order they are first met
                Set<String> keys = byPlaceObject.get(e.place());
                if (keys == null) {
                    keys = keysByPlace.computeIfAbsent(ControlTimeline.placeKey(e.place()), k -> new LinkedHashSet<>());
                    byPlaceObject.put(e.place(), keys);
                }
                java.util.Collections.addAll(keys, eventKeys[i]);
            }
        }
        PeriodRow[] rows = new PeriodRow[periods.size()];
        org.sitrep.core.Parallel.forEach(rows.length, threads, org.sitrep.core.Parallel.MIN_STEPS / 8, i -> {
            ControlPeriod cp = periods.get(i);
            rows[i] = new PeriodRow(cp.placeKey(), cp.seq(), cp.place().name(), cp.place().lat(), cp.place().lon(), cp.controller(),
                    cp.side(), cp.contested() ? 1 : 0, cp.from().isKnown() ? cp.from().start().toString() : null,
                    cp.to().isKnown() ? cp.to().start().toString() : null, periodKeys(cp, keysById, keysByPlace),
                    StoreJson.write(cp), BriefPeriod.encode(cp));
        });
        return java.util.Arrays.asList(rows);
    }

    /** Inserts the periods at {@code which} of {@code periods}, whose rows are those of {@code rows}. */
    private void insertPeriods(String partition, List<ControlPeriod> periods, List<PeriodRow> rows, List<Integer> which) throws SQLException {
        Rowids ids = rowids("control_periods", which.size());
        try (PreparedStatement p = c.prepareStatement(ids.statement(insert + "control_periods", "place_key, seq, partition, place, lat, lon, "
                    + "controller, side, contested, from_start, to_start, place_keys, json, brief", "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"));
             PreparedStatement t = c.prepareStatement("INSERT INTO control_rtree (id, from_day, to_day, min_lat, max_lat, min_lon, max_lon) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int o = ids.first();
            for (int i : which) {
                ControlPeriod cp = periods.get(i);
                PeriodRow row = rows.get(i);
                p.setString(o + 1, row.placeKey());
                p.setInt(o + 2, row.seq());
                p.setString(o + 3, partition);
                p.setString(o + 4, row.place());
                p.setObject(o + 5, row.lat());
                p.setObject(o + 6, row.lon());
                p.setString(o + 7, row.controller());
                p.setString(o + 8, row.side());
                p.setInt(o + 9, row.contested());
                p.setString(o + 10, row.fromStart());
                p.setString(o + 11, row.toStart());
                p.setString(o + 12, row.placeKeys());
                p.setString(o + 13, row.json());
                p.setString(o + 14, row.brief());
                long rowid = ids.insert(p);
                boolean point = cp.place().hasPoint();
                t.setLong(1, rowid);
                double from = cp.from().isKnown() ? day(cp.from().start()) : -OPEN_DAYS;
                t.setDouble(2, from);
                t.setDouble(3, Math.max(from, cp.to().isKnown() ? day(cp.to().start()) : OPEN_DAYS));
                t.setDouble(4, point ? cp.place().lat() : -90);
                t.setDouble(5, point ? cp.place().lat() : 90);
                t.setDouble(6, point ? cp.place().lon() : -180);
                t.setDouble(7, point ? cp.place().lon() : 180);
                t.addBatch();
            }
            ids.finish(p);
            t.executeBatch();
        }
    }

    /** The place keys of the events of the period's place and of those that give it its evidence. */
    private static String periodKeys(ControlPeriod cp, Map<String, String[]> keysById, Map<String, Set<String>> keysByPlace) {
        Set<String> keys = new LinkedHashSet<>();
        addKey(Names.key(cp.place().name()), keys);
        keys.addAll(keysByPlace.getOrDefault(cp.placeKey(), Set.of()));
        for (ControlPeriod.Evidence e : cp.evidence()) {
            String[] ks = keysById.get(e.eventId());
            if (ks != null) {
                java.util.Collections.addAll(keys, ks);
            }
        }
        return " " + String.join(" ", keys) + " ";
    }

    /** Days since 1970-01-01 (UTC), with the fraction of the day. */
    static double day(java.time.LocalDateTime t) {
        return t.toLocalDate().toEpochDay() + t.toLocalTime().toSecondOfDay() / 86400.0;
    }

    private void insertContradictions(List<Contradiction> found) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(insert + "contradictions (id, partition, kind, subject, attribute, json, "
                + "event_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET partition = excluded.partition, "
                + "kind = excluded.kind, subject = excluded.subject, attribute = excluded.attribute, json = excluded.json, "
                + "event_id = excluded.event_id")) {
            for (Contradiction x : found) {
                p.setString(1, x.id());
                p.setString(2, x.partition());
                p.setString(3, x.kind().label());
                p.setString(4, x.subject());
                p.setString(5, x.attribute());
                p.setString(6, StoreJson.write(x));
                p.setString(7, x.eventId());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * Sets a mention's spelling columns (name_bucket, name_key, text_bucket, text_key: {@link EventMerger#nameKey},
     * {@link EventMerger#textKey}, {@link EventMerger#bucket}) from parameter {@code from} on.
     */
    static void setSpellings(PreparedStatement p, int from, SourcedMention m) throws SQLException {
        org.sitrep.core.model.PlaceMention pm = m.mention().place();
        String name = EventMerger.nameKey(pm == null ? null : pm.place());
        String text = EventMerger.textKey(pm);
        p.setString(from, EventMerger.bucket(name));
        p.setString(from + 1, name);
        p.setString(from + 2, EventMerger.bucket(text));
        p.setString(from + 3, text);
    }

    /** Mentions read per page by {@link #fillSpellings}. */
    static final int FILL_PAGE = 5000;

    /**
     * Fills the spelling columns ({@link #setSpellings}) of the stored mentions (those of a store made before
     * version 8), in the migration's transaction. Only mentions of places without a gazetteer entry or coarse ones
     * have spellings.
     */
    static void fillSpellings(Connection c) throws SQLException {
        // page by id (the rows are updated between pages, never while a page is being read)
        String after = "";
        while (true) {
            List<SourcedMention> page = new ArrayList<>();
            int read = 0;
            try (PreparedStatement q = c.prepareStatement("SELECT id, json FROM mentions WHERE (gid IS NULL OR place_class = 'COARSE') "
                    + "AND id > ? ORDER BY id LIMIT " + FILL_PAGE)) {
                q.setString(1, after);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        after = r.getString(1);
                        read++;
                        page.add(StoreJson.read(r.getString(2), SourcedMention.class));
                    }
                }
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE mentions SET name_bucket = ?, name_key = ?, text_bucket = ?, text_key = ? "
                    + "WHERE id = ?")) {
                for (SourcedMention m : page) {
                    setSpellings(u, 1, m);
                    u.setString(5, m.id());
                    u.addBatch();
                }
                u.executeBatch();
            }
            if (read < FILL_PAGE) {
                return;
            }
        }
    }

    /**
     * Loads, for a window, the mentions whose spelling key of one kind (their place's name, or the source's words)
     * is a spelling of a given key: the distinct keys of the key's bucket are read once per refresh, the rows of
     * each matching key once.
     */
    private final class Spellings {
        private final String kind;
        private final String partition;
        private final Set<String> looked = new HashSet<>();
        private final Set<String> loaded = new HashSet<>();
        private final Map<String, List<String>> keysOfBucket = new HashMap<>();

        Spellings(String kind, String partition) {
            this.kind = kind;
            this.partition = partition;
        }

        void load(String key, Map<String, SourcedMention> window, java.util.Deque<SourcedMention> todo) throws SQLException {
            if (key == null || !looked.add(key)) {
                return;
            }
            String bucket = EventMerger.bucket(key);
            List<String> keys = keysOfBucket.get(bucket);
            if (keys == null) {
                keys = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT " + kind + "_key FROM mentions WHERE partition = ? AND "
                        + kind + "_bucket = ? AND " + kind + "_key IS NOT NULL")) {
                    p.setString(1, partition);
                    p.setString(2, bucket);
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            keys.add(r.getString(1));
                        }
                    }
                }
                keysOfBucket.put(bucket, keys);
            }
            for (String k : keys) {
                if (!loaded.contains(k) && EventMerger.sameSpelling(key, k)) { // a key taken already is not compared again
                    loaded.add(k);
                    StoreDerived.this.load(spellingIds(kind), List.of(partition, bucket, k), window, todo);
                }
            }
        }
    }

    private void update(String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            p.executeUpdate();
        }
    }
}
