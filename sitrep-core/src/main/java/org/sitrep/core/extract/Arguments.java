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
                    + "strategic|key|important|nearby|neighbou?ring|town|towns|village|villages|city|cities|of|port|capital|coastal|"
                    + "border|frontline|front-line|provincial|regional|northern|southern|eastern|western|central|district|"
                    + "camp|base|area|suburb|neighbou?rhood)[\\s,;]*)*$");

    private final ActorLexicon lexicon;

    Arguments(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Types that change who holds a place: for these, "territories in X" does not mean X changed hands. */
    static boolean changesControl(EventType t) {
        return t == EventType.CAPTURE || t == EventType.RECAPTURE || t == EventType.CONTROL || t == EventType.ENTER;
    }

    /** True when the trigger's object is unnamed territory inside the places that follow ("seized large territories in …"). */
    boolean unnamedObject(SentenceFacts f, TriggerLexicon.Match trig) {
        if (!changesControl(trig.entry().type())) {
            return false;
        }
        int trigEndOff = f.tokens().get(trig.end() - 1).span().end();
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= trigEndOff) {
                return containerOfUnnamed(f, trigEndOff, p);
            }
        }
        return false;
    }

    /** Places of the trigger, in text order; may be empty. */
    List<PlaceMention> places(SentenceFacts f, TriggerLexicon.Match trig, TriggerLexicon.Frame frame, int scopeEndToken,
                              DocumentState st) {
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
                return expand(group, st, f);
            }
        }
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= trigEndOff && p.span().start() < scopeEndOff
                    && !(trig.entry().type() == EventType.WITHDRAW && destination(f, p))) {
                scope.add(p);
            }
        }
        // "withdrew from it": the place named before in the sentence, else (with no other place) the narrative's
        boolean pronoun = pronounAfter(t, trig.end());
        PlaceMention before = pronoun ? nearestBefore(f, trigStartOff) : null;
        if (before != null) {
            return List.of(before);
        }
        List<PlaceMention> group = firstGroup(f, scope);
        if (!group.isEmpty() && changesControl(trig.entry().type()) && containerOfUnnamed(f, trigEndOff, group.get(0))) {
            group = List.of();
        }
        if (group.isEmpty() && pronoun) {
            PlaceMention carried = st.carriedPlace(f.sentence().index());
            return carried == null ? List.of() : List.of(carried);
        }
        return expand(group, st, f);
    }

    private static final Pattern UNNAMED = Pattern.compile("(?i).*\\b(territor(y|ies)|areas|positions|lands?|ground|parts|"
            + "villages|towns|points|sites)\\b[^,;]*\\b(in|across|throughout|within)\\s+(the\\s+)?[^,;]*$");

    /**
     * "seized large territories in the Idlib and Aleppo provinces": the places name where unnamed territory lies,
     * not what was taken, so they are not the event's places.
     */
    private static boolean containerOfUnnamed(SentenceFacts f, int trigEnd, PlaceMention first) {
        int base = f.sentence().span().start();
        if (first.span().start() < trigEnd) {
            return false;
        }
        String gap = f.sentence().text().substring(trigEnd - base, first.span().start() - base);
        return gap.length() < 80 && UNNAMED.matcher(gap).matches();
    }

    /** "withdrew towards Damascus": a place after to/towards is where the withdrawal went, not where it happened. */
    private static boolean destination(SentenceFacts f, PlaceMention p) {
        int base = f.sentence().span().start();
        String before = f.sentence().text().substring(Math.max(0, p.span().start() - base - 12), p.span().start() - base).toLowerCase();
        return before.matches(".*\\b(to|towards|toward|into)(\\s+the)?\\s*$");
    }

    private static boolean pronounAfter(List<Token> t, int i) {
        for (int k = i; k < Math.min(t.size(), i + 2); k++) {
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
        List<PlaceMention> provinces = scope.stream().filter(p -> p.place().precision() != GeoPrecision.COUNTRY).toList();
        List<PlaceMention> pool = !specific.isEmpty() ? specific : !provinces.isEmpty() ? provinces : scope;
        if (pool.isEmpty()) {
            return List.of();
        }
        List<List<PlaceMention>> groups = new ArrayList<>();
        List<PlaceMention> group = new ArrayList<>();
        group.add(pool.get(0));
        for (int i = 1; i < pool.size(); i++) {
            if (!coordinated(f, pool.get(i - 1), pool.get(i))) {
                groups.add(group);
                group = new ArrayList<>();
            }
            group.add(pool.get(i));
        }
        groups.add(group);
        for (int g = 1; g < groups.size(); g++) {
            if (introduced(f, groups.get(g - 1).get(groups.get(g - 1).size() - 1), groups.get(g).get(0))) {
                return groups.get(g);
            }
        }
        // the first group that names a known place or a name ("near the town of Y" over "from the X School")
        for (List<PlaceMention> gr : groups) {
            if (gr.stream().anyMatch(p -> p.place().resolved() || p.kind() == PlaceMention.Kind.ANAPHOR
                    || p.kind() == PlaceMention.Kind.NAME)) {
                return gr;
            }
        }
        return groups.get(0);
    }

    private static final Pattern INTRODUCER = Pattern.compile("(?i).*\\b(including|notably|namely|such as|among them|most notable being|"
            + "most notably|in particular|especially)\\b.*");

    /** True when the words between two groups introduce the second as the real object ("…, including A and B"). */
    private static boolean introduced(SentenceFacts f, PlaceMention a, PlaceMention b) {
        String gap = gapBetween(f, a, b);
        return gap != null && gap.length() < 120 && INTRODUCER.matcher(gap).matches();
    }

    /** The sentence text between place a and a later place b, or null when b does not follow a. */
    private static String gapBetween(SentenceFacts f, PlaceMention a, PlaceMention b) {
        int base = f.sentence().span().start();
        return b.span().start() < a.span().end() ? null
                : f.sentence().text().substring(a.span().end() - base, b.span().start() - base);
    }

    /** The place nearest to {@code off} of any kind (regions and countries included), or null. */
    PlaceMention nearestAny(SentenceFacts f, int off) {
        PlaceMention best = null;
        int bestD = Integer.MAX_VALUE;
        for (PlaceMention p : f.places()) {
            if (p.kind() == PlaceMention.Kind.ANAPHOR) {
                continue;
            }
            int d = p.span().end() <= off ? off - p.span().end() : p.span().start() - off;
            if (d < bestD) {
                bestD = d;
                best = p;
            }
        }
        return best;
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
        String gap = gapBetween(f, a, b);
        return gap != null && gap.length() < 60 && COORDINATION.matcher(gap).matches();
    }

    /** Replaces anaphors with what they refer to. */
    private List<PlaceMention> expand(List<PlaceMention> group, DocumentState st, SentenceFacts f) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : group) {
            if (p.kind() != PlaceMention.Kind.ANAPHOR) {
                out.add(p);
                continue;
            }
            String head = p.head().toLowerCase();
            PlaceMention here = head.endsWith("s") ? null : nearestBefore(f, p.span().start());
            if (here != null) {
                out.add(new PlaceMention(p.span(), p.text(), here.head(), here.place(), PlaceMention.Kind.ANAPHOR));
                continue;
            }
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

    /**
     * The actor of the trigger, or null. Under a preposed attribution ("X denied that Russian forces had captured Y")
     * the clause after the reporting verb is searched first: the claimant is the actor only when that clause names
     * none ("X claimed to have captured Y", "X denied that its troops had withdrawn").
     */
    ActorMention actor(SentenceFacts f, TriggerLexicon.Match trig, TriggerLexicon.Frame frame, boolean passive,
                       Attribution attribution) {
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
        if (frame == TriggerLexicon.Frame.STATE) {
            for (ActorMention a : f.actors()) {
                if (a.span().start() < start && a.span().end() >= end && isFighter(a)) {
                    return a; // "under Russian control"
                }
            }
        }
        if (frame == TriggerLexicon.Frame.NOMINAL) {
            ActorMention possessive = possessiveBefore(f, trig.start());
            if (possessive != null) {
                return possessive;
            }
            for (ActorMention a : f.actors()) {
                boolean covers = a.span().start() < start && a.span().end() >= end;
                boolean adjective = a.span().end() <= start && start - a.span().end() <= 1; // "Junta airstrikes", "Israeli strikes"
                if ((covers || adjective) && isFighter(a)) {
                    return a;
                }
            }
        }
        int clause = clauseStart(t, trig.start());
        if (attribution != null && attribution.from() > clause && attribution.from() <= trig.start()) {
            clause = attribution.from();
        }
        int clauseOff = clause == 0 ? 0 : t.get(clause).span().start();
        ActorMention subject = firstSubject(f, clauseOff, start);
        if (subject == null && clauseOff > 0) {
            subject = firstSubject(f, 0, start);
        }
        if (subject != null) {
            return subject;
        }
        ActorMention best = null;
        for (ActorMention a : f.actors()) {
            if (a.span().end() <= start && isFighter(a) && !afterTargetMarker(f, a)) {
                best = a;
            }
        }
        return best;
    }

    /** The first fighting actor in [from, to) that is not inside a prepositional phrase. */
    private ActorMention firstSubject(SentenceFacts f, int from, int to) {
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= from && a.span().end() <= to && isFighter(a) && !inPrepositionalPhrase(f, a)) {
                return a;
            }
        }
        return null;
    }

    private static boolean inPrepositionalPhrase(SentenceFacts f, ActorMention a) {
        List<Token> t = f.tokens();
        int i = f.tokenAt(a.span().start());
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token x = t.get(k);
            if (x.pos().equals("ADP")) {
                return !isSubordinator(x.text().toLowerCase());
            }
            if (!(x.pos().equals("DET") || x.pos().equals("ADJ") || x.pos().equals("NUM") || x.text().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** An actor written as a possessive right before a noun trigger ("their attacks", "HTS's offensive"). */
    private ActorMention possessiveBefore(SentenceFacts f, int trigToken) {
        List<Token> t = f.tokens();
        for (ActorMention a : f.actors()) {
            int last = f.lastTokenBefore(a.span().end());
            if (last >= 0 && last < trigToken && trigToken - last <= 3 && isFighter(a)) {
                String w = a.text().toLowerCase();
                boolean possessive = w.equals("their") || w.equals("its") || last + 1 < t.size()
                        && (t.get(last + 1).text().equals("'s") || t.get(last + 1).text().equals("’s"));
                if (possessive) {
                    return a;
                }
            }
        }
        return null;
    }

    private static boolean isSubordinator(String w) {
        return switch (w) {
            case "before", "after", "until", "when", "once", "because", "although", "though", "as", "since" -> true;
            default -> false;
        };
    }

    /** Token index where the trigger's clause starts: after "that", a reporting verb, "while", "but" or ";". */
    private static int clauseStart(List<Token> t, int trig) {
        for (int k = trig - 1; k > 0; k--) {
            String w = t.get(k).text().toLowerCase();
            boolean finite = !t.get(trig).text().toLowerCase().endsWith("ing");
            if (w.equals("that") && t.get(k).pos().equals("SCONJ") || w.equals(";") || w.equals("while") || w.equals("but")
                    || w.equals("whereas") || isSubordinator(w) && (finite || t.get(k).pos().equals("SCONJ"))) {
                return k + 1;
            }
        }
        return 0;
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
