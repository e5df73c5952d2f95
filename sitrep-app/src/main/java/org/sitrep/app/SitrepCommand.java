package org.sitrep.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** What every sitrep subcommand has: the shared options and its picocli spec (for its output streams). */
public abstract class SitrepCommand {
    @Mixin
    public Common common = new Common();

    @Spec
    public CommandSpec spec;

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error unless {@code port} is a TCP port (0 picks a free one). */
    public static void requirePort(int port) {
        if (port < 0 || port > 65_535) {
            throw new UsageError("--port must be 0 to 65535, not " + port);
        }
    }
}
