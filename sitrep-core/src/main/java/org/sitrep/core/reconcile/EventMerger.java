package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

import org.sitrep.core.Parallel;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Geo;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;

/**
 * Merges event mentions from different articles that describe the same happening into {@link Event}s.
 *
 * <p>Two mentions are the same happening when they are of one {@link Family}, name the same place (the same
 * gazetteer entry, a landmark within {@value #NEAR_KM} km of the other place, or spellings of one unlisted name), their sides do not
 * oppose, and their times overlap given their precision. A take (capture, recapture, entry) is a change of hands:
 * two takes of one place by one side within {@value #TAKE_TOLERANCE_DAYS} days are one happening — the date is then
 * disputed — unless the other side took the place in between. A failed attempt merges only with failed attempts.
 *
 * <p>Two precise mentions merge only within one {@link #period} of four weeks (from Monday 5 January 1970, 00:00 UTC;
 * a mention's period is that of its time's midpoint); a vague mention still joins the event it fits best in any
 * period, and vague mentions that join none unite as before. Without periods, merges of precise mentions chained day
 * by day over a region's whole history (a generated store of a million events held an "offensive" of 58,583
 * mentions over eleven months), and every refresh of the region merged all of it again; with them a refresh merges
 * again only around its new mentions ({@link #cluster(Collection, Set, Map)}). The price: a happening whose precise
 * reports lie on both sides of a boundary is two events (44 of the 16,547 events of two or more mentions of a
 * generated store of 150,650 events; the README counts them).
 *
 * <p>Mentions with precise times (a day or less) are merged first, as the connected components of that relation;
 * a mention with a vaguer time then joins the one merged event it fits best, and never bridges two. The result
 * depends only on the set of mentions, not on their order, so incremental merging per {@link #partition partition}
 * equals merging everything at once. Stateless and thread-safe.
 */
public final class EventMerger {
    public static final double NEAR_KM = 5.0;
    static final int TAKE_TOLERANCE_DAYS = 2;
    static final long TAKE_TOLERANCE_MIN = TAKE_TOLERANCE_DAYS * 24L * 60;
    /** The length of a {@link #period}, in minutes: four weeks. */
    public static final long PERIOD_MIN = 28L * 24 * 60;
    /** Where period 0 begins, in minutes since the epoch: Monday 5 January 1970, 00:00 UTC. */
    public static final long PERIOD_ORIGIN_MIN = 4L * 24 * 60;
    private final EventAssembler assembler = new EventAssembler();
    /** Threads a large merge may use ({@link Parallel}): 1 merges on the caller alone. */
    private final int threads;

    /** A merger that merges on the caller's thread. */
    public EventMerger() {
        this(1);
    }

