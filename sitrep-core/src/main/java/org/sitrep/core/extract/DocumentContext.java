package org.sitrep.core.extract;

import org.sitrep.core.model.ActorMention;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.TimeInterval;

/**
 * What is known of a whole document before its sentences are read, and does not change while they are.
 *
 * @param published     the article's publication time (for present-tense sentences)
 * @param challenger    the actor generic challenger descriptions resolve to in this document (a null-span stand-in), or null
 * @param incumbent     likewise for the incumbent
 * @param country       the country the document is about, for "the country"; null when unclear
 * @param documentPlace the place the document as a whole is about (its title's, its infobox's), for events no sentence places
 * @param frame         the period the document is about (an infobox's date, a report's period), for events no sentence dates
 * @param filedFrom     the town of the wire dateline ("BUCHAREST, Romania (AP) -"), where a site the lead names by what it
 *                      is lies when no sentence has named a town yet ("attacked the state television building"); or null
 */
public record DocumentContext(TimeInterval published, ActorMention challenger, ActorMention incumbent, ResolvedPlace country,
                              PlaceMention documentPlace, TimeInterval frame, PlaceMention filedFrom) {
}
