package org.sitrep.app.cli;

import org.sitrep.app.EventFilters;
import org.sitrep.app.SitrepCommand;
import org.sitrep.app.StoreArgs;
import org.sitrep.app.UsageError;
import org.sitrep.app.export.AcledRecord;
import org.sitrep.app.export.GeoJson;

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
public final class ExportCommand extends SitrepCommand implements Callable<Integer> {
    enum ExportFormat { csv, geojson, jsonl }

    @Option(names = "--db", paramLabel = "FILE|URL", description = StoreArgs.DB_HELP)
    public String db = StoreArgs.DEFAULT_DB;
    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, geojson or jsonl (any case); needed for events, "
            + "not with --control-as-of (GeoJSON).")
    public ExportFormat format;
    @Option(names = "--control-as-of", paramLabel = "DATE", description = "GeoJSON of who held each place at the end of that day, instead of events.")
    public LocalDate controlAsOf;
    @Mixin
    public EventFilters filters = new EventFilters();
    @Option(names = "--limit", paramLabel = "N", description = "Most events exported (default: ${DEFAULT-VALUE}).")
    public int limit = 100_000;

    /** The CSV header: ACLED's columns, then sitrep's ({@link AcledRecord#COLUMNS}). */
    public static final List<String> CSV_COLUMNS = AcledRecord.COLUMNS;

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
                out.println(StoreJson.write(GeoJson.controlGeoJson(s.control(controlAsOf, filters.near), controlAsOf)));
                out.flush();
                return 0;
            }
            List<Event> events = s.events(filters.query(limit));
            Function<String, AcledRecord.ArticleInfo> articles = GeoJson.articles(s);
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
                case geojson -> out.println(StoreJson.write(GeoJson.eventsGeoJson(events, articles)));
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

    /** The printer's writer, left open when the printer closes (stdout goes on). */
    private static final class NonClosing extends java.io.FilterWriter {
        public NonClosing(java.io.Writer w) {
            super(w);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }

}
