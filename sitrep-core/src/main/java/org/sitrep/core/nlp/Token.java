package org.sitrep.core.nlp;

import org.sitrep.core.model.Span;

/**
 * A token with its UD part-of-speech tag and lemma (both lower-cased lemma, upper-case UPOS tag).
 */
public record Token(Span span, String text, String pos, String lemma) {
    public boolean isVerb() {
        return pos.equals("VERB") || pos.equals("AUX");
    }
}
