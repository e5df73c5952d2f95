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
 * What the narrative of one article has established after a sentence, for anaphora and time carry-over: the last
 * event time, the last fighting actor, the last places, the last city, region and coordinated group named, the
 * start of the operation being narrated, the speaker named last, the places named last (at most {@link #RECENT}). Immutable: reading a sentence returns the narrative it leaves behind
 * ({@link #after}); the document's fixed facts are its {@link DocumentContext}.
 */
public record Narrative(DocumentContext context, TimeInterval lastTime, int lastTimeSentence, ActorMention lastActor,
                        PlaceMention lastPlace, int lastPlaceSentence, PlaceMention lastEventPlace, int lastEventSentence,
                        java.util.Map<EventType, ActorMention> lastActorOf, java.util.Set<EventType> seenFamilies,
                        PlaceMention lastCity, PlaceMention lastRegion, List<PlaceMention> lastGroup, LocalDate operationStart,
                        Attribution lastSpeaker, List<PlaceMention> recentNamed) {

    /** How many places named last the narrative keeps ({@link #recentNamed}). */
    static final int RECENT = 12;

    /** The place named last whose own words include {@code word} ("Kucheri village" for "the village"), or null. */
    PlaceMention lastNamedWith(String word) {
        for (int k = recentNamed.size() - 1; k >= 0; k--) {
            PlaceMention m = recentNamed.get(k);
            java.util.List<String> words = java.util.Arrays.asList(m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+"));
            // a name kept with the lower-case word it was named with ("the British base at X": "base")
            boolean site = !m.head().isEmpty() && Character.isLowerCase(m.head().charAt(0))
                    && !m.text().toLowerCase(java.util.Locale.ROOT).contains(m.head());
            if (site ? m.head().equals(word) : words.contains(word)) {
                return recentNamed.get(k);
            }
        }
        return null;
    }

    /** The place named last whose own words include any of {@code words} ("the Palace of Justice" for "the building"), or null. */
    PlaceMention lastNamedWithAny(java.util.Set<String> words) {
        for (int k = recentNamed.size() - 1; k >= 0; k--) {
            for (String x : recentNamed.get(k).text().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (words.contains(x)) {
                    return recentNamed.get(k);
                }
            }
        }
        return null;
    }

    /** The narrative before the first sentence of a document. */
    public static Narrative start(DocumentContext context) {
        return new Narrative(context, null, -10, null, null, -10, null, -10, java.util.Map.of(), java.util.Set.of(),
                null, null, List.of(), null, null, List.of());
    }

    public TimeInterval published() {
        return context.published();
    }

    public ActorMention challenger() {
        return context.challenger();
    }

    public ActorMention incumbent() {
        return context.incumbent();
    }

    public org.sitrep.core.model.ResolvedPlace country() {
        return context.country();
    }

    public PlaceMention documentPlace() {
        return context.documentPlace();
    }

    /** The town of the document's wire dateline, or null ({@link DocumentContext#filedFrom}). */
    public PlaceMention filedFrom() {
        return context.filedFrom();
    }

    public TimeInterval frame() {
        return context.frame();
    }

    /** The narrative with a coordinated group of places named last ("the two towns" refer to it). */
    Narrative withGroup(List<PlaceMention> group) {
        return new Narrative(context, lastTime, lastTimeSentence, lastActor, lastPlace, lastPlaceSentence, lastEventPlace,
                lastEventSentence, lastActorOf, seenFamilies, lastCity, lastRegion, List.copyOf(group), operationStart, lastSpeaker, recentNamed);
    }

    /** The narrative with the fighting actor named last. */
    Narrative withActor(ActorMention actor) {
        return new Narrative(context, lastTime, lastTimeSentence, actor, lastPlace, lastPlaceSentence, lastEventPlace,
                lastEventSentence, lastActorOf, seenFamilies, lastCity, lastRegion, lastGroup, operationStart, lastSpeaker, recentNamed);
    }

    /** The narrative with the speaker named last ("…, he said" in a later sentence is that speaker). */
    Narrative withSpeaker(Attribution speaker) {
        return new Narrative(context, lastTime, lastTimeSentence, lastActor, lastPlace, lastPlaceSentence, lastEventPlace,
                lastEventSentence, lastActorOf, seenFamilies, lastCity, lastRegion, lastGroup, operationStart, speaker, recentNamed);
    }

    /** The narrative without its time (a topic shift: "Separately, …"). */
    public Narrative withoutTime() {
        return new Narrative(context, null, lastTimeSentence, lastActor, lastPlace, lastPlaceSentence, lastEventPlace,
                lastEventSentence, lastActorOf, seenFamilies, lastCity, lastRegion, lastGroup, operationStart, lastSpeaker, recentNamed);
    }

    /** The narrative time a sentence's "later in the day", "at the time" refer to, or null. */
    public TimeInterval carried(int index) {
        return carriedTime(index);
    }

    /** The narrative a finished sentence leaves behind: its main time, places, actors, the operation's start. */
    public Narrative after(SentenceFacts f, List<EventMention> events) {
        int i = f.sentence().index();
        TimeInterval main = null;
        int filed = TimeAssigner.wireDatelineEnd(f);
        for (TimeExpr e : f.times()) {
            TimeInterval t = e.mention().interval();
            if (!e.background() && !e.isOffset() && t.isKnown() && carriable(t) && !inSinceClause(f, e)
                    && e.mention().span().end() > filed) { // the day a wire story was filed dates none of what it tells
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
        TimeInterval time = main != null ? main : lastTime;
        int timeSentence = main != null ? i : lastTimeSentence;
        LocalDate opStart = operationStart;
        for (EventMention e : events) {
            if (e.type() == EventType.OFFENSIVE && opStart == null && e.time() != null && e.time().interval().isKnown()
                    && e.time().interval().precision() != TimePrecision.RANGE) {
                opStart = e.time().interval().firstDay();
            }
        }
        PlaceMention eventPlace = lastEventPlace;
        int eventSentence = lastEventSentence;
        java.util.Map<EventType, ActorMention> actorOf = lastActorOf;
        java.util.Set<EventType> families = seenFamilies;
        for (EventMention e : events) {
            if (e.place() != null) {
                eventPlace = e.place();
                eventSentence = i;
            }
            if (!families.contains(e.type().family())) {
                java.util.Set<EventType> more = java.util.EnumSet.noneOf(EventType.class);
                more.addAll(families);
                more.add(e.type().family());
                families = java.util.Collections.unmodifiableSet(more);
            }
            if (e.actor() != null) {
                java.util.Map<EventType, ActorMention> more = new java.util.EnumMap<>(EventType.class);
                more.putAll(actorOf);
                more.put(e.type().family(), new ActorMention(null, e.actor().text(), e.actor().id(), e.actor().side(), false));
                actorOf = java.util.Collections.unmodifiableMap(more);
            }
        }
        String text = f.sentence().text();
        int base = f.sentence().span().start();
        if (eventSentence == i && eventPlace != null) {
            for (PlaceMention p : f.places()) {
                int after = p.span().end() - base;
                if (p.kind() == PlaceMention.Kind.REGION && after <= text.length()
                        && Rx.matches(text.substring(after), "(?s),?\\s*including\\b.*") && eventPlace.span().start() > p.span().end()) {
                    // "the coastal regions, including Jableh, Banyas and Latakia, saw hostilities. Clashes peaked on 7
                    // March": the paragraph is about the region; its towns were examples
                    eventPlace = p;
                    break;
                }
            }
        }
        PlaceMention region = lastRegion;
        PlaceMention place = lastPlace;
        int placeSentence = lastPlaceSentence;
        PlaceMention city = lastCity;
        java.util.ArrayList<PlaceMention> named = new java.util.ArrayList<>(recentNamed);
        for (PlaceMention p : f.places()) {
            if (p.kind() != PlaceMention.Kind.ANAPHOR) {
                named.add(p); // "Kucheri village", "the Palace of Justice": what "the village", "the palace" may point back to
                String site = siteWord(f, p);
                if (site != null) {
                    // "the British base at Plaman Mapu": what "the base" points back to, headed by the word it was named with
                    named.add(new PlaceMention(p.span(), p.text(), site, p.place(), p.kind(), p.level(), p.list()));
                }
                while (named.size() > RECENT) {
                    named.remove(0);
                }
            }
            if (p.kind() != PlaceMention.Kind.ANAPHOR && (Arguments.isRegion(p) || p.level() == org.sitrep.core.model.GeoPrecision.PROVINCE
                    || p.level() == org.sitrep.core.model.GeoPrecision.DISTRICT)
                    && !(p.place().precision() == org.sitrep.core.model.GeoPrecision.COUNTRY && p.level() == null)) { // "the oblast" is no country
                region = p;
            }
            if (p.kind() == PlaceMention.Kind.ANAPHOR || Arguments.isRegion(p)) {
                continue;
            }
            if (place != null && Arguments.heading(f, p)) {
                // "sent rebels fleeing east towards Brega": where they went, not where the story is ("the town's residential area" after it)
                continue;
            }
            if (place != null && afterIncluding(text, Math.max(0, p.span().start() - base))) {
                // "attacks on X district, including on the villages of A and B. … the town": examples of where, not
                // what "the town" later points back to
                continue;
            }
            place = p;
            placeSentence = i;
            String before = text.substring(Math.max(0, p.span().start() - base - 9), p.span().start() - base).toLowerCase();
            boolean district = p.level() != null && p.level().ordinal() > org.sitrep.core.model.GeoPrecision.TOWN.ordinal();
            if (before.contains("city of") || city == null && before.contains("town of") || p.text().toLowerCase().endsWith(" city") || p.kind() == PlaceMention.Kind.NAME
                    && city != null && city.head().equals(p.head()) && !district // not "X district" after the town X
                    || city == null && p.kind() == PlaceMention.Kind.NAME && p.place() != null && p.place().resolved()
                    && p.place().precision() == org.sitrep.core.model.GeoPrecision.TOWN) {
                // with no city named as one, the first town of the gazetteer is what "the city" points back to ("an
                // assault on El Fasher in North Darfur … the east of the city"), not the region named after it
                city = p;
            }
        }
        return new Narrative(context, time, timeSentence, lastActor, place, placeSentence, eventPlace, eventSentence, actorOf,
                families, city, region, lastGroup, opStart, lastSpeaker, List.copyOf(named));
    }

    /**
     * The lower-case noun a name was named with right before "at", "in" or "near" ("the British base at Plaman Mapu":
     * "base"; not "landed at X", not "fighting in X"), or null.
     */
    private static String siteWord(SentenceFacts f, PlaceMention p) {
        List<org.sitrep.core.nlp.Token> t = f.tokens();
        int k = f.tokenAt(p.span().start()) - 1;
        if (k >= 0 && t.get(k).text().equals("the")) {
            k--;
        }
        if (k < 1 || !Rx.matches(t.get(k).text(), "at|in|near")) {
            return null;
        }
        org.sitrep.core.nlp.Token w = t.get(k - 1);
        return w.pos().equals("NOUN") && Rx.matches(w.text(), "[a-z]+") && !NOT_SITES.contains(w.text()) ? w.text() : null;
    }

    /** Nouns before "in" that name no site: a town's kind (kept by its own anaphors) or the fighting there. */
    private static final java.util.Set<String> NOT_SITES = java.util.Set.of("town", "towns", "city", "cities", "village",
            "villages", "district", "region", "province", "area", "areas", "capital", "fighting", "clashes");

    /** Whether "including" stands as a word before offset {@code end} of the text, with no ';' or '.' after it. */
    private static boolean afterIncluding(String text, int end) {
        for (int at = text.lastIndexOf("including", end - 9); at >= 0; at = text.lastIndexOf("including", at - 1)) {
            int after = at + 9;
            if ((at == 0 || !isWordChar(text.charAt(at - 1))) && (after >= text.length() || !isWordChar(text.charAt(after)))) {
                for (int k = after; k < end; k++) {
                    if (text.charAt(k) == ';' || text.charAt(k) == '.') {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
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

    /** The last event place, if its sentence is at most {@code within} sentences before {@code index}. */
    PlaceMention recentEventPlace(int index, int within) {
        return lastEventPlace != null && index - lastEventSentence <= within ? lastEventPlace : null;
    }

    /**
     * The place an event that its sentence does not place is at: the last event place of the sentence right
     * before ("... entered Palma. This has resulted in days of intense clashes"), else the document's place (its
     * title's or infobox's), else null.
     */
    PlaceMention inheritedPlace(int index) {
        if (lastEventPlace != null && lastEventSentence == index - 1) {
            return lastEventPlace;
        }
        return context.documentPlace();
    }
}
