package org.sitrep.core.clean;

import org.sitrep.core.model.AlignedText;
import org.sitrep.core.model.Statement;
import org.sitrep.core.model.TimeInterval;

import java.util.List;

/**
 * What cleaning found: the aligned text, the headline, embedded posts, a dateline, photo captions (whose dates
 * are not publication dates) and outlet evidence.
 *
 * @param dateline       the publication time from a dateline, or null
 * @param signature      an outlet named by a sign-off line, or null
 * @param captionCredits outlets credited in photo captions ("Enab Baladi" from "(Enab Baladi/Iyad Abdul Jawad)")
 * @param captionDates   dates printed in captions, as written
 * @param removed        number of furniture lines removed
 */
public record CleanText(AlignedText text, String title, List<Statement> statements, TimeInterval dateline,
                        String signature, List<String> captionCredits, List<String> captionDates, int removed) {
}
