package org.sitrep.core.nlp;

import org.sitrep.core.model.Span;

import java.util.List;

/**
 * A sentence of the cleaned text. {@code tokens} is empty until the sentence is analysed (only sentences that can
 * hold an event are: see {@link Annotator#analyze}).
 */
public record Sentence(int index, Span span, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public boolean analysed() {
        return !tokens.isEmpty();
    }
}