    /**
     * A merger that may use up to {@code threads} threads (the caller's included) for the independent steps of a
     * large merge: reading the mentions' items and each vague mention's choice. The groups are the same as with one.
     */
    public EventMerger(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Threads a large merge may use. */
    public int threads() {
        return threads;
    }

    /**
     * The partition a mention is merged in: mentions of different partitions never merge. Offensives are keyed by
     * their actor (a campaign is named by who launched it, often without a place); everything else by the place's
     * country and first-level division.
     */
    public static String partition(EventMention m) {
        if (Family.of(m.type()) == Family.CAMPAIGN) {
            String who = m.actor() == null ? null : m.actor().id() != null ? m.actor().id() : m.actor().side();
            return "actor:" + (who == null ? "-" : who);
        }
        ResolvedPlace p = m.place() == null ? null : m.place().place();
        if (p == null) {
            return "geo:-";
        }
        if (p.country() == null) {
            return "geo:?";
        }
        return "geo:" + p.country() + (p.admin1() == null ? "" : "/" + p.admin1());
    }

    /**
     * How a place can be the same as another ({@link #samePlace}): a gazetteer town only as the same entry
     * ({@code TOWN}); any other place with a point also as anything within {@value #NEAR_KM} km ({@code POINT});
     * a province, a country or an unlisted name only as another such place of its region ({@code COARSE}).
     */
    public enum PlaceClass { TOWN, POINT, COARSE, NONE }

    /** The {@link PlaceClass} of a resolved place (null: {@code NONE}). */
    public static PlaceClass placeClass(ResolvedPlace p) {
        if (p == null) {
            return PlaceClass.NONE;
        }
        if (!p.resolved() || p.precision() == null || p.precision() == GeoPrecision.PROVINCE || p.precision() == GeoPrecision.COUNTRY) {
            return PlaceClass.COARSE;
        }
        if (p.geonameid() != null && p.precision() == GeoPrecision.TOWN) {
            return PlaceClass.TOWN;
        }
        return p.hasPoint() || p.geonameid() != null ? PlaceClass.POINT : PlaceClass.NONE;
    }

    /**
     * The spelling key ({@link Names#key}) of a place that is matched by spelling: a coarse place (merged only with
     * places whose keys are {@link Names#sameKey the same spelling}, or as one province or country by an equal name)
     * or a place without a gazetteer entry (whose timeline is matched by spelling with those of the same region:
     * {@link ControlTimeline}); null for other places and none. A store finds by it, without reading every mention of
     * a region, what a mention of such a place can merge or share a timeline with.
     */
    public static String nameKey(ResolvedPlace p) {
        if (p == null || placeClass(p) != PlaceClass.COARSE && p.geonameid() != null) {
            return null;
        }
        return p.name() == null ? "" : Names.key(p.name());
    }

    /**
     * The spelling key of the words a source used for a coarse place (matched by spelling too: {@link #samePlace});
     * null for other places and for words without a key.
     */
    public static String textKey(PlaceMention m) {
        if (m == null || m.text() == null || placeClass(m.place()) != PlaceClass.COARSE) {
            return null;
        }
        String k = Names.key(m.text());
        return k.isEmpty() ? null : k;
    }

    /**
     * The bucket of a spelling key: its first character (a code point), "@" for the empty key. Keys that are
     * {@link Names#sameKey the same spelling} share their bucket (or are equal), so a store looks for a key's
     * spellings among the keys of its bucket only. Null for null.
     */
    public static String bucket(String key) {
        if (key == null) {
            return null;
        }
        return key.isEmpty() ? "@" : key.substring(0, key.offsetByCodePoints(0, 1));
    }

    /** Whether two spelling keys can name one place: equal (an empty key only so), or {@link Names#sameKey}. */
    public static boolean sameSpelling(String a, String b) {
        return a.equals(b) || Names.sameKey(a, b);
    }

    /**
     * The period of a time in minutes since the epoch: periods are {@link #PERIOD_MIN} long from
     * {@link #PERIOD_ORIGIN_MIN}, and mentions whose times' midpoints fall in different ones never merge.
     */
    public static long period(long minute) {
        return Math.floorDiv(minute - PERIOD_ORIGIN_MIN, PERIOD_MIN);
    }

    /**
     * The period of a mention (that of its time's midpoint, as merging reads its time), or {@code Long.MIN_VALUE} when
     * its time is too vague or unknown for it to merge with anything.
     */
    static long period(SourcedMention m) {
        return new Item(m).period;
    }

    /** Merges the mentions of one partition. */
    public List<Event> merge(String partition, Collection<SourcedMention> mentions) {
        List<Event> out = new ArrayList<>();
        for (List<SourcedMention> g : cluster(mentions)) {
            out.add(assembler.assemble(partition, g));
        }
        out.sort(Comparator.comparing(Event::id));
        return out;
    }

    /**
     * The groups of mentions that are one happening each, every group sorted by mention id; {@link #assemble}
     * makes the event of a group. A group's {@link #eventId} and {@link #members} identify it without assembling.
     */
    public List<List<SourcedMention>> cluster(Collection<SourcedMention> mentions) {
        return cluster(mentions, false);
    }

    /** {@link #cluster}; with {@code flat}, every pair is tried regardless of place (the slow reference). */
    List<List<SourcedMention>> cluster(Collection<SourcedMention> mentions, boolean flat) {
        List<Item> items = items(mentions);
        UnionFind uf = new UnionFind(items.size());
        List<Integer> precise = new ArrayList<>();
        List<Integer> vague = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            (items.get(i).precise ? precise : items.get(i).timed ? vague : new ArrayList<Integer>()).add(i);
        }
        Cells cells = flat ? Cells.flat(items) : new Cells(items);
        Takes takes = new Takes(items, cells);
        unionCompatible(items, precise, uf, takes, cells);
        attachVague(items, precise, vague, uf, takes, cells, threads);
        return groups(items, uf);
    }

    /**
     * Groups found by {@link #cluster(Collection, Set, Map)}, and of the periods of the mentions given, how many had their
     * precise mentions merged again and how many were taken as stored; of the stored groups of vague mentions that
     * joined no event, how many were united again and how many kept.
     */
    public record Clustered(List<List<SourcedMention>> groups, int periodsMerged, int periodsTaken, int vagueUnitedAgain, int vagueKept) {
    }

    /**
     * The groups {@link #cluster(Collection)} gives, when the mentions' groups are already known except around the
     * new ones ({@code fresh}, by id): {@code stored} names the group (a stored event) of each mention other than the
     * new ones that has one, as merging those mentions gave it. No merge of two precise mentions crosses a
     * {@link #period}; so
     * <ul>
     * <li>the precise mentions of a period without a fresh mention are one set per stored group (merged again where a
     * stored group's precise mentions lie in more than one period, or one has none: those periods are merged
     * again);</li>
     * <li>a vague mention joins what it joined unless a period it could reach ({@link #reach}) is merged again, or it
     * has no stored group; else it chooses again;</li>
     * <li>the vague mentions that join none unite as stored, except that a stored group of them one of which joins
     * an event now, or that lies around a new take, is united again; and one alone now that was not is united with
     * every compatible one.</li>
     * </ul>
     * A stored group must hold exactly the mentions that merging gave it, all of them among those given (the caller
     * checks its members); a mention without one is merged. The groups are those of merging everything.
     */
    public Clustered cluster(Collection<SourcedMention> mentions, Set<String> fresh, Map<String, String> stored) {
        ById byId = byId(mentions);
        int n = byId.size();
        boolean[] isNew = new boolean[n];
        int[] group = new int[n];
        Map<String, Integer> number = new HashMap<>(); // the stored groups numbered in the order they are first met
        for (int i = 0; i < n; i++) {
            String id = byId.get(i).id();
            isNew[i] = fresh.contains(id);
            String g = isNew[i] ? null : stored.get(id);
            if (g == null) {
                group[i] = -1;
            } else {
                Integer k = number.get(g);
                if (k == null) {
                    k = number.size();
                    number.put(g, k);
                }
                group[i] = k;
            }
        }
        return cluster(byId, isNew, group, number.size(), new int[n]);
    }

