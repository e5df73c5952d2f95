package org.sitrep.app;

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
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** {@code sitrep gazetteer import FILE} and {@code sitrep gazetteer lookup NAME}. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Manage the gazetteer.",
        subcommands = {GazetteerCommand.Import.class, GazetteerCommand.Lookup.class})
final class GazetteerCommand {

    /** Adds a GeoNames dump (e.g. SD.txt, allCountries.txt, cities500.txt; plain or .gz) to the user's gazetteer. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add a GeoNames dump (19-column format, plain or gzip) to the gazetteer under $SITREP_HOME/gazetteer.")
    static final class Import extends SitrepCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--name", description = "Name of the imported set (default: the file name).")
        String name;

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
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                 Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16), StandardCharsets.UTF_8)) {
                stats = new GazetteerCompiler().compile(r, w, file.toString(), d -> {
                    if (warnings[0]++ < 20) {
                        err().println(d.format());
                    }
                });
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
    static final class Lookup extends SitrepCommand implements Callable<Integer> {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--country", description = "Only entries in this ISO country code.")
        String country;

        @Override
        public Integer call() {
            PrintWriter out = out();
            Gazetteer g = Engine.gazetteer(common.home(), (Diagnostic d) -> err().println(d.format()));
            String key = g.keys().normal(name);
            out.println("normal key: " + key + "   skeleton: " + g.keys().skeleton(key));
            for (GeoEntry e : g.byNormal(key)) {
                print(out, g, e, "exact");
            }
            for (Gazetteer.SkeletonHit h : g.bySkeleton(g.keys().skeleton(key))) {
                print(out, g, h.entry(), String.format("fuzzy %.2f", org.sitrep.core.geo.NameKeys.similarity(key, h.normalKey())));
            }
            for (Admin1 a : g.admin1ByNormal(key)) {
                out.printf("  division   %-28s %s  %.4f,%.4f%n", a.name(), a.key(), a.lat(), a.lon());
            }
            out.flush();
            return 0;
        }

        private void print(PrintWriter out, Gazetteer g, GeoEntry e, String how) {
            if (country != null && !country.equalsIgnoreCase(e.country())) {
                return;
            }
            Admin1 a = g.admin1(e.admin1Key());
            out.printf("  %-10s %-28s %-9d %s %-22s %.5f,%.5f pop %d%n", how, e.name(), e.geonameid(), e.country(),
                    a == null ? e.admin1Key() : a.name(), e.lat(), e.lon(), e.population());
        }
    }
}
