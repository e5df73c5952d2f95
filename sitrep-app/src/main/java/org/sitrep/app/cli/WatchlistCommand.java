package org.sitrep.app.cli;

import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.UsageError;
import org.sitrep.store.alert.Alerter;
import org.sitrep.store.alert.Watchlist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.app.Engine;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.model.GeoEntry;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import org.sitrep.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep watchlist add|list|remove}: the watchlists the store's alerts come from. */
@Command(name = "watchlist", mixinStandardHelpOptions = true, description = "Add, list or remove watchlists (what raises alerts).",
        subcommands = {WatchlistCommand.Add.class, WatchlistCommand.ListLists.class, WatchlistCommand.Remove.class})
public final class WatchlistCommand extends SitrepCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UsageError("say add, list or remove (sitrep watchlist --help)");
    }

    /** {@code watchlist add}: from a JSON file, or from options. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add (or replace) a watchlist, from a JSON or YAML file or from options. "
            + "What it matches now is marked as seen: it alerts on what changes from now on.")
    public static final class Add extends SitrepCommand implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
        public String db = StoreArgs.DEFAULT_DB;
        @Parameters(paramLabel = "FILE", arity = "0..1", description = "A watchlist as JSON or YAML (see the README).")
        public Path file;
        @Option(names = "--name", paramLabel = "NAME", description = "Its name (letters, digits, . _ -).")
        public String name;
        @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Area: a circle.")
        public String near;
        @Option(names = "--place", paramLabel = "NAME", description = "Area: a place by name (with --km, a circle round it).")
        public String place;
        @Option(names = "--km", paramLabel = "KM", description = "With --place: the radius.")
        public Double km;
        @Option(names = "--admin1", paramLabel = "NAME", description = "Area: a first-level division by name.")
        public String admin1;
        @Option(names = "--country", paramLabel = "CC", description = "With --admin1: its country (ISO code).")
        public String country;
        @Option(names = "--polygon", paramLabel = "FILE", description = "Area: a GeoJSON Polygon or MultiPolygon (or a Feature of one).")
        public Path polygon;
        @Option(names = "--actor", paramLabel = "ACTOR", description = "An actor id, name or side (repeatable; any one matches).")
        public java.util.List<String> actors = new java.util.ArrayList<>();
        @Option(names = "--type", paramLabel = "TYPE", description = "An event type (repeatable).")
        public java.util.List<String> types = new java.util.ArrayList<>();
        @Option(names = "--min-realis", paramLabel = "REALIS", description = "asserted, reported, claimed (no bare denials), …")
        public String minRealis;
        @Option(names = "--min-sources", paramLabel = "N", description = "Independent sources an event needs.")
        public Integer minSources;
        @Option(names = "--no-events", description = "Alert on control changes only.")
        public boolean noEvents;
        @Option(names = "--no-control", description = "Alert on events only.")
        public boolean noControl;
        @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert there (JSON).")
        public String webhook;

        @Override
        public Integer call() throws IOException {
            String json;
            if (file != null) {
                json = Files.readString(file, StandardCharsets.UTF_8);
                if (name != null) {
                    json = named(json, name);
                }
            } else {
                json = fromOptions();
            }
            StoreArgs.requireDirectory(db);
            Gazetteer[] g = new Gazetteer[1];
            Watchlist.PlaceFinder places = n -> {
                if (g[0] == null) {
                    g[0] = Engine.gazetteer(common.home(), d -> err().println(d.format()));
                }
                GeoEntry best = null;
                for (GeoEntry e : g[0].byNormal(g[0].keys().normal(n))) {
                    if (best == null || e.population() > best.population()) {
                        best = e;
                    }
                }
                return best == null ? null : new double[] {best.lat(), best.lon()};
            };
            Watchlist w;
            try {
                w = Watchlist.parse(json, file == null ? null : file.getFileName().toString().replaceFirst("\\.[^.]*$", ""), places);
            } catch (IllegalArgumentException e) {
                throw new UsageError((file == null ? "watchlist" : file.toString()) + ": " + e.getMessage());
            }
            try (EventStore s = EventStores.open(db)) {
                s.refresh();
                // a place with a radius is kept as the circle the gazetteer gave, so the store never needs the gazetteer
                s.monitor().saveWatchlist(w.name(), resolved(w));
                new Alerter(s, a -> { }).baseline(Watchlist.parse(resolved(w), w.name(), null));
                out().println("watchlist " + w.name() + " saved in " + s.location() + ": " + w.describe());
            }
            return 0;
        }

        private static String named(String json, String name) {
            try {
                ObjectNode o = (ObjectNode) StoreJson.MAPPER.readTree(json);
                o.put("name", name);
                return o.toString();
            } catch (IOException | ClassCastException e) {
                return json; // parsing below says what is wrong
            }
        }

        private static String resolved(Watchlist w) {
            try {
                ObjectNode o = (ObjectNode) StoreJson.MAPPER.readTree(w.json());
                if (w.area() instanceof Watchlist.Circle c && o.path("area").has("place")) {
                    ObjectNode area = o.putObject("area");
                    area.put("circle", c.lat() + "," + c.lon() + "," + c.km());
                }
                return o.toString();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private String fromOptions() throws IOException {
            ObjectNode o = StoreJson.MAPPER.createObjectNode();
            if (name == null) {
                throw new UsageError("give a watchlist FILE or --name and the options");
            }
            o.put("name", name);
            int areas = (near != null ? 1 : 0) + (place != null ? 1 : 0) + (admin1 != null ? 1 : 0) + (polygon != null ? 1 : 0);
            if (areas > 1) {
                throw new UsageError("give one area: --near, --place, --admin1 or --polygon");
            }
            ObjectNode area = StoreJson.MAPPER.createObjectNode();
            if (near != null) {
                area.put("circle", near);
            } else if (place != null) {
                area.put("place", place);
                if (km != null) {
                    area.put("km", km);
                }
            } else if (admin1 != null) {
                area.put("admin1", admin1);
                if (country != null) {
                    area.put("country", country);
                }
            } else if (polygon != null) {
                area.set("polygon", StoreJson.MAPPER.readTree(Files.readString(polygon, StandardCharsets.UTF_8)));
            }
            if (areas == 1) {
                o.set("area", area);
            }
            if (!actors.isEmpty()) {
                ArrayNode a = o.putArray("actors");
                actors.forEach(a::add);
            }
            if (!types.isEmpty()) {
                ArrayNode a = o.putArray("types");
                types.forEach(a::add);
            }
            if (minRealis != null) {
                o.put("minRealis", minRealis);
            }
            if (minSources != null) {
                o.put("minSources", minSources);
            }
            if (noEvents) {
                o.put("events", false);
            }
            if (noControl) {
                o.put("control", false);
            }
            if (webhook != null) {
                o.put("webhook", webhook);
            }
            return o.toString();
        }
    }

    /** {@code watchlist list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watchlists (as JSON, one a line).")
    public static final class ListLists extends SitrepCommand implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
        public String db = StoreArgs.DEFAULT_DB;

        @Override
        public Integer call() {
            StoreArgs.requireExisting(db);
            try (EventStore s = EventStores.open(db)) {
                for (Map.Entry<String, String> w : s.monitor().watchlists().entrySet()) {
                    out().println(w.getValue());
                }
            }
            return 0;
        }
    }

    /** {@code watchlist remove NAME}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a watchlist (its alerts stay).")
    public static final class Remove extends SitrepCommand implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
        public String db = StoreArgs.DEFAULT_DB;
        @Parameters(paramLabel = "NAME")
        public String name;

        @Override
        public Integer call() {
            StoreArgs.requireExisting(db);
            try (EventStore s = EventStores.open(db)) {
                if (!s.monitor().removeWatchlist(name)) {
                    throw new UsageError("no watchlist " + name + " in " + s.location());
                }
                out().println("watchlist " + name + " removed");
            }
            return 0;
        }
    }
}
