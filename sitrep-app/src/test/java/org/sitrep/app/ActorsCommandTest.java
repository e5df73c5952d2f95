package org.sitrep.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code $SITREP_HOME/actors/*.tsv} loaded on top of the bundled lexicon, and {@code sitrep actors list|lookup}. */
class ActorsCommandTest {
    @TempDir
    Path home;

    private static final String SENTENCE = "The Zog Liberation Brigade captured Hama on 3 December 2024.";

    @Test
    void theBundledLexiconIsListedAndLookedUp() {
        CliTest.Run list = CliTest.run("actors", "list", "--home", home.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().findFirst().orElse("").matches("id\\s+side\\s+kind\\s+defined in"), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("HTS\\s+opposition\\s+armed_group\\s+bundled")), list.out());
        CliTest.Run hts = CliTest.run("actors", "lookup", "--home", home.toString(), "Hayat Tahrir al-Sham");
        assertEquals(0, hts.code(), hts.err());
        assertTrue(hts.out().lines().anyMatch(l -> l.startsWith("HTS ")), hts.out());
        CliTest.Run rebels = CliTest.run("actors", "lookup", "--home", home.toString(), "rebels");
        assertEquals(0, rebels.code(), rebels.err());
        assertTrue(rebels.out().contains("challenger"), rebels.out());
        CliTest.Run none = CliTest.run("actors", "lookup", "--home", home.toString(), "Zog Liberation Brigade");
        assertEquals(1, none.code());
        assertTrue(none.err().contains("does not know 'Zog Liberation Brigade'"), none.err());
        assertEquals("", none.out());
    }

    @Test
    void aUserFileAddsActorsThatExtractionThenReads() throws Exception {
        CliTest.Run before = CliTest.runWithStdin(SENTENCE, "extract", "-q", "--home", home.toString(), "-");
        assertEquals(0, before.code(), before.err());
        assertFalse(before.out().contains("\"id\":\"ZOG\""), before.out());
        Files.createDirectories(home.resolve("actors"));
        Files.writeString(home.resolve("actors/zog.tsv"), "# a conflict of my own\nZOG\topposition\tarmed_group\tZog Liberation Brigade|ZLB\n");
        Files.writeString(home.resolve("actors/conflicts-zog.tsv"), "ZZ\tSAA\tZOG\n");
        CliTest.Run list = CliTest.run("actors", "list", "--home", home.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("ZOG\\s+opposition\\s+armed_group\\s+.*zog\\.tsv")), list.out());
        CliTest.Run lookup = CliTest.run("actors", "lookup", "--home", home.toString(), "ZLB");
        assertEquals(0, lookup.code(), lookup.err());
        assertTrue(lookup.out().contains("ZOG"), lookup.out());
        CliTest.Run after = CliTest.runWithStdin(SENTENCE, "extract", "-q", "--home", home.toString(), "-");
        assertEquals(0, after.code(), after.err());
        assertTrue(after.out().contains("\"actor\":{\"text\":\"Zog Liberation Brigade\",\"id\":\"ZOG\",\"side\":\"opposition\"}"), after.out());
    }

    @Test
    void aMalformedUserFileIsAUsageErrorNamingItsLine() throws Exception {
        Files.createDirectories(home.resolve("actors"));
        Files.writeString(home.resolve("actors/bad.tsv"), "# fine\nZOG\topposition\tarmed_group\tZog\nYOG\topposition\tarmed group\tYog\n");
        for (String[] args : new String[][] {{"actors", "list"}, {"extract", "-q", "-"}}) {
            String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--home", home.toString()))
                    .toArray(String[]::new);
            CliTest.Run r = CliTest.runWithStdin(SENTENCE, full);
            assertEquals(2, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("bad.tsv line 3") && r.err().contains("unknown actor kind 'armed group'"), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        }
        Path example = Path.of("..", "examples", "hama-2024-12");
        CliTest.Run eval = CliTest.run("eval", "--home", home.toString(), "--gold", example.resolve("seeds.gold.json").toString(), example.toString());
        assertEquals(0, eval.code(), "eval reads the bundled lexicon only: " + eval.err());
        Files.writeString(home.resolve("actors/bad.tsv"), "ZOG\topposition\n");
        CliTest.Run r = CliTest.run("actors", "list", "--home", home.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.tsv line 1") && r.err().contains("4 non-empty tab-separated columns"), r.err());
    }
}
