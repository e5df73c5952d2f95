package org.sitrep.core.extract;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.text.Fold;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tidies one article's event mentions: a restatement of the same event by the same source a few sentences later
 * is one mention (the first kept), as is the same event restated by the same named source anywhere in the article;
 * a later undated mention of an event the article already dated refers back to it; a vague event at a region is dropped when the same sentence states specific
 * events of the same actor inside it ("broke through the defenses in the western countryside, capturing A and
 * B"); several statements of one casualty total are one report (the fullest kept). Thread-safe.
 */
public final class MentionReconciler {
    /** Restatements further apart than this many sentences are kept as separate mentions. */
    static final int RESTATEMENT_WINDOW = 3;

    public List<EventMention> reconcile(List<EventMention> in) {
        // index once, so that an article with many mentions stays linear
        java.util.Map<EventMention, String> keys = new java.util.IdentityHashMap<>();
        java.util.Map<Integer, List<EventMention>> bySentence = new java.util.HashMap<>();
        java.util.Set<String> dated = new java.util.HashSet<>();
        List<EventMention> tolls = new ArrayList<>();
        for (EventMention e : in) {
            String key = eventKey(e);
            keys.put(e, key);
            bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
            if (isDated(e)) {
                dated.add(key + "|" + e.realis());
            }
            if (e.type() == EventType.CASUALTIES) {
                tolls.add(e);
            }
        }
        java.util.Map<String, List<EventMention>> kept = new java.util.HashMap<>();
        java.util.Set<String> sourced = new java.util.HashSet<>();
        List<EventMention> out = new ArrayList<>();
        for (EventMention e : in) {
            String key = keys.get(e);
            boolean backReference = !isDated(e) && dated.contains(key + "|" + e.realis());
            String bySource = e.claimant() != null && e.claimant().id() != null
                    ? key + "|" + claimantKey(e) + "|" + (isDated(e) ? e.time().interval().firstDay() : "") : null;
            if (subsumed(e, bySentence.get(e.sentence())) || backReference || bySource != null && sourced.contains(bySource)
                    || restatedNearby(e, kept.getOrDefault(key, List.of())) || weakerToll(e, tolls)) {
                continue;
            }
            out.add(e);
            kept.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            if (bySource != null) {
                sourced.add(bySource);
            }
        }
        return out;
    }

    private static String eventKey(EventMention e) {
        return e.type() + "|" + (e.actor() == null ? "" : e.actor().id()) + "|" + placeKey(e);
    }

    private static boolean isDated(EventMention e) {
        return e.time() != null && e.time().interval().isKnown();
    }

    /** A mention of the same event, day and source among the last kept ones within the restatement window. */
    private static boolean restatedNearby(EventMention e, List<EventMention> sameEvent) {
        for (int i = sameEvent.size() - 1; i >= 0; i--) {
            EventMention o = sameEvent.get(i);
            if (e.sentence() - o.sentence() > RESTATEMENT_WINDOW) {
                return false;
            }
            if (sameDay(o, e) && Objects.equals(claimantKey(o), claimantKey(e))) {
                return true;
            }
        }
        return false;
    }

    private static boolean subsumed(EventMention e, List<EventMention> all) {
        if (isGeneric(e.type()) && e.place() != null) {
            for (EventMention o : all) {
                // "in their attacks, the factions captured A": the fighting at A is told by its outcome, whoever "their" was
                if (o != e && o.sentence() == e.sentence() && isOutcome(o.type())
                        && placeKey(o).equals(placeKey(e)) && o.realis() == e.realis()) {
                    return true;
                }
            }
        }
        if (e.place() == null || !isVague(e.place()) || !isGeneric(e.type())) {
            return false;
        }
        for (EventMention o : all) {
            if (o != e && o.sentence() == e.sentence() && o.place() != null && !isVague(o.place()) && sameActor(o, e)) {
                return true;
            }
        }
        return false;
    }

    /** Fighting that an outcome at the same place in the same sentence describes better ("entered and captured"). */
    private static boolean isGeneric(EventType t) {
        return t == EventType.ATTACK || t == EventType.CLASH || t == EventType.ADVANCE || t == EventType.ENTER;
    }

    private static boolean isOutcome(EventType t) {
        return t == EventType.CAPTURE || t == EventType.RECAPTURE;
    }

    private static boolean isVague(PlaceMention p) {
        GeoPrecision g = p.place().precision();
        return p.kind() == PlaceMention.Kind.REGION && (g == GeoPrecision.PROVINCE || g == GeoPrecision.COUNTRY);
    }

    private static boolean sameActor(EventMention a, EventMention b) {
        if (a.actor() == null || b.actor() == null) {
            return a.actor() == null && b.actor() == null;
        }
        return Objects.equals(a.actor().id(), b.actor().id());
    }

    private static String claimantKey(EventMention e) {
        return e.claimant() == null ? null : e.claimant().id() != null ? e.claimant().id() : e.claimant().text();
    }

    static String placeKey(EventMention e) {
        if (e.place() == null) {
            return "";
        }
        Integer id = e.place().place().geonameid();
        return (id != null ? id.toString() : "") + "|" + Fold.fold(e.place().head());
    }

    private static boolean sameDay(EventMention a, EventMention b) {
        boolean ak = a.time() != null && a.time().interval().isKnown();
        boolean bk = b.time() != null && b.time().interval().isKnown();
        if (!ak || !bk) {
            return ak == bk;
        }
        return Objects.equals(a.time().interval().firstDay(), b.time().interval().firstDay());
    }

    /** True when another casualty mention of the same total carries more (a breakdown, a place). */
    private static boolean weakerToll(EventMention e, List<EventMention> all) {
        if (e.type() != EventType.CASUALTIES || e.casualties() == null) {
            return false;
        }
        for (EventMention o : all) {
            if (o != e && o.type() == EventType.CASUALTIES && o.casualties() != null
                    && o.casualties().totalMin() == e.casualties().totalMin() && richness(o) > richness(e)) {
                return true;
            }
        }
        return false;
    }

    private static int richness(EventMention e) {
        return e.casualties().breakdown().size() * 2 + (e.place() != null ? 1 : 0);
    }
}
