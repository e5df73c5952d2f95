package org.sitrep.core.extract;

import org.sitrep.core.text.Rx;
import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.model.ActorMention;
import org.sitrep.core.nlp.Token;

import java.util.List;

/**
 * The words naming who says something, found next to a reporting verb: an actor name or description, a titled
 * person ("HTS spokesperson Hasan Abdelghani", "rebel leader Hassan Abdul Ghani"), or a source phrase ("a Syrian
 * military source quoted by the SANA agency").
 *
 * @param actor the actor mention inside the phrase, or null
 * @param span  the phrase's characters in the cleaned text
 */
record ClaimantPhrase(String text, ActorMention actor, org.sitrep.core.model.Span span) {
    private static final int MAX_WORDS = 13;

    /** The phrase ending just before token {@code verb} (the subject of a preposed reporting verb). */
    static ClaimantPhrase before(SentenceFacts f, int verb, ActorLexicon lexicon, Cues cues) {
        List<Token> t = f.tokens();
        int end = verb;
        while (end > 0 && isAux(t.get(end - 1))) {
            end--;
        }
        if (end > 1 && t.get(end - 1).text().equals(")")) {
            // "The Rapid Support Forces (RSF) said": skip the parenthesis
            int k = end - 2;
            while (k > 0 && end - k < 8 && !t.get(k).text().equals("(")) {
                k--;
            }
            if (t.get(k).text().equals("(")) {
                end = k;
            }
        }
        if (end > 0 && t.get(end - 1).text().equals(",")) {
            // "The regime's army, loyal to President X, admitted": skip the appositive back to its subject
            int k = end - 2;
            while (k > 0 && !t.get(k).text().equals(",")) {
                k--;
            }
            if (k > 0 && (k <= 6 || k + 1 < end && cues.at("speaker-relative", t, k + 1))) {
                end = k; // (", who spoke on condition of anonymity,": what is said of the speaker)
            } else if (k > 0 && end - 1 - (k + 1) <= 4 && end - 1 > k + 1 && personName(t, k + 1, end - 1)) {
                end = k; // "…, the national police commander, Cesar Zapata, told reporters": the title speaks
            }
        }
        for (int k = end - 1; k > 0 && end - k <= 12; k--) {
            if (cues.at("speaker-relative", t, k) && Rx.matches(t.get(k - 1).pos(), "NOUN|PROPN")) {
                end = k; // "residents who crossed into the Colombian town of Arauquita said": the residents speak
                break;
            }
            if (t.get(k).pos().equals("PUNCT")) {
                break;
            }
        }
        int start = end;
        while (start > 0 && end - start < MAX_WORDS && (!isBoundary(t.get(start - 1)) || taggedVerbModifier(t, start - 1)
                || start == end && taggedVerbHead(t, start - 1))) {
            start--;
        }
        int relativeEnd = -1;
        // "diplomats evacuated by Italian and U.S. aircraft earlier this month said": the participle's phrase may
        // hold an "and" of its own; look back over it for the participle
        int back = start;
        while (back > 2 && end - back < MAX_WORDS && (t.get(back - 1).lower().equals("and") || !isBoundary(t.get(back - 1)))) {
            back--;
        }
        if (back < start && cues.at("speaker-heard", t, back) && t.get(back - 1).pos().equals("VERB")
                && t.get(back - 1).lower().endsWith("ed")) {
            start = back;
        }
        if (start > 1 && start < end && cues.at("speaker-heard", t, start) && t.get(start - 1).pos().equals("VERB")
                && t.get(start - 1).lower().endsWith("ed") && (!isBoundary(t.get(start - 2)) || taggedVerbHead(t, start - 2))) {
            // "an army officer reached by satellite telephone denied", "an EPLF statement issued in Khartoum said":
            // the participle's clause describes the speaker before it (and its place is the speaker's, not an event's)
            relativeEnd = end;
            end = start - 1;
            start = end;
            while (start > 0 && end - start < MAX_WORDS && (!isBoundary(t.get(start - 1)) || taggedVerbModifier(t, start - 1)
                    || start == end && taggedVerbHead(t, start - 1))) {
                start--; // "a USC radio broadcast monitored in Nairobi": the tagger's verb "broadcast" is the head
            }
        }
        if (start == end) {
            return null;
        }
        if (start > 1 && t.get(start - 1).text().equalsIgnoreCase("and") && cues.at("source-head", t, end - 1)) {
            // "residents and a local official said": both speakers, when the words before "and" end in a source too
            int k = start - 1;
            while (k > 0 && start - k < MAX_WORDS && !isBoundary(t.get(k - 1))) {
                k--;
            }
            if (k < start - 1 && cues.at("source-head", t, start - 2)) {
                start = k;
            }
        }
        ClaimantPhrase p = phrase(f, start, end, lexicon, cues);
        if (p != null && relativeEnd > 0) {
            p = new ClaimantPhrase(p.text(), p.actor(), new org.sitrep.core.model.Span(p.span().start(),
                    t.get(relativeEnd - 1).span().end()));
        }
        String firstPos = t.get(start).pos();
        boolean appositive = firstPos.equals("ADJ") || firstPos.equals("NOUN") || firstPos.equals("PROPN") || firstPos.equals("DET");
        if ((p == null || p.actor() == null) && appositive && start > 0 && t.get(start - 1).text().equals(",")) {
            // "The regime's army, loyal to President X, admitted": the subject stands before the appositive
            int s = f.sentence().span().start();
            int comma = t.get(start - 1).span().start();
            for (ActorMention a : f.actors()) {
                if (a.span().end() <= comma && a.span().start() >= s && a.actorId() != null && !isPronoun(a.text())) {
                    int aStart = f.tokenAt(a.span().start());
                    int aEnd = f.tokenAt(a.span().end() - 1) + 1;
                    // only a subject the appositive follows at once: in "Russian troops captured X on Tuesday, the
                    // Defence Ministry said" the ministry is the speaker, not the troops before the clause
                    if (aStart <= 3 && aEnd < t.size() && t.get(aEnd).text().equals(",")) {
                        return new ClaimantPhrase(a.text(), a, a.span());
                    }
                }
            }
        }
        return p;
    }

