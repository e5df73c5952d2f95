package org.sitrep.bench;

import java.util.List;

import org.sitrep.app.CommandProvider;

/** The benchmarks as {@code sitrep} subcommands: {@code bench}, {@code bench-store}, {@code bench-api}, {@code bench-watch}. */
public final class BenchCommands implements CommandProvider {
    @Override
    public List<Class<?>> commands() {
        return List.of(BenchCommand.class, StoreBenchCommand.class, ApiBenchCommand.class, WatchBenchCommand.class);
    }
}
