package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.sitrep.core.Extraction;

/** A separate process for the kill test: ingests the numbered variants of the seeds into a store, one by one. */
public final class IngestChild {
    private IngestChild() {
    }

    /** Variant {@code i} of the seed articles: the same text with a distinct first line (so a distinct content hash). */
    static List<String[]> variants(int copies) throws Exception {
        List<String[]> out = new ArrayList<>();
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Seeds.DIR)) {
            seeds = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < copies; i++) {
            for (Path p : seeds) {
                String doc = p.getFileName().toString().replace(".txt", "") + "-v" + i;
                out.add(new String[] {doc, "Copy " + i + "\n" + Files.readString(p)});
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        try (EventStore s = EventStores.open(db)) {
            for (String[] v : variants(copies)) {
                Extraction x = Seeds.extract(v[0], v[1]);
                s.add(x);
                if (s.counts().articles() % 3 == 0) {
                    s.refresh();
                }
            }
            s.refresh();
        }
    }
}
