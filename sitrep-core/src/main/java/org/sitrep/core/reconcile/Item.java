package org.sitrep.core.reconcile;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.text.IdOrder;

/**
 * A mention prepared for merging: its family, side, place and the time window it may have happened in, in
 * minutes since the epoch. Immutable.
 */
final class Item {
    /** Mentions whose event time is unknown happened at most this long before their article was published. */
    static final long UNKNOWN_WINDOW_MIN = 14L * 24 * 60;
    /** Times known no better than this never merge: "this year" is no evidence of sameness. */
    static final long MAX_MERGE_MIN = 31L * 24 * 60;
    /** Stated (not inferred) intervals up to this long count as precise (a day plus a night). */
    static final long PRECISE_MIN = 36L * 60;

    final SourcedMention sm;
    final EventMention m;
    final Family family;
    final String side;
    final String targetSide;
    final ResolvedPlace place;
    final String placeText;
    /** Whether the place is coarse (a province, a country, an unlisted name): {@link #coarse}. */
    private final boolean coarse;
    /** {@link Names#key} of the place's name and of {@link #placeText} for a coarse place (null when absent or not coarse). */
    final String nameKey;
    final String textKey;
    /** Window the event may have happened in, slack for the stated precision included; valid when {@link #timed}. */
    final long start;
    final long end;
    final long mid;
    final boolean timed;
    final boolean precise;
    /** Where a precise stated time starts (without slack), else {@code Long.MIN_VALUE}. */
    final long statedStart;
    /** The {@link EventMerger#period} of {@link #mid} when {@link #timed}, else {@code Long.MIN_VALUE}. */
    final long period;
    /** The item's {@link Cells} key, set when the cells of its partition are laid out. */
    long cell = Cells.NONE;
    /** The end of the article's publication time, else {@code Long.MAX_VALUE}: nothing later can be reported in it. */
    final long publishedEnd;
    /** The id's first four characters and the next four, packed by {@link IdOrder#key} ({@link #BY_ID}). */
    private final long idHigh;
    private final long idLow;

    /**
     * Items in the order of their ids ({@link String#compareTo}), decided by the packed first eight characters where
     * they differ: a partition's items are sorted by id at every merge, a popular place's million of them, and
     * comparing two longs costs a fraction of comparing two strings.
     */
    static final java.util.Comparator<Item> BY_ID = (a, b) -> IdOrder.compare(a.id(), a.idHigh, a.idLow, b.id(), b.idHigh, b.idLow);

    Item(SourcedMention sm) {
        this.sm = sm;
        this.m = sm.mention();
        this.idHigh = IdOrder.key(sm.id(), 0);
        this.idLow = IdOrder.key(sm.id(), 4);
        this.family = Family.of(m.type());
        this.side = m.actor() == null ? null : m.actor().side();
        this.targetSide = m.target() == null ? null : m.target().side();
        PlaceMention p = m.place();
        this.place = p == null ? null : p.place();
        this.placeText = p == null ? null : p.text();
        this.coarse = place != null && EventMerger.placeClass(place) == EventMerger.PlaceClass.COARSE;
        this.nameKey = coarse && place.name() != null ? Names.key(place.name()) : null;
        this.textKey = coarse && placeText != null ? Names.key(placeText) : null;
        this.publishedEnd = sm.published().isKnown() ? minutes(sm.published().end()) : Long.MAX_VALUE;
        TimeInterval t = m.time() == null ? TimeInterval.UNKNOWN : m.time().interval();
        if (t.isKnown()) {
            long s = minutes(t.start());
            long e = minutes(t.end());
            long slack = slack(t.precision());
            this.start = s - slack;
            this.end = e + slack;
            this.mid = (s + e) / 2;
            this.timed = e - s <= MAX_MERGE_MIN;
            this.precise = e - s <= PRECISE_MIN && t.precision() != TimePrecision.INFERRED;
            this.statedStart = precise ? s : Long.MIN_VALUE;
        } else if (sm.published().isKnown()) {
            long e = minutes(sm.published().end());
            this.start = minutes(sm.published().start()) - UNKNOWN_WINDOW_MIN;
            this.end = e;
            this.mid = (start + end) / 2;
            this.timed = true;
            this.precise = false;
            this.statedStart = Long.MIN_VALUE;
        } else {
            this.start = 0;
            this.end = 0;
            this.mid = 0;
            this.timed = false;
            this.precise = false;
            this.statedStart = Long.MIN_VALUE;
        }
        this.period = timed ? EventMerger.period(mid) : Long.MIN_VALUE;
    }

    static long minutes(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    /**
     * How far a time may be off beyond its interval: a clock time by an hour (zones, rounding); a time inferred
     * from the article's narrative or publication by half a day (a night spans two dates). Stated days and parts
     * of days are taken as stated, so the advances of two consecutive days stay two advances.
     */
    static long slack(TimePrecision p) {
        switch (p) {
            case MINUTE: return 60;
            case INFERRED: return 12 * 60;
            default: return 0;
        }
    }

    /**
     * True when this mention's article was out before {@code other} happened (by its stated day, with half a day
     * for time zones): a denial of 15 February is not about a capture of 17 February, and no report is.
     */
    boolean publishedBefore(Item other) {
        return other.statedStart != Long.MIN_VALUE && publishedEnd != Long.MAX_VALUE && other.statedStart >= publishedEnd + ZONE_MIN;
    }

    static final long ZONE_MIN = 12 * 60;

    boolean supports() {
        return sm.supports();
    }

    boolean failed() {
        return m.realis() == Realis.FAILED;
    }

    boolean coarse() {
        return coarse;
    }

    String id() {
        return sm.id();
    }
}
