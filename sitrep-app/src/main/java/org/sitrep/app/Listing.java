package org.sitrep.app;

import org.sitrep.core.Extraction;
import org.sitrep.core.json.Json;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Prints what each article yields in one of the listing formats, as results arrive (json waits for the end). */
public final class Listing {
    private Listing() {
    }

    /**
     * @param items what to list from each extraction (events, claims)
     * @param json  an item's JSON object
     * @param row   prints an item as a table row
     * @return the run's exit code
     */
    public static <T> int print(List<String> paths, Common common, Format format, PrintWriter out,
                         Function<Extraction, List<T>> items, Function<T, Map<String, Object>> json, Consumer<T> row) {
        List<Map<String, Object>> all = new ArrayList<>();
        int code = Runs.run(paths, common, System.err, r -> {
            for (T item : items.apply(r.extraction())) {
                switch (format) {
                    case jsonl -> out.println(Json.write(json.apply(item)));
                    case json -> all.add(json.apply(item));
                    case table -> row.accept(item);
                }
            }
            out.flush();
        });
        if (format == Format.json) {
            out.println(Json.write(all));
        }
        out.flush();
        return code;
    }
}
