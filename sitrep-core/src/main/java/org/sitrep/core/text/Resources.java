package org.sitrep.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads bundled resource files. Missing resources are configuration errors and say which file. */
public final class Resources {
    private Resources() {
    }

    public static InputStream open(String path) {
        InputStream in = Resources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing bundled resource: " + path);
        }
        return in;
    }

    /** Non-blank lines that do not start with '#', trimmed. */
    public static List<String> lines(String path) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled resource " + path, e);
        }
        return out;
    }
}
