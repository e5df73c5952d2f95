package org.sitrep.core.model;


/**
 * A claim with the article and outlet it comes from. {@code id} is the article id and the claim's index;
 * {@code source} is how the source is named to people ({@link Sources#name}), or null (then by its outlet).
 */
public record SourcedClaim(String id, String articleId, String outlet, Claim claim, String source) {
    public SourcedClaim(String id, String articleId, String outlet, Claim claim) {
        this(id, articleId, outlet, claim, null);
    }

    /** How the source is named to people: {@code source}, else the outlet, else "unknown source". */
    public String sourceName() {
        return source != null && !source.isBlank() ? source : Sources.name(outlet, null, null, null);
    }

    public SourcedClaim {
        if (id == null || articleId == null || claim == null) {
            throw new IllegalArgumentException("A sourced claim needs an id, an article id and a claim");
        }
    }
}
