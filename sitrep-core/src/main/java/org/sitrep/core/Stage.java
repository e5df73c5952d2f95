package org.sitrep.core;

/**
 * One step of the pipeline: reads the layers of an {@link AnnotatedDocument} that earlier stages added and returns
 * the document with its own layers added. A stage stops at its deadline, keeping what it found, and says so in a
 * diagnostic. Stages are thread-safe and hold no state between documents.
 */
@FunctionalInterface
public interface Stage {
    AnnotatedDocument apply(AnnotatedDocument doc, Deadline deadline);
}
