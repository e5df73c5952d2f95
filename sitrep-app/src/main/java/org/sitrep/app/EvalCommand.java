package org.sitrep.app;

import org.sitrep.core.eval.EvalReport;
import org.sitrep.core.eval.Evaluator;
import org.sitrep.core.eval.Gold;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.EventMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep eval --gold FILE PATH...}: scores extraction against a gold file. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the events extracted from PATH against a gold file in the seeds.gold.json format.")
final class EvalCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotation (seeds.gold.json format).")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<String> paths;

    @Option(names = "--format", description = "text (default) or json.")
    String format = "text";

    @Option(names = "--details", description = "List every miss, spurious prediction and wrong field.")
    boolean details;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Gold g;
        try (InputStream in = Files.newInputStream(gold)) {
            g = Gold.parse(in);
        } catch (IOException | RuntimeException e) {
            err().println(gold + ": error: cannot read gold file: " + e.getMessage());
            return 2;
        }
        List<EventMention> predicted = new ArrayList<>();
        common.quiet = true;
        int code = Runs.run(paths, common, System.err, r -> predicted.addAll(r.extraction().events()));
        EvalReport report = new Evaluator().evaluate(g, predicted);
        if (format.equals("json")) {
            out.println(Json.write(report.summary()));
        } else {
            out.print(report.render(details));
        }
        out.flush();
        return code;
    }
}
