package org.sitrep.core.extract;

import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.Claimant;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;
import org.sitrep.core.nlp.Token;

import java.util.List;

/**
 * Decides how the source holds an event and who says so: failed ("failed to storm", "caused the attack to
 * fail"), denied ("denied that insurgents had breached", "has not deployed"), claimed (a claim verb, or a party
 * telling of an action or a gain, its own side's or the other's), reported (a speaker described, not named: "local
 * sources said"; hedges: "reportedly", "were said to", "reports of"; a news medium's "reported that"; "according to"
 * a source that is no party), else asserted. Thread-safe.
 */
final class RealisFinder {
    /** Realis and claimant of one event. */
    record Result(Realis realis, Claimant claimant) {
    }

    private final Cues cues;
    /** Whether a verb of this lemma is an event trigger of its own ("storm"; not "protect"). */
    private final java.util.function.Predicate<String> verbTrigger;

    RealisFinder(Cues cues, java.util.function.Predicate<String> verbTrigger) {
        this.cues = cues;
        this.verbTrigger = verbTrigger;
    }

    /** @param a the attribution governing the trigger, or null */
    Result find(SentenceFacts f, TriggerLexicon.Match trig, Attribution a, ActorMention actor, EventType type) {
        List<Token> t = f.tokens();
        int i = trig.start();
        boolean covered = a != null;
        Claimant claimant = covered ? a.claimant() : statementAuthor(f);
        if (failed(t, trig)) {
            return new Result(Realis.FAILED, claimant);
        }
        if (covered && a.verbClass().equals("deny") || negated(t, i)) {
            return new Result(Realis.DENIED, claimant);
        }
        if (covered && a.verbClass().equals("claim")) {
            return new Result(Realis.CLAIMED, claimant);
        }
        if (covered && type == EventType.CASUALTIES && claimant != null
                && cues.occursIn("health-source", claimant.text().toLowerCase(java.util.Locale.ROOT))) {
            return new Result(Realis.REPORTED, claimant); // "the Health Ministry said 90 people had been killed"
        }
        // a speaker whose side is not known ("the Defence Ministry said", no country named) is taken to speak for
        // the side that acts
        boolean ownSide = actor == null || actor.side() != null && (a == null || a.side() == null || actor.side().equals(a.side()));
        // a speaker named by the name its side goes by ("Tigray forces … a Tigray spokesman said"): that side's voice
        boolean party = covered && (a.party() || !a.media() && sharesName(a.claimant(), actor));
        if (covered && party && (ownSide && (isGain(type) || isAction(type) || !a.verbClass().equals("confirm"))
                || !ownSide && isAction(type)) && !isLoss(type)) {
            // a party telling of its own action claims it ("the Israeli army confirmed conducting an airstrike",
            // "the army announced that a ground operation had commenced"), and one accusing the other side claims
            // that ("the Thai army said Cambodian troops fired rockets into Surin", "Indian shelling killed a woman,
            // Pakistan's military said"); telling of the other side's gain or confirming its own loss is an admission
            return new Result(Realis.CLAIMED, claimant);
        }
        if (covered && !a.party() && a.unnamed()) {
            return new Result(Realis.REPORTED, claimant); // "the sources said", "a regional official told VOA"
        }
        if (cues.any("reported", t, 0, i) || cues.any("reported", t, trig.end(), clauseEndFrom(t, trig.end(), 12))
                || covered && a.media() && (a.verb().equals("report") || a.verb().equals("say")) || covered && a.verbClass().equals("according")) {
            // "according to the Ministry of Health, 133 were killed": the document passes the figure on, it does not vouch
            return new Result(Realis.REPORTED, claimant);
        }
        return new Result(Realis.ASSERTED, claimant);
    }

