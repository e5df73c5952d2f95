package org.sitrep.core.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.sitrep.core.Parallel;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.text.IdOrder;

/**
 * Reconciliation of one partition as a pure function: from the partition's mentions (or claims) and what is stored
 * of it now, what to write and what to delete. A store persists the {@link PartitionResult}; it computes nothing
 * itself. The same inputs give the same result whatever their order and whoever runs it (a single process, a Flink
 * operator). Stateless and thread-safe.
 *
 * <p>An event partition's mentions may be the whole partition or a window of it: every mention that can merge with
 * the ones added since the last refresh, directly or through others, with {@code stored} holding every stored event
 * that holds any of them. A window gives the same store as recomputing the whole partition. A window must also hold
 * every mention of a place without a gazetteer entry whose name is a spelling ({@link EventMerger#sameSpelling}) of
 * one of its own such names: their timelines are matched by spelling, so they are rebuilt together.
 */
public final class PartitionReconciler {
    private final EventMerger merger;
    private final ContradictionFinder finder;
    private final ControlTimeline timeline;

    public PartitionReconciler() {
        this(new EventMerger(), new ContradictionFinder());
    }

    /**
     * A reconciler that may use up to {@code threads} threads (the caller's included) for the independent steps of a
     * large partition: the merger's ({@link EventMerger#EventMerger(int)}), assembling the events, and the timelines
     * of the places. The result is the same as with one.
     */
    public PartitionReconciler(int threads) {
        this(new EventMerger(threads), new ContradictionFinder());
    }

    public PartitionReconciler(EventMerger merger, ContradictionFinder finder) {
        this.merger = merger;
        this.finder = finder;
        this.timeline = new ControlTimeline(merger.threads());
    }

    /**
     * A stored event as the reconciler needs it: the ids of its mentions ({@link EventMerger#members}) and the key of
     * the timeline it belongs to (null without a place).
     */
    public record Stored(String members, String timelineKey) {
    }

    /**
     * What a partition's refresh changes.
     *
     * @param removed          stored events to delete (their mentions now make other events, or none), sorted
     * @param written          events to write (new, or with other mentions than stored), sorted by id
     * @param members          each written event's mention ids, as {@link Stored#members} keeps them
     * @param contradictions   contradictions within the written events (or, for a claims partition, among its
     *                         claims: they replace the partition's)
     * @param timelineKeys     timelines whose periods are replaced (those of places the removed or written events are at)
     * @param unlistedKeys     when a timeline of a place the gazetteer lacks ({@code name:…} key) is replaced, the
     *                         {@code name:…} keys of every event of the mentions given, whose timelines are all replaced
     *                         too (spellings are matched among themselves, so they are rebuilt together; a window holds
     *                         every spelling of its names: {@link #refresh}); else empty. Sorted
     * @param timelineEvents   the events the replaced timelines are built from, sorted by id
     * @param periods          the replaced timelines' periods
     */
    public record PartitionResult(String partition, List<String> removed, List<Event> written, Map<String, String> members,
                                  List<Contradiction> contradictions, List<String> timelineKeys, List<String> unlistedKeys,
                                  List<Event> timelineEvents, List<ControlPeriod> periods) {
        public PartitionResult {
            removed = List.copyOf(removed);
            written = List.copyOf(written);
            members = Map.copyOf(members);
            contradictions = List.copyOf(contradictions);
            timelineKeys = List.copyOf(timelineKeys);
            unlistedKeys = List.copyOf(unlistedKeys);
            timelineEvents = List.copyOf(timelineEvents);
            periods = List.copyOf(periods);
        }

        /** Whether this is a claims partition's result (contradictions among claims only). */
        public boolean claimsOnly() {
            return isClaims(partition);
        }
    }

    /** Whether a partition holds claims (contradictions among them) rather than event mentions. */
    public static boolean isClaims(String partition) {
        return partition.startsWith("claims:");
    }

