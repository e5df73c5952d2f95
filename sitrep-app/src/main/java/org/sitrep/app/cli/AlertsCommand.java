package org.sitrep.app.cli;

import com.fasterxml.jackson.databind.JsonNode;

import org.sitrep.app.DurationConverter;
import org.sitrep.app.Format;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.store.alert.AlertJson;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.Monitor;
import org.sitrep.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep alerts [--since 24h]}: the alerts the watchlists raised, oldest first, each with its evidence. */
@Command(name = "alerts", mixinStandardHelpOptions = true, description = "List the alerts raised (each with its evidence quotes and article URLs).")
public final class AlertsCommand extends SitrepCommand implements Callable<Integer> {
    @Mixin
    public StoreArgs store = new StoreArgs();
    @Option(names = "--since", paramLabel = "WHEN", converter = DurationConverter.Since.class,
            description = "Only alerts raised since: a span back from now (24h, 7d), a day (2026-12-01) or an instant.")
    public Instant since;
    @Option(names = "--watchlist", paramLabel = "NAME", description = "Only this watchlist's alerts.")
    public String watchlist;
    @Option(names = "--limit", paramLabel = "N", description = "At most this many (default: ${DEFAULT-VALUE}).")
    public int limit = 1000;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        StoreArgs.requireExisting(store.db);
        try (EventStore s = EventStores.open(store.db)) {
            List<Monitor.Alert> alerts = s.monitor().alerts(since, 0, Math.max(1, limit)).stream()
                    .filter(a -> watchlist == null || watchlist.equals(a.watchlist())).toList();
            if (store.format != Format.table) {
                List<String> lines = alerts.stream().map(AlertJson::record).toList();
                out.println(store.format == Format.json ? "[" + String.join(",\n", lines) + "]" : String.join("\n", lines));
                return 0;
            }
            for (Monitor.Alert a : alerts) {
                JsonNode j = StoreJson.MAPPER.readTree(a.json());
                out.printf("#%d %s [%s] %s%s%n", a.id(), a.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), a.watchlist(),
                        j.path("summary").asText(a.subject()), a.delivery().equals("none") ? "" : "  (webhook: " + a.delivery()
                                + (a.lastError() != null && !a.delivery().equals("delivered") ? ", " + a.lastError() : "") + ")");
                for (JsonNode e : j.path("evidence")) {
                    out.printf("    %s: \"%s\"%s%n", e.path("source").asText("?"), e.path("quote").asText(),
                            e.hasNonNull("url") ? " <" + e.get("url").asText() + ">" : "");
                }
            }
            if (alerts.isEmpty() && store.format == Format.table && !common.quiet) {
                err().println("sitrep alerts: none" + (since != null ? " since " + since : "") + " in " + s.location());
            }
        }
        return 0;
    }
}
