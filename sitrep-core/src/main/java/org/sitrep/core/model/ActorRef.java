package org.sitrep.core.model;

/** An actor as an event refers to it: the words used, the canonical id and side (both null when unknown). */
public record ActorRef(String text, String id, String side) {
    public static ActorRef of(ActorMention m) {
        return new ActorRef(m.text(), m.actorId(), m.side());
    }
}
