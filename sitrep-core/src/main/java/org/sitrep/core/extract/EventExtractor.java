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
        Attribution attribution = Attribution.find(f, cues, lexicon);
        List<EventMention> out = new ArrayList<>();
        Casualties toll = casualties.parse(f, f.next());
        boolean tollAttached = false;
        for (int k = 0; k < found.size(); k++) {
            TriggerLexicon.Match trig = found.get(k);
            EventType type = trig.entry().type();
            if (!admissible(f, trig, found)) {
                continue;
            }
            boolean passive = isPassive(t, trig.start());
            TriggerLexicon.Frame frame = trig.entry().frame();
            if (passive && frame == TriggerLexicon.Frame.AGENT) {
                frame = TriggerLexicon.Frame.PATIENT;
            }
            int scopeEnd = k + 1 < found.size() ? found.get(k + 1).start() : t.size();
            List<PlaceMention> places = args.places(f, trig, frame, scopeEnd, st, 0);
            if (places.isEmpty() && k + 1 < found.size() && onlyConjunction(t, trig.end(), found.get(k + 1).start())) {
                int scope2 = k + 2 < found.size() ? found.get(k + 2).start() : t.size();
                places = args.places(f, found.get(k + 1), found.get(k + 1).entry().frame(), scope2, st, 0);
            }
            if (places.isEmpty()) {
                PlaceMention before = args.nearestBefore(f, t.get(trig.start()).span().start());
                if (before != null && frame != TriggerLexicon.Frame.NOMINAL) {
                    places = List.of(before);
                } else if (f.places().isEmpty() && carriesPlace(type) && st.carriedPlace(f.sentence().index()) != null) {
                    places = List.of(st.carriedPlace(f.sentence().index()));
                }
            }
            if (type == EventType.CASUALTIES) {
                if (toll == null || tollAttached || found.stream().anyMatch(o -> absorbsCasualties(o.entry().type()))) {
                    continue;
                }
                tollAttached = true;
            }
            ActorMention actor = type == EventType.CASUALTIES ? null : args.actor(f, trig, frame, passive);
            if (actor == null && type != EventType.CASUALTIES) {
                actor = st.lastActor != null ? st.lastActor : st.challenger;
            }
            ActorMention target = args.target(f, trig, actor);
            if (target == null && Arguments.hasTarget(type) && actor != null) {
                target = "government".equals(actor.side()) ? st.challenger : "opposition".equals(actor.side()) ? st.incumbent : null;
            }
            RealisFinder.Result r = realis.find(f, trig, attribution, actor, type);
            TimeMention when = times.assign(f, trig, st);
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

    private static boolean carriesPlace(EventType t) {
        return switch (t) {
            case WITHDRAW, ATTACK, CLASH, AIRSTRIKE, SHELLING, RECAPTURE, ENTER -> true;
            default -> false;
        };
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
        if (cues.any("hypothetical", t, Math.max(0, i - 4), i)) {
            return false;
        }
        String w = t.get(i).text().toLowerCase();
        boolean nounLike = trig.entry().frame() == TriggerLexicon.Frame.NOMINAL || w.endsWith("ing")
                || trig.entry().frame() == TriggerLexicon.Frame.STATE;
        if (nounLike && cues.any("hypothetical", t, trig.end(), Math.min(t.size(), trig.end() + 4))) {
            return false;
        }
        if (cues.any("not-asserted", t, Math.max(0, i - 8), i)) {
            return false;
        }
        return switch (trig.entry().type()) {
            case CONTROL -> controlState(f, trig);
            case OFFENSIVE -> launched(t, trig);
            case CAPTURE -> trig.entry().lemmas().length > 1 || !t.get(i).lemma().equals("fall")
                    || args.nearestBefore(f, t.get(i).span().start()) != null;
            default -> true;
        };
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
        return !(s.contains(" since ") || s.contains("throughout") || s.contains("remained") || s.contains("had been under")
                || s.contains("has been under") || s.contains("have been under"));
    }

    /** An offensive is an event when launched/started/begun, not when merely referred to ("since the start of"). */
    private static boolean launched(List<Token> t, TriggerLexicon.Match trig) {
        for (int k = Math.max(0, trig.start() - 6); k < Math.min(t.size(), trig.end() + 4); k++) {
            String l = t.get(k).lemma();
            if ((l.equals("start") || l.equals("beginning") || l.equals("launch")) && k > 0
                    && t.get(k - 1).text().equalsIgnoreCase("the") && k > 1 && t.get(k - 2).text().equalsIgnoreCase("since")) {
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
