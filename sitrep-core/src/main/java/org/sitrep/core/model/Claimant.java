package org.sitrep.core.model;

/** Who says so: the words used for the source, and its canonical id when known. */
public record Claimant(String text, String id) {
}
