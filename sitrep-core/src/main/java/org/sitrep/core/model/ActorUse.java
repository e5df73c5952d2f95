package org.sitrep.core.model;

/**
 * An actor named or described in a sentence of an article, with the sentence: the raw material of framing
 * analysis (which words an outlet uses for which side).
 *
 * @param sentence     0-based sentence index
 * @param sentenceSpan the sentence's span in the cleaned text
 */
public record ActorUse(int sentence, Span sentenceSpan, ActorMention actor) {
}
