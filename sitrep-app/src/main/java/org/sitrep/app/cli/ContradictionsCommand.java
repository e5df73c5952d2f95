package org.sitrep.app.cli;

import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.StoreOutput;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.sitrep.core.model.Contradiction;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep contradictions}: where sources disagree, each side with its source and quote. */
@Command(name = "contradictions", mixinStandardHelpOptions = true, description = "List where sources disagree.")
public final class ContradictionsCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();
    @Option(names = "--all", description = "Also list compatible values (approximate figures that agree).")
    public boolean all;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (EventStore s = store.open()) {
            StoreOutput.print(s.contradictions(all), store.format, out, c -> row(out, c));
        }
        return 0;
    }

    public static void row(PrintWriter out, Contradiction c) {
        out.printf("[%s] %s — %s%n", c.kind().label(), c.subject(), c.attribute());
        for (Contradiction.Position p : c.positions()) {
            out.printf("    %-28s %-32s %s\"%s\"%n", p.value() + (p.approximate() ? " (approx.)" : ""),
                    p.source(),
                    p.claimant() == null ? "" : p.claimant() + ": ", p.quote());
        }
    }
}
