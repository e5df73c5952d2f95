package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sitrep.core.Extraction;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;

/**
 * Where sitrep keeps what it has read: articles (raw and cleaned text, metadata, diagnostics), their mentions,
 * claims and framing terms with provenance, and what is derived across articles (merged events, control periods,
 * contradictions).
 *
 * <p>{@link #add} stores one article atomically: afterwards the article and everything extracted from it are in the
 * store, or nothing is. Derived data is recomputed per partition by {@link #refresh}, which {@link #add} leaves
 * pending; the result depends only on the set of articles stored, never on the order they were added. Queries
 * see derived data as of the last refresh. Implementations are not thread-safe unless they say so.
 */
public interface EventStore extends AutoCloseable {

    /** What {@link #add} did. */
    enum Added { ADDED, ALREADY_STORED }

    /** Stores an article and what was extracted from it, unless an article with the same content hash is stored. */
    Added add(Extraction x);

    /**
     * Stores several articles, as {@link #add} does each, in as few transactions as the store allows: what it returns
     * for an article is true once this returns (an article is never half stored). An article the store refuses does
     * not lose the others: its place in the result holds the {@link StoreException}, the others are stored.
     */
    default List<Object> addAll(List<Extraction> xs) {
        List<Object> out = new java.util.ArrayList<>(xs.size());
        for (Extraction x : xs) {
            try {
                out.add(add(x));
            } catch (StoreException e) {
                out.add(e);
            } catch (RuntimeException e) {
                out.add(new StoreException("cannot store article " + x.article().doc() + " (" + x.article().source() + "): " + e, e));
            }
        }
        return out;
    }

    /** Recomputes merged events, timelines and contradictions of every partition touched since the last refresh. */
    int refresh();

    /**
     * Recomputes the named partitions from the source rows stored now, whether marked dirty or not (and clears their
     * marks). Writers sharing one store may refresh different partitions at the same time; a partition must be
     * refreshed by one of them at a time, after the articles that touch it were added ({@link EventStores#partitions}).
     */
    int refresh(java.util.Collection<String> partitions);

    /** What the last {@link #refresh} did to the merged events. */
    Changes lastChanges();

    /**
     * A partition's state for a reconciler that runs elsewhere (the Flink job's own operator): read without taking
     * its marks. Give the reconciler's result to {@link #persist}.
     */
    PartitionState partitionState(String partition);

    /**
     * Writes what a reconciler decided from {@code state}, in one transaction, and takes the partition's marks that
     * the state saw; but if articles were added to the partition or its events were rewritten since the state was
     * read, the result is stale and the partition is refreshed here instead ({@link #refresh(java.util.Collection)}).
     * Either way returns what changed, as {@link #lastChanges} would.
     */
    Changes persist(PartitionState state, org.sitrep.core.reconcile.PartitionReconciler.PartitionResult result);

    /** Partitions waiting for {@link #refresh}. */
    int pending();

    /** How many merged events the store holds (cheaper than {@link #counts}). */
    long eventCount();

    /** Where the store is, fit for messages (a PostgreSQL URL without its password). */
    String location();

    /** Bytes the store takes on disk (its file with its log, or its database schema's tables and indexes). */
    long sizeBytes();

    /** Ids of the articles stored, sorted. */
    List<String> articleIds();

    /** How the partitions this store object refreshed were recomputed: from a window of their mentions, or whole. */
    RefreshCounts refreshCounts();

    /**
     * See {@link #refreshCounts}. Partitions refreshed from a window and in whole; of the windows' periods ({@link org.sitrep.core.reconcile.EventMerger#period}),
     * those merged and those whose groups were taken from an earlier refresh instead.
     */
    record RefreshCounts(long windowed, long whole, long periodsMerged, long periodsTaken) {
    }

    boolean contains(String articleId);

    Counts counts();

    /** The first and last day on which a stored event starts (both null when no event has a time). */
    EventDays eventDays();

    /**
     * The ISO 3166-1 codes of the countries the stored events and control periods lie in (the map's outlines are
     * cut to these), sorted.
     */
    java.util.SortedSet<String> countries();

    /**
     * Merged events matching the query, earliest first, each with at most 25 of its mentions (the first of every
     * source first; {@link Event#mentionTotal} counts them all).
     */
    List<Event> events(EventQuery q);

    /** One event with every mention. */
    Optional<Event> event(String id);

    /**
     * The control timeline of every place whose name (or a spelling of it) matches, ordered by place then time; a
     * place key ({@code gn:170017}, {@code name:…}, as in {@link ControlPeriod#placeKey()}) gives that place's only.
     */
    List<ControlPeriod> timeline(String place);

    /** The names of the places that have a control timeline, each once, sorted. */
    List<String> timelinePlaces();

    /**
     * For every place with a timeline (near a point, when given): the period covering the day, with its first
     * evidence items and their total ({@link #timeline} gives every item).
     */
    List<ControlPeriod> control(LocalDate asOf, Near near);

    /** Contradictions, hard ones first; compatible ones (agreeing values) only when asked. */
    List<Contradiction> contradictions(boolean includeCompatible);

    /** The framing table: per outlet and side, the terms used, with counts and sentences. */
    List<FramingRow> framing();

    /** Articles whose text matches an FTS5 query, best first. */
    List<ArticleHit> search(String query, int limit);

    /** One stored article: its cleaned text, metadata, diagnostics and every event mention with its span. */
    java.util.Optional<StoredArticle> article(String id);

    /** The live-monitoring state kept in this store (feeds, items seen, watchlists, alerts), on the same connection. */
    Monitor monitor();

    @Override
    void close();

    /** How much the store holds. */
    record Counts(long articles, long mentions, long claims, long events, long periods, long contradictions) {
    }

    /**
     * What a refresh did to the merged events: ids of the events it wrote (new, or rewritten because their mentions
     * changed) and of those it deleted (merged into others, or no longer stated), sorted.
     */
    record Changes(List<String> written, List<String> removed) {
    }

    /** The days of the earliest and the latest event start; null when unknown. */
    record EventDays(LocalDate first, LocalDate last) {
    }

    /**
     * A stored article. {@code mentions} are its event mentions, each with the span of its sentence in
     * {@code cleaned} (and of its place and time where known); {@code diagnostics} is the JSON array found at ingest.
     */
    record StoredArticle(String id, String doc, String source, String outlet, String url, String title, String language,
                         org.sitrep.core.model.TimeInterval published, String cleaned, List<org.sitrep.core.model.SourcedMention> mentions,
                         com.fasterxml.jackson.databind.JsonNode diagnostics) {
    }

    /** An article found by full-text search, with a snippet around the match. */
    record ArticleHit(String id, String doc, String outlet, String title, String snippet) {
    }
}
