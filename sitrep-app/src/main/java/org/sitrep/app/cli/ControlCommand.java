package org.sitrep.app.cli;

import org.sitrep.app.NearConverter;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.StoreOutput;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.sitrep.store.Near;
import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep control --as-of DATE [--near LAT,LON,KM]}: who held what on that day, with evidence. */
@Command(name = "control", mixinStandardHelpOptions = true, description = "Who held each place on a day.")
public final class ControlCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();
    @Option(names = "--as-of", paramLabel = "DATE", required = true, description = "The day (YYYY-MM-DD).")
    public LocalDate asOf;
    @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Only places within KM of the point.", converter = NearConverter.class)
    public Near near;
    @Option(names = "--evidence", description = "Print the evidence under each place.")
    public boolean evidence;

    @Override
    public Integer call() {
        PrintWriter out = out();
        try (EventStore s = store.open()) {
            StoreOutput.print(s.control(asOf, near), store.format, out, p -> TimelineCommand.period(out, p, evidence));
        }
        return 0;
    }
}
