package org.sitrep.app;

import org.sitrep.core.Pipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Options every extraction command takes. */
final class Common {
    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input file (or JSONL line) read, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBytes = Inputs.DEFAULT_MAX_BYTES;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Analysis time per article before it is cut short with a diagnostic (default: ${DEFAULT-VALUE}).")
    long timeLimit = Pipeline.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = 1;

    @Option(names = "--home", paramLabel = "DIR", description = "Where imported gazetteers live (default: $SITREP_HOME or ~/.sitrep).")
    Path home;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    Path home() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("SITREP_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".sitrep");
    }

    Duration timeLimit() {
        return Duration.ofSeconds(Math.max(1, timeLimit));
    }
}
