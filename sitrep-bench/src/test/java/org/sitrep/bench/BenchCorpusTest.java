package org.sitrep.bench;


import org.junit.jupiter.api.Test;
import org.sitrep.core.geo.Gazetteer;
import org.sitrep.core.geo.GazetteerBuilder;
import org.sitrep.core.ingest.RawDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCorpusTest {
    private static final Gazetteer GAZETTEER = GazetteerBuilder.bundled();
    private static final List<String> SEEDS = List.of("Rebels captured the town of Suran in northern Hama on Monday, a monitor said.",
            "Syrian army units withdrew from Hama, the army said in a statement.");

    private static long bytes(List<RawDocument> docs) {
        return docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }

    @Test
    void warReportsTakeTheirShareOfTheBytes() throws IOException {
        BenchCorpus.Corpus c = BenchCorpus.build(SEEDS, GAZETTEER, 600_000, 0.25, 1);
        long all = bytes(c.all());
        assertTrue(all >= 600_000, "size " + all);
        assertEquals(c.all().size(), c.war().size() + c.other().size());
        double share = (double) bytes(c.war()) / all;
        assertTrue(share > 0.2 && share < 0.3, "war share " + share);
        assertTrue(c.other().stream().noneMatch(d -> d.text().contains("Hama")), "other news is not made of the war reports");
    }

    @Test
    void deterministicForASeedAndDifferentAcrossSeeds() throws IOException {
        List<RawDocument> a = BenchCorpus.build(SEEDS, GAZETTEER, 100_000, 0.5, 7).all();
        List<RawDocument> b = BenchCorpus.build(SEEDS, GAZETTEER, 100_000, 0.5, 7).all();
        List<RawDocument> c = BenchCorpus.build(SEEDS, GAZETTEER, 100_000, 0.5, 8).all();
        assertEquals(a.stream().map(RawDocument::text).toList(), b.stream().map(RawDocument::text).toList());
        assertTrue(!a.stream().map(RawDocument::text).toList().equals(c.stream().map(RawDocument::text).toList()));
    }

    @Test
    void onlyWarReportsOrOnlyOtherNews() throws IOException {
        BenchCorpus.Corpus war = BenchCorpus.build(SEEDS, GAZETTEER, 50_000, 1.0, 1);
        assertTrue(war.other().isEmpty(), "no other news at share 1");
        BenchCorpus.Corpus other = BenchCorpus.build(SEEDS, GAZETTEER, 50_000, 0.0, 1);
        assertEquals(SEEDS.size(), other.war().size(), "at share 0 only the bundled articles are war reports");
    }
}
