package org.sitrep.core.model;

/**
 * An embedded social-media post kept in the article as a quoted statement.
 *
 * @param span   the post's text in the cleaned article
 * @param author the poster's name
 * @param handle the account handle without '@', or null
 * @param date   the post's date as printed ("December 5, 2024"), or null
 */
public record Statement(Span span, String author, String handle, String date) {
}
