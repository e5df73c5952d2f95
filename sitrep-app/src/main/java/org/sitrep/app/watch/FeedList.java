package org.sitrep.app.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A feeds file: one RSS or Atom feed URL a line, optionally followed by the outlet's name ({@code
 * https://example.org/rss.xml Example News}); blank lines and lines starting with {@code #} are skipped. A line that
 * is no http(s) URL is reported (file:line: reason) and the others are kept; a URL listed twice is kept once.
 */
public final class FeedList {
    private FeedList() {
    }

    /** One feed to follow: its URL and, when the file names it, the outlet its articles are credited to. */
    public record Source(URI url, String outlet) {
    }

    public static List<Source> read(Path file, Consumer<String> problems) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), problems);
    }

    public static List<Source> parse(String text, String name, Consumer<String> problems) {
        Map<URI, Source> out = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            try {
                URI u = new URI(parts[0]);
                if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
                    problems.accept(name + ":" + (i + 1) + ": not an http(s) feed URL: '" + parts[0] + "'");
                    continue;
                }
                out.putIfAbsent(u, new Source(u, parts.length > 1 ? parts[1].strip() : null));
            } catch (URISyntaxException e) {
                problems.accept(name + ":" + (i + 1) + ": not a URL: " + e.getMessage());
            }
        }
        return new ArrayList<>(out.values());
    }
}
