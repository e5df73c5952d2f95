package org.sitrep.core.extract;

import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.Casualties;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.TimeMention;
import org.sitrep.core.nlp.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based event extractor: for each trigger in an analysed sentence, finds its places (one event per
 * coordinated place), actor, target, realis, claimant, time and casualties. Triggers in hypothetical or
 * non-assertive clauses ("its capture would be", "did not comment on … entering") give no event. Updates the
 * {@link DocumentState} as the narrative goes on. Thread-safe (all state is in the DocumentState argument).
 */
public final class EventExtractor {
    private final TriggerLexicon triggers = TriggerLexicon.defaults();
    private final Cues cues = Cues.defaults();
    private final ActorLexicon lexicon;
    private final Arguments args;
    private final RealisFinder realis;
    private final TimeAssigner times = new TimeAssigner();
    private final CasualtyParser casualties = new CasualtyParser();

    public EventExtractor(ActorLexicon lexicon) {
        this.lexicon = lexicon;
        this.args = new Arguments(lexicon);
        this.realis = new RealisFinder(cues);
    }

    public TriggerLexicon triggers() {
        return triggers;
    }

    /** Events stated in one sentence. */
    public List<EventMention> extract(String doc, SentenceFacts f, DocumentState st) {
        List<Token> t = f.tokens();
        List<TriggerLexicon.Match> found = triggers.find(t);
        List<Attribution> attributions = Attribution.findAll(f, cues, lexicon);
        List<EventMention> out = new ArrayList<>();
        Casualties toll = casualties.parse(f, f.next());
        boolean tollAttached = false;
        boolean[] admitted = new boolean[found.size()];
        boolean absorber = false;
        for (int k = 0; k < found.size(); k++) {
            admitted[k] = admissible(f, found.get(k), found);
            absorber |= admitted[k] && absorbsCasualties(found.get(k).entry().type());
        }
        for (int k = 0; k < found.size(); k++) {
            TriggerLexicon.Match trig = found.get(k);
            EventType type = trig.entry().type();
            if (!admitted[k]) {
                continue;
            }
            Attribution attribution = Attribution.governing(attributions, trig.start());
            SentenceFacts ff = withoutClaimantPlaces(f, attributions);
            boolean passive = isPassive(t, trig.start());
            TriggerLexicon.Frame frame = trig.entry().frame();
            if (passive && frame == TriggerLexicon.Frame.AGENT) {
                frame = TriggerLexicon.Frame.PATIENT;
            }
            int scopeEnd = k + 1 < found.size() ? found.get(k + 1).start() : t.size();
            List<PlaceMention> places = args.places(ff, trig, frame, scopeEnd, st);
            if (places.isEmpty() && k + 1 < found.size() && onlyConjunction(t, trig.end(), found.get(k + 1).start())) {
                int scope2 = k + 2 < found.size() ? found.get(k + 2).start() : t.size();
                places = args.places(ff, found.get(k + 1), found.get(k + 1).entry().frame(), scope2, st);
            }
            boolean unnamed = places.isEmpty() && args.unnamedObject(ff, trig);
            if (places.isEmpty() && !unnamed && type != EventType.OFFENSIVE) {
                PlaceMention before = args.nearestBefore(ff, t.get(trig.start()).span().start());
                if (before != null) {
                    places = List.of(before);
                } else if (f.places().isEmpty() && type == EventType.WITHDRAW && st.carriedPlace(f.sentence().index()) != null) {
                    places = List.of(st.carriedPlace(f.sentence().index()));
                } else {
                    PlaceMention any = args.nearestAny(ff, t.get(trig.start()).span().start());
                    places = any == null ? List.of() : List.of(any);
                }
            }
            if (places.isEmpty() && !placeOptional(type)) {
                PlaceMention shared = out.isEmpty() || unnamed ? null : out.get(out.size() - 1).place();
                if (shared == null) {
                    continue;
                }
                places = List.of(shared);
            }
            if (type == EventType.CASUALTIES) {
                if (toll == null || tollAttached || absorber) {
                    continue;
                }
                tollAttached = true;
            }
            ActorMention actor = type == EventType.CASUALTIES ? null : args.actor(f, trig, frame, passive, attribution);
            if (actor == null && type != EventType.CASUALTIES && !(passive && frame == TriggerLexicon.Frame.PATIENT)
                    && type != EventType.AIRSTRIKE && type != EventType.SHELLING) {
                actor = st.challenger != null ? st.challenger : st.lastActor;
            }
            if (actor != null && firstPerson(f, actor) && attribution != null
                    && attribution.claimant().id() != null && lexicon.actor(attribution.claimant().id()) != null) {
                ActorLexicon.Actor speaker = lexicon.actor(attribution.claimant().id());
                actor = new ActorMention(actor.span(), actor.text(), speaker.id(), speaker.side(), true);
            }
            ActorMention target = args.target(f, trig, actor);
            boolean repelled = type == EventType.ATTACK && cues.any("repel", t, Math.max(0, trig.start() - 3), trig.start());
            if (repelled) {
                // "Ukrainian troops repelled attacks near X": the attack was the other side's, and it failed
                target = actor;
                actor = opponent(actor, st);
            }
            if (target == null && Arguments.hasTarget(type) && actor != null) {
                target = opponent(actor, st);
            }
            RealisFinder.Result r = repelled ? new RealisFinder.Result(Realis.FAILED, attribution == null ? null : attribution.claimant())
                    : realis.find(f, trig, attribution, actor, type);
            TimeMention when = times.assign(f, trig, st, !attributions.isEmpty());
            if (historical(f, when, st)) {
                continue;
            }
            Casualties cas = type == EventType.CASUALTIES || absorbsCasualties(type) ? toll : null;
            String trigger = f.sentence().text().substring(t.get(trig.start()).span().start() - f.sentence().span().start(),
                    t.get(trig.end() - 1).span().end() - f.sentence().span().start());
            List<PlaceMention> targets = places.isEmpty() ? java.util.Collections.singletonList(null) : places;
            for (PlaceMention p : targets) {
                out.add(new EventMention(doc, f.sentence().index(), type, r.realis(), trigger,
                        actor == null ? null : ActorRef.of(actor), target == null ? null : ActorRef.of(target), p, when,
                        r.claimant(), cas, f.sentence().text(), f.sentence().span(), confidence(p, actor, when, r.realis())));
            }
            if (places.size() >= 2) {
                st.lastGroup = places;
            }
            if (actor != null && actor.span() != null) {
                st.lastActor = actor;
            }
        }
        return out;
    }

