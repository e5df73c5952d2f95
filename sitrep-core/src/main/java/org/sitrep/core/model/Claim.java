package org.sitrep.core.model;

/**
 * A checkable statement that is not an event: a rank, a distance, an affiliation, a role, a history.
 *
 * @param subject     what the claim is about ("Hama", "HTS", "Hassan Abdul Ghani")
 * @param attribute   the attribute ("rank_by_size", "distance_km:Damascus", "affiliation:al-Qaeda", "role")
 * @param value       the stated value ("4", "210", "former", "HTS spokesperson")
 * @param approximate true when the source hedges the value ("approximately 200")
 */
public record Claim(String doc, int sentence, String subject, String attribute, String value, boolean approximate,
                    Claimant claimant, String quote, Span span) {
}
