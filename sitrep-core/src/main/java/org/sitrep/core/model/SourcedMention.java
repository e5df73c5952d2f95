package org.sitrep.core.model;


/**
 * An event mention with the article facts reconciliation needs: which article and outlet it comes from and when
 * that article was published.
 *
 * @param id        stable mention id: the article id and the mention's index in the article ("3fa2…:7")
 * @param articleId content hash of the article
 * @param outlet    the publishing outlet, or null when unknown (an unknown outlet counts as its own source)
 * @param published the article's publication time (bounds a mention whose event time is unknown)
 */
public record SourcedMention(String id, String articleId, String outlet, TimeInterval published, EventMention mention) {
    public SourcedMention {
        if (id == null || articleId == null || mention == null) {
            throw new IllegalArgumentException("A sourced mention needs an id, an article id and a mention");
        }
        if (published == null) {
            published = TimeInterval.UNKNOWN;
        }
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