    /** The first actor named in the sentence, as the claimant of a verb whose subject is elided ("…, but denied"). */
    static ClaimantPhrase sentenceSubject(SentenceFacts f, ActorLexicon lexicon) {
        for (ActorMention a : f.actors()) {
            if (a.actorId() != null && !isPronoun(a.text())) {
                return new ClaimantPhrase(a.text(), a, a.span());
            }
        }
        return null;
    }

    /** The phrase starting at token {@code from} (the subject of a postposed verb, or after "according to"). */
    static ClaimantPhrase after(SentenceFacts f, int from, ActorLexicon lexicon, Cues cues) {
        List<Token> t = f.tokens();
        int end = from;
        while (end < t.size() && end - from < MAX_WORDS + 4 && (!isBoundary(t.get(end)) || nameGoesOn(t, end, from))) {
            end++;
        }
        if (end == from) {
            return null;
        }
        return phrase(f, from, end, lexicon, cues);
    }

    /** A capitalised word the tagger calls a verb inside a name ("the Joint Operations Command"): the name goes on. */
    private static boolean nameGoesOn(List<Token> t, int k, int from) {
        return k > from && t.get(k).pos().equals("VERB") && Character.isUpperCase(t.get(k).text().charAt(0))
                && Character.isUpperCase(t.get(k - 1).text().charAt(0));
    }

