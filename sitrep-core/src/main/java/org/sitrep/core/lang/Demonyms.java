package org.sitrep.core.lang;

import java.util.function.Predicate;

/**
 * The rule both the place scan and the event grammar read people by: one word that is a demonym's plural ("Americans",
 * "Iraqis", "Serbs") names people of a nation, not a country or a region. Each reader asks its own list of demonyms.
 */
public final class Demonyms {
    private Demonyms() {
    }

    /** Whether the folded word is the plural of a demonym {@code isDemonym} knows ("americans" → "american"). */
    public static boolean isPlural(String folded, Predicate<String> isDemonym) {
        return folded.length() > 3 && folded.endsWith("s") && isDemonym.test(folded.substring(0, folded.length() - 1));
    }
}
