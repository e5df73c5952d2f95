package org.sitrep.app.cli;

import org.sitrep.app.Engine;
import org.sitrep.app.SitrepCommand;

import org.sitrep.core.geo.Admin1;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerCompiler;
import org.sitrep.core.model.Diagnostic;
import org.sitrep.core.model.GeoEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** {@code sitrep gazetteer import FILE} and {@code sitrep gazetteer lookup NAME}. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Manage the gazetteer.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class, GazetteerCommand.ListImports.class,
                GazetteerCommand.Remove.class})
public final class GazetteerCommand {

    /** Adds a GeoNames dump (e.g. SD.txt, allCountries.txt, cities500.txt; plain or .gz) to the user's gazetteer. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add a GeoNames dump (19-column format, plain or gzip) to the gazetteer under $SITREP_HOME/gazetteer.")
    public static final class Import extends SitrepCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        public Path file;

        @Option(names = "--name", description = "Name of the imported set (default: the file name).")
        public String name;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = out();
            if (!Files.isRegularFile(file)) {
                err().println(file + ": error: no such file");
                return 1;
            }
            String base = name != null ? name : file.getFileName().toString().replaceAll("(\\.txt)?(\\.gz)?$", "");
            Path dir = common.home().resolve("gazetteer");
            Files.createDirectories(dir);
            Path target = dir.resolve(base + ".tsv.gz");
            Path tmp = Files.createTempFile(dir, base, ".part");
            GazetteerCompiler.Stats stats;
            int[] warnings = {0};
            try {
                try (InputStream raw = Files.newInputStream(file);
                     InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                     BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                     Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8)) {
                    stats = new GazetteerCompiler().compile(r, w, file.toString(), d -> {
                        if (warnings[0]++ < 20) {
                            err().println(d.format());
                        }
                    });
                } catch (java.util.zip.ZipException e) {
                    err().println(file + ": error: not a GeoNames dump (" + e.getMessage() + "); nothing imported");
                    return 1;
                }
                if (stats.written() == 0 || stats.bad() * 2 > stats.read()) {
                    // a file of another kind (a CSV, an HTML page): refused whole, leaving nothing behind
                    err().println(file + ": error: not a GeoNames dump (" + stats.bad() + " of " + stats.read() + " lines are not 19 "
                            + "tab-separated GeoNames columns, " + stats.written() + " populated places); nothing imported");
                    return 1;
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            out.printf("imported %d places from %s into %s (%d rows read, %d not populated places, %d bad lines)%n",
                    stats.written(), file, target, stats.read(), stats.skipped(), stats.bad());
            // compile the bundle and every import now, so that no later start does it
            org.sitrep.core.geo.Gazetteer g = Engine.gazetteer(common.home(), d -> err().println(d.format()));
            out.printf("compiled gazetteer: %d places in %s%n", g.size(), dir.resolve(Engine.COMPILED));
            out.flush();
            return stats.bad() > 0 ? 1 : 0;
        }
    }

    /** Shows what a name matches in the gazetteer (exact and transliteration-tolerant keys). */
    @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Show the gazetteer entries a place name matches.")
    public static final class Lookup extends SitrepCommand implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        public String name;

        @Option(names = "--country", description = "Only entries in this ISO country code.")
        public String country;

