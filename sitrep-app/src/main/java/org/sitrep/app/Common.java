package org.sitrep.app;

import org.sitrep.core.Pipeline;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Options every extraction command takes. */
public final class Common {
    @Option(names = "--max-bytes", paramLabel = "N", converter = AtLeastOne.class, description = "Largest input file (or JSONL line) read, in bytes (default: ${DEFAULT-VALUE}).")
    public long maxBytes = Inputs.DEFAULT_MAX_BYTES;

    @Option(names = "--time-limit", paramLabel = "SECONDS", converter = AtLeastOne.class, description = "Analysis time per article before it is cut short with a diagnostic (default: ${DEFAULT-VALUE}).")
    public long timeLimit = Pipeline.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--threads", paramLabel = "N", converter = AtLeastOneInt.class,
            description = "Extraction threads (default: the machine's cores, at most 8: ${DEFAULT-VALUE} here). Output is in input order whatever N is.")
    public int threads = DEFAULT_THREADS;

    /** The machine's cores, at most 8 (each thread holds an article's analysis; more rarely pays on one store writer). */
    public static final int DEFAULT_THREADS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));

    @Option(names = "--home", paramLabel = "DIR", description = "Where imported gazetteers (gazetteer/) and your actor files (actors/*.tsv) live (default: $SITREP_HOME or ~/.sitrep).")
    public Path home;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    public boolean quiet;

    /** A count or size of at least 1 ("--max-bytes -1" and "--time-limit 0" are usage errors, not silently odd runs). */
    public static final class AtLeastOne implements picocli.CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long v;
            try {
                v = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a whole number");
            }
            if (v < 1) {
                throw new picocli.CommandLine.TypeConversionException("must be at least 1, not " + v);
            }
            return v;
        }
    }

    /** As {@link AtLeastOne}, for an int (at most 1024: "--threads 0" and "--threads 100000" are usage errors). */
    public static final class AtLeastOneInt implements picocli.CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            long v = new AtLeastOne().convert(value);
            if (v > 1024) {
                throw new picocli.CommandLine.TypeConversionException("must be at most 1024, not " + v);
            }
            return (int) v;
        }
    }

    /** Set by commands whose results must not depend on the user's files ({@code eval}). */
    public boolean bundledActorsOnly;

    /**
     * The user's actor files, {@code home/actors/*.tsv} by name (none when the directory is missing); a directory
     * that cannot be listed is a usage error naming it.
     */
    public java.util.List<Path> actorFiles() {
        if (bundledActorsOnly) {
            return java.util.List.of();
        }
        Path dir = home().resolve("actors");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tsv") && java.nio.file.Files.isRegularFile(f)).sorted().toList();
        } catch (java.io.IOException e) {
            throw new UsageError("cannot list the actor files in " + dir + ": " + e.getMessage());
        }
    }

    public Path home() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("SITREP_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".sitrep");
    }

    public Duration timeLimit() {
        return Duration.ofSeconds(Math.max(1, timeLimit));
    }
}
