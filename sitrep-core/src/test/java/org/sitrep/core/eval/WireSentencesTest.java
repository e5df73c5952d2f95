package org.sitrep.core.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.core.TestData;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invented wire-style sentences on many wars ({@code eval/wire-sentences.tsv}): each gives an event of its type at
 * the place it names. Every sentence is read alone, published 2025-03-14.
 */
class WireSentencesTest {
    private static final Path FILE = Path.of("src", "test", "resources", "eval", "wire-sentences.tsv");

    @Test
    void everyInventedWireSentenceGivesItsEvent() throws IOException {
        List<String> missed = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertEquals(4, f.length, line);
            n++;
            EventType type = EventType.parse(f[1]);
            String place = f[2].toLowerCase(Locale.ROOT);
            List<EventMention> es = TestData.extract(f[3], "2025-03-14").events();
            // the place as written or as resolved, as the scorer reads it ("the main prison" in Port-au-Prince)
            boolean found = es.stream().anyMatch(e -> family(e.type()) == family(type) && e.place() != null
                    && (e.place().text().toLowerCase(Locale.ROOT).contains(place) || e.place().place() != null
                    && e.place().place().name() != null && e.place().place().name().toLowerCase(Locale.ROOT).contains(place)));
            if (!found) {
                missed.add(f[0] + " " + f[1] + "@" + f[2] + ": " + es.stream()
                        .map(e -> e.type().label() + "@" + (e.place() == null ? "-" : e.place().text())).toList() + " | " + f[3]);
            }
        }
        assertTrue(n >= 140, n + " sentences");
        assertEquals(List.of(), missed);
    }

    private static EventType family(EventType t) {
        return t == EventType.RECAPTURE ? EventType.CAPTURE : t;
    }
}
