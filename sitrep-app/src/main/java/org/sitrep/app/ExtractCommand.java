package org.sitrep.app;

import org.sitrep.core.Extraction;
import org.sitrep.core.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep extract PATH...}: every event mention the articles state. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print every event mention in the articles (text, HTML, JSONL files, directories, or - for stdin).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--format", description = "jsonl (default), json or table.")
    Format format = Format.jsonl;

    @Mixin
    Common common = new Common();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return Listing.print(paths, common, format, out, Extraction::events, Json::event, new EventTable(out)::row);
    }
}