    /** Whether the claimant's words hold a capitalised word of the actor's name ("Tigray" of "Tigray forces"). */
    private static boolean sharesName(Claimant c, ActorMention actor) {
        if (c == null || c.text() == null || actor == null || actor.text() == null || actor.side() == null) {
            return false;
        }
        java.util.Set<String> said = new java.util.HashSet<>(java.util.Arrays.asList(c.text().split("[^\\p{L}]+")));
        for (String w : actor.text().split("[^\\p{L}]+")) {
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && said.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Claimant statementAuthor(SentenceFacts f) {
        return f.statement() == null ? null : new Claimant(f.statement().author(), null);
    }

    /** Actions a party would tell of as its own (strikes, offensives, attacks). */
    static boolean isAction(EventType t) {
        return t.traits().toldAs() == EventType.ToldAs.ACTION;
    }

    /** Losses a party admits rather than claims. */
    static boolean isLoss(EventType t) {
        return t.traits().toldAs() == EventType.ToldAs.LOSS;
    }

    /** The end of the clause from {@code from} on (a ';' or a closing parenthesis), at most {@code max} tokens on. */
    private static int clauseEndFrom(List<Token> t, int from, int max) {
        int end = Math.min(t.size(), from + max);
        for (int k = from; k < end; k++) {
            if (t.get(k).text().equals(";")) {
                return k;
            }
        }
        return end;
    }

    /** Gains a party would claim for itself. */
    static boolean isGain(EventType t) {
        return t.traits().toldAs() == EventType.ToldAs.GAIN;
    }

    private boolean failed(List<Token> t, TriggerLexicon.Match trig) {
        int i = trig.start();
        for (Cues.Hit h : cues.find("failed", t, Math.max(0, i - 15), i)) {
            if (!clauseBreak(t, h.end(), i) && !otherVerbBetween(t, h.end(), i, verbTrigger)) {
                return true;
            }
        }
        return cues.any("failed-after", t, trig.end(), Math.min(t.size(), trig.end() + 4)) || attemptFoiled(cues, t, trig);
    }

    /**
     * A verb of its own between a word of failure and the trigger: "had failed to protect Malaitans from attacks", "failed
     * to repel an attack on X" — what failed is that verb's deed, not the event ("failed to storm", "failed in their
     * attempt to capture" have none; "failed to storm the mount or break through defences" fails both deeds of war).
     */
    private static boolean otherVerbBetween(List<Token> t, int from, int to, java.util.function.Predicate<String> verbTrigger) {
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (x.pos().equals("VERB") && !x.lemma().equals("be") && !x.lemma().equals("have") && !x.lower().endsWith("ing")
                    && !verbTrigger.test(x.lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An attempt the same sentence says was beaten off: "troops had tried to advance into X but had been pushed back",
     * "sought to storm the base but were repelled" ({@code hypothetical} before the trigger, then "but" and a word of
     * {@code foiled-after} within a few words).
     */
    static boolean attemptFoiled(Cues cues, List<Token> t, TriggerLexicon.Match trig) {
        int i = trig.start();
        // an assault is itself an attempt: "attacked a police post in X but were driven back"
        boolean attempt = trig.entry().type() == EventType.ATTACK || trig.entry().type() == EventType.ADVANCE;
        for (Cues.Hit h : cues.find("attempt", t, Math.max(0, i - 8), i)) {
            attempt |= !clauseBreak(t, h.end(), i);
        }
        if (!attempt) {
            return false;
        }
        boolean nominal = trig.entry().frame() == TriggerLexicon.Frame.NOMINAL || t.get(i).pos().equals("NOUN");
        // to the sentence's end: appositives may stand between ("attacked the garrison in X, the country's third
        // city, on Saturday but were repulsed")
        for (int k = trig.end(); k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
            if (w.equalsIgnoreCase("but")) {
                return cues.any("foiled-after", t, k + 1, Math.min(t.size(), k + 5));
            }
            if (nominal && (w.equals(",") || t.get(k).lemma().equals("be"))) {
                // "another rebel push toward X was stopped by artillery": the noun's own verb, in the passive
                return !w.equals(",") && cues.any("foiled-after", t, k + 1, Math.min(t.size(), k + 3));
            }
        }
        return false;
    }

    private static boolean clauseBreak(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = t.get(k).text();
            if (w.equals(";") || w.equals(".") || w.equalsIgnoreCase("but") || w.equalsIgnoreCase("while")
                    || w.equalsIgnoreCase("where") || w.equalsIgnoreCase("which") || w.equalsIgnoreCase("who")) {
                return true;
            }
        }
        return false;
    }

    /** "did not", "has not", "never" just before the trigger. */
    private boolean negated(List<Token> t, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (cues.at("negation", t, k) && !t.get(k).text().equalsIgnoreCase("no")) {
                return true;
            }
        }
        return false;
    }
}