    /** "our forces", "we": the speaker's own side. */
    private static boolean firstPerson(SentenceFacts f, ActorMention a) {
        if (a.span() == null) {
            return false;
        }
        String text = a.text().toLowerCase();
        if (text.startsWith("our ") || text.equals("we")) {
            return true;
        }
        int local = a.span().start() - f.sentence().span().start();
        String before = f.sentence().text().substring(Math.max(0, local - 4), Math.max(0, local)).toLowerCase();
        return before.endsWith("our ");
    }

    /** The other side's main actor in this document, or null. */
    private static ActorMention opponent(ActorMention actor, DocumentState st) {
        if (actor == null || st.challenger == null || st.incumbent == null) {
            return null;
        }
        if (actor.actorId() != null && actor.actorId().equals(st.incumbent.actorId()) || actor.side() != null
                && actor.side().equals(st.incumbent.side())) {
            return st.challenger;
        }
        return st.incumbent;
    }

    /** The sentence's facts without the places named inside a claimant ("Kyiv denied …", "Moscow said …"). */
    private static SentenceFacts withoutClaimantPlaces(SentenceFacts f, List<Attribution> attributions) {
        if (attributions.isEmpty()) {
            return f;
        }
        List<PlaceMention> kept = f.places().stream().filter(p -> attributions.stream()
                .noneMatch(a -> a.claimantSpan() != null && a.claimantSpan().contains(p.span()))).toList();
        return kept.size() == f.places().size() ? f
                : new SentenceFacts(f.sentence(), kept, f.actors(), f.times(), f.statement(), f.next());
    }

