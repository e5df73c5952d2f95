package org.sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.store.SqlEventStore;
import org.sitrep.store.StoreJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep export}: the store's events for other tools. CSV with ACLED-like columns plus sitrep's realis,
 * claimant, corroboration and quote (RFC 4180 quoting, UTF-8 with a byte-order mark so that Excel reads it as
 * UTF-8); GeoJSON (RFC 7946) of events, or with {@code --control-as-of} of who held each place that day; JSONL of
 * events with every mention.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export events as CSV (ACLED-like columns), GeoJSON or JSONL; or control as of a day as GeoJSON.")
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

    static final List<String> CSV_COLUMNS = List.of("event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
            "actor1", "actor2", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "realis", "claimant", "corroboration", "quote");

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (controlAsOf != null && format != null && format != ExportFormat.geojson) {
            throw new UsageError("--control-as-of gives GeoJSON only; leave out --format " + format + " or give --format geojson");
        }
        if (controlAsOf == null && format == null) {
            throw new UsageError("give --format csv, geojson or jsonl (or --control-as-of DATE for who held each place that day)");
        }
        try (SqlEventStore s = StoreArgs.open(db)) {
            if (controlAsOf != null) {
                out.println(StoreJson.write(controlGeoJson(s.control(controlAsOf, filters.near), controlAsOf)));
                out.flush();
                return 0;
            }
            List<Event> events = s.events(filters.query(limit));
            switch (format) {
                case csv -> {
                    out.print('\uFEFF');
                    out.print(csvLine(CSV_COLUMNS));
                    for (Event e : events) {
                        out.print(csvLine(csvRow(s.event(e.id()).orElse(e))));
                    }
                }
                case geojson -> out.println(StoreJson.write(eventsGeoJson(events)));
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

    /** One CSV record, RFC 4180: fields holding a comma, quote, CR or LF are quoted with inner quotes doubled; CRLF ends it. */
    static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }

    /** The CSV fields of an event, in {@link #CSV_COLUMNS} order. */
    static List<String> csvRow(Event e) {
        ResolvedPlace p = e.place();
        SourcedMention first = e.mentions().stream().filter(SourcedMention::supports).findFirst().orElse(e.mentions().get(0));
        String claimant = e.mentions().stream().filter(m -> m.mention().claimant() != null).map(m -> m.mention().claimant().text())
                .findFirst().orElse("");
        Long killed = e.mentions().stream().filter(m -> m.supports() && m.mention().casualties() != null
                && "killed".equals(m.mention().casualties().kind())).map(m -> m.mention().casualties().totalMin()).max(Long::compare).orElse(null);
        String[] kinds = acledType(e);
        String notes = e.type().label() + (e.actor() != null ? " by " + name(e.actor().id(), e.actor().text()) : "")
                + (p != null ? " at " + p.name() : "") + " (" + e.realis().label() + ")"
                + (e.disputed().isEmpty() ? "" : "; disputed: " + String.join(", ", e.disputed()));
        List<String> f = new ArrayList<>();
        f.add(e.id());
        f.add(e.interval().isKnown() ? e.interval().start().toLocalDate().toString() : "");
        f.add(timePrecision(e.interval()));
        f.add(kinds[0]);
        f.add(kinds[1]);
        f.add(e.actor() == null ? "" : name(e.actor().id(), e.actor().text()));
        f.add(e.target() == null ? "" : name(e.target().id(), e.target().text()));
        f.add(p == null || p.admin1() == null ? "" : p.admin1());
        f.add(p == null ? "" : p.name());
        f.add(p == null || !p.hasPoint() ? "" : String.format(Locale.ROOT, "%.5f", p.lat()));
        f.add(p == null || !p.hasPoint() ? "" : String.format(Locale.ROOT, "%.5f", p.lon()));
        f.add(geoPrecision(p));
        f.add(String.join("; ", e.outlets()));
        f.add("");
        f.add(notes);
        f.add(killed == null ? "" : Long.toString(killed));
        f.add(e.realis().label());
        f.add(claimant);
        f.add(Integer.toString(e.corroboration()));
        f.add(first.mention().quote());
        return f;
    }

    private static String name(String id, String text) {
        return id != null ? id : text == null ? "" : text;
    }

    /** ACLED's time precision: 1 a day, 2 within a week, 3 within a month or vaguer; empty when unknown. */
    static String timePrecision(TimeInterval t) {
        if (!t.isKnown()) {
            return "";
        }
        long days = java.time.Duration.between(t.start(), t.end()).toDays();
        return days <= 1 ? "1" : days <= 7 ? "2" : "3";
    }

    /** ACLED's geo precision: 1 a town or point, 2 a district or part of a region, 3 a province or vaguer. */
    static String geoPrecision(ResolvedPlace p) {
        if (p == null) {
            return "";
        }
        if (!p.resolved() || p.precision() == null) {
            return "3";
        }
        return p.precision() == GeoPrecision.POINT || p.precision() == GeoPrecision.TOWN ? "1"
                : p.precision() == GeoPrecision.DISTRICT ? "2" : "3";
    }

    /** ACLED event type and sub-event type of an event (the nearest of ACLED's categories). */
    static String[] acledType(Event e) {
        boolean state = e.actor() != null && "government".equals(e.actor().side());
        return e.type().acled(state); // event-types.tsv
    }

    /** A FeatureCollection of events: Point geometry [lon, lat] where the place has one, else null. */
    static Map<String, Object> eventsGeoJson(List<Event> events) {
        List<Object> features = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", e.id());
            props.put("type", e.type().label());
            props.put("realis", e.realis().label());
            props.put("actor", e.actor() == null ? null : name(e.actor().id(), e.actor().text()));
            props.put("target", e.target() == null ? null : name(e.target().id(), e.target().text()));
            props.put("place", e.place() == null ? null : e.place().name());
            props.put("start", e.interval().isKnown() ? e.interval().start().toString() : null);
            props.put("end", e.interval().isKnown() ? e.interval().end().toString() : null);
            props.put("time_precision", e.interval().precision().label());
            props.put("corroboration", e.corroboration());
            props.put("outlets", e.outlets());
            props.put("disputed", e.disputed());
            props.put("quote", e.mentions().get(0).mention().quote());
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
