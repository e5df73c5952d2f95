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

    @Override
    public Integer call() throws InterruptedException {
        StoreArgs.requireExisting(db); // serving never makes a store, even one that POST /api/articles would fill
        requirePort(port);
        boolean writing = token != null && !token.isBlank();
        Engine engine = writing ? new Engine(Engine.gazetteer(common.home(), d -> err().println(d.format())), common.timeLimit(), false, common.actorFiles()) : null;
        ApiServer server = new ApiServer(db, engine, token).start(bind, port, allowHosts);
        serveUntilStopped(server, out(), String.format("sitrep: serving %s at http://%s:%d/ (the map; API under /api, OpenAPI "
                + "document at /openapi.json; writing %s); Ctrl-C stops", org.sitrep.store.EventStores.redacted(db), bind, server.port(), writing ? "on, with the token" : "off"), () -> { });
        return 0;
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
