package org.sitrep.app.cli;

import org.sitrep.app.Engine;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.server.ApiServer;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the read API over a store until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web map and the REST API over a store (OpenAPI document at /openapi.json).")
public final class ServeCommand extends SitrepCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
    public String db = StoreArgs.DEFAULT_DB;
    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    public int port = 8080;
    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    public String bind = "127.0.0.1";
    @Option(names = "--token", paramLabel = "TOKEN", description = "Accept POST /api/articles from requests bearing this token "
            + "(default: $SITREP_TOKEN; without one, writing is off).")
    public String token = System.getenv("SITREP_TOKEN");
    @Option(names = "--allow-host", paramLabel = "NAME", description = "Also answer requests addressed to this host name "
            + "(repeatable). By default only the bind address, localhost and loopback addresses are answered (421 otherwise), "
            + "which keeps other sites' pages from reading a local server through DNS rebinding.")
    public java.util.List<String> allowHosts = new java.util.ArrayList<>();
    @Option(names = "--watch", paramLabel = "FEEDS", description = "Also follow the feeds in this file, as sitrep watch does, in this process; "
            + "the map shows their alerts as they come.")
    public Path watch;
    @Option(names = "--every", paramLabel = "SPAN", converter = org.sitrep.app.DurationConverter.class,
            description = "With --watch: the poll interval (default: 15m).")
    public java.time.Duration every = java.time.Duration.ofMinutes(15);

    @Override
    public Integer call() throws InterruptedException, java.io.IOException {
        StoreArgs.requireExisting(db); // serving never makes a store, even one that POST /api/articles would fill
        requirePort(port);
        boolean writing = token != null && !token.isBlank();
        java.util.List<org.sitrep.app.watch.FeedList.Source> feeds = watch == null ? java.util.List.of()
                : org.sitrep.app.watch.FeedList.read(watch, line -> err().println("sitrep serve: " + line));
        if (watch != null && feeds.isEmpty()) {
            throw new org.sitrep.app.UsageError("no feed URL in " + watch);
        }
        Engine engine = writing || watch != null ? new Engine(Engine.gazetteer(common.home(), d -> err().println(d.format())), common.timeLimit(), false,
                common.actorFiles()) : null;
        ApiServer server = new ApiServer(db, writing ? engine : null, token).start(bind, port, allowHosts);
        Thread watcher = watch == null ? null : startWatcher(engine, feeds, err());
        serveUntilStopped(server, out(), String.format("sitrep: serving %s at http://%s:%d/ (the map; API under /api, OpenAPI "
                + "document at /openapi.json; writing %s%s); Ctrl-C stops", org.sitrep.store.EventStores.redacted(db), bind, server.port(),
                writing ? "on, with the token" : "off", watch == null ? "" : "; following " + feeds.size() + " feeds every " + every.toString().substring(2).toLowerCase()),
                () -> {
                    if (watcher != null) {
                        watcher.interrupt();
                    }
                });
        return 0;
    }

    /** The feed watcher on a thread of its own, with a store connection of its own; a poll that fails is logged and the next one runs. */
    private Thread startWatcher(Engine engine, java.util.List<org.sitrep.app.watch.FeedList.Source> feeds, java.io.PrintWriter err) {
        Thread t = new Thread(() -> {
            try (org.sitrep.store.EventStore store = org.sitrep.store.EventStores.open(db)) {
                java.util.function.Consumer<String> log = line -> {
                    synchronized (err) {
                        err.println("sitrep watch: " + line);
                        err.flush();
                    }
                };
                org.sitrep.app.watch.FeedWatcher w = new org.sitrep.app.watch.FeedWatcher(store, engine,
                        new org.sitrep.app.watch.Fetcher(org.sitrep.app.watch.Fetcher.Settings.DEFAULT),
                        new org.sitrep.app.watch.Webhooks(store, 3, java.time.Duration.ofSeconds(1), log), every, log, a -> { });
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        log.accept(w.poll(feeds, false).toString());
                    } catch (RuntimeException e) {
                        log.accept("poll failed: " + e.getMessage() + " (the next one runs as planned)");
                    }
                    Thread.sleep(Math.max(1_000, Math.min(every.toMillis(), 60_000)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-watch");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Prints the banner and blocks until the process is stopped, then stops the server and runs {@code after}. */
    public static void serveUntilStopped(ApiServer server, java.io.PrintWriter out, String banner, Runnable after) throws InterruptedException {
        out.println(banner);
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            after.run();
            stop.countDown();
        }));
        stop.await();
    }
}
