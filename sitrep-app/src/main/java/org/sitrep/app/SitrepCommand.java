package org.sitrep.app;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** What every sitrep subcommand has: the shared options and its picocli spec (for its output streams). */
abstract class SitrepCommand {
    @Mixin
    Common common = new Common();

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
