package org.sitrep.store;

import java.util.List;

/**
 * One line of the framing table: a term an outlet used for one side.
 *
 * @param outlet the source as {@link org.sitrep.core.model.Sources#name} names it (outlet, else site, else title)
 * @param quotes the sentences it was used in (at most a few), with their article ids
 */
public record FramingRow(String outlet, String side, String term, boolean loaded, String kind, int count, List<Quote> quotes) {
    public record Quote(String articleId, int sentence, String text) {
    }
}
