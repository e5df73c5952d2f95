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
 */
public record Attribution(Claimant claimant, String verbClass, String verb, int from, int to, boolean party,
                          String side, boolean media, org.sitrep.core.model.Span claimantSpan) {

    public boolean covers(int token) {
        return token >= from && token < to;
    }

    /** Every attribution in a sentence ("X claimed …, while Y denied that …" has two). */
    static List<Attribution> findAll(SentenceFacts f, Cues cues, ActorLexicon lexicon) {
        List<Token> t = f.tokens();
        List<Attribution> out = new java.util.ArrayList<>();
        for (String cls : new String[]{"deny", "claim"}) {
            for (Cues.Hit h : cues.find(cls, t, 0, t.size())) {
                Attribution a = preposed(f, h, cls, lexicon);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).text().equalsIgnoreCase("per") && (i == 0 || t.get(i - 1).text().equals("(") || t.get(i - 1).text().equals(","))) {
                ClaimantPhrase p = ClaimantPhrase.after(f, i + 1, lexicon); // "7 killed (per CSP-PSD)", "…, per Ukraine"
                if (p != null) {
                    out.add(of(p, "according", "according", 0, t.size(), lexicon));
                }
            }
            if (t.get(i).text().equalsIgnoreCase("according") && t.get(i + 1).text().equalsIgnoreCase("to")) {
                ClaimantPhrase p = ClaimantPhrase.after(f, i + 2, lexicon);
                if (p != null) {
                    out.add(of(p, "according", "according", accordingFrom(t, i), t.size(), lexicon));
                }
            }
        }
        for (String cls : new String[]{"confirm", "report"}) {
            for (Cues.Hit h : cues.find(cls, t, 0, t.size())) {
                if (nominal(t, h.start(), cues)) {
                    continue; // "in Borno State", "the northeastern state", "media reports": a noun, not a reporting verb
                }
                Attribution a = postposed(f, h, cls, lexicon);
                if (a == null) {
                    a = preposed(f, h, cls, lexicon);
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

    private static Attribution preposed(SentenceFacts f, Cues.Hit h, String cls, ActorLexicon lexicon) {
        List<Token> t = f.tokens();
        if (h.start() > 0 && t.get(h.start() - 1).lemma().equals("be")) {
            return null; // "were said to", "was reported": a hedge, not an attribution
        }
        ClaimantPhrase p = ClaimantPhrase.before(f, h.start(), lexicon);
        if (p == null && h.start() > 0 && Rx.matches(t.get(h.start() - 1).text().toLowerCase(), "but|and|yet")) {
            p = ClaimantPhrase.sentenceSubject(f, lexicon); // "The SDF said …, but denied that …"
        }
        if (p == null) {
            return null;
        }
        int phraseStart = f.tokenAt(p.span().start());
        String before = phraseStart > 0 ? t.get(phraseStart - 1).text() : "";
        boolean afterClause = before.equals(",") || before.equals("”") || before.equals("\"") || before.equals("''");
        if (afterClause && phraseStart > 1 && onlyAdjunctsAfter(t, h.end())) {
            // "Russian troops captured X, the Defence Ministry said on Tuesday.": the clause before is what was said
            return of(p, cls, t.get(h.start()).lemma(), 0, phraseStart, lexicon);
        }
        return of(p, cls, t.get(h.start()).lemma(), h.end(), t.size(), lexicon);
    }

    /**
     * True when nothing but a short adjunct ("on Tuesday", "in a statement") follows the verb up to the sentence end
     * or to a participle clause that comments on what was said ("…, calling it a major success", "…, adding that …").
     */
    private static boolean onlyAdjunctsAfter(List<Token> t, int from) {
        int words = 0;
        for (int k = from; k < t.size(); k++) {
            String w = t.get(k).text();
            if (w.equals(",") && k + 1 < t.size() && participle(t.get(k + 1))) {
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

    private static boolean participle(Token t) {
        String w = t.text();
        return w.length() > 4 && w.endsWith("ing") && Character.isLowerCase(w.charAt(0))
                && (t.pos().equals("VERB") || t.pos().equals("AUX"));
    }

    /** "…,” stated the Observatory" / "…, said a military source quoted by SANA". */
    private static Attribution postposed(SentenceFacts f, Cues.Hit h, String cls, ActorLexicon lexicon) {
        List<Token> t = f.tokens();
        if (h.start() == 0) {
            return null;
        }
        String prev = t.get(h.start() - 1).text();
        if (!(prev.equals(",") || prev.equals("\"") || prev.equals("”") || prev.equals("''") || prev.equals("’"))) {
            return null;
        }
        ClaimantPhrase p = ClaimantPhrase.after(f, h.end(), lexicon);
        return p == null ? null : of(p, cls, t.get(h.start()).lemma(), 0, h.start(), lexicon);
    }

    private static Attribution of(ClaimantPhrase p, String cls, String verb, int from, int to, ActorLexicon lexicon) {
        ActorMention a = p.actor();
        ActorLexicon.Actor actor = a == null || a.actorId() == null ? null : lexicon.actor(a.actorId());
        boolean media = actor != null && actor.kind().equals("media");
        // a lexicon actor that is no source, or a description of a side ("the army said", "the rebels said")
        boolean party = actor != null && !actor.isSource() || a != null && a.actorId() == null && a.description() && a.side() != null;
        String side = a == null ? null : a.side();
        return new Attribution(new Claimant(p.text(), a == null ? null : a.actorId()), cls, verb, from, to, party, side, media,
                p.span());
    }
}
