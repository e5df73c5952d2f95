package org.sitrep.core.extract;

import org.sitrep.core.model.Claim;

import java.util.List;

/**
 * The claim stage: figures and states a source asserts that another may state otherwise (tolls, extents of
 * control, displacement, coalition leaders, control history). Thread-safe.
 */
public interface ClaimFinder {
    /** The cheap test run first: could the sentence hold a claim? */
    boolean mayHold(String sentence);

    /** The claims one sentence states. */
    List<Claim> find(String doc, SentenceFacts facts, Narrative narrative);
}
