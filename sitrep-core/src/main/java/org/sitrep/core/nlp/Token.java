package org.sitrep.core.nlp;

import org.sitrep.core.model.Span;

import java.util.Locale;

/**
 * A token with its UD part-of-speech tag and lemma (both lower-cased lemma, upper-case UPOS tag), and its text
 * lower-cased with typographic apostrophes made plain ({@code lower}), which the lexicons match on.
 */
public record Token(Span span, String text, String pos, String lemma, String lower) {
    public Token(Span span, String text, String pos, String lemma) {
        this(span, text, pos, lemma, text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }
}
