package org.sitrep.core.extract;

/** Test access to the claim extractor's package-private readings. */
public final class ClaimExtractorAccess {
    private ClaimExtractorAccess() {
    }

    public static String extent(String before) {
        return ClaimExtractor.extent(before);
    }
}
