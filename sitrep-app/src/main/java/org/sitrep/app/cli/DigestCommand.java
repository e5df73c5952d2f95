package org.sitrep.app.cli;

import org.sitrep.app.DurationConverter;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.watch.Digest;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.sitrep.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep digest --since 24h [--html|--json]}: what the articles ingested since then changed. */
@Command(name = "digest", mixinStandardHelpOptions = true, description = "What changed since a time: control changes, new events by area, "
        + "corroborated events, new contradictions, the most corroborated events, each with its sources and quotes.")
public final class DigestCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
    public String db = StoreArgs.DEFAULT_DB;
    @Option(names = "--since", paramLabel = "WHEN", converter = DurationConverter.Since.class,
            description = "From articles ingested since: a span back from now (24h, 7d; default 24h), a day (2026-12-01) or an instant.")
    public Instant since = Instant.now().minus(Duration.ofHours(24));
    @Option(names = "--html", description = "A self-contained HTML page instead of text.")
    public boolean html;
    @Option(names = "--json", description = "JSON instead of text (as GET /api/digest).")
    public boolean json;

    @Override
    public Integer call() {
        if (html && json) {
            throw new org.sitrep.app.UsageError("give --html or --json, not both");
        }
        try (EventStore s = StoreArgs.open(db)) {
            Digest d = Digest.of(s, since);
            out().print(html ? d.html() : json ? d.json().toString() + "\n" : d.text());
            out().flush();
        }
        return 0;
    }
}