    /**
     * Refreshes one partition: for a claims partition the contradictions among {@code claims}; for an event partition
     * the events, contradictions and timelines of {@code mentions} against what is {@code stored} (event id to
     * {@link Stored}: the partition's stored events, or with a window those holding any of its mentions).
     */
    public PartitionResult refresh(String partition, List<SourcedMention> mentions, List<SourcedClaim> claims, Map<String, Stored> stored) {
        if (isClaims(partition)) {
            return new PartitionResult(partition, List.of(), List.of(), Map.of(), finder.amongClaims(partition, claims), List.of(), List.of(),
                    List.of(), List.of());
        }
        Map<String, List<SourcedMention>> groups = new HashMap<>();
        Map<String, String> members = new HashMap<>();
        group(mentions, groups, members);
        return compare(partition, groups, members, stored, null);
    }

    /**
     * Where a refresh of a window finds the stored events it compares its groups with, when they are not read
     * ahead: most of a window's groups are stored as they are, and looking up one event per group is cheaper than
     * the event of every mention.
     */
    public interface StoredEvents {
        /** The stored events that have any of these ids: id to {@link Stored}. */
        Map<String, Stored> withIds(Collection<String> eventIds);

        /** The stored events that hold any of these mentions: id to {@link Stored}. */
        Map<String, Stored> holding(Collection<String> mentionIds);

        /**
         * The stored event of each of these mentions that one holds: mention id to event id. Null when the store
         * cannot say, and then a refresh merges every period of its mentions.
         */
        default Map<String, String> eventsOf(Collection<String> mentionIds) {
            return null;
        }

        /**
         * The event of each mention as the last refresh of the partition that this source saw grouped them
         * ({@link #grouped}), if it kept them: a refresh takes these and asks {@link #eventsOf} only for the rest (a
         * popular region's million mentions looked up twice and copied into a new map took a few per cent of its
         * refresh). It checks them against the stored events' members as it checks what the store says. Not to be
         * changed; empty when none are kept.
         */
        default Map<String, String> lastGrouped() {
            return Map.of();
        }

        /** Told by each refresh that was given new mentions: how many periods it merged, and how many it took as stored. */
        default void periods(int merged, int taken) {
        }

        /**
         * Told by each refresh that was given new mentions: the groups of its mentions by event id, which the
         * partition's stored events are once its result is written (a store may answer {@link #eventsOf} from them
         * next time; the refresh checks what it is told against the stored events' members).
         */
        default void grouped(Map<String, List<SourcedMention>> groups) {
        }
    }

    /**
     * Events a caller kept from an earlier refresh of a partition, which a refresh may take instead of assembling a
     * group again, and to which it hands every event it assembles or takes. An event is a function of its partition
     * and its group's mentions, which a group's id and {@link EventMerger#members} digest identify (as they identify a
     * stored event: {@link Stored}), and stored mentions never change; so an event kept under them is the event the
     * group assembles to. A store keeps them between the refreshes of a popular region, whose timelines are rebuilt
     * from every event of their places although a refresh changes few of them.
     */
    public interface Assembled {
        /** The event kept for the group with this id and digest of its members, or null. */
        Event earlier(String id, String members);

        /** An event of this refresh (assembled, or taken from {@link #earlier}) and its members' digest. */
        void assembled(Event event, String members);

        /**
         * {@link #earlier} without taking it: what a refresh checks its stored groups against (an event kept holds
         * its group's mentions sorted by id, so the same mention objects are that group). Null when none is kept.
         */
        default Event kept(String id, String members) {
            return null;
        }
    }

    /**
     * Refreshes an event partition as {@link #refresh(String, List, List, Map)} does, looking up the stored events
     * that hold the mentions given instead of being given them: the events with the ids of the new groups, and the
     * events holding the mentions of every group not stored as it is (a group whose event is stored with the same
     * members holds no mention of another stored event). The stored events found are exactly those holding any of the
     * mentions, so the result is the same.
     */
    public PartitionResult refresh(String partition, List<SourcedMention> mentions, StoredEvents source) {
        return refresh(partition, mentions, source, null);
    }

