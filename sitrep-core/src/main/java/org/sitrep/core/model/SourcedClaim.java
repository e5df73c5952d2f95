package org.sitrep.core.model;


/** A claim with the article and outlet it comes from. {@code id} is the article id and the claim's index. */
public record SourcedClaim(String id, String articleId, String outlet, Claim claim) {
    public SourcedClaim {
        if (id == null || articleId == null || claim == null) {
            throw new IllegalArgumentException("A sourced claim needs an id, an article id and a claim");
        }
    }
}
