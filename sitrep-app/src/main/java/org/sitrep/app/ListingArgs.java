package org.sitrep.app;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** Arguments of the listing commands (extract, claims): the inputs and the output format. */
public final class ListingArgs {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, directories, or - for standard input.")
    public List<String> paths;

    @Option(names = "--format", description = "jsonl (default), json or table.")
    public Format format = Format.jsonl;
}
