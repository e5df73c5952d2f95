package org.sitrep.core.extract;

import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Statement;
import org.sitrep.core.nlp.Sentence;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.time.TimeExpr;

import java.util.List;

/**
 * Everything known about one sentence before extraction: its tokens and its resolved place, actor and time
 * mentions (spans into the cleaned text), and the embedded post it belongs to, if any.
 */
public record SentenceFacts(Sentence sentence, List<PlaceMention> places, List<ActorMention> actors,
                            List<TimeExpr> times, Statement statement, String next) {
    public List<Token> tokens() {
        return sentence.tokens();
    }

    /** The same facts with only the places {@code kept} (a sublist of these); these facts when none was left out. */
    public SentenceFacts withPlaces(List<PlaceMention> kept) {
        return kept.size() == places.size() ? this : new SentenceFacts(sentence, kept, actors, times, statement, next);
    }

    /** Index of the first token starting at or after char offset {@code off} (tokens.size() if none). */
    public int tokenAt(int off) {
        List<Token> t = tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).span().end() > off) {
                return i;
            }
        }
        return t.size();
    }

    /** Index of the token containing the last character before {@code endOff}. */
    public int lastTokenBefore(int endOff) {
        List<Token> t = tokens();
        int last = -1;
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).span().start() < endOff) {
                last = i;
            }
        }
        return last;
    }
}
