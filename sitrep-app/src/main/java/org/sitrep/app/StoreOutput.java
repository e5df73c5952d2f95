package org.sitrep.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;

import org.sitrep.store.StoreJson;

/** Prints store query results as a table (one line per item), a JSON array, or JSON lines. */
public final class StoreOutput {
    private StoreOutput() {
    }

    public static <T> void print(List<T> items, Format format, PrintWriter out, Consumer<T> row) {
        switch (format) {
            case json -> out.println(StoreJson.write(items));
            case jsonl -> items.forEach(i -> out.println(StoreJson.write(i)));
            case table -> items.forEach(row);
        }
        out.flush();
    }

    public static String or(String s, String dflt) {
        return s == null ? dflt : s;
    }
}
