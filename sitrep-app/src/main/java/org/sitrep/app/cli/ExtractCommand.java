package org.sitrep.app.cli;

import org.sitrep.app.EventTable;
import org.sitrep.app.Listing;
import org.sitrep.app.ListingArgs;
import org.sitrep.app.SitrepCommand;

import org.sitrep.core.Extraction;
import org.sitrep.core.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code sitrep extract PATH...}: every event mention the articles state. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print every event mention in the articles (text, HTML, JSONL files, directories, or - for stdin).")
public final class ExtractCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public ListingArgs args = new ListingArgs();

    @Override
    public Integer call() {
        PrintWriter out = out();
        return Listing.print(args.paths, common, args.format, out, Extraction::events, Json::event, new EventTable(out)::row);
    }
}
