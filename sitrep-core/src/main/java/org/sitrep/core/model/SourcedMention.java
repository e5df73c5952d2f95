package org.sitrep.core.model;


/**
 * An event mention with the article facts reconciliation needs: which article and outlet it comes from and when
 * that article was published.
 *
 * @param id        stable mention id: the article id and the mention's index in the article ("3fa2…:7")
 * @param articleId content hash of the article
 * @param outlet    the publishing outlet, or null when unknown (an unknown outlet counts as its own source)
 * @param published the article's publication time (bounds a mention whose event time is unknown)
 * @param source    how the source is named to people ({@link Sources#name}), or null (then by its outlet)
 */
public record SourcedMention(String id, String articleId, String outlet, TimeInterval published, EventMention mention,
                             String source) {
    /** A mention whose source is named by its outlet alone. */
    public SourcedMention(String id, String articleId, String outlet, TimeInterval published, EventMention mention) {
        this(id, articleId, outlet, published, mention, null);
    }

    public SourcedMention {
        if (id == null || articleId == null || mention == null) {
            throw new IllegalArgumentException("A sourced mention needs an id, an article id and a mention");
        }
        if (published == null) {
            published = TimeInterval.UNKNOWN;
        }
    }

    /** How the source is named to people: {@code source}, else the outlet, else "unknown source". */
    public String sourceName() {
        return source != null && !source.isBlank() ? source : Sources.name(outlet, null, null, null);
    }

    /** The source that corroboration counts: the outlet, or the article itself when the outlet is unknown. */
    public String sourceKey() {
        return outlet == null ? "article:" + articleId : "outlet:" + outlet.toLowerCase(java.util.Locale.ROOT).strip();
    }

    /** True unless the source denies the event or says it failed: only such mentions count as the happening. */
    public boolean supports() {
        return mention.realis() != org.sitrep.core.model.Realis.DENIED && mention.realis() != org.sitrep.core.model.Realis.FAILED;
    }
}
