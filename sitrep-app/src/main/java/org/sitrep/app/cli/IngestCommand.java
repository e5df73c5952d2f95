package org.sitrep.app.cli;

import org.sitrep.app.Progress;
import org.sitrep.app.Runs;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep ingest PATH...}: extracts the articles and adds them to the store, each in one transaction, then
 * recomputes the merged events, timelines and contradictions they touch. An article already stored (same content
 * hash) is skipped.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles (text, HTML, JSONL files, directories, or - for stdin) to the store.")
public final class IngestCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to read; - reads stdin.")
    public List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = out();
        int[] n = new int[3];
        int code;
        StoreArgs.requireDirectory(store.db);
        try (EventStore s = EventStores.open(store.db)) {
            // articles are written in batches (one transaction each), counted once their batch is committed
            org.sitrep.store.BatchWriter w = new org.sitrep.store.BatchWriter(s, System.err::println);
            try (w) {
                code = Runs.run(paths, common, System.err, r -> w.add(r.extraction()));
            }
            n[0] = w.added();
            n[1] = w.alreadyStored();
            n[2] = w.refused();
            if (!common.quiet && Progress.stderrIsTerminal()) {
                System.err.println("sitrep ingest: refreshing " + s.pending() + " partitions (events, timelines, contradictions)…");
            }
            int parts = s.refresh();
            // the watchlists' alerts on what these articles changed (webhooks sent at once, or left pending for a watcher or a server)
            java.util.List<org.sitrep.store.alert.Watchlist> watchlists = org.sitrep.store.alert.Alerter.watchlists(s, line -> System.err.println("sitrep ingest: " + line));
            int alerts = watchlists.isEmpty() ? 0 : new org.sitrep.store.alert.Alerter(s, a -> { }).afterRefresh(s.lastChanges(), watchlists).size();
            if (alerts > 0) {
                try {
                    new org.sitrep.app.watch.Webhooks(s, 3, java.time.Duration.ofSeconds(1), line -> System.err.println("sitrep ingest: " + line))
                            .deliverDue(watchlists);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            EventStore.Counts c = s.counts();
            long windowed = s.refreshCounts().windowed();
            out.printf("added %d articles, %d already stored%s; %d partitions recomputed%s%n", n[0], n[1],
                    n[2] > 0 ? ", " + n[2] + " failed" : "", parts, windowed > 0 ? " (" + windowed + " from a window around the new mentions)" : "");
            if (alerts > 0) {
                out.printf("%d alert%s raised (sitrep alerts --db %s)%n", alerts, alerts == 1 ? "" : "s", s.location());
            }
            out.printf("store %s: %d articles, %d mentions, %d events, %d control periods, %d contradictions%n", s.location(),
                    c.articles(), c.mentions(), c.events(), c.periods(), c.contradictions());
        }
        out.flush();
        return n[2] > 0 ? 1 : code;
    }
}