    /**
     * An event dated years before publication, or told with words of the war's past ("during the early years"),
     * is background history, not a current event.
     */
    private boolean historical(SentenceFacts f, TimeMention when, DocumentState st) {
        if (cues.any("history", f.tokens(), 0, f.tokens().size())) {
            return true;
        }
        if (st.published == null || !st.published.isKnown()) {
            return false;
        }
        int year = st.published.firstDay().getYear();
        if (when != null && when.interval().isKnown()) {
            return when.interval().lastDay().getYear() < year - 1;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b").matcher(f.sentence().text());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) < year - 1) {
                return true;
            }
        }
        return false;
    }

    /** Types worth reporting without a place (an offensive's start, a toll, a deployment). */
    private static boolean placeOptional(EventType t) {
        return t == EventType.OFFENSIVE || t == EventType.CASUALTIES || t == EventType.DEPLOYMENT;
    }

    private static boolean absorbsCasualties(EventType t) {
        return t == EventType.AMBUSH || t == EventType.AIRSTRIKE || t == EventType.SHELLING || t == EventType.ATTACK;
    }

    private static boolean onlyConjunction(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).text().toLowerCase();
            if (!(w.equals("and") || w.equals(",") || w.equals("then") || w.equals("later"))) {
                return false;
            }
        }
        return to > from;
    }

    /** A passive verb: a form of "be" (or "get") just before it, skipping adverbs. */
    static boolean isPassive(List<Token> t, int i) {
        String w = t.get(i).text().toLowerCase();
        if (!(w.endsWith("ed") || w.endsWith("en") || w.equals("taken") || w.equals("seized"))) {
            return false;
        }
        if (i + 1 < t.size() && t.get(i + 1).text().equalsIgnoreCase("by")) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Token x = t.get(k);
            if (x.lemma().equals("be") || x.lemma().equals("get")) {
                return true;
            }
            if (!x.pos().equals("ADV")) {
                return false;
            }
        }
        return false;
    }

    private boolean admissible(SentenceFacts f, TriggerLexicon.Match trig, List<TriggerLexicon.Match> all) {
        List<Token> t = f.tokens();
        int i = trig.start();
        for (Cues.Hit h : cues.find("hypothetical", t, Math.max(0, i - 8), i)) {
            if (!clauseBreak(t, h.end(), i)) {
                return false;
            }
        }
        String w = t.get(i).text().toLowerCase();
        boolean nounLike = trig.entry().frame() == TriggerLexicon.Frame.NOMINAL || w.endsWith("ing")
                || trig.entry().frame() == TriggerLexicon.Frame.STATE;
        if (nounLike && cues.any("hypothetical", t, trig.end(), Math.min(t.size(), trig.end() + 4))) {
            return false;
        }
        if (cues.any("not-asserted", t, Math.max(0, i - 8), i) || describesPlace(t, i)) {
            return false;
        }
        if (trig.entry().type() == EventType.CAPTURE && (cues.any("casualty-words", t, Math.max(0, i - 4), i)
                || cues.any("casualty-words", t, trig.end(), Math.min(t.size(), trig.end() + 3)))) {
            return false;
        }
        if (trig.entry().frame() == TriggerLexicon.Frame.NOMINAL && isViolence(trig.entry().type()) && !happening(f, trig)) {
            return false;
        }
        return switch (trig.entry().type()) {
            case CONTROL -> controlState(f, trig);
            case OFFENSIVE -> launched(t, trig);
            case CAPTURE -> bareTake(trig) ? takesAPlace(f, trig) : trig.entry().lemmas().length > 1
                    || !t.get(i).lemma().equals("fall") || args.nearestBefore(f, t.get(i).span().start()) != null;
            case RECAPTURE -> !bareTake(trig) || takesAPlace(f, trig);
            default -> true;
        };
    }

    /** Words allowed between "take" and the place it takes: "took the strategic town of", "have taken back". */
    private static final java.util.regex.Pattern TAKEN_OBJECT = java.util.regex.Pattern.compile("(?i)\\s*(?:back\\s+)?"
            + "(?:(?:the|full|complete|strategic|key|important|nearby|frontline|front-line|small|large|eastern|western|northern|"
            + "southern|central|rebel-held|militant-held|government-held|army-held|besieged|embattled|village|town|city|"
            + "settlement|hamlet|district|neighbou?rhood|suburb|stronghold|port|airport|airbase|base|hub|hill|heights|"
            + "crossing|junction|of|control|over)\\s+)*");

    /** "take" or "take back" (not "take control of", "take over"). */
    private static boolean bareTake(TriggerLexicon.Match trig) {
        String[] l = trig.entry().lemmas();
        return l[0].equals("take") && (l.length == 1 || l.length == 2 && l[1].equals("back"));
    }

    /**
     * Bare "take" is a capture only when a place is what was taken: "took the town of X", "X was taken by", not
     * "took part", "took place", "took cover", "taken to hospital".
     */
    private boolean takesAPlace(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int base = f.sentence().span().start();
        String text = f.sentence().text();
        int end = t.get(trig.end() - 1).span().end();
        if (isPassive(t, trig.start())) {
            PlaceMention before = args.nearestBefore(f, t.get(trig.start()).span().start());
            return before != null && text.substring(before.span().end() - base, end - base).split("\\s+").length <= 5;
        }
        for (PlaceMention p : f.places()) {
            if (p.span().start() >= end) {
                return p.kind() != PlaceMention.Kind.REGION
                        && TAKEN_OBJECT.matcher(text.substring(end - base, p.span().start() - base)).matches();
            }
        }
        return false;
    }

    /**
     * "areas they had advanced into", "the towns it had captured", "the army, which had sent reinforcements": a
     * past-perfect verb in a relative clause describes its noun (background), it does not report a new event.
     */
    private static boolean describesPlace(List<Token> t, int i) {
        if (i >= 2 && t.get(i - 1).text().equalsIgnoreCase("had")
                && t.get(i - 2).text().toLowerCase().matches("which|who|that")) {
            return true; // "the Syrian army, which had sent reinforcements": background told in a relative clause
        }
        if (i < 3 || !t.get(i - 1).text().equalsIgnoreCase("had")) {
            return false;
        }
        String pronoun = t.get(i - 2).text().toLowerCase();
        if (!(pronoun.equals("they") || pronoun.equals("it") || pronoun.equals("he") || pronoun.equals("we"))) {
            return false;
        }
        int k = i - 3;
        if (t.get(k).text().equalsIgnoreCase("that") || t.get(k).text().equalsIgnoreCase("which")) {
            k--;
        }
        return k >= 0 && t.get(k).pos().equals("NOUN");
    }

    private static boolean isViolence(EventType t) {
        return t == EventType.CLASH || t == EventType.ATTACK || t == EventType.AIRSTRIKE || t == EventType.SHELLING;
    }

    /**
     * A noun of violence reports a happening when an intensity word qualifies it ("fierce battles"), an occurrence
     * verb goes with it ("clashes erupted", "intensified their attacks", "confirmed clashes"), an agent or target
     * follows ("bombing by X", "airstrikes against Y") or an actor names it ("Russian airstrikes").
     */
    private boolean happening(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        int i = trig.start();
        if (cues.any("nominal-intensity", t, Math.max(0, i - 3), trig.end())
                || cues.any("nominal-verb", t, Math.max(0, i - 5), Math.min(t.size(), trig.end() + 8))) {
            return true;
        }
        for (int k = trig.end(); k < Math.min(t.size(), trig.end() + 2); k++) {
            String w = t.get(k).text().toLowerCase();
            if (w.equals("by") || w.equals("against") || w.equals("between") || w.equals("targeting")) {
                return true;
            }
        }
        int start = t.get(i).span().start();
        for (ActorMention a : f.actors()) {
            boolean covers = a.span().start() < start && a.span().end() >= t.get(trig.end() - 1).span().end();
            boolean adjective = a.span().end() <= start && start - a.span().end() <= 1 && args.isFighter(a)
                    && !a.text().toLowerCase().matches("their|its|his|her|our|they"); // "Junta airstrikes", not "their attacks"
            if (covers || adjective) {
                return true;
            }
        }
        return false;
    }

    /** "under its control", "under full rebel control", "under the control of X" — and not a background state. */
    private boolean controlState(SentenceFacts f, TriggerLexicon.Match trig) {
        List<Token> t = f.tokens();
        boolean under = false;
        for (int k = Math.max(0, trig.start() - 4); k < trig.start(); k++) {
            under |= t.get(k).text().equalsIgnoreCase("under");
        }
        if (!under) {
            return false;
        }
        String s = f.sentence().text().toLowerCase();
        return !(s.contains(" since ") || s.contains("throughout") || s.contains("remained")
                || s.matches(".*\\b(has|have|had)( not| never)? been under\\b.*"));
    }

    private static boolean clauseBreak(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (w.equals(";") || w.equals(".") || w.equals(",") && k + 1 < to && t.get(k + 1).pos().equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** An offensive is an event when launched/started/begun, not when merely referred to ("since the start of"). */
    private static boolean launched(List<Token> t, TriggerLexicon.Match trig) {
        for (int k = Math.max(0, trig.start() - 10); k < Math.min(t.size(), trig.end() + 4); k++) {
            String l = t.get(k).lemma();
            if ((l.equals("start") || l.equals("beginning") || l.equals("launch") || l.equals("outset")) && k > 1
                    && t.get(k - 1).text().equalsIgnoreCase("the")
                    && t.get(k - 2).text().toLowerCase().matches("since|before|after|from|of")) {
                return false;
            }
        }
        for (int k = Math.max(0, trig.start() - 6); k < Math.min(t.size(), trig.end() + 4); k++) {
            String l = t.get(k).lemma();
            if (l.equals("launch") || l.equals("start") || l.equals("begin") || l.equals("announce") || l.equals("lead")) {
                return true;
            }
        }
        return false;
    }

    private static double confidence(PlaceMention p, ActorMention actor, TimeMention when, Realis r) {
        double c = 0.9;
        if (p == null) {
            c -= 0.25;
        } else if (!p.place().resolved()) {
            c -= 0.15;
        }
        if (actor == null || actor.span() == null) {
            c -= 0.15;
        }
        if (when == null || !when.interval().isKnown()) {
            c -= 0.1;
        }
        if (r == Realis.REPORTED || r == Realis.CLAIMED) {
            c -= 0.05;
        }
        return Math.max(0.05, Math.round(c * 100) / 100.0);
    }
}
