package org.sitrep.core.model;

import java.util.List;


/**
 * The cross-document merge of event mentions that describe the same happening. Details the sources disagree on
 * are listed in {@code disputed} ("date", "actor"), never silently resolved: every mention is kept.
 *
 * @param id            stable id, derived from the smallest mention id of the merge (independent of ingest order)
 * @param partition     the reconciliation partition the event was merged in (admin-1 region, or actor for campaigns)
 * @param type          the most specific type the supporting mentions give
 * @param realis        the strongest realis among the mentions (asserted > reported > claimed > denied > failed)
 * @param actor         the actor most supporting mentions name, or null
 * @param target        the target most supporting mentions name, or null
 * @param place         the most precise place the mentions give, or null
 * @param interval      the intersection of the mentions' times when they agree, else their hull (and "date" is disputed)
 * @param mentions      every mention, sorted by id (a {@link #brief} lists some of them)
 * @param mentionTotal  how many mentions the event has (more than {@code mentions} holds in a brief)
 * @param outlets       the distinct sources of the supporting mentions , as {@link Sources#name} names them
 * @param corroboration distinct origins among the supporting mentions (a republished wire story counts once)
 * @param unknownSources how many of those origins have no known outlet
 */
public record Event(String id, String partition, EventType type, Realis realis, ActorRef actor, ActorRef target,
                    ResolvedPlace place, TimeInterval interval, List<SourcedMention> mentions, int mentionTotal, List<String> outlets,
                    int corroboration, int unknownSources, List<String> disputed) {
    public Event {
        mentions = List.copyOf(mentions);
        outlets = List.copyOf(outlets);
        disputed = List.copyOf(disputed);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("An event needs at least one mention");
        }
        mentionTotal = Math.max(mentionTotal, mentions.size());
    }

    /** An event with all its mentions. */
    public Event(String id, String partition, EventType type, Realis realis, ActorRef actor, ActorRef target, ResolvedPlace place,
                 TimeInterval interval, List<SourcedMention> mentions, List<String> outlets, int corroboration, int unknownSources,
                 List<String> disputed) {
        this(id, partition, type, realis, actor, target, place, interval, mentions, mentions.size(), outlets, corroboration,
                unknownSources, disputed);
    }

    /**
     * The event with at most {@code max} of its mentions, for lists: the first mention (by id) of every source, then
     * the others by id, kept sorted by id; {@link #mentionTotal} still counts them all. Every field keeps its value.
     */
    public Event brief(int max) {
        if (mentions.size() <= max) {
            return this;
        }
        java.util.Set<String> sources = new java.util.HashSet<>();
        java.util.Set<SourcedMention> kept = new java.util.LinkedHashSet<>();
        for (SourcedMention m : mentions) {
            if (kept.size() < max && sources.add(m.sourceKey())) {
                kept.add(m);
            }
        }
        for (SourcedMention m : mentions) {
            if (kept.size() >= max) {
                break;
            }
            kept.add(m);
        }
        List<SourcedMention> listed = mentions.stream().filter(kept::contains).toList();
        return new Event(id, partition, type, realis, actor, target, place, interval, listed, mentionTotal, outlets, corroboration,
                unknownSources, disputed);
    }
}
