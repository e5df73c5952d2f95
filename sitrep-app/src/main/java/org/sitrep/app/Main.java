package org.sitrep.app;

import org.sitrep.app.cli.ActorsCommand;
import org.sitrep.app.cli.AlertsCommand;
import org.sitrep.app.cli.DigestCommand;
import org.sitrep.app.cli.WatchCommand;
import org.sitrep.app.cli.WatchlistCommand;
import org.sitrep.app.cli.ClaimsCommand;
import org.sitrep.app.cli.ContradictionsCommand;
import org.sitrep.app.cli.ControlCommand;
import org.sitrep.app.cli.DemoCommand;
import org.sitrep.app.cli.EvalCommand;
import org.sitrep.app.cli.EventsCommand;
import org.sitrep.app.cli.ExportCommand;
import org.sitrep.app.cli.ExtractCommand;
import org.sitrep.app.cli.FramingCommand;
import org.sitrep.app.cli.GazetteerCommand;
import org.sitrep.app.cli.IngestCommand;
import org.sitrep.app.cli.ReportCommand;
import org.sitrep.app.cli.ServeCommand;
import org.sitrep.app.cli.TimelineCommand;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sitrep} command line. Exit codes: 0 ok, 1 some input failed (diagnostics on stderr), 2 usage error.
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Raw conflict news in, sourced events out.")
public final class Main implements Runnable {
    /** The commands, in the order the help lists them. */
    public static final java.util.List<Class<?>> COMMANDS = commands();

    /** This module's commands, then those other modules provide ({@link CommandProvider}: the benchmarks), then help. */
    private static java.util.List<Class<?>> commands() {
        java.util.List<Class<?>> out = new java.util.ArrayList<>(java.util.List.of(ExtractCommand.class, ClaimsCommand.class,
                IngestCommand.class, EventsCommand.class, TimelineCommand.class, ControlCommand.class,
                ContradictionsCommand.class, FramingCommand.class, ReportCommand.class, ExportCommand.class,
                ServeCommand.class, EvalCommand.class, DemoCommand.class, GazetteerCommand.class, ActorsCommand.class,
                WatchCommand.class, WatchlistCommand.class, AlertsCommand.class, DigestCommand.class));
        for (CommandProvider p : java.util.ServiceLoader.load(CommandProvider.class, Main.class.getClassLoader())) {
            out.addAll(p.commands());
        }
        out.add(CommandLine.HelpCommand.class);
        return java.util.List.copyOf(out);
    }

    @CommandLine.Spec
    public CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code (no System.exit: usable from tests). */
    public static int execute(String... args) {
        return execute(commandLine(args), args);
    }

    /** Runs {@code args} on a command line made by {@link #commandLine} (whose streams a test may have set). */
    public static int execute(CommandLine cl, String... args) {
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            if (e instanceof UsageError || e instanceof org.sitrep.store.StoreException se && se.badQuery()) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
                return 2;
            }
            if (outOfMemory(e)) {
                cmd.getErr().println(outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
                return OUT_OF_MEMORY;
            }
            cmd.getErr().println("sitrep: " + e.getMessage());
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println(outOfMemoryMessage(Runtime.getRuntime().maxMemory()));
            return OUT_OF_MEMORY;
        }
    }

    /** The exit code of a run that ran out of the JVM's heap. */
    static final int OUT_OF_MEMORY = 3;

    /** Whether the JVM's heap ran out: the error itself, or the cause of what a thread pool handed on. */
    static boolean outOfMemory(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < 32; t = t.getCause()) { // bounded: two errors may name each other as cause
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** What a run that ran out of a heap of {@code maxBytes} says, and how to give it more. */
    static String outOfMemoryMessage(long maxBytes) {
        return "sitrep: out of memory: the JVM's heap holds at most " + (maxBytes >> 20) + " MB. A refresh holds its largest "
                + "region's mentions and events at once (README: Store, memory); give it more, e.g. "
                + "SITREP_JAVA_OPTS=\"-Xmx4g -XX:+UseParallelGC\" sitrep ...";
    }

    /**
     * The command line for {@code args}: when the first argument names a command, only that command is modelled
     * (picocli reflects over every option of every command it is given, a tenth of a one-sentence run's start-up);
     * otherwise — no command, an option, {@code help}, a misspelt name — all of them, so that help and suggestions
     * list every command.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        String first = args.length > 0 ? args[0] : "";
        for (Class<?> c : COMMANDS) {
            if (first.equals(c.getAnnotation(Command.class).name()) && c != CommandLine.HelpCommand.class) {
                cl.addSubcommand(c);
                return configured(cl);
            }
        }
        for (Class<?> c : COMMANDS) {
            cl.addSubcommand(c);
        }
        return configured(cl);
    }

    /**
     * What every command line shares (set once its commands are added, as picocli applies these to the commands
     * present): days only as YYYY-MM-DD, enum values in any case ({@code --format CSV}), and a usage error told in
     * one line with a pointer to the help, not followed by the whole usage.
     */
    private static CommandLine configured(CommandLine cl) {
        cl.registerConverter(java.time.LocalDate.class, new DateConverter());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            java.io.PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName(); // "sitrep", "sitrep events", "sitrep gazetteer lookup"
            err.println(name + ": " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + name + " --help' for its options.");
            err.flush();
            return 2;
        });
        return cl;
    }
}
