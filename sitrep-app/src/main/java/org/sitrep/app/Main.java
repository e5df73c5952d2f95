package org.sitrep.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sitrep} command line. Exit codes: 0 ok, 1 some input failed (diagnostics on stderr), 2 usage error.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Raw conflict news in, sourced events out.",
        subcommands = {ExtractCommand.class, ClaimsCommand.class, IngestCommand.class, EventsCommand.class, TimelineCommand.class,
                ControlCommand.class, ContradictionsCommand.class, FramingCommand.class, ReportCommand.class, ExportCommand.class, ServeCommand.class, EvalCommand.class, DemoCommand.class,
                GazetteerCommand.class, BenchCommand.class, StoreBenchCommand.class, ApiBenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (no System.exit: usable from tests). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            cmd.getErr().println("sitrep: " + e.getMessage());
            return 1;
        });
        return cl.execute(args);
    }
}
