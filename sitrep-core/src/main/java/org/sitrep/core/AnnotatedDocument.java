package org.sitrep.core;

import org.sitrep.core.model.Article;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.core.nlp.Sentence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An article, its sentences and the layers the pipeline's stages have added so far. Immutable: a stage returns a
 * new document with its layers added ({@link #with}); the document it was given is unchanged, so a stage can be
 * run again, replaced or tested alone on a document built by the stages before it.
 */
public final class AnnotatedDocument {
    private final Article article;
    private final List<Sentence> sentences;
    private final Map<Layer<?>, Object> layers;
    private final List<Diagnostic> diagnostics;

    private AnnotatedDocument(Article article, List<Sentence> sentences, Map<Layer<?>, Object> layers, List<Diagnostic> diagnostics) {
        this.article = article;
        this.sentences = sentences;
        this.layers = layers;
        this.diagnostics = diagnostics;
    }

    /** A document with no layers yet; its diagnostics are the article's. */
    public static AnnotatedDocument of(Article article, List<Sentence> sentences) {
        return new AnnotatedDocument(article, List.copyOf(sentences), Map.of(), List.copyOf(article.diagnostics()));
    }

    public Article article() {
        return article;
    }

    /** The article's sentences, in order; a sentence's index is its position. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The diagnostics so far: the article's, then those the stages raised. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /**
     * The value of a layer.
     *
     * @throws IllegalStateException naming the layer when no stage has added it
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        if (!layers.containsKey(layer)) {
            throw new IllegalStateException("no stage before this one added the layer '" + layer.name() + "'");
        }
        return (T) layers.get(layer);
    }

    /** The value of a layer, or {@code absent} when no stage has added it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer, T absent) {
        return layers.containsKey(layer) ? (T) layers.get(layer) : absent;
    }

    /** This document with {@code layer} set to {@code value} (an immutable value; a layer set before is replaced). */
    public <T> AnnotatedDocument with(Layer<T> layer, T value) {
        Map<Layer<?>, Object> more = new IdentityHashMap<>(layers);
        more.put(layer, value);
        return new AnnotatedDocument(article, sentences, Collections.unmodifiableMap(more), diagnostics);
    }

    /** This document with more diagnostics. */
    public AnnotatedDocument withDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.addAll(more);
        return new AnnotatedDocument(article, sentences, layers, List.copyOf(all));
    }
}
