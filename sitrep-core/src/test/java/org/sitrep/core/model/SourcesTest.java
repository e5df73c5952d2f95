package org.sitrep.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;

import org.junit.jupiter.api.Test;

class SourcesTest {
    @Test
    void outletElseSiteElseTitleElseDocumentNeverAHash() {
        assertEquals("Enab Baladi", Sources.name(" Enab Baladi ", "https://www.enabbaladi.net/x", "T", "d"));
        assertEquals("reliefweb.int", Sources.name(null, "https://www.ReliefWeb.int/report/syria/flash-update-1", "T", "d"));
        assertEquals("reliefweb.int", Sources.name("  ", "https://reliefweb.int/x", null, null));
        assertEquals("Flash update 3", Sources.name(null, "not a url", " Flash   update 3 ", "d"));
        assertEquals("Flash update 3", Sources.name(null, "file:///tmp/a.html", "Flash update 3", "d"), "a file URL has no site");
        assertEquals("B21", Sources.name(null, null, null, "B21"));
        assertEquals(Sources.UNKNOWN, Sources.name(null, null, null, "7c012deaaf5f2c2a"), "a content hash names nothing");
        assertEquals(Sources.UNKNOWN, Sources.name(null, null, "", ""));
        String longTitle = "x".repeat(200);
        assertEquals(80, Sources.name(null, null, longTitle, null).length(), "a long title is cut, with an ellipsis");
    }

    @Test
    void emptyAndRandomInputNeverThrowAndNeverGiveABlankName() {
        assertEquals(Sources.UNKNOWN, Sources.name(null, null, null, null));
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            String[] parts = new String[4];
            for (int j = 0; j < 4; j++) {
                StringBuilder sb = new StringBuilder();
                int n = random.nextInt(12);
                for (int k = 0; k < n; k++) {
                    sb.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0x3000)));
                }
                parts[j] = random.nextInt(5) == 0 ? null : sb.toString();
            }
            assertFalse(Sources.name(parts[0], parts[1], parts[2], parts[3]).isBlank());
        }
    }

    @Test
    void aClaimFromBeforeSourcesWereNamedIsNamedByItsOutlet() {
        Claim claim = new Claim("d", 0, "Aleppo", "date of capture", "2024-11-29", false, null, "q", new Span(0, 1));
        assertEquals("unknown source", new SourcedClaim("a:c0", "a", null, claim).sourceName());
        assertEquals("Test Wire", new SourcedClaim("a:c0", "a", "Test Wire", claim).sourceName());
        assertEquals("example.org", new SourcedClaim("a:c0", "a", null, claim, "example.org").sourceName());
    }
}
