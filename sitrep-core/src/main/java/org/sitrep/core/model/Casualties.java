package org.sitrep.core.model;

import java.util.Map;

/**
 * A casualty report: a total and its breakdown, with a sum check.
 *
 * @param totalMin      the stated total's lower bound
 * @param totalMax      its upper bound, or null
 * @param kind          killed, wounded, captured, or a combination ("killed_wounded_captured")
 * @param breakdown     group → count, in the order stated; nested counts ("23 of whom were officers") are prefixed "of which "
 * @param sumConsistent whether the top-level parts add up to the total (null when there is nothing to check)
 */
public record Casualties(String text, long totalMin, Long totalMax, String kind, Map<String, Long> breakdown,
                         Boolean sumConsistent) {
}
