package org.sitrep.dist;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runnable jar as a user starts it: a new JVM, the compiled gazetteer beside it, one sentence from stdin. */
class RunnableJarIT {
    private static final Path JAR = Path.of("target", "sitrep.jar");

    private static String[] run(String stdin, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-jar",
                JAR.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
        return new String[]{Integer.toString(p.exitValue()), out, err};
    }

    @Test
    void theJarReadsTheCompiledGazetteerBesideItInASmallHeap() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the package phase built " + JAR);
        assertTrue(Files.isRegularFile(JAR.resolveSibling("sitrep-gazetteer.bin")), "the build copies the compiled gazetteer beside the jar");
        String[] r = run("Rebels captured the town of Saraqib in Idlib province on Monday.\n", "extract", "-q", "-");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("\"geonameid\":164816") && r[1].contains("\"type\":\"capture\""), r[1]);
    }

    @Test
    void theStartUpBenchmarkTimesWholeProcessesAgainstTheJvmFloor() throws Exception {
        String[] r = run("", "bench", "--startup", "--runs", "1");
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("one sentence, whole process: median") && r[1].contains("found 1 event(s)"), r[1]);
        assertTrue(r[1].contains("ratio start-up / JVM floor"), r[1]);
        assertEquals("2", run("", "bench", "--startup", "--runs", "0")[0]);
    }
}