    /**
     * The end (exclusive) of a speaker's own words among tokens [start, end): before a participle's clause that says how
     * they were heard ("residents reached by telephone") or where they speak from after their head ("Western officials
     * in Bangkok", "separatist leaders in Tiraspol", "diplomats across the river"), else {@code end}.
     */
    static int ownWordsEnd(SentenceFacts f, int start, int end, Cues cues) {
        List<Token> t = f.tokens();
        for (int k = start + 1; k + 1 < end; k++) {
            if (t.get(k).pos().equals("VERB") && t.get(k).lower().endsWith("ed") && cues.at("speaker-heard", t, k + 1)) {
                return k;
            }
            final int before = k - 1;
            boolean head = cues.at("source-head", t, before)
                    || f.actors().stream().anyMatch(a -> a.description() && a.span().end() == t.get(before).span().end());
            if (head && personName(t, k, end)) {
                return k; // "police commander Cesar Zapata", "spokesman Philip Aguer": the title is who speaks
            }
            if (head && (cues.at("speaker-near", t, k) || cues.at("speaker-from", t, k)
                    && t.subList(k + 1, end).stream().allMatch(x -> x.pos().equals("PROPN") || x.lower().equals("the")))) {
                return k; // "diplomats across the river": any place; "officials in Bangkok", not "officials at the ministry"
            }
            if (cues.at("resident-head", t, before) && cues.at("resident-of", t, k)) {
                return k; // "residents of Laukkaing, the capital of the Kokang region": where they live, not who they are
            }
        }
        return end;
    }

