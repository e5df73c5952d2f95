package org.sitrep.core.model;

/**
 * An actor named or described in a sentence.
 *
 * @param text        the words used ("the militants")
 * @param actorId     the canonical actor ("HTS"), or null when a description could not be resolved
 * @param side        the actor's side ("opposition", "government", ...), or null
 * @param description true when the words describe rather than name the actor (framing evidence)
 */
public record ActorMention(Span span, String text, String actorId, String side, boolean description) {
}
