package org.sitrep.app;

import java.util.List;

/**
 * Commands another module adds to the {@code sitrep} command line (the benchmarks in {@code sitrep-bench}), found
 * with {@link java.util.ServiceLoader} through {@code META-INF/services/org.sitrep.app.CommandProvider}: one
 * launcher, one jar, whatever modules it holds.
 */
public interface CommandProvider {
    /** The picocli command classes, in the order the help lists them. */
    List<Class<?>> commands();
}