    /** Whether tokens [from, to) are a person's name: one to four capitalised names, none of them a place or an actor. */
    private static boolean personName(List<Token> t, int from, int to) {
        if (to <= from || to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!t.get(k).pos().equals("PROPN") || !Character.isUpperCase(t.get(k).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static ClaimantPhrase phrase(SentenceFacts f, int start, int end, ActorLexicon lexicon, Cues cues) {
        List<Token> t = f.tokens();
        int s = t.get(start).span().start();
        int e = t.get(end - 1).span().end();
        String raw = f.sentence().text().substring(s - f.sentence().span().start(), e - f.sentence().span().start());
        String kept = Rx.replaceAll(raw, "[.!?…]+$", ""); // the sentence's full stop is not part of the name
        e -= raw.length() - kept.length();
        if (e <= s) {
            return null;
        }
        String text = Rx.replaceAll(kept, "^(?i)(the|a|an)\\s+", "");
        int headEnd = ownWordsEnd(f, start, end, cues); // where the speaker's own words end ("officials | in Bangkok")
        ActorMention best = null;
        for (ActorMention a : f.actors()) {
            if (a.span().start() >= s && a.span().end() <= e && a.actorId() != null && !isPronoun(a.text())) {
                best = a;
                break;
            }
        }
        if (best == null) {
            // a side described, not named ("the army said", "the rebels said"), or whose voice speaks ("the military's
            // media wing said"): a party all the same; where the speakers are ("separatist leaders in Tiraspol said")
            // does not change who they are
            String sentence = f.sentence().text();
            int sb = f.sentence().span().start();
            int he = t.get(headEnd - 1).span().end();
            for (ActorMention a : f.actors()) {
                if (a.span().start() >= s && a.span().end() <= he && a.description() && a.side() != null && !isPronoun(a.text())
                        && (a.span().end() == he || sentence.startsWith("'s", a.span().end() - sb)
                        || sentence.startsWith("’s", a.span().end() - sb)
                        || f.tokenAt(a.span().end() - 1) + 1 == headEnd - 1 && cues.at("source-head", t, headEnd - 1))) {
                    // "a rebel spokesman", "an army source": the side's own voice
                    best = a;
                    break;
                }
            }
        }
        if (best == null && isPronoun(text)) {
            for (ActorMention a : f.actors()) {
                ActorLexicon.Actor actor = a.actorId() == null ? null : lexicon.actor(a.actorId());
                if (a.span().end() <= s && actor != null && actor.isSource()) {
                    return new ClaimantPhrase(a.text(), a, a.span());
                }
            }
        }
        int last = headEnd - 1;
        while (last > start && !Character.isLetterOrDigit(t.get(last).text().charAt(0))) {
            last--; // the sentence's full stop: "according to a local aid worker."
        }
        boolean named = best != null || Character.isUpperCase(text.isEmpty() ? 'a' : text.charAt(0))
                || cues.at("source-head", t, last) // "a local elder", "a health worker"
                || mediaHeadEndsAt(t, start, last + 1, cues) // "a rebel radio broadcast"
                || cues.any("state-speaker", t, start, last + 1) // "the coalition", "the provincial governor"
                || cues.at("rank-title", t, t.get(start).pos().equals("DET") && start + 1 < end ? start + 1 : start) // "the colonel"
                || Rx.matches(text, "(?i).*\\b(sources?|reports?|officials?|spokes\\w*|leaders?|commanders?|media|agency|monitors?|army|military|ministry|statement|authorit\\w*|witness\\w*|residents?|partners|observers|police|estimates|figures|data|organi[sz]ations?|groups?|activists?)\\b.*");
        return named ? new ClaimantPhrase(text, best, new org.sitrep.core.model.Span(s, e)) : null;
    }

    /** A word for a news medium ends the words [start, end) ("radio", "radio broadcast"). */
    static boolean mediaHeadEndsAt(List<Token> t, int start, int end, Cues cues) {
        // (or its name after it: "the pro-rebel website TamilNet", "the state news agency SANA")
        return cues.find("media-head", t, start, end).stream().anyMatch(h -> h.end() == end || h.end() < end
                && t.subList(h.end(), end).stream().allMatch(x -> x.pos().equals("PROPN") && Character.isUpperCase(x.text().charAt(0))));
    }

    private static boolean isPronoun(String s) {
        String k = s.toLowerCase();
        return k.equals("they") || k.equals("their") || k.equals("its") || k.equals("it");
    }

    /** A word tagged VERB right before a noun of the phrase is a modifier ("state media"), not a clause boundary. */
    private static boolean taggedVerbModifier(List<Token> t, int k) {
        return t.get(k).pos().equals("VERB") && k + 1 < t.size() && t.get(k + 1).pos().equals("NOUN")
                && Character.isLowerCase(t.get(k).text().charAt(0)) && !t.get(k).text().endsWith("ed");
    }

    /**
     * A word tagged VERB right before the reporting verb, after a noun or a possessive, is the speaker's head noun:
     * two verbs do not stand together ("the military's media wing said").
     */
    private static boolean taggedVerbHead(List<Token> t, int k) {
        String w = t.get(k).text();
        if (!t.get(k).pos().equals("VERB") || k == 0 || !Character.isLowerCase(w.charAt(0)) || w.endsWith("ed")
                || w.length() > 4 && w.endsWith("ing")) {
            return false;
        }
        String before = t.get(k - 1).pos();
        return before.equals("NOUN") || before.equals("PROPN") || before.equals("ADJ") || t.get(k - 1).text().equals("'s")
                || t.get(k - 1).text().equals("’s");
    }

    private static boolean isAux(Token t) {
        String w = t.text().toLowerCase();
        return w.equals("has") || w.equals("have") || w.equals("had") || w.equals("also") || w.equals("later")
                || w.equals("previously") || w.equals("reportedly") || w.equals("earlier") || w.equals("repeatedly");
    }

    private static boolean isBoundary(Token t) {
        String w = t.text();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("\"") || w.equals("“") || w.equals("”")
                || w.equals("(") || w.equals(")") || w.equals("-") || w.equals("—") || w.equals("–") || w.equalsIgnoreCase("that")
                || w.equalsIgnoreCase("while") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but")
                || w.equalsIgnoreCase("which") || w.equalsIgnoreCase("who") || w.equalsIgnoreCase("meanwhile")
                || w.equalsIgnoreCase("with") // "…, with Kyrgyzstan accusing Tajik forces of …"
                || t.pos().equals("VERB") && !w.equalsIgnoreCase("quoted");
    }
}