    /**
     * {@link #refresh(String, List, StoredEvents)}, taking the events of unchanged groups that the timelines need from
     * {@code kept} where it has them and handing it every event of the result's timelines and writes (null: none
     * kept). The result is the same.
     */
    public PartitionResult refresh(String partition, List<SourcedMention> mentions, StoredEvents source, Assembled kept) {
        return refresh(partition, mentions, source, kept, null);
    }

    /**
     * {@link #refresh(String, List, StoredEvents, Assembled)}, told which of the mentions are new since the partition's
     * last refresh (null: not told). The stored events are the groups of the mentions that are not new, and merges
     * are bounded by {@link EventMerger#period}s; so where no new mention can change them the groups are the stored
     * events, which are taken as they are ({@link StoredEvents#eventsOf}, {@link EventMerger#cluster(Collection, Set,
     * Map)}) instead of merging their mentions again. A stored event is taken only when the mentions given hold all
     * of its members (its {@link EventMerger#members} digest, or the very mention objects of the event {@code kept}
     * holds under its id and that digest: {@link Assembled#kept}); one whose precise mentions cross periods (a store
     * written before merges kept to periods) has those periods merged again, so such a store heals. The result is
     * the same.
     */
    public PartitionResult refresh(String partition, List<SourcedMention> mentions, StoredEvents source, Assembled kept,
                                   Collection<String> fresh) {
        if (isClaims(partition)) {
            throw new IllegalArgumentException("a claims partition has no stored events to look up: " + partition);
        }
        Map<String, List<SourcedMention>> groups = new HashMap<>();
        Map<String, String> members = new HashMap<>();
        Map<String, Stored> stored = new HashMap<>();
        if (fresh == null || !takeStored(mentions, fresh, source, kept, groups, members, stored)) {
            groups.clear();
            members.clear();
            stored.clear();
            group(mentions, groups, members);
        }
        if (fresh != null) {
            source.grouped(java.util.Collections.unmodifiableMap(groups));
        }
        java.util.TreeSet<String> unknown = new java.util.TreeSet<>(); // sorted: the store reads them in this order
        for (String id : groups.keySet()) {
            if (!stored.containsKey(id)) {
                unknown.add(id);
            }
        }
        stored.putAll(source.withIds(unknown));
        java.util.TreeSet<String> changed = new java.util.TreeSet<>();
        groups.forEach((id, g) -> {
            Stored old = stored.get(id);
            if (old == null || !Objects.equals(old.members(), members.get(id))) {
                g.forEach(m -> changed.add(m.id()));
            }
        });
        if (!changed.isEmpty()) {
            stored.putAll(source.holding(changed));
        }
        return compare(partition, groups, members, stored, kept);
    }

    /** The groups of the mentions by event id, with their {@link EventMerger#members} digests. */
    private void group(List<SourcedMention> mentions, Map<String, List<SourcedMention>> groups, Map<String, String> members) {
        for (List<SourcedMention> g : merger.cluster(mentions)) {
            String id = EventMerger.eventId(g);
            groups.put(id, g);
            members.put(id, EventMerger.members(g));
        }
    }

