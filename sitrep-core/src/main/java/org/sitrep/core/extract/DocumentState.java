package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.TimePrecision;
import org.sitrep.core.time.TimeExpr;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.TimeInterval;

import java.time.LocalDate;
import java.util.List;

/**
 * What the narrative of one article has established so far, for anaphora and time carry-over: the last event
 * time, the last fighting actor, the last places, the last city and coordinated group named, the start of the
 * operation being narrated. Mutable; one per article, used by one thread.
 */
public final class DocumentState {
    TimeInterval lastTime;
    int lastTimeSentence = -10;
    ActorMention lastActor;
    PlaceMention lastPlace;
    int lastPlaceSentence = -10;
    PlaceMention lastEventPlace;
    int lastEventSentence = -10;
    /** The actor of the last event of each type told so far (for "the offensive" told again). */
    final java.util.Map<EventType, ActorMention> lastActorOf = new java.util.EnumMap<>(EventType.class);
    /** The type families of the events told so far. */
    final java.util.Set<EventType> seenFamilies = java.util.EnumSet.noneOf(EventType.class);
    PlaceMention lastCity;
    /** The last division-level place named (for "the Oblast", "the region"). */
    PlaceMention lastRegion;
    List<PlaceMention> lastGroup = List.of();
    LocalDate operationStart;
    final TimeInterval published;
    final ActorMention challenger;
    final ActorMention incumbent;
    /** The country the document is about, for "the country"; null when unclear. */
    org.sitrep.core.model.ResolvedPlace country;
    /** The place the document as a whole is about (its title's, its infobox's), for events no sentence places. */
    PlaceMention documentPlace;
    /** The period the document is about (an infobox's date, a report's period), for events no sentence dates. */
    TimeInterval frame;

    /**
     * @param challenger the actor generic challenger descriptions resolve to in this document (a null-span stand-in)
     * @param incumbent  likewise for the incumbent
     * @param published  the article's publication time (for present-tense sentences)
     */
    public DocumentState(ActorMention challenger, ActorMention incumbent, LocalDate operationStart, TimeInterval published) {
        this.published = published;
        this.challenger = challenger;
        this.incumbent = incumbent;
        this.operationStart = operationStart;
    }

    /** Sets the period the document is about (null when it states none). */
    public void setFrame(TimeInterval frame) {
        this.frame = frame;
    }

    public TimeInterval frame() {
        return frame;
    }

    /** Sets the country and the place the document is about (either may be null). */
    public void setFocus(org.sitrep.core.model.ResolvedPlace country, PlaceMention documentPlace) {
        this.country = country;
        this.documentPlace = documentPlace;
    }

    public LocalDate operationStart() {
        return operationStart;
    }

    /** Forgets the narrative time (a topic shift: "Separately, …"). */
    public void resetTime() {
        lastTime = null;
    }

    /** The narrative time a sentence's "later in the day", "at the time" refer to, or null. */
    public TimeInterval carried(int index) {
        return carriedTime(index);
    }

