package org.sitrep.app.cli;

import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.StoreOutput;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.sitrep.store.FramingRow;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep framing}: per outlet and side, the words used for it, loaded ones marked. */
@Command(name = "framing", mixinStandardHelpOptions = true, description = "How each outlet names each side.")
public final class FramingCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (EventStore s = store.open()) {
            StoreOutput.print(s.framing(), store.format, out, r -> row(out, r));
        }
        return 0;
    }

    public static void row(PrintWriter out, FramingRow r) {
        out.printf("%-40s %-12s %-40s %3d %s%n", r.outlet(), r.side(), r.term(), r.count(), r.loaded() ? "LOADED" : "");
    }
}
