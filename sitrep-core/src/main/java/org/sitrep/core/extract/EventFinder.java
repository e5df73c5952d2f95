package org.sitrep.core.extract;

import org.sitrep.core.model.EventMention;
import org.sitrep.core.nlp.Token;
import org.sitrep.core.text.Words;

import java.util.List;

/**
 * The event stage: the events one analysed sentence states, read against the narrative so far. Implementations
 * are thread-safe: all that carries from sentence to sentence is in the {@link Narrative} passed in and returned.
 */
public interface EventFinder {
    /** The events a sentence states, and the narrative as its triggers leave it (before {@link Narrative#after}). */
    record Found(List<EventMention> events, Narrative narrative) {
        public Found {
            events = List.copyOf(events);
        }
    }

    /**
     * The cheap pre-filter run on every sentence before it is tagged: whether word {@code i} may begin a trigger.
     *
     * @param placeless true when no place is within reach: only triggers whose events need no place count
     */
    boolean mayTriggerAt(Words words, int i, boolean placeless);

    /** Events stated in one sentence. */
    Found find(String doc, SentenceFacts facts, Narrative narrative);

    /** The trigger words of an analysed sentence (for traces that explain an evaluation). */
    List<TriggerLexicon.Match> triggers(List<Token> tokens);
}
