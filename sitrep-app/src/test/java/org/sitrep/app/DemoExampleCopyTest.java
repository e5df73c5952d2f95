package org.sitrep.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.app.cli.DemoCommand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outside a checkout the example's articles are copied from the jar into a temporary directory; the copy must be
 * made once per process and be gone, files and directory, when the process exits (it was left behind, one
 * directory of five articles per run).
 */
class DemoExampleCopyTest {

    /** Run in a child JVM: prints the example directory twice, then exits. */
    public static void main(String[] args) throws IOException {
        System.out.println(DemoCommand.exampleDir());
        System.out.println(DemoCommand.exampleDir());
    }

    @Test
    void theCopyIsMadeOnceAndRemovedAtExit(@TempDir Path empty) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = empty.resolve("out.txt");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dsitrep.root=" + empty, DemoExampleCopyTest.class.getName())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not exit");
        assertEquals(0, p.exitValue());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(lines.get(0), lines.get(1), "one copy per process");
        Path copy = Path.of(lines.get(0));
        assertNotEquals(empty.resolve(DemoCommand.EXAMPLE), copy);
        assertFalse(Files.exists(copy), "the copy of the example is still there after the process exited: " + copy);
    }

    @Test
    void theCopyHoldsTheExampleArticles(@TempDir Path empty) throws IOException {
        String before = System.getProperty("sitrep.root");
        System.setProperty("sitrep.root", empty.toString());
        try {
            Path dir = DemoCommand.exampleDir();
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(5, files.filter(f -> f.toString().endsWith(".txt")).count());
            }
        } finally {
            if (before == null) {
                System.clearProperty("sitrep.root");
            } else {
                System.setProperty("sitrep.root", before);
            }
        }
    }
}
