package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep export}: the store's events for other tools. CSV with ACLED's columns plus sitrep's realis,
 * claimant, corroboration, quote and article URL ({@link AcledRecord}; Commons CSV, RFC 4180, UTF-8 with a byte-order mark so that Excel reads it as
 * UTF-8); GeoJSON (RFC 7946) of events, or with {@code --control-as-of} of who held each place that day; JSONL of
 * events with every mention.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events as CSV (ACLED's columns), GeoJSON or JSONL; or control as of a day as GeoJSON.")
final class ExportCommand extends SitrepCommand implements Callable<Integer> {
    enum ExportFormat { csv, geojson, jsonl }

    @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
    String db = StoreArgs.DEFAULT_DB;
    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, geojson or jsonl (any case); needed for events, "
            + "not with --control-as-of (GeoJSON).")
    ExportFormat format;
    @Option(names = "--control-as-of", paramLabel = "DATE", description = "GeoJSON of who held each place at the end of that day, instead of events.")
    LocalDate controlAsOf;
    @Mixin
    EventFilters filters = new EventFilters();
    @Option(names = "--limit", paramLabel = "N", description = "Most events exported (default: ${DEFAULT-VALUE}).")
    int limit = 100_000;

    /** The CSV header: ACLED's columns, then sitrep's ({@link AcledRecord#COLUMNS}). */
    static final List<String> CSV_COLUMNS = AcledRecord.COLUMNS;

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (controlAsOf != null && format != null && format != ExportFormat.geojson) {
            throw new UsageError("--control-as-of gives GeoJSON only; leave out --format " + format + " or give --format geojson");
        }
        if (controlAsOf == null && format == null) {
            throw new UsageError("give --format csv, geojson or jsonl (or --control-as-of DATE for who held each place that day)");
        }
        try (EventStore s = StoreArgs.open(db)) {
            if (controlAsOf != null) {
                out.println(StoreJson.write(controlGeoJson(s.control(controlAsOf, filters.near), controlAsOf)));
                out.flush();
                return 0;
            }
            List<Event> events = s.events(filters.query(limit));
            Function<String, AcledRecord.ArticleInfo> articles = articles(s);
            switch (format) {
                case csv -> {
                    out.print('\uFEFF');
                    try (CSVPrinter csv = new CSVPrinter(new NonClosing(out), CSVFormat.RFC4180)) {
                        csv.printRecord(CSV_COLUMNS);
                        for (Event e : events) {
                            csv.printRecord(AcledRecord.csvFields(AcledRecord.of(s.event(e.id()).orElse(e), articles)));
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                case geojson -> out.println(StoreJson.write(eventsGeoJson(events, articles)));
                case jsonl -> {
                    for (Event e : events) {
                        out.println(StoreJson.write(s.event(e.id()).orElse(e)));
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    /** An article's outlet, URL and title by its id, each article read once. */
    static Function<String, AcledRecord.ArticleInfo> articles(EventStore s) {
        Map<String, AcledRecord.ArticleInfo> seen = new java.util.HashMap<>();
        return id -> seen.computeIfAbsent(id, k -> s.article(k)
                .map(a -> new AcledRecord.ArticleInfo(a.outlet(), a.url(), a.title())).orElse(AcledRecord.ArticleInfo.NONE));
    }

    /** The printer's writer, left open when the printer closes (stdout goes on). */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }

    /**
     * A FeatureCollection of events: Point geometry [lon, lat] where the place has one, else null; the properties are
     * the CSV's fields (numbers as numbers, null for empty), then sitrep's type, actor, target, place, start, end,
     * outlets and disputed fields.
     */
    static Map<String, Object> eventsGeoJson(List<Event> events, Function<String, AcledRecord.ArticleInfo> articles) {
        List<Object> features = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> props = new LinkedHashMap<>(AcledRecord.of(e, articles));
            props.put("id", e.id());
            props.put("type", e.type().label());
            props.put("actor", AcledRecord.name(e.actor()));
            props.put("target", AcledRecord.name(e.target()));
            props.put("place", e.place() == null ? null : e.place().name());
            props.put("start", e.interval().isKnown() ? e.interval().start().toString() : null);
            props.put("end", e.interval().isKnown() ? e.interval().end().toString() : null);
            props.put("outlets", e.outlets());
            props.put("disputed", e.disputed());
            features.add(feature(e.id(), e.place(), props));
        }
        return collection(features);
    }

    /** A FeatureCollection of places with who held each at the end of the day. */
    static Map<String, Object> controlGeoJson(List<ControlPeriod> periods, LocalDate day) {
        List<Object> features = new ArrayList<>();
        for (ControlPeriod c : periods) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("place", c.place().name());
            props.put("as_of", day.toString());
            props.put("controller", c.controller());
            props.put("side", c.side());
            props.put("contested", c.contested());
            props.put("since", c.from().isKnown() ? c.from().start().toString() : null);
            props.put("inferred", c.inferred());
            props.put("confidence", c.confidence());
            props.put("evidence_total", c.evidenceTotal());
            props.put("evidence_quote", c.evidence().isEmpty() ? null : c.evidence().get(0).quote());
            features.add(feature(c.placeKey(), c.place(), props));
        }
        return collection(features);
    }

    /** A feature with its identifier as the top-level {@code id} (RFC 7946 §3.2), so that GIS tools key on it. */
    private static Map<String, Object> feature(String id, ResolvedPlace p, Map<String, Object> props) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", id);
        if (p != null && p.hasPoint()) {
            f.put("geometry", Map.of("type", "Point", "coordinates", List.of(round(p.lon()), round(p.lat()))));
        } else {
            f.put("geometry", null);
        }
        f.put("properties", props);
        return f;
    }

    private static Map<String, Object> collection(List<Object> features) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }

    /** Six decimals (about 10 cm), as RFC 7946 recommends. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
