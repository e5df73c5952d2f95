package org.sitrep.core.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.Extraction;
import org.sitrep.core.TestData;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.EventMention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Regression corpus: the full JSON output (events, then claims) for each bundled article, compared with
 * {@code extract/NNN-expected.jsonl}. A change in behaviour shows as a diff; regenerate deliberately with
 * {@code -Dsitrep.golden.update=true} and review the diff before committing it.
 */
class ExtractionGoldenTest {
    static List<Path> seeds() {
        return TestData.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void outputMatchesGoldenFile(Path seed) throws IOException {
        String doc = seed.getFileName().toString().replace(".txt", "");
        Extraction x = TestData.pipeline().process(TestData.article(doc, TestData.read(seed)));
        StringBuilder sb = new StringBuilder();
        for (EventMention e : x.events()) {
            sb.append(Json.write(Json.event(e))).append('\n');
        }
        for (Claim c : x.claims()) {
            sb.append(Json.write(Json.claim(c))).append('\n');
        }
        Path golden = Path.of("src/test/resources/extract", doc.substring(0, 3) + "-expected.jsonl");
        if (Boolean.getBoolean("sitrep.golden.update")) {
            Files.writeString(golden, sb.toString());
        }
        assertEquals(Files.readString(golden), sb.toString());
    }
}
