package org.sitrep.core.model;

/**
 * A number stated in text ("at least 727", "hundreds", "around 40,000").
 *
 * @param min         the lower bound
 * @param max         the upper bound, or null when open ("at least 727", "hundreds")
 * @param approximate true when hedged ("around", "approximately", "nearly") or vague ("hundreds")
 */
public record QuantityMention(Span span, String text, long min, Long max, boolean approximate) {
}
