package org.sitrep.core.model;

/**
 * One event as one article states it. Every field points back to the sentence: {@code quote} is the sentence
 * and {@code span} its range in the cleaned text.
 *
 * @param doc        document name (file name without extension, or the JSONL id)
 * @param sentence   0-based sentence index in the article
 * @param trigger    the words that state the event ("recapturing", "fell to")
 * @param actor      who did it, or null
 * @param target     to whom, or null
 * @param place      where, or null
 * @param time       when (event time, never silently the publication time)
 * @param claimant   who says so, or null when the article itself asserts it
 * @param casualties a casualty report, or null
 * @param confidence 0..1
 */
public record EventMention(String doc, int sentence, EventType type, Realis realis, String trigger, ActorRef actor,
                           ActorRef target, PlaceMention place, TimeMention time, Claimant claimant,
                           Casualties casualties, String quote, Span span, double confidence) {
    public EventMention {
        if (type == null || realis == null || quote == null || span == null) {
            throw new IllegalArgumentException("An event mention needs a type, realis, quote and span");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /** The same mention told as another type ("the recapture of X" makes an earlier capture a retake). */
    public EventMention withType(EventType t) {
        return new EventMention(doc, sentence, t, realis, trigger, actor, target, place, time, claimant, casualties, quote, span,
                confidence);
    }

    /** The same mention with another realis (an attack the same sentence says was repelled failed). */
    public EventMention withRealis(Realis r) {
        return new EventMention(doc, sentence, type, r, trigger, actor, target, place, time, claimant, casualties, quote, span,
                confidence);
    }
}