    /**
     * Mentions sorted by id as {@link #cluster(Collection)} reads them, for {@link #cluster(ById, boolean[], int[], int, int[])}:
     * a caller that reads the mentions in this order too (which are new, their stored groups) needs neither sort
     * them again nor look them up by id.
     */
    static final class ById {
        private final List<Item> items;

        private ById(List<Item> items) {
            this.items = items;
        }

        int size() {
            return items.size();
        }

        /** The {@code i}th mention in id order ({@link String#compareTo}). */
        SourcedMention get(int i) {
            return items.get(i).sm;
        }
    }

    /** The mentions sorted by id (on the merger's threads when there are many). */
    ById byId(Collection<SourcedMention> mentions) {
        return new ById(items(mentions));
    }

    /**
     * {@link #cluster(Collection, Set, Map)} of mentions sorted by {@link #byId}, told which are new ({@code isNew[i]}
     * for the {@code i}th) and the stored group of each of the others by number: {@code group[i]} is the number (from 0
     * to {@code groups - 1}) of the {@code i}th mention's stored group, or -1 when it has none (read only where
     * {@code isNew[i]} is false). Two mentions have one stored group exactly when they have one number. The index in id
     * order of each group's first mention is written to {@code firsts} (as long as the mentions), group by group. The
     * groups are the same.
     */
    Clustered cluster(ById mentions, boolean[] isNew, int[] group, int groups, int[] firsts) {
        int n = mentions.size();
        if (isNew.length != n || group.length != n || firsts.length != n) {
            throw new IllegalArgumentException("told of " + isNew.length + " and " + group.length + " mentions, given " + n);
        }
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = isNew[i] ? -1 : group[i];
            if (g[i] >= groups || g[i] < -1) {
                throw new IllegalArgumentException("stored group " + g[i] + " of " + groups);
            }
        }
        return cluster(mentions.items, isNew, g, groups, firsts);
    }

    /**
     * {@link #cluster(Collection, Set, Map)} of the items sorted by id, which are new and the stored groups of the others
     * by number (-1: none), each stored group's state in arrays indexed by its number (a popular region's refresh
     * looked each of its million mentions' groups up in five maps by id).
     */
    private Clustered cluster(List<Item> items, boolean[] isNew, int[] group, int groups, int[] firsts) {
        int n = items.size();
        // the periods whose precise mentions are merged again: those of new mentions, and of precise ones without a stored group
        Set<Long> merge = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Item x = items.get(i);
            if (isNew[i] && x.timed) {
                merge.add(x.period);
            }
        }
        // the period of each stored group's first precise mention (hasPrecise: it has one)
        boolean[] hasPrecise = new boolean[groups];
        long[] precisePeriod = new long[groups];
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Item x = items.get(i);
            if (x.timed) {
                lowest = Math.min(lowest, x.period);
                highest = Math.max(highest, x.period);
            }
            if (!x.precise) {
                continue;
            }
            int k = group[i];
            if (k < 0) {
                merge.add(x.period);
                continue;
            }
            if (!hasPrecise[k]) {
                hasPrecise[k] = true;
                precisePeriod[k] = x.period;
            } else if (precisePeriod[k] != x.period) {
                merge.add(precisePeriod[k]);
                merge.add(x.period);
            }
        }
        PeriodSet merged = new PeriodSet(merge);
        UnionFind uf = new UnionFind(n);
        Cells cells = new Cells(items);
        Takes takes = new Takes(items, cells);
        List<Integer> precise = new ArrayList<>();
        List<Integer> again = new ArrayList<>();
        int[] firstPrecise = new int[groups];
        java.util.Arrays.fill(firstPrecise, -1);
        for (int i = 0; i < n; i++) {
            Item x = items.get(i);
            if (!x.precise) {
                continue;
            }
            precise.add(i);
            if (merged.contains(x.period)) {
                again.add(i);
            } else if (firstPrecise[group[i]] < 0) { // a precise mention without a stored group has its period merged
                firstPrecise[group[i]] = i;
            } else {
                uf.union(firstPrecise[group[i]], i);
            }
        }
        unionCompatible(items, again, uf, takes, cells);
        // the vague mentions: joined as stored, or choosing again
        long longest = longest(items, precise);
        List<Integer> choosing = new ArrayList<>();
        List<Integer> keptJoins = new ArrayList<>();
        List<Integer> alone = new ArrayList<>();
        Set<Long> reached = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Item x = items.get(i);
            if (!x.timed || x.precise) {
                continue;
            }
            long r = reach(x, longest);
            long from = period(x.mid - r);
            long to = period(x.mid + r);
            int k = group[i];
            boolean redo = k < 0;
            for (long p = from; p <= to && !redo; p++) {
                redo = merged.contains(p);
            }
            int joined = redo ? -1 : firstPrecise[k];
            if (!redo && joined < 0 && hasPrecise[k]) {
                redo = true; // its stored group's precise mentions are merged again
            }
            if (redo) {
                choosing.add(i);
                for (long p = from; p <= to; p++) {
                    reached.add(p);
                }
            } else if (joined >= 0) {
                keptJoins.add(i);
            } else {
                alone.add(i);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int p : precise) {
            if (reached.contains(items.get(p).period)) {
                candidates.add(p);
            }
        }
        int[] chosen = choices(items, candidates, longest, choosing, uf, takes, cells, threads);
        for (int i : keptJoins) {
            uf.union(i, firstPrecise[group[i]]);
        }
        // the vague mentions that joined none: a stored group of them is kept unless one of it joins an event now, or
        // a new take's midpoint lies strictly between two of its members' (only then can the take keep them apart:
        // Takes; a stored group of vague mentions is of one family), and then its other members are united again; one
        // alone now that was not (new, or joined before) is united with every compatible one. No union outside those
        // groups is undone (a new take only keeps mentions apart). The new takes' midpoints by the cells around them:
        Map<Long, List<Long>> takeMids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Item x = items.get(i);
            if (isNew[i] && Takes.counts(x, cells.key(i))) {
                for (long c : cells.around(cells.key(i))) {
                    takeMids.computeIfAbsent(c, k -> new ArrayList<>()).add(x.mid);
                }
            }
        }
        boolean[] redo = new boolean[groups];
        for (int k = 0; k < chosen.length; k++) {
            int i = choosing.get(k);
            if (chosen[k] >= 0) {
                uf.union(i, chosen[k]);
                if (group[i] >= 0 && !hasPrecise[group[i]]) {
                    redo[group[i]] = true; // it leaves a group of vague mentions
                }
            } else {
                alone.add(i);
            }
        }
        // the span of the midpoints of each stored group of vague mentions that join none
        long[] spanFrom = new long[groups];
        long[] spanTo = new long[groups];
        java.util.Arrays.fill(spanFrom, Long.MAX_VALUE);
        java.util.Arrays.fill(spanTo, Long.MIN_VALUE);
        for (int i : alone) {
            int k = group[i];
            if (k >= 0 && !hasPrecise[k]) {
                long mid = items.get(i).mid;
                spanFrom[k] = Math.min(spanFrom[k], mid);
                spanTo[k] = Math.max(spanTo[k], mid);
            }
        }
        for (int i : alone) {
            Item x = items.get(i);
            int k = group[i];
            List<Long> mids = x.family == Family.TAKE ? takeMids.get(cells.key(i)) : null;
            if (mids != null && k >= 0 && !hasPrecise[k] && !redo[k]) {
                for (long mid : mids) {
                    if (spanFrom[k] < mid && mid < spanTo[k]) {
                        redo[k] = true;
                        break;
                    }
                }
            }
        }
        List<Integer> uniteAgain = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int[] firstAlone = new int[groups];
        java.util.Arrays.fill(firstAlone, -1);
        boolean[] unitedAgain = new boolean[groups];
        int unitedAgainCount = 0;
        int keptCount = 0;
        for (int i : alone) {
            int k = group[i];
            if (k < 0 || hasPrecise[k]) {
                added.add(i);
            } else if (redo[k]) {
                uniteAgain.add(i);
                if (!unitedAgain[k]) {
                    unitedAgain[k] = true;
                    unitedAgainCount++;
                }
            } else {
                kept.add(i);
                if (firstAlone[k] < 0) {
                    firstAlone[k] = i;
                    keptCount++;
                } else {
                    uf.union(firstAlone[k], i);
                }
            }
        }
        unionCompatible(items, uniteAgain, uf, takes, cells);
        kept.addAll(uniteAgain);
        unionAdded(items, added, kept, uf, takes, cells);
        List<List<SourcedMention>> out = groups(items, uf, firsts);
        // of the periods of timed mentions, how many were merged again
        int periodCount = 0;
        int mergedCount = 0;
        PeriodSet seen = new PeriodSet(lowest, highest);
        for (Item x : items) {
            if (x.timed && seen.add(x.period)) {
                periodCount++;
                mergedCount += merged.contains(x.period) ? 1 : 0;
            }
        }
        return new Clustered(out, mergedCount, periodCount - mergedCount, unitedAgainCount, keptCount);
    }

    /**
     * A set of periods, looked up without boxing: as bits from the lowest when they span at most {@link #MOST} (the
     * periods of a window's million mentions span a few hundred), else in a set.
     */
    static final class PeriodSet {
        static final long MOST = 1L << 22;
        private final long lowest;
        private final java.util.BitSet bits;
        private final Set<Long> set;

        /** An empty set for periods from {@code low} to {@code high} (others are held too, in a set when not narrow). */
        PeriodSet(long low, long high) {
            lowest = low;
            bits = narrow(low, high) ? new java.util.BitSet() : null;
            set = bits == null ? new HashSet<>() : null;
        }

        /** These periods. */
        PeriodSet(Set<Long> periods) {
            this(periods.stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE),
                    periods.stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE));
            periods.forEach(this::add);
        }

        /** Whether periods from {@code low} to {@code high} span at most {@link #MOST} (false when there are none). */
        static boolean narrow(long low, long high) {
            return low <= high && low > Long.MIN_VALUE / 2 && high < Long.MAX_VALUE / 2 && high - low <= MOST;
        }

        /** Adds a period (of the span the set was made for); false when it was held. */
        boolean add(long p) {
            if (bits == null) {
                return set.add(p);
            }
            if (!inBits(p)) {
                throw new IllegalArgumentException("period " + p + " outside the span from " + lowest);
            }
            int at = (int) (p - lowest);
            boolean held = bits.get(at);
            bits.set(at);
            return !held;
        }

        boolean contains(long p) {
            if (bits == null) {
                return set.contains(p);
            }
            return inBits(p) && bits.get((int) (p - lowest));
        }

        private boolean inBits(long p) {
            return p >= lowest && p <= lowest + MOST;
        }
    }

    /**
     * The sets of the union-find as groups of the items' mentions, in the order of each set's first item, each in the
     * items' order: by the index of each root's group instead of a map from the boxed root (a million items at a
     * popular region's every refresh).
     */
    private static List<List<SourcedMention>> groups(List<Item> items, UnionFind uf) {
        return groups(items, uf, null);
    }

    /** {@link #groups(List, UnionFind)}, writing the index of each group's first item to {@code firsts} (null: not). */
    private static List<List<SourcedMention>> groups(List<Item> items, UnionFind uf, int[] firsts) {
        int n = items.size();
        int[] slot = new int[n];
        java.util.Arrays.fill(slot, -1);
        List<List<SourcedMention>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = uf.find(i);
            if (slot[root] < 0) {
                slot[root] = out.size();
                if (firsts != null) {
                    firsts[out.size()] = i;
                }
                out.add(new ArrayList<>());
            }
            out.get(slot[root]).add(items.get(i).sm);
        }
        return out;
    }

    /** The mentions' items, sorted by id (read on the merger's threads when there are many). */
    private List<Item> items(Collection<SourcedMention> mentions) {
        List<SourcedMention> given = mentions instanceof List<SourcedMention> l ? l : new ArrayList<>(mentions);
        Item[] read = new Item[given.size()];
        Parallel.forEach(read.length, threads, Parallel.MIN_STEPS, i -> read[i] = new Item(given.get(i)));
        Comparator<Item> byId = Item.BY_ID;
        if (threads > 1 && read.length >= Parallel.MIN_STEPS) {
            java.util.Arrays.parallelSort(read, byId); // ids are unique: the order is the one sort gives
        } else {
            java.util.Arrays.sort(read, byId);
        }
        return java.util.Arrays.asList(read);
    }

    /** The event of a group of mentions that {@link #cluster} found to be one happening. */
    public Event assemble(String partition, List<SourcedMention> group) {
        return assembler.assemble(partition, group);
    }

    /** The id the event of a group (sorted by mention id) gets. */
    public static String eventId(List<SourcedMention> group) {
        return EventAssembler.id(group.get(0).id());
    }

    /** A digest of the group's mention ids (sorted by id): equal digests, equal events. */
    public static String members(List<SourcedMention> group) {
        return org.sitrep.core.text.Hashes.hexOfLines("SHA-1", group, SourcedMention::id, 10);
    }

    /** The given items by cell, each cell's list sorted by start time (then index). */
    private static Map<Long, List<Integer>> byCell(List<Item> items, List<Integer> idx, Cells cells) {
        Map<Long, List<Integer>> out = new java.util.HashMap<>();
        for (int i : idx) {
            long key = cells.key(i);
            if (key != Cells.NONE) {
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> l : out.values()) {
            l.sort((a, b) -> { // by start, then index
                int c = Long.compare(items.get(a).start, items.get(b).start);
                return c != 0 ? c : Integer.compare(a, b);
            });
        }
        return out;
    }

    /**
     * Unites every compatible pair among the given items: within each cell and between adjacent cells, a sweep over
     * start times bounds the pairs tried. Only timed items of one family, failed or not alike, can be compatible
     * ({@link #overlapping}), so each cell's items are swept by that class.
     */
    private static void unionCompatible(List<Item> items, List<Integer> idx, UnionFind uf, Takes takes, Cells cells) {
        Map<Long, Sweep[]> swept = swept(items, idx, cells);
        for (Map.Entry<Long, Sweep[]> e : swept.entrySet()) {
            within(items, e.getValue(), uf, takes);
            for (long next : cells.after(e.getKey())) {
                between(items, e.getValue(), swept.get(next), uf, takes);
            }
        }
    }

    /**
     * Unites each of the added items with every compatible item among the added and the kept ones (the kept ones'
     * unions among themselves made already): the pairs of {@link #unionCompatible} over both that hold an added item.
     */
    private static void unionAdded(List<Item> items, List<Integer> added, List<Integer> kept, UnionFind uf, Takes takes, Cells cells) {
        if (added.isEmpty()) {
            return;
        }
        Map<Long, Sweep[]> fresh = swept(items, added, cells);
        Set<Long> near = new HashSet<>();
        for (long cell : fresh.keySet()) {
            for (long other : cells.around(cell)) {
                near.add(other);
            }
        }
        List<Integer> nearKept = new ArrayList<>();
        for (int i : kept) {
            if (near.contains(cells.key(i))) {
                nearKept.add(i);
            }
        }
        Map<Long, Sweep[]> old = swept(items, nearKept, cells);
        for (Map.Entry<Long, Sweep[]> e : fresh.entrySet()) {
            within(items, e.getValue(), uf, takes);
            for (long next : cells.after(e.getKey())) {
                between(items, e.getValue(), fresh.get(next), uf, takes);
            }
            for (long other : cells.around(e.getKey())) {
                between(items, e.getValue(), old.get(other), uf, takes);
            }
        }
    }

    /** The items by cell, each cell's by {@link #sweepClass}. */
    private static Map<Long, Sweep[]> swept(List<Item> items, List<Integer> idx, Cells cells) {
        Map<Long, Sweep[]> swept = new HashMap<>();
        byCell(items, idx, cells).forEach((cell, l) -> swept.put(cell, Sweep.of(items, l)));
        return swept;
    }

    /** Unites every compatible pair within one cell's sweeps. */
    private static void within(List<Item> items, Sweep[] here, UnionFind uf, Takes takes) {
        for (Sweep sweep : here) {
            if (sweep != null) {
                sweep.within(items, uf, takes);
            }
        }
    }

    /** Unites every compatible pair of an item of {@code here} and one of {@code there} (none: nothing), class by class. */
    private static void between(List<Item> items, Sweep[] here, Sweep[] there, UnionFind uf, Takes takes) {
        if (there == null) {
            return;
        }
        for (int k = 0; k < here.length; k++) {
            if (here[k] != null && there[k] != null) {
                here[k].against(items, there[k], uf, takes);
                there[k].against(items, here[k], uf, takes);
            }
        }
    }

    /** Kinds of timed items that {@link #overlapping} lets meet: a family, failed or not. */
    private static int sweepClass(Item x) {
        return x.family.ordinal() * 2 + (x.failed() ? 1 : 0);
    }

    /**
     * The timed items of one cell and one {@link #sweepClass} in (start, index) order, with their starts and the
     * farthest start a partner of each may have, in arrays that a sweep reads without touching the items.
     */
    private record Sweep(int[] idx, long[] start, long[] reach) {
        /** A cell's items (sorted by start, then index) by class; null where a class has none. */
        static Sweep[] of(List<Item> items, List<Integer> sorted) {
            int classes = Family.values().length * 2;
            int[] n = new int[classes];
            for (int i : sorted) {
                Item x = items.get(i);
                if (x.timed) {
                    n[sweepClass(x)]++;
                }
            }
            Sweep[] out = new Sweep[classes];
            int[] filled = new int[classes];
            for (int i : sorted) {
                Item x = items.get(i);
                if (!x.timed) {
                    continue;
                }
                int k = sweepClass(x);
                if (out[k] == null) {
                    out[k] = new Sweep(new int[n[k]], new long[n[k]], new long[n[k]]);
                }
                int f = filled[k]++;
                out[k].idx[f] = i;
                out[k].start[f] = x.start;
                // a partner starts before x ends, or with the take tolerance for takes (overlapping)
                out[k].reach[f] = x.family == Family.TAKE ? x.end + TAKE_TOLERANCE_MIN : x.end - 1;
            }
            return out;
        }

        /** Unites every compatible pair of these items (each pair tried once). */
        void within(List<Item> items, UnionFind uf, Takes takes) {
            for (int a = 0; a < idx.length; a++) {
                pairs(items, a, this, a + 1, uf, takes);
            }
        }

        /** Unites each of these items with every compatible item of {@code bs} that starts at or after it. */
        void against(List<Item> items, Sweep bs, UnionFind uf, Takes takes) {
            int from = 0;
            for (int a = 0; a < idx.length; a++) {
                long s = start[a];
                int i = idx[a];
                while (from < bs.idx.length && (bs.start[from] < s || bs.start[from] == s && bs.idx[from] < i)) {
                    from++;
                }
                pairs(items, a, bs, from, uf, takes);
            }
        }

        /** Unites item a of these with every compatible item of {@code bs} from {@code from} on that starts within its reach. */
        private void pairs(List<Item> items, int a, Sweep bs, int from, UnionFind uf, Takes takes) {
            int i = idx[a];
            long r = reach[a];
            int root = uf.root(i);
            Item x = null;
            for (int b = from; b < bs.idx.length && bs.start[b] <= r; b++) {
                int j = bs.idx[b];
                // items already in one set need no more tests (the union would change nothing)
                if (uf.root(j) == root) {
                    continue;
                }
                if (x == null) {
                    x = items.get(i);
                }
                Item y = items.get(j);
                if (overlapping(x, y) && compatible(x, y, takes)) {
                    uf.union(i, j);
                    root = uf.root(i);
                }
            }
        }
    }

    /**
     * Each vague mention joins the best-fitting merged event it is compatible with (same type first, then the
     * same actor, then the nearest time, then the smallest id); vague mentions that fit none merge among themselves.
     * Precise mentions are searched in the cells around the vague one, nearest midpoint first, among those of its
     * type, then among the rest of its family (no other can be compatible), and the search stops where no farther
     * one could fit better or overlap at all: a precise mention's midpoint lies in its window, and no window is longer
     * than the longest precise one.
     */
    private static void attachVague(List<Item> items, List<Integer> precise, List<Integer> vague, UnionFind uf, Takes takes, Cells cells,
                                    int threads) {
        int[] chosen = choices(items, precise, longest(items, precise), vague, uf, takes, cells, threads);
        List<Integer> alone = new ArrayList<>();
        for (int k = 0; k < chosen.length; k++) {
            if (chosen[k] >= 0) {
                uf.union(vague.get(k), chosen[k]);
            } else {
                alone.add(vague.get(k));
            }
        }
        unionCompatible(items, alone, uf, takes, cells);
    }

    /** The longest window of the given precise items. */
    private static long longest(List<Item> items, List<Integer> precise) {
        long longest = 0;
        for (int p : precise) {
            longest = Math.max(longest, items.get(p).end - items.get(p).start);
        }
        return longest;
    }

    /**
     * The precise item each vague item joins ({@link #choose}; -1: none), among the candidates, whose sets in
     * {@code uf} are the precise items' sets (no vague item joined yet); no precise window is longer than
     * {@code longest}.
     */
    private static int[] choices(List<Item> items, List<Integer> candidates, long longest, List<Integer> vague, UnionFind uf, Takes takes,
                                 Cells cells, int threads) {
        int[] actors = actorCodes(items);
        Map<Slot, ByMid> byType = byMid(items, candidates, cells, actors, y -> y.m.type().ordinal());
        Map<Slot, ByMid> byFamily = byMid(items, candidates, cells, actors, y -> y.family.ordinal());
        // the precise items' sets do not change while the vague items choose (their joins are made after)
        int[] roots = new int[items.size()];
        for (int p : candidates) {
            roots[p] = uf.find(p);
        }
        // each vague item's choice reads only what is fixed by now, so the choices are made independently
        int[] chosen = new int[vague.size()];
        Parallel.forEach(chosen.length, threads, Parallel.MIN_STEPS,
                k -> chosen[k] = choose(items, vague.get(k), longest, actors, byType, byFamily, roots, takes, cells));
        return chosen;
    }

    /** How far from a vague item's midpoint the midpoint of a precise item it can join may lie ({@link #choose}). */
    private static long reach(Item x, long longest) {
        return Math.max(Math.abs(x.mid - (x.start - TAKE_TOLERANCE_MIN - longest)), Math.abs(x.end + TAKE_TOLERANCE_MIN + longest - x.mid));
    }

    /** The precise item the vague item v joins (the best-fitting compatible one), or -1 when none fits. */
    private static int choose(List<Item> items, int v, long longest, int[] actors, Map<Slot, ByMid> byType, Map<Slot, ByMid> byFamily,
                              int[] roots, Takes takes, Cells cells) {
        Item x = items.get(v);
        // a compatible precise item overlaps x's window, so its midpoint lies within this distance of x's
        long reach = reach(x, longest);
        long[] around = cells.around(cells.key(v));
        // classes by (type differs, actor differs): 0 and 1 among x's type, 2 and 3 among the rest of its family
        Best[] best = {new Best(), new Best(), new Best(), new Best()};
        for (long cell : around) {
            ByMid l = byType.get(new Slot(cell, x.m.type().ordinal()));
            if (l != null) {
                l.walk(items, x, actors[v], reach, best, 0, roots, takes);
            }
        }
        if (!best[0].found() && !best[1].found()) {
            for (long cell : around) {
                ByMid l = byFamily.get(new Slot(cell, x.family.ordinal()));
                if (l != null) {
                    l.walk(items, x, actors[v], reach, best, 2, roots, takes);
                }
            }
        }
        for (Best b : best) {
            if (b.found()) {
                return b.item;
            }
        }
        return -1;
    }

    /** The best compatible candidate of one class so far: the least (distance of the midpoints, set). */
    private static final class Best {
        int item = -1;
        long distance = Long.MAX_VALUE;
        long root = Long.MAX_VALUE;

        boolean found() {
            return item >= 0;
        }

        /** Whether a candidate at this distance in this set would fit better than the best so far. */
        boolean beatenBy(long d, long r) {
            return item < 0 || d < distance || d == distance && r < root;
        }
    }

    /** A cell and a kind of item in it (a type's or a family's ordinal). */
    private record Slot(long cell, int kind) {
    }

    /**
     * A code per item by which two mentions have the same actor (both have one, and their ids are equal): -1 without
     * an actor, else one code per actor id (the actors without an id share one, as {@code Objects.equals} has it).
     */
    private static int[] actorCodes(List<Item> items) {
        Map<String, Integer> codes = new java.util.HashMap<>();
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            org.sitrep.core.model.ActorRef a = items.get(i).m.actor();
            if (a == null) {
                out[i] = -1;
            } else {
                Integer code = codes.get(a.id());
                if (code == null) {
                    code = codes.size();
                    codes.put(a.id(), code);
                }
                out[i] = code;
            }
        }
        return out;
    }

    /** The precise items of each cell by kind, each list sorted by midpoint (then index). */
    private static Map<Slot, ByMid> byMid(List<Item> items, List<Integer> precise, Cells cells, int[] actors,
                                          java.util.function.ToIntFunction<Item> kind) {
        List<Integer> sorted = new ArrayList<>(precise);
        sorted.sort((a, b) -> { // by midpoint, then index
            int c = Long.compare(items.get(a).mid, items.get(b).mid);
            return c != 0 ? c : Integer.compare(a, b);
        });
        Map<Slot, List<Integer>> lists = new java.util.HashMap<>();
        for (int p : sorted) {
            long cell = cells.key(p);
            if (cell != Cells.NONE) {
                lists.computeIfAbsent(new Slot(cell, kind.applyAsInt(items.get(p))), k -> new ArrayList<>()).add(p);
            }
        }
        Map<Slot, ByMid> out = new java.util.HashMap<>();
        lists.forEach((slot, l) -> out.put(slot, new ByMid(l.stream().mapToInt(Integer::intValue).toArray(),
                l.stream().mapToLong(i -> items.get(i).mid).toArray(), l.stream().mapToInt(i -> items.get(i).m.type().ordinal()).toArray(),
                l.stream().mapToInt(i -> actors[i]).toArray(), l.stream().mapToLong(i -> items.get(i).start).toArray(),
                l.stream().mapToLong(i -> items.get(i).end).toArray())));
        return out;
    }

    /**
     * Precise items sorted by midpoint, with what the search tests first of each (type, {@link #actorCodes actor
     * code}, window) in arrays, so that it reads an item only to test the rest of {@link #compatible}.
     */
    private record ByMid(int[] idx, long[] mids, int[] types, int[] actors, long[] starts, long[] ends) {
        /**
         * Tries the items nearest x's midpoint first, outwards, as candidates of classes {@code first} (same actor)
         * and {@code first + 1} (other actor); with {@code first} 2, items of x's type are passed over (they were
         * tried before and none fitted). Stops beyond {@code reach}, or beyond the best of the better class.
         */
        void walk(List<Item> items, Item x, int xActor, long reach, Best[] best, int first, int[] roots, Takes takes) {
            int xType = x.m.type().ordinal();
            int right = firstAtOrAfter(mids, x.mid);
            int left = right - 1;
            while (left >= 0 || right < mids.length) {
                int k;
                if (right >= mids.length || left >= 0 && x.mid - mids[left] <= mids[right] - x.mid) {
                    k = left--;
                } else {
                    k = right++;
                }
                long d = Math.abs(x.mid - mids[k]);
                if (d > reach || best[first].found() && d > best[first].distance) {
                    return; // nothing farther can overlap x, or beat the better class's best
                }
                int p = idx[k];
                if (first == 2 && types[k] == xType) {
                    continue;
                }
                Best b = best[xActor >= 0 && actors[k] == xActor ? first : first + 1];
                // no tolerance exceeds the take tolerance: beyond it the two cannot overlap
                if (!b.beatenBy(d, roots[p]) || starts[k] >= x.end + TAKE_TOLERANCE_MIN || x.start >= ends[k] + TAKE_TOLERANCE_MIN) {
                    continue;
                }
                if (compatible(x, items.get(p), takes)) {
                    b.item = p;
                    b.distance = d;
                    b.root = roots[p];
                }
            }
        }
    }

    /** The first index of the sorted values whose value is at least {@code value} (their length when none is). */
    static int firstAtOrAfter(long[] sorted, long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (sorted[m] < value) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    /** The same-happening relation (symmetric). */
    static boolean compatible(Item x, Item y, Takes takes) {
        if (!overlapping(x, y)) {
            return false;
        }
        // the cheap tests first: the place (spellings, distances) and the takes between are tested last
        if (!sidesAgree(x, y) || x.publishedBefore(y) || y.publishedBefore(x) || !samePlace(x, y)) {
            return false;
        }
        return x.family != Family.TAKE || !takes.takenBackBetween(x, y);
    }

    /**
     * The cheapest part of {@link #compatible}: one family, both failed or neither, both timed (in one period when both
     * are precise), overlapping times.
     */
    private static boolean overlapping(Item x, Item y) {
        if (x.family != y.family || x.failed() != y.failed() || !x.timed || !y.timed || x.period != y.period && x.precise && y.precise) {
            return false;
        }
        // the tolerance is for one take dated differently; an entry and a capture on different days are two steps
        // of a battle ("entered the northern districts" on the 15th, "captured the town" on the 17th)
        boolean entryAndCapture = (x.m.type() == EventType.ENTER) != (y.m.type() == EventType.ENTER);
        long tolerance = x.family == Family.TAKE && !entryAndCapture ? TAKE_TOLERANCE_MIN : 0;
        return x.start < y.end + tolerance && y.start < x.end + tolerance;
    }

    static boolean samePlace(Item x, Item y) {
        if (x.family == Family.CAMPAIGN) {
            return true;
        }
        if (x.place == null || y.place == null) {
            return false;
        }
        ResolvedPlace a = x.place;
        ResolvedPlace b = y.place;
        if (a.geonameid() != null && a.geonameid().equals(b.geonameid())) {
            return true;
        }
        if (x.coarse() || y.coarse()) {
            if (x.coarse() != y.coarse() || !Objects.equals(a.admin1(), b.admin1()) || !Objects.equals(a.country(), b.country())) {
                return false;
            }
            if (a.resolved() && b.resolved()) {
                return a.precision() == b.precision() && Objects.equals(a.name(), b.name());
            }
            return sameKeys(x.nameKey, y.nameKey) || sameKeys(x.textKey, y.textKey); // Names.same of the names, of the texts
        }
        if (a.geonameid() != null && b.geonameid() != null && a.precision() == GeoPrecision.TOWN && b.precision() == GeoPrecision.TOWN) {
            return false; // two different settlements, however close: capturing one is not capturing the other
        }
        return a.hasPoint() && b.hasPoint() && Geo.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= NEAR_KM;
    }

    /** {@link Names#same} of two names by their keys (null: no name). */
    private static boolean sameKeys(String a, String b) {
        return a != null && b != null && Names.sameKey(a, b);
    }

    /**
     * Sides agree when they are equal or one is unknown. In a fight either party may be named as the actor, so
     * fights disagree only when both name their two parties and the pairs differ.
     */
    static boolean sidesAgree(Item x, Item y) {
        if (x.family == Family.FIGHT) {
            if (x.side == null || y.side == null || x.targetSide == null || y.targetSide == null) {
                return true;
            }
            return (x.side.equals(y.side) && x.targetSide.equals(y.targetSide))
                    || (x.side.equals(y.targetSide) && x.targetSide.equals(y.side));
        }
        return x.side == null || y.side == null || x.side.equals(y.side);
    }
}