    /**
     * The groups of the mentions with those of the stored events taken where no fresh mention can change them
     * ({@link EventMerger#cluster(Collection, Set, Map)}): fills {@code groups}, {@code members} and {@code stored}
     * (the stored events holding any of the mentions) and returns true, or returns false when the store cannot say
     * which events hold the mentions.
     */
    private boolean takeStored(List<SourcedMention> given, Collection<String> fresh, StoredEvents source, Assembled kept,
                               Map<String, List<SourcedMention>> groups, Map<String, String> members, Map<String, Stored> stored) {
        // in id order once: a stored event's mentions are then met in the order its digests are made of, and merging
        // is told which mention is new and which group each other one has by its place in that order, not by its id
        EventMerger.ById mentions = merger.byId(given);
        Set<String> isFresh = fresh instanceof Set<String> f ? f : new HashSet<>(fresh);
        // the event of each mention that is not new: as the last refresh grouped it, else as the store says
        Map<String, String> known = source.lastGrouped();
        int n = mentions.size();
        boolean[] isNew = new boolean[n];
        String[] eventOf = new String[n];
        boolean[] asking = new boolean[n];
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = mentions.get(i).id();
            isNew[i] = isFresh.contains(id);
            if (!isNew[i]) {
                eventOf[i] = known.get(id);
                if (eventOf[i] == null) {
                    asking[i] = true;
                    asked.add(id);
                }
            }
        }
        if (!asked.isEmpty()) {
            Map<String, String> told = source.eventsOf(asked);
            if (told == null) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (asking[i]) {
                    eventOf[i] = told.get(mentions.get(i).id());
                }
            }
        }
        // a stored event is a known group only when the mentions given hold all its members
        Map<String, Held> held = new HashMap<>();
        Held[] heldOf = new Held[n];
        for (int i = 0; i < n; i++) {
            if (eventOf[i] != null) {
                Held h = held.get(eventOf[i]);
                if (h == null) {
                    h = new Held(held.size());
                    held.put(eventOf[i], h);
                }
                heldOf[i] = h;
                h.mentions.add(mentions.get(i)); // in id order
            }
        }
        List<String> heldIds = new ArrayList<>(held.keySet());
        IdOrder.sort(heldIds); // the store reads them in this order
        Map<String, Stored> found = heldIds.isEmpty() ? Map.of() : source.withIds(heldIds);
        for (Map.Entry<String, Held> e : held.entrySet()) {
            List<SourcedMention> g = e.getValue().mentions;
            Stored s = found.get(e.getKey());
            // an event kept under this id and the stored digest holds its group's mentions sorted by id; the same
            // mention objects in the same order have that id and digest, without hashing every stored event's again
            e.getValue().taken = s != null && (kept != null && sameMentions(g, mentionsOf(kept.kept(e.getKey(), s.members())))
                    || e.getKey().equals(EventMerger.eventId(g)) && EventMerger.members(g).equals(s.members()));
        }
        // merging is told each taken stored group by its number
        int[] groupOf = new int[n];
        for (int i = 0; i < n; i++) {
            groupOf[i] = heldOf[i] != null && heldOf[i].taken ? heldOf[i].number : -1;
        }
        int[] firsts = new int[n];
        EventMerger.Clustered c = merger.cluster(mentions, isNew, groupOf, held.size(), firsts);
        List<List<SourcedMention>> clustered = c.groups();
        for (int k = 0; k < clustered.size(); k++) {
            List<SourcedMention> g = clustered.get(k);
            int first = firsts[k];
            Held h = heldOf[first];
            if (h != null && h.taken && sameMentions(g, h.mentions)) {
                // a taken stored event, the same mentions in the same order: its id (that of its group: the id the
                // store or the kept event holds it under) and digest were checked above
                groups.put(eventOf[first], g);
                members.put(eventOf[first], found.get(eventOf[first]).members());
            } else {
                // no other group is a taken stored event's mentions (whose first mention would be this one's)
                String id = EventMerger.eventId(g);
                groups.put(id, g);
                members.put(id, EventMerger.members(g));
            }
        }
        stored.putAll(found);
        source.periods(c.periodsMerged(), c.periodsTaken());
        return true;
    }

    /** The mentions of a stored event among those given, in id order, and whether they are all of it (its group is taken). */
    private static final class Held {
        /** Its number among the stored groups held, from 0. */
        final int number;
        final List<SourcedMention> mentions = new ArrayList<>(4);
        boolean taken;

        Held(int number) {
            this.number = number;
        }
    }

    private static List<SourcedMention> mentionsOf(Event e) {
        return e == null ? null : e.mentions();
    }

    /** Whether two groups hold the same mention objects in the same order (null: none). */
    private static boolean sameMentions(List<SourcedMention> a, List<SourcedMention> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The result of a partition's new groups against the stored events holding their mentions. */
    private PartitionResult compare(String partition, Map<String, List<SourcedMention>> groups, Map<String, String> members,
                                    Map<String, Stored> stored, Assembled kept) {
        Set<String> affected = new HashSet<>();
        List<String> gone = new ArrayList<>();
        for (Map.Entry<String, Stored> e : stored.entrySet()) {
            if (!Objects.equals(e.getValue().members(), members.get(e.getKey()))) {
                gone.add(e.getKey());
                if (e.getValue().timelineKey() != null) {
                    affected.add(e.getValue().timelineKey());
                }
            }
        }
        gone.sort(Comparator.naturalOrder());
        List<List<SourcedMention>> changed = new ArrayList<>();
        for (Map.Entry<String, List<SourcedMention>> g : groups.entrySet()) {
            Stored old = stored.get(g.getKey());
            if (old == null || !Objects.equals(old.members(), members.get(g.getKey()))) {
                changed.add(g.getValue());
            }
        }
        List<Event> fresh = assembleAll(partition, changed);
        Map<String, Event> assembled = new HashMap<>();
        Map<String, String> freshMembers = new HashMap<>();
        for (Event ev : fresh) {
            assembled.put(ev.id(), ev);
            freshMembers.put(ev.id(), members.get(ev.id()));
            if (kept != null) {
                kept.assembled(ev, members.get(ev.id()));
            }
            String key = timelineKey(ev);
            if (key != null) {
                affected.add(key);
            }
        }
        fresh.sort((a, b) -> a.id().compareTo(b.id()));
        List<Contradiction> contradictions = finder.withinEvents(fresh);
        if (affected.isEmpty()) {
            return new PartitionResult(partition, gone, fresh, freshMembers, contradictions, List.of(), List.of(), List.of(), List.of());
        }
        boolean unlisted = affected.stream().anyMatch(k -> k.startsWith("name:"));
        java.util.TreeSet<String> unlistedKeys = new java.util.TreeSet<>();
        List<Event> events = new ArrayList<>();
        List<List<SourcedMention>> unchanged = new ArrayList<>();
        for (Map.Entry<String, List<SourcedMention>> g : groups.entrySet()) {
            Event ev = assembled.get(g.getKey());
            String key = ev != null ? timelineKey(ev) : stored.get(g.getKey()).timelineKey();
            boolean name = key != null && key.startsWith("name:");
            if (key != null && (affected.contains(key) || unlisted && name)) {
                Event earlier = ev == null && kept != null ? kept.earlier(g.getKey(), members.get(g.getKey())) : null;
                if (ev != null) {
                    events.add(ev);
                } else if (earlier != null) {
                    events.add(earlier); // stored as it is, and kept as assembled by an earlier refresh
                    kept.assembled(earlier, members.get(g.getKey()));
                } else {
                    unchanged.add(g.getValue()); // stored as it is, assembled again for its place's timeline
                }
                if (name) {
                    unlistedKeys.add(key);
                }
            }
        }
        List<Event> again = assembleAll(partition, unchanged);
        if (kept != null) {
            for (Event ev : again) {
                kept.assembled(ev, members.get(ev.id()));
            }
        }
        events.addAll(again);
        IdOrder.sort(events, Event::id);
        List<String> keys = new ArrayList<>(affected);
        keys.sort(Comparator.naturalOrder());
        return new PartitionResult(partition, gone, fresh, freshMembers, contradictions, keys, List.copyOf(unlistedKeys), events,
                timeline.build(events));
    }

    /** The events of the groups, in the groups' order (assembled on the merger's threads when there are many). */
    private List<Event> assembleAll(String partition, List<List<SourcedMention>> gs) {
        Event[] out = new Event[gs.size()];
        Parallel.forEach(out.length, merger.threads(), Parallel.MIN_STEPS, i -> out[i] = merger.assemble(partition, gs.get(i)));
        return new ArrayList<>(java.util.Arrays.asList(out));
    }

    /** The key of the timeline an event belongs to (before unlisted spellings are matched), or null without a place. */
    public static String timelineKey(Event e) {
        return e.place() == null ? null : ControlTimeline.placeKey(e.place());
    }
}
