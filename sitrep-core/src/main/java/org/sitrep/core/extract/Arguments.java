package org.sitrep.core.extract;

import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds an event trigger's arguments in its sentence: the places (a coordinated list gives one event per place;
 * anaphors "the city", "the towns", "it" resolve through the document), the actor (subject, "by X", "to X") and
 * the target. Stateless apart from reading the {@link DocumentState}; thread-safe.
 */
final class Arguments {
    /** Words allowed between two coordinated place names besides punctuation. */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)^[\\s,;]*(?:(?:and|or|as well as|in addition to|both|also|plus|then|the|its|their|military|camp|"
                    + "strategic|key|important|nearby|neighbou?ring|town|towns|village|villages|city|cities|of)[\\s,;]*)*$");

    private final ActorLexicon lexicon;

    Arguments(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Places of the trigger, in text order; may be empty. */
    List<PlaceMention> places(SentenceFacts f, TriggerLexicon.Match trig, TriggerLexicon.Frame frame, int scopeEndToken,
                              DocumentState st, int nextTriggerGapEnd) {
        List<Token> t = f.tokens();
        int trigEndOff = t.get(trig.end() - 1).span().end();
        int scopeEndOff = scopeEndToken >= t.size() ? f.sentence().span().end() : t.get(scopeEndToken).span().start();
        int trigStartOff = t.get(trig.start()).span().start();
        List<PlaceMention> scope = new ArrayList<>();
        if (frame == TriggerLexicon.Frame.PATIENT || frame == TriggerLexicon.Frame.STATE) {
            for (PlaceMention p : f.places()) {
                if (p.span().end() <= trigStartOff) {
                    scope.add(p);
                }
            }
            List<PlaceMention> group = lastGroup(f, scope);
            if (!group.isEmpty()) {
                return expand(group, st);
            }
        }
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= trigEndOff && p.span().start() < scopeEndOff) {
                scope.add(p);
            }
        }
        List<PlaceMention> group = firstGroup(f, scope);
        if (group.isEmpty() && pronounAfter(t, trig.end())) {
            PlaceMention before = nearestBefore(f, trigStartOff);
            return before != null ? List.of(before) : st.carriedPlace(f.sentence().index()) != null
                    ? List.of(st.carriedPlace(f.sentence().index())) : List.of();
        }
        return expand(group, st);
    }

    private static boolean pronounAfter(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 3); k++) {
            String w = t.get(k).text().toLowerCase();
            if (w.equals("it") || w.equals("them")) {
                return true;
            }
        }
        return false;
    }

    PlaceMention nearestBefore(SentenceFacts f, int off) {
        PlaceMention best = null;
        for (PlaceMention p : f.places()) {
            if (p.span().end() <= off && p.kind() != PlaceMention.Kind.ANAPHOR && !isRegion(p)) {
                best = p;
            }
        }
        return best;
    }

    static boolean isRegion(PlaceMention p) {
        return p.kind() == PlaceMention.Kind.REGION || p.place().precision() == GeoPrecision.COUNTRY;
    }

    /** The first coordinated group of places in the scope (regions only when nothing more specific is there). */
    private List<PlaceMention> firstGroup(SentenceFacts f, List<PlaceMention> scope) {
        List<PlaceMention> specific = scope.stream().filter(p -> !isRegion(p)).toList();
        List<PlaceMention> pool = specific.isEmpty() ? scope : specific;
        if (pool.isEmpty()) {
            return List.of();
        }
        List<PlaceMention> group = new ArrayList<>();
        group.add(pool.get(0));
        for (int i = 1; i < pool.size(); i++) {
            if (!coordinated(f, pool.get(i - 1), pool.get(i))) {
                break;
            }
            group.add(pool.get(i));
        }
        return group;
    }

    /** The coordinated group that ends closest before the trigger. */
    private List<PlaceMention> lastGroup(SentenceFacts f, List<PlaceMention> before) {
        List<PlaceMention> specific = before.stream().filter(p -> !isRegion(p)).toList();
        if (specific.isEmpty()) {
            return List.of();
        }
        List<PlaceMention> group = new ArrayList<>();
        group.add(specific.get(specific.size() - 1));
        for (int i = specific.size() - 2; i >= 0; i--) {
            if (!coordinated(f, specific.get(i), specific.get(i + 1))) {
                break;
            }
            group.add(0, specific.get(i));
        }
        return group;
    }

    private static boolean coordinated(SentenceFacts f, PlaceMention a, PlaceMention b) {
        int base = f.sentence().span().start();
        if (b.span().start() < a.span().end()) {
            return false;
        }
        String gap = f.sentence().text().substring(a.span().end() - base, b.span().start() - base);
        return gap.length() < 60 && COORDINATION.matcher(gap).matches();
    }

    /** Replaces anaphors with what they refer to. */
    private static List<PlaceMention> expand(List<PlaceMention> group, DocumentState st) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : group) {
            if (p.kind() != PlaceMention.Kind.ANAPHOR) {
                out.add(p);
                continue;
            }
            String head = p.head().toLowerCase();
            if (head.endsWith("s") && !st.lastGroup.isEmpty()) {
                for (PlaceMention g : st.lastGroup) {
                    out.add(new PlaceMention(p.span(), p.text(), g.head(), g.place(), PlaceMention.Kind.ANAPHOR));
                }
            } else if (head.equals("city") && st.lastCity != null) {
                out.add(new PlaceMention(p.span(), p.text(), st.lastCity.head(), st.lastCity.place(), PlaceMention.Kind.ANAPHOR));
            } else if (!head.endsWith("s") && st.lastPlace != null) {
                out.add(new PlaceMention(p.span(), p.text(), st.lastPlace.head(), st.lastPlace.place(), PlaceMention.Kind.ANAPHOR));
            }
        }
        return out;
    }

    /** The actor of the trigger, or null. */
    ActorMention actor(SentenceFacts f, TriggerLexicon.Match trig, TriggerLexicon.Frame frame, boolean passive) {
        List<Token> t = f.tokens();
        int start = t.get(trig.start()).span().start();
        int end = t.get(trig.end() - 1).span().end();
        if (frame == TriggerLexicon.Frame.PATIENT || passive || frame == TriggerLexicon.Frame.NOMINAL) {
            ActorMention after = afterMarker(f, end, frame == TriggerLexicon.Frame.PATIENT && !passive);
            if (after != null) {
                return after;
            }
            if (frame == TriggerLexicon.Frame.PATIENT || passive && frame != TriggerLexicon.Frame.MOVER) {
                return null;
            }
        }
        ActorMention best = null;
        for (ActorMention a : f.actors()) {
            if (a.span().end() <= start && isFighter(a) && !afterTargetMarker(f, a)) {
                best = a;
            }
        }
        return best;
    }

    /** The fighting actor after "by", "to" or "of" following the trigger (or any actor when {@code anyMarker}). */
    private ActorMention afterMarker(SentenceFacts f, int end, boolean anyMarker) {
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= end && isFighter(a)) {
                String gap = s.substring(end - base, a.span().start() - base).toLowerCase().strip();
                if (gap.length() > 40) {
                    return null;
                }
                if (gap.matches("(.*\\b)?(by|to)( the)?") || anyMarker && gap.matches("(.*\\b)?(of|into the hands of|to)( the)?")) {
                    return a;
                }
            }
        }
        return null;
    }

    private boolean afterTargetMarker(SentenceFacts f, ActorMention a) {
        String s = f.sentence().text();
        int base = f.sentence().span().start();
        String before = s.substring(Math.max(0, a.span().start() - base - 12), a.span().start() - base).toLowerCase();
        return before.matches(".*\\b(against|with|targeting|on|between)( the)?\\s*$");
    }

    boolean isFighter(ActorMention a) {
        ActorLexicon.Actor actor = a.actorId() == null ? null : lexicon.actor(a.actorId());
        return actor == null ? a.side() != null : !actor.isSource();
    }

    /** An explicit target ("against X", "with X", "on X") after the trigger, or null. */
    ActorMention target(SentenceFacts f, TriggerLexicon.Match trig, ActorMention actor) {
        int end = f.tokens().get(trig.end() - 1).span().end();
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= end && isFighter(a) && afterTargetMarker(f, a)
                    && (actor == null || a.side() == null || !a.side().equals(actor.side()))) {
                return a;
            }
        }
        return null;
    }

    /** Types whose default target is the other side. */
    static boolean hasTarget(EventType t) {
        return switch (t) {
            case CAPTURE, RECAPTURE, ATTACK, AMBUSH, AIRSTRIKE, SHELLING, CLASH -> true;
            default -> false;
        };
    }
}
