package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link WindowScan.Nodes} keeps what its closure looks rows up by (entries, spelling keys, latitudes) as rows are
 * added: a partition's nodes extended a few rows at a time between closures give the closures of nodes made at once
 * from the same rows.
 */
class WindowNodesTest {
    private static final String[] CLASSES = {"TOWN", "POINT", "COARSE", "NONE", null};
    private static final String[] KEYS = {"hama", "hamah", "hma", "halfaya", "halfaia", "suran", "souran", "taybat", "tayba", "qomhana",
        "kumhana", "morek", "murak", "", null, null};

    private record Row(String id, Integer gid, Double lat, Double lon, String cls, String name, String text) {
    }

    private static Row row(Random r, int i) {
        Integer gid = r.nextInt(3) == 0 ? null : 100 + r.nextInt(25);
        boolean point = r.nextInt(6) != 0;
        // few distinct coordinates, some repeated exactly, some equal latitudes: boxes overlap and tie
        Double lat = point ? 35.0 + r.nextInt(40) * 0.01 + (r.nextBoolean() ? 0 : r.nextInt(3) * 0.001) : null;
        Double lon = point ? 36.5 + r.nextInt(40) * 0.01 : null;
        if (point && r.nextInt(20) == 0) {
            lat = -0.0; // signed zeros are told apart, as their text was
            lon = r.nextBoolean() ? 0.0 : -0.0;
        }
        return new Row("m" + i, gid, lat, lon, CLASSES[r.nextInt(CLASSES.length)], KEYS[r.nextInt(KEYS.length)], KEYS[r.nextInt(KEYS.length)]);
    }

    private static void add(WindowScan.Nodes n, Row x) {
        n.add(x.id(), x.gid(), x.lat(), x.lon(), x.cls(), x.name(), x.text());
    }

    @Test
    void nodesExtendedBetweenClosuresCloseAsNodesMadeAtOnce() {
        int partial = 0;
        int closures = 0;
        for (int seed = 0; seed < 60; seed++) {
            Random r = new Random(seed);
            List<Row> rows = new ArrayList<>();
            WindowScan.Nodes grown = new WindowScan.Nodes();
            for (int step = 0; step < 12; step++) {
                for (int k = 1 + r.nextInt(25); k > 0; k--) {
                    Row x = row(r, rows.size());
                    rows.add(x);
                    add(grown, x);
                }
                if (r.nextInt(4) == 0 && !rows.isEmpty()) {
                    add(grown, rows.get(r.nextInt(rows.size()))); // a row held already is skipped
                }
                WindowScan.Nodes atOnce = new WindowScan.Nodes();
                rows.forEach(x -> add(atOnce, x));
                for (int q = 0; q < 4; q++) {
                    List<String> fresh = new ArrayList<>();
                    for (int k = 1 + r.nextInt(3); k > 0; k--) {
                        fresh.add(rows.get(r.nextInt(rows.size())).id());
                    }
                    boolean[] expected = atOnce.closure(fresh);
                    assertArrayEquals(expected, grown.closure(fresh), "seed " + seed + ", step " + step + ", fresh " + fresh);
                    closures++;
                    int taken = 0;
                    for (boolean b : expected) {
                        taken += b ? 1 : 0;
                    }
                    partial += taken < rows.size() ? 1 : 0;
                }
            }
        }
        assertTrue(partial > closures / 3, partial + " of " + closures + " closures smaller than their partition");
    }
}
