package org.sitrep.core.model;

/**
 * A word or phrase an article uses for one side of a war, in one sentence.
 *
 * @param term   the words as written, without a leading article ("militants", "Al-Qaeda-affiliated", "regime forces")
 * @param side   the side it names ("opposition", "government", …)
 * @param actor  the canonical actor it refers to, or null
 * @param loaded true when the framing lexicon marks the words as carrying a judgement
 * @param kind   name (the actor's own name), description ("the militants"), label ("Turkish-backed"), or verb
 */
public record FramingTerm(String term, String side, String actor, boolean loaded, String kind, int sentence, Span span,
                          String quote) {
}
