package org.sitrep.core;

/**
 * A named, typed layer of annotation that a stage adds to an {@link AnnotatedDocument} (the words of each
 * sentence, the place candidates, the resolved places…). Layers compare by identity: two layers with the same name
 * are different layers. A stage that needs a layer no earlier stage added fails naming it.
 *
 * @param <T> the type of the layer's value; values are immutable (unmodifiable lists, records)
 */
public final class Layer<T> {
    private final String name;

    private Layer(String name) {
        this.name = name;
    }

    /** A new layer. */
    public static <T> Layer<T> of(String name) {
        return new Layer<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