    /** Records what a finished sentence established: its main time, places, the operation's start. */
    public void endSentence(SentenceFacts f, List<EventMention> events) {
        int i = f.sentence().index();
        TimeInterval main = null;
        for (TimeExpr e : f.times()) {
            TimeInterval t = e.mention().interval();
            if (!e.background() && !e.isOffset() && t.isKnown() && carriable(t) && !inSinceClause(f, e)) {
                main = t;
                break;
            }
        }
        if (main == null) {
            for (EventMention e : events) {
                if (e.time() != null && e.time().interval().isKnown() && carriable(e.time().interval())) {
                    main = e.time().interval();
                    break;
                }
            }
        }
        if (main != null) {
            lastTime = main;
            lastTimeSentence = i;
        }
        for (EventMention e : events) {
            if (e.type() == EventType.OFFENSIVE && operationStart == null && e.time() != null && e.time().interval().isKnown()
                    && e.time().interval().precision() != TimePrecision.RANGE) {
                operationStart = e.time().interval().firstDay();
            }
        }
        for (EventMention e : events) {
            if (e.place() != null) {
                lastEventPlace = e.place();
                lastEventSentence = i;
            }
            seenFamilies.add(e.type().family());
            if (e.actor() != null) {
                lastActorOf.put(e.type().family(), new ActorMention(null, e.actor().text(), e.actor().id(), e.actor().side(), false));
            }
        }
        String text = f.sentence().text();
        int base = f.sentence().span().start();
        if (lastEventSentence == i && lastEventPlace != null) {
            for (PlaceMention p : f.places()) {
                int after = p.span().end() - base;
                if (p.kind() == PlaceMention.Kind.REGION && after <= text.length()
                        && Rx.matches(text.substring(after), "(?s),?\\s*including\\b.*") && lastEventPlace.span().start() > p.span().end()) {
                    // "the coastal regions, including Jableh, Banyas and Latakia, saw hostilities. Clashes peaked on 7
                    // March": the paragraph is about the region; its towns were examples
                    lastEventPlace = p;
                    break;
                }
            }
        }
        for (PlaceMention p : f.places()) {
            if (p.kind() != PlaceMention.Kind.ANAPHOR && (Arguments.isRegion(p) || p.level() == org.sitrep.core.model.GeoPrecision.PROVINCE
                    || p.level() == org.sitrep.core.model.GeoPrecision.DISTRICT)
                    && !(p.place().precision() == org.sitrep.core.model.GeoPrecision.COUNTRY && p.level() == null)) { // "the oblast" is no country
                lastRegion = p;
            }
            if (p.kind() == PlaceMention.Kind.ANAPHOR || Arguments.isRegion(p)) {
                continue;
            }
            lastPlace = p;
            lastPlaceSentence = i;
            String before = text.substring(Math.max(0, p.span().start() - base - 9), p.span().start() - base).toLowerCase();
            if (before.contains("city of") || p.text().toLowerCase().endsWith(" city") || p.kind() == PlaceMention.Kind.NAME
                    && lastCity != null && lastCity.head().equals(p.head())) {
                lastCity = p;
            }
        }
    }

    /** A time inside a "since …" clause dates background, not the sentence's own events. */
    private static boolean inSinceClause(SentenceFacts f, TimeExpr e) {
        String before = f.sentence().text().substring(0, e.mention().span().start() - f.sentence().span().start()).toLowerCase();
        int since = before.lastIndexOf(" since ");
        return since >= 0 && before.indexOf(',', since) < 0;
    }

    private static boolean carriable(TimeInterval t) {
        return switch (t.precision()) {
            case MINUTE, PART_OF_DAY, DAY, INFERRED -> java.time.Duration.between(t.start(), t.end()).toDays() <= 2;
            default -> false;
        };
    }

    /** The carried-over time for sentence {@code index}: only from the sentence right before it. */
    TimeInterval carriedTime(int index) {
        return lastTime != null && lastTimeSentence == index - 1 ? lastTime : null;
    }

    PlaceMention carriedPlace(int index) {
        return lastPlace != null && lastPlaceSentence >= index - 1 ? lastPlace : null;
    }

    /**
     * The place an event that its sentence does not place is at: the last event place of the sentence right
     * before ("... entered Palma. This has resulted in days of intense clashes"), else the document's place (its
     * title's or infobox's), else null.
     */
    /** The last event place, if its sentence is at most {@code within} sentences before {@code index}. */
    PlaceMention recentEventPlace(int index, int within) {
        return lastEventPlace != null && index - lastEventSentence <= within ? lastEventPlace : null;
    }

    PlaceMention inheritedPlace(int index) {
        if (lastEventPlace != null && lastEventSentence == index - 1) {
            return lastEventPlace;
        }
        return documentPlace;
    }
}
