package org.sitrep.app;

import org.sitrep.core.Extraction;
import org.sitrep.core.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code sitrep extract PATH...}: every event mention the articles state. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print every event mention in the articles (text, HTML, JSONL files, directories, or - for stdin).")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    ListingArgs args = new ListingArgs();

    @Mixin
    Common common = new Common();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return Listing.print(args.paths, common, args.format, out, Extraction::events, Json::event, new EventTable(out)::row);
    }
}
