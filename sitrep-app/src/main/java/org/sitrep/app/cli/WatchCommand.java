package org.sitrep.app.cli;

import org.sitrep.app.DurationConverter;
import org.sitrep.app.Engine;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.UsageError;
import org.sitrep.app.watch.FeedList;
import org.sitrep.app.watch.FeedWatcher;
import org.sitrep.app.watch.Fetcher;
import org.sitrep.app.watch.Webhooks;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep watch --feeds FILE}: follows RSS and Atom feeds into the store, raising the watchlists' alerts as
 * articles arrive; every {@code --every} until stopped, or once.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow RSS/Atom feeds: fetch each new item's page, extract and store it, raise the watchlists' alerts.")
public final class WatchCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
    public String db = StoreArgs.DEFAULT_DB;
    @Option(names = "--feeds", required = true, paramLabel = "FILE", description = "The feeds: one URL a line, optionally followed by the outlet's name; # starts a comment.")
    public Path feeds;
    @Option(names = "--every", paramLabel = "SPAN", converter = DurationConverter.class, description = "Poll interval (default: 15m; a failing feed waits longer, up to 6h).")
    public Duration every = Duration.ofMinutes(15);
    @Option(names = "--once", description = "Poll every feed once and stop (exit 1 when a feed or an item failed).")
    public boolean once;
    @Option(names = "--delay", paramLabel = "SPAN", converter = DurationConverter.ZeroOrMore.class, description = "Pause between two requests to the same host (default: 2s; longer when its robots.txt asks).")
    public Duration delay = Fetcher.Settings.DEFAULT.delay();
    @Option(names = "--timeout", paramLabel = "SPAN", converter = DurationConverter.class, description = "Give up on a request after this (default: 20s).")
    public Duration timeout = Fetcher.Settings.DEFAULT.timeout();
    @Option(names = "--retries", paramLabel = "N", description = "Attempts at a request that may pass later (a timeout, 429, 5xx; default: 3, the pause doubling from 2s).")
    public int attempts = Fetcher.Settings.DEFAULT.attempts();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = out();
        PrintWriter err = err();
        List<FeedList.Source> list = FeedList.read(feeds, line -> err.println("sitrep watch: " + line));
        if (list.isEmpty()) {
            throw new UsageError("no feed URL in " + feeds);
        }
        if (attempts < 1) {
            throw new UsageError("--retries must be at least 1");
        }
        StoreArgs.requireDirectory(db);
        Engine engine = new Engine(Engine.gazetteer(common.home(), d -> err.println(d.format())), common.timeLimit(), false, common.actorFiles());
        boolean failed = false;
        try (EventStore store = EventStores.open(db)) {
            Fetcher fetcher = new Fetcher(new Fetcher.Settings(delay, timeout, attempts, Fetcher.Settings.DEFAULT.backoff()));
            Webhooks hooks = new Webhooks(store, 3, Duration.ofSeconds(1), line -> err.println("sitrep watch: " + line));
            FeedWatcher w = new FeedWatcher(store, engine, fetcher, hooks, every, line -> {
                err.println("sitrep watch: " + line);
                err.flush();
            }, a -> { });
            if (!common.quiet) {
                err.println("sitrep watch: " + list.size() + " feeds into " + store.location() + (once ? ", once" : ", every " + every.toString().substring(2).toLowerCase()));
                err.flush();
            }
            while (true) {
                FeedWatcher.Report r = w.poll(list, once);
                out.println(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + r);
                out.flush();
                failed |= r.feedsFailed > 0 || r.itemsFailed > 0;
                if (once) {
                    break;
                }
                Thread.sleep(Math.max(1_000, Math.min(every.toMillis(), Duration.ofMinutes(1).toMillis())));
            }
        }
        return failed ? 1 : 0;
    }
}
