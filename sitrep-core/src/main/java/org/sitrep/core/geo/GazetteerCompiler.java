package org.sitrep.core.geo;

import org.sitrep.core.model.Diagnostic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a GeoNames dump (19 columns: {@code cities500.txt}, {@code SD.txt}, {@code allCountries.txt}) into sitrep's
 * compact form: populated places (feature class P) only, Latin-script alternates only, and only alternates that
 * add a matching key the place does not already have. Bad lines are reported and skipped, never fatal.
 */
public final class GazetteerCompiler {
    private final NameKeys keys = NameKeys.defaults();

    /** Result counts. */
    public record Stats(int read, int written, int skipped, int bad) {
    }

    /**
     * Compiles {@code in} to {@code out}.
     *
     * @param source      name used in diagnostics
     * @param diagnostics receives one diagnostic per bad line (file and line named)
     */
    public Stats compile(BufferedReader in, Writer out, String source, Consumer<Diagnostic> diagnostics) throws IOException {
        int read = 0;
        int written = 0;
        int skipped = 0;
        int bad = 0;
        String line;
        while ((line = in.readLine()) != null) {
            read++;
            GeoNamesRow row;
            try {
                row = GeoNamesRow.parseDump(line);
            } catch (IllegalArgumentException e) {
                bad++;
                diagnostics.accept(Diagnostic.warning(source, read, e.getMessage()));
                continue;
            }
            if (row == null || !"P".equals(row.featureClass())) {
                skipped++;
                continue;
            }
            out.write(compact(row).toCompact());
            out.write('\n');
            written++;
        }
        return new Stats(read, written, skipped, bad);
    }

    GeoNamesRow compact(GeoNamesRow row) {
        Set<String> seen = new HashSet<>();
        seen.add(keys.normal(row.name()));
        List<String> alts = new ArrayList<>();
        for (String a : row.alternates()) {
            String clean = a.replace('\t', ' ').replace('|', ' ').strip();
            if (clean.isEmpty() || clean.length() > 80) {
                continue;
            }
            if (seen.add(keys.normal(clean))) {
                alts.add(clean);
            }
        }
        return new GeoNamesRow(row.id(), row.name().replace('\t', ' ').replace('|', ' '), row.lat(), row.lon(),
                row.featureClass(), row.featureCode(), row.country(), row.admin1(), row.population(), alts);
    }
}
