package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;
import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.Claimant;
import org.sitrep.core.nlp.Token;

import java.util.List;

/**
 * Who a sentence (or part of it) is attributed to, and how: "X said/stated that …", "…, stated X", "according to
 * X", "X claimed to …", "X denied that …", "X confirmed …". The attributed part is tokens [from, to).
 *
 * @param verbClass claim, deny, confirm, report, or according
 * @param verb      the reporting verb's lemma ("say", "report", ...)
 * @param party     true when the claimant is a party to the fighting (not a monitor or a news medium)
 * @param side      the claimant's side when known
 * @param media     true when the claimant is a news medium ("Reuters reported that")
 * @param claimantSpan where the claimant is named: its words are not the event's place ("Kyiv denied that …")
 * @param unnamed   true when the speaker is not named, only described ("local sources", "a regional official",
 *                  "witnesses and a health worker"): what such a speaker says is reported
 */
public record Attribution(Claimant claimant, String verbClass, String verb, int from, int to, boolean party,
                          String side, boolean media, org.sitrep.core.model.Span claimantSpan, boolean unnamed) {

    public boolean covers(int token) {
        return token >= from && token < to;
    }

    /** Every attribution in a sentence ("X claimed …, while Y denied that …" has two). */
    static List<Attribution> findAll(SentenceFacts f, Cues cues, ActorLexicon lexicon) {
        return findAll(f, cues, lexicon, null);
    }

    /**
     * As {@link #findAll(SentenceFacts, Cues, ActorLexicon)}; "…, he said." with no one named is {@code previous}, the
     * speaker named last ("…, a rebel spokesman said. Rebel troops entered the city centre, he said.").
     */
    static List<Attribution> findAll(SentenceFacts f, Cues cues, ActorLexicon lexicon, Attribution previous) {
        List<Attribution> out = findNamed(f, cues, lexicon);
        if (previous != null) {
            List<Token> t = f.tokens();
            for (int k = 0; k < out.size(); k++) {
                Attribution a = out.get(k);
                if (a.claimantSpan() == null) {
                    continue;
                }
                int s = f.tokenAt(a.claimantSpan().start());
                if (s < t.size() && s == f.tokenAt(a.claimantSpan().end() - 1) && cues.at("speaker-pronoun", t, s)) {
                    // "…, the Defense Ministry announced today. It said the guns at Amoy also shelled Little Quemoy":
                    // a pronoun speaks for the speaker named last
                    out.set(k, new Attribution(previous.claimant(), a.verbClass(), a.verb(), a.from(), a.to(), previous.party(),
                            previous.side(), previous.media(), a.claimantSpan(), previous.unnamed()));
                }
            }
        }
        if (previous != null && previous.party() && !previous.unnamed()) {
            for (int k = 0; k < out.size(); k++) {
                Attribution a = out.get(k);
                String said = a.claimant().text().toLowerCase(java.util.Locale.ROOT);
                if (!a.party() && !said.isEmpty() && said.indexOf(' ') < 0
                        && previous.claimant().text().toLowerCase(java.util.Locale.ROOT).endsWith(" " + said)) {
                    // "An Israeli spokesman acknowledged … Heavy fighting continued, the spokesman said": the same
                    // party's spokesman
                    out.set(k, new Attribution(previous.claimant(), a.verbClass(), a.verb(), a.from(), a.to(), true,
                            previous.side(), previous.media(), a.claimantSpan(), false));
                }
            }
        }
        if (!out.isEmpty() || previous == null || previous.unnamed()) {
            return out;
        }
        List<Token> t = f.tokens();
        for (Cues.Hit h : cues.find("report", t, 0, t.size())) {
            int p = h.start() - 1;
            if (p >= 2 && cues.at("speaker-pronoun", t, p) && Rx.matches(t.get(p - 1).text(), ",|\"|”|''")) {
                out.add(new Attribution(previous.claimant(), "report", t.get(h.start()).lemma(), 0, p - 1, previous.party(),
                        previous.side(), previous.media(), t.get(p).span(), false));
                break;
            }
        }
        return out;
    }

    private static List<Attribution> findNamed(SentenceFacts f, Cues cues, ActorLexicon lexicon) {
        List<Token> t = f.tokens();
        List<Attribution> out = new java.util.ArrayList<>();
        for (String cls : new String[]{"deny", "claim"}) {
            for (Cues.Hit h : cues.find(cls, t, 0, t.size())) {
                Attribution a = preposed(f, h, cls, lexicon, cues);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).text().equalsIgnoreCase("per") && (i == 0 || t.get(i - 1).text().equals("(") || t.get(i - 1).text().equals(","))) {
                ClaimantPhrase p = ClaimantPhrase.after(f, i + 1, lexicon, cues); // "7 killed (per CSP-PSD)", "…, per Ukraine"
                if (p != null) {
                    out.add(of(f, p, "according", "according", 0, t.size(), lexicon, cues));
                }
            }
            if (t.get(i).text().equalsIgnoreCase("according") && t.get(i + 1).text().equalsIgnoreCase("to")) {
                ClaimantPhrase p = ClaimantPhrase.after(f, i + 2, lexicon, cues);
                if (p != null) {
                    out.add(of(f, p, "according", "according", accordingFrom(t, i), t.size(), lexicon, cues));
                }
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Attribution a = out.get(k);
            if (!a.verbClass().equals("deny")) {
                continue;
            }
            for (int c = a.from(); c + 1 < a.to(); c++) {
                boolean andSaid = t.get(c).lower().equals("and") && t.get(c + 1).pos().equals("VERB")
                        && (cues.at("report", t, c + 1) || cues.at("claim", t, c + 1));
                if (andSaid || t.get(c).text().equals(",") && participle(t.get(c + 1))
                        && (cues.at("report", t, c + 1) || cues.at("claim", t, c + 1))) {
                    // "The rebels denied losing the town, saying their fighters still held it", "denied that Leon had
                    // been lost and said reinforcements had been sent": what the denier goes on to say is its claim
                    out.set(k, new Attribution(a.claimant(), a.verbClass(), a.verb(), a.from(), c, a.party(), a.side(),
                            a.media(), a.claimantSpan(), a.unnamed()));
                    out.add(new Attribution(a.claimant(), "report", t.get(c + 1).lemma(), c + 2, a.to(), a.party(), a.side(),
                            a.media(), a.claimantSpan(), a.unnamed()));
                    break;
                }
            }
        }
        for (String cls : new String[]{"confirm", "report"}) {
            for (Cues.Hit h : cues.find(cls, t, 0, t.size())) {
                if (nominal(t, h.start(), cues)) {
                    continue; // "in Borno State", "the northeastern state", "media reports": a noun, not a reporting verb
                }
                if (cues.at("decreed-object", t, h.end())) {
                    continue; // "declared a state of internal commotion after fighting killed 80": a decree, not what was said
                }
                Attribution a = postposed(f, h, cls, lexicon, cues);
                if (a == null) {
                    a = preposed(f, h, cls, lexicon, cues);
                }
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    /**
     * True when a reporting cue's word is used as a noun: several are nouns as often as verbs (the pack's
     * {@code report-noun} cues: "state", "reports", "post"), and an administrative division named "X State" or "the
     * state" is no statement; "said" is a verb whatever the tagger calls it.
     */
    private static boolean nominal(List<Token> t, int i, Cues cues) {
        String pos = t.get(i).pos();
        if (i + 1 < t.size() && i > 0 && cues.at("source-head", t, i - 1) && cues.at("complementizer", t, i + 1)) {
            return false; // "Local sources report that …": a speaker, then a clause — the verb, whatever the tagger says
        }
        return (pos.equals("NOUN") || pos.equals("PROPN")) && cues.at("report-noun", t, i);
    }

    /**
     * Where a closing "according to X" starts to govern: after a ", with …" clause it tells whose that clause's
     * figures are ("attacks occurred in X, with 5,100 displaced, according to IOM"), else the whole sentence.
     */
    private static int accordingFrom(List<Token> t, int according) {
        for (int k = according - 1; k > 0; k--) {
            if (t.get(k).text().equalsIgnoreCase("with") && t.get(k - 1).text().equals(",")) {
                return k;
            }
        }
        return 0;
    }

    /** The attribution governing token {@code i}: the covering one whose verb is nearest before it, else any covering one. */
    static Attribution governing(List<Attribution> all, int i) {
        Attribution best = null;
        for (Attribution a : all) {
            if (a.covers(i) && (best == null || a.from() > best.from())) {
                best = a;
            }
        }
        return best;
    }

    /**
     * "Clashes were also reported in X", "fighting was said to": a statement passed on with no one named (a hedge, not
     * an attribution, but a report all the same: what it tells is dated by the report when nothing else dates it).
     */
    static boolean passiveReport(SentenceFacts f, Cues cues) {
        List<Token> t = f.tokens();
        for (Cues.Hit h : cues.find("report", t, 0, t.size())) {
            if (afterBe(t, h.start(), cues)) {
                return true;
            }
        }
        return false;
    }

    /** The reporting verb at {@code verb} follows a form of "be", perhaps with an adverb between ("was also reported"). */
    private static boolean afterBe(List<Token> t, int verb, Cues cues) {
        int b = verb - 1;
        while (b > 0 && cues.at("adverb-before-verb", t, b)) {
            b--;
        }
        return b >= 0 && t.get(b).lemma().equals("be");
    }

    private static Attribution preposed(SentenceFacts f, Cues.Hit h, String cls, ActorLexicon lexicon, Cues cues) {
        List<Token> t = f.tokens();
        if (afterBe(t, h.start(), cues)) {
            return null; // "were said to", "was also reported": a hedge, not an attribution
        }
        if (h.start() > 0 && t.get(h.start() - 1).text().equals(",") && participle(t.get(h.start()))) {
            // "…,\" he said, adding that …": the one who adds is the one who said, not the words before the comma
            return null;
        }
        ClaimantPhrase p = ClaimantPhrase.before(f, h.start(), lexicon, cues);
        if (p == null && h.start() > 0 && Rx.matches(t.get(h.start() - 1).text().toLowerCase(), "but|and|yet")
                && !cues.at("report-noun", t, h.start())) {
            // "The SDF said …, but denied that …"; but in "… and reports suggest that ISIL …" the word is a noun,
            // whatever the tagger says, and the sentence's first actor is no speaker
            p = ClaimantPhrase.sentenceSubject(f, lexicon);
        }
        if (p == null) {
            return null;
        }
        int phraseStart = f.tokenAt(p.span().start());
        String before = phraseStart > 0 ? t.get(phraseStart - 1).text() : "";
        boolean afterClause = before.equals(",") || before.equals("”") || before.equals("\"") || before.equals("''");
        if (afterClause && phraseStart > 1 && onlyAdjunctsAfter(t, h.end(), cues)) {
            // "Russian troops captured X, the Defence Ministry said on Tuesday.": the clause before is what was said
            return of(f, p, cls, t.get(h.start()).lemma(), 0, phraseStart, lexicon, cues);
        }
        return of(f, p, cls, t.get(h.start()).lemma(), h.end(), t.size(), lexicon, cues);
    }

    /**
     * True when nothing but a short adjunct ("on Tuesday", "in a statement") follows the verb up to the sentence end
     * or to a participle clause that comments on what was said ("…, calling it a major success", "…, adding that …"),
     * a clause of its own after ", and" or ", but", or an adjunct of the clause told (", in a bid to take X", ", amid …").
     */
    private static boolean onlyAdjunctsAfter(List<Token> t, int from, Cues cues) {
        int words = 0;
        for (int k = from; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals(",") && k + 1 < t.size() && (participle(t.get(k + 1)) || cues.at("clause-after-speaker", t, k + 1)
                    || appositiveToEnd(t, k + 1))) {
                // "…, residents said, in a bid to take the city" / "…, witnesses said, and gunfire was heard" / "…, the
                // army said on Tuesday, the first deadly confrontation in 45 years": what follows is no speech of its own
                break;
            }
            if (w.equalsIgnoreCase("that") || t.get(k).pos().equals("VERB")) {
                return false;
            }
            if (Character.isLetterOrDigit(w.charAt(0))) {
                words++;
            }
        }
        return words <= 7;
    }

    /** A noun phrase from {@code k} to the sentence's end, an article first and no verb in it (an appositive). */
    private static boolean appositiveToEnd(List<Token> t, int k) {
        if (!t.get(k).pos().equals("DET")) {
            return false;
        }
        for (int j = k + 1; j < t.size(); j++) {
            if (t.get(j).isVerb() || t.get(j).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    private static boolean participle(Token t) {
        String w = t.text();
        return w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0))
                && (t.pos().equals("VERB") || t.pos().equals("AUX"));
    }

    /** "…,” stated the Observatory" / "…, said a military source quoted by SANA". */
    private static Attribution postposed(SentenceFacts f, Cues.Hit h, String cls, ActorLexicon lexicon, Cues cues) {
        List<Token> t = f.tokens();
        if (h.start() == 0) {
            return null;
        }
        String prev = t.get(h.start() - 1).text();
        if (!(prev.equals(",") || prev.equals("\"") || prev.equals("”") || prev.equals("''") || prev.equals("’"))) {
            return null;
        }
        ClaimantPhrase p = ClaimantPhrase.after(f, h.end(), lexicon, cues);
        if (p == null) {
            return null;
        }
        int next = f.tokenAt(p.span().end() - 1) + 1;
        if (next < t.size() && t.get(next).isVerb()) {
            // "Two officials, who asked not to be named, said rebels had seized Goma": a clause after the verb, whose
            // subject is no speaker; the verb's speaker stands before it
            return null;
        }
        Attribution named = of(f, p, cls, t.get(h.start()).lemma(), 0, h.start(), lexicon, cues);
        int q = next + 1;
        if (!named.party() && next < t.size() && t.get(next).text().equals(",") && q < t.size()) {
            if (t.get(q).pos().equals("DET")) {
                q++;
            }
            if (q < t.size() && cues.at("source-head", t, q)) {
                // "…, said Moussa Ag Acharatoumane, leader of the Movement for the Salvation of Azawad": the title after
                // the name says whom the speaker speaks for
                ClaimantPhrase title = ClaimantPhrase.after(f, next + 1, lexicon, cues);
                Attribution titled = title == null ? null : of(f, title, cls, t.get(h.start()).lemma(), 0, h.start(), lexicon, cues);
                if (titled != null && titled.party()) {
                    return titled;
                }
            }
        }
        return named;
    }

    private static Attribution of(SentenceFacts f, ClaimantPhrase p, String cls, String verb, int from, int to,
                                  ActorLexicon lexicon, Cues cues) {
        ActorMention a = p.actor();
        ActorLexicon.Actor actor = a == null || a.actorId() == null ? null : lexicon.actor(a.actorId());
        boolean media = actor != null && actor.kind().equals("media");
        // a lexicon actor that is no source, an armed group or a state's forces the lexicon does not list ("Haftar's
        // Libyan National Army said"), or a description of a side ("the army said", "the rebels said")
        boolean party = actor != null && !actor.isSource() || a != null && a.actorId() != null && actor == null
                || a != null && a.actorId() == null && a.description() && a.side() != null;
        String side = a == null ? null : a.side();
        boolean unnamed = false;
        // "residents reached by telephone", "Western officials in Bangkok": how they were heard, or where they speak
        // from, is not who they are
        int start = f.tokenAt(p.span().start());
        int end = ClaimantPhrase.ownWordsEnd(f, start, Math.min(f.tokens().size(), f.tokenAt(p.span().end() - 1) + 1), cues);
        // "Cyprus radio said", "a rebel radio broadcast said": a news medium, whoever owns it, passes what it tells on
        media |= ClaimantPhrase.mediaHeadEndsAt(f.tokens(), start, end, cues);
        if (a == null) {
            Speaker s = speaker(f, p, start, end, lexicon, cues);
            if (s != null && s.party()) {
                // "Indian officials said", "Turkish security sources said", "the Defense Ministry said": the state speaks
                party = true;
                side = s.state() == null ? null : s.state().side();
            } else {
                unnamed = s != null;
            }
        }
        return new Attribution(new Claimant(p.text(), a == null ? null : a.actorId()), cls, verb, from, to, party, side, media,
                p.span(), unnamed);
    }

    /**
     * A speaker described, not named, or a state's institution ({@code party}); {@code state} is the state whose
     * officials, sources or institution speak when the phrase names it, else null.
     */
    private record Speaker(ActorLexicon.Actor state, boolean party) {
    }

    /**
     * The speaker a claimant phrase describes without naming it, or null when it names one: each of its conjuncts
     * ("residents and a local official") ends in a word for a source ({@code source-head}: "sources", "official",
     * "witnesses") after words in lower case, numbers or adjectives of a people ("Kurdish security officials"). A
     * nationality before an official's word ({@code party-source-head}) makes the speaker that country's state.
     */
    private static Speaker speaker(SentenceFacts f, ClaimantPhrase p, int start, int end, ActorLexicon lexicon, Cues cues) {
        List<Token> t = f.tokens();
        int first = start;
        while (first < end && t.get(first).pos().equals("DET")) {
            first++;
        }
        if (first < end && cues.at("rank-title", t, first)) {
            return new Speaker(null, true); // "Colonel Didier Dacko said", "the colonel said": an officer speaks for his forces
        }
        for (int k = start; k < end; k++) {
            if (cues.at("state-speaker", t, k)) {
                return new Speaker(stateNamed(t, start, k, lexicon), true);
            }
        }
        // a country speaking: "Armenia said", "but Azerbaijan denied" — its state's claim
        ActorLexicon.Actor country = lexicon.ofCountryName(org.sitrep.core.text.Fold.fold(p.text()).strip());
        if (country != null) {
            return new Speaker(country, true);
        }
        ActorLexicon.Actor state = null;
        int conjunct = start;
        for (int k = start; k <= end; k++) {
            boolean last = k == end || t.get(k).text().equalsIgnoreCase("and") || t.get(k).text().equals("&")
                    || t.get(k).text().equals(",");
            if (!last) {
                continue;
            }
            if (k == conjunct || !cues.at("source-head", t, k - 1)) {
                return null;
            }
            for (int j = conjunct; j < k - 1; j++) {
                Token w = t.get(j);
                if (!Character.isUpperCase(w.text().charAt(0)) || w.pos().equals("NUM") || w.pos().equals("DET")) {
                    continue; // "local", "security", "a", "two"
                }
                ActorLexicon.Actor forces = lexicon.ofDemonym(org.sitrep.core.text.Fold.fold(w.text()).strip());
                if (j == 0 && forces == null && !named(f, w)) {
                    continue; // a sentence's first "A" or "Aid" ("Aid workers said"), not its first "Malian"
                }
                if (forces == null && !w.pos().equals("ADJ")) {
                    return null; // a name: "Reuters sources", "Hama residents"
                }
                if (forces != null && state == null && cues.at("party-source-head", t, k - 1)) {
                    state = forces;
                }
            }
            conjunct = k + 1;
        }
        return new Speaker(state, state != null);
    }

    /** A word some place or actor mention covers ("Hama residents", "Reuters sources"): a name, whatever its case. */
    private static boolean named(SentenceFacts f, Token w) {
        int at = w.span().start();
        return f.places().stream().anyMatch(p -> p.span().start() <= at && at < p.span().end())
                || f.actors().stream().anyMatch(a -> a.span() != null && a.span().start() <= at && at < a.span().end());
    }

    /** The state a nationality or a country's name among tokens [from, to) names ("the Turkish", "Cambodia's"), or null. */
    private static ActorLexicon.Actor stateNamed(List<Token> t, int from, int to, ActorLexicon lexicon) {
        for (int j = from; j < to; j++) {
            String w = org.sitrep.core.text.Fold.fold(t.get(j).text()).strip();
            if (j + 1 < to && Character.isUpperCase(t.get(j).text().charAt(0))
                    && Character.isUpperCase(t.get(j + 1).text().charAt(0))) {
                String two = w + " " + org.sitrep.core.text.Fold.fold(t.get(j + 1).text()).strip();
                ActorLexicon.Actor a = lexicon.ofCountryName(two);
                if (a != null) {
                    return a; // "South Sudan's information minister"
                }
            }
            if (j > from && Character.isUpperCase(t.get(j - 1).text().charAt(0)) && !t.get(j - 1).pos().equals("DET")) {
                continue; // the end of a longer name is not that name: "South Sudan" is not Sudan
            }
            ActorLexicon.Actor a = lexicon.ofDemonym(w);
            if (a == null) {
                a = lexicon.ofCountryName(w);
            }
            if (a != null) {
                return a;
            }
        }
        return null;
    }
}