        @Override
        public Integer call() {
            PrintWriter out = out();
            Gazetteer g = Engine.gazetteer(common.home(), (Diagnostic d) -> err().println(d.format()));
            String key = g.keys().normal(name);
            java.util.List<String> rows = new java.util.ArrayList<>();
            for (GeoEntry e : g.byNormal(key)) {
                addEntry(rows, g, e, "exact");
            }
            for (Gazetteer.SkeletonHit h : g.bySkeleton(g.keys().skeleton(key))) {
                addEntry(rows, g, h.entry(), String.format(java.util.Locale.ROOT, "fuzzy %.2f", org.sitrep.core.geo.NameKeys.similarity(key, h.normalKey())));
            }
            for (Admin1 a : g.admin1ByNormal(key)) {
                if (country == null || a.key().toUpperCase(java.util.Locale.ROOT).startsWith(country.toUpperCase(java.util.Locale.ROOT) + ".")) {
                    rows.add(row("division", a.name(), "-",
                            a.key().substring(0, Math.max(0, a.key().indexOf('.'))), a.key(), String.format(java.util.Locale.ROOT, "%.4f,%.4f", a.lat(), a.lon()), "-"));
                }
            }
            if (rows.isEmpty()) {
                err().println("sitrep gazetteer lookup: nothing matches '" + name + "'" + (country == null ? "" : " in " + country)
                        + " (normal key '" + key + "', skeleton '" + g.keys().skeleton(key) + "')");
                return 1;
            }
            out.println(row("match", "name", "geonameid", "country", "division", "lat,lon", "population"));
            rows.forEach(out::println);
            out.flush();
            return 0;
        }

        /** One line of the table: match, name, geonameid, country, division, lat,lon, population. */
        private static String row(Object... columns) {
            return String.format(java.util.Locale.ROOT, "%-10s %-28s %-9s %-7s %-22s %-21s %s", columns);
        }

        private void addEntry(java.util.List<String> rows, Gazetteer g, GeoEntry e, String how) {
            if (country != null && !country.equalsIgnoreCase(e.country())) {
                return;
            }
            Admin1 a = g.admin1(e.admin1Key());
            rows.add(row(how, e.name(), e.geonameid(), e.country(),
                    a == null ? e.admin1Key() : a.name(), String.format(java.util.Locale.ROOT, "%.5f,%.5f", e.lat(), e.lon()), e.population()));
        }
    }

    /** The imported sets under {@code $SITREP_HOME/gazetteer}, beside the bundled one. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the imported gazetteers (and the bundled one).")
    public static final class ListImports extends SitrepCommand implements Callable<Integer> {
        @Override
        public Integer call() throws IOException {
            PrintWriter out = out();
            out.printf(java.util.Locale.ROOT, "%-24s %12s  %-20s %s%n", "name", "bytes", "imported", "file");
            out.printf(java.util.Locale.ROOT, "%-24s %12s  %-20s %s%n", "(bundled)", "-", "-", "GeoNames cities500 and 9 countries, in the jar");
            for (Path p : imports(common.home())) {
                out.printf(java.util.Locale.ROOT, "%-24s %12d  %-20s %s%n", importName(p), Files.size(p),
                        Files.getLastModifiedTime(p).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), p);
            }
            out.flush();
            return 0;
        }
    }

    /** Removes an imported set and recompiles the gazetteer without it. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an imported gazetteer (by the name list shows).")
    public static final class Remove extends SitrepCommand implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        public String name;

        @Override
        public Integer call() throws IOException {
            List<Path> all = imports(common.home());
            Path p = all.stream().filter(x -> importName(x).equals(name)).findFirst().orElse(null);
            if (p == null) {
                err().println("sitrep gazetteer remove: no imported gazetteer '" + name + "'"
                        + (all.isEmpty() ? " (none is imported)" : "; imported: " + String.join(", ", all.stream().map(GazetteerCommand::importName).toList())));
                return 1;
            }
            Files.delete(p);
            org.sitrep.core.geo.Gazetteer g = Engine.gazetteer(common.home(), d -> err().println(d.format()));
            out().printf("removed %s; compiled gazetteer: %d places%n", p, g.size());
            out().flush();
            return 0;
        }
    }

    /** The imported files ({@code *.tsv.gz} under {@code home/gazetteer}), by name. */
    public static List<Path> imports(Path home) throws IOException {
        Path dir = home.resolve("gazetteer");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tsv.gz") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    public static String importName(Path p) {
        String f = p.getFileName().toString();
        return f.substring(0, f.length() - ".tsv.gz".length());
    }
}
