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

/** {@code sitrep claims PATH...}: checkable statements that are not events (rank, distance, affiliation, role). */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Print the claims in the articles: ranks, distances, affiliations, roles.")
public final class ClaimsCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public ListingArgs args = new ListingArgs();

    @Override
    public Integer call() {
        PrintWriter out = out();
        return Listing.print(args.paths, common, args.format, out, Extraction::claims, Json::claim, c -> out.printf("%-22s %-28s %-36s %-8s %s%n",
                c.doc(), EventTable.cut(c.subject(), 28), EventTable.cut(c.attribute(), 36),
                EventTable.cut(c.value(), 20) + (c.approximate() ? "~" : ""), c.claimant() == null ? "" : c.claimant().text()));
    }
}
