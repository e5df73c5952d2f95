package org.sitrep.core.clean;

import org.sitrep.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The literal pre-check of a furniture rule never keeps it from a line its regex matches. */
class FurnitureRulesTest {
    private static List<String> lines() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "examples", "hama-2024-12"), Path.of("..", "examples", "dev-multiwar", "docs"))) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    Files.readAllLines(p).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(out::add);
                }
            }
        }
        // lines each rule is written for, and random lines of furniture-like pieces
        out.addAll(List.of("Send a correction to the editor", "SUBSCRIBE TO OUR NEWSLETTER today", "We use cookies to improve",
                "Cookie Policy", "Fighters near Hama - November 30, 2024 (Anadolu/John Smith)", "A destroyed tank (AFP/Jane Doe)",
                "AFP/JF", "teleSUR/ JF Sources: EFE – SANA", "X/ @clashreport", "— Some Name (@handle) December 5, 2024",
                "• Syria, Hama, Aleppo", "▪ war, rebels, army", "Home | World | Middle East", "News › Africa", "World » Asia",
                "Home > News", "News/Africa", "By Jane Smith and Omar Khalil", "Reporting by Omar Khalil", "Updated 3 hours ago",
                "PUBLISHED: AN HOUR AGO", "Share on Facebook", "Tweet this on X", "EMAIL THIS STORY TO Messenger", "© 2024 Reuters",
                "(C) AP 2024", "Copyright 2024 AFP", "Photo credit: AFP", "FILE PHOTO: smoke over Hama", "Video: strikes", "RELATED:",
                "Read also:", "WATCH", "Listen", "More on this", "See Also:", "Related: Rebels enter Hama city",
                // the rules without literals: their first two characters are the pre-check
                "Share", "edit", "Ad", "ADS", "3 comments", "Loading...", "Skip to main content", "Most Read", "more from Reuters",
                "Trending now", "e-mail", "E-mail", "Listen to this article", "Editor's picks", "1 comment", "Log in", "login"));
        Random r = new Random(7);
        String[] parts = {"Send a ", "correction", " (", ")", "/", "@", "•", "cookie", " policy", "AFP", "Hama", " - ", "November 30, 2024",
            ", ", "newsletter", "follow us on", "(@x)", " ", "Report an Error", "privacy policy", "Ⅰ", "İ", "|", "›", "»", ">",
            "By ", "by", "Jane", "Reporting", "Updated ", "3", " hours", " ago", "Share", " on ", "Facebook", "X", "©", "(C)",
            "Copyright", "Photo", "photo", "credit", ":", "RELATED", "Related", "read", "also", "Watch", "listen", "See also"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 1 + r.nextInt(10); k++) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            out.add(sb.toString().strip());
        }
        return out;
    }

    @Test
    void aRulesLiteralsAreNecessaryForItsRegex() throws IOException {
        FurnitureRules rules = FurnitureRules.defaults();
        int checked = 0;
        for (String line : lines()) {
            String lower = line.toLowerCase(Locale.ROOT);
            FurnitureRules.Rule first = line.length() > FurnitureRules.MAX_FURNITURE_LINE ? null : rules.rules().stream()
                    .filter(r -> r.kind() != FurnitureRules.Kind.DROP_INLINE && r.pattern().matcher(line).matches()).findFirst().orElse(null);
            assertEquals(first, rules.matchLine(line), "the pre-checks change the rule a line gets: " + line);
            for (FurnitureRules.Rule rule : rules.rules()) {
                if (rule.needs().length > 0 && rule.pattern().matcher(line).matches()) {
                    assertTrue(rule.mayMatch(lower), "rule " + rule.pattern() + " matches a line without its literals: " + line);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 40, "the rules with literals matched some lines: " + checked);
        for (FurnitureRules.Rule rule : rules.rules()) {
            if (rule.kind() != FurnitureRules.Kind.DROP_INLINE && rule.needs().length > 0) {
                assertTrue(lines().stream().anyMatch(l -> rule.pattern().matcher(l).matches()), "a test line for " + rule.pattern());
            }
        }
    }

    /** The tag-list rule as first written, before its look-ahead: the bundled one must match the same lines. */
    private static final java.util.regex.Pattern TAGS_AS_WRITTEN = java.util.regex.Pattern.compile(
            "[•·▪]\\s*[^.!?:•]{2,60}(,\\s*[^.!?:•,]{2,60}){1,12}");

    @Test
    void theTagListRulesLookAheadChangesNoMatch() throws IOException {
        FurnitureRules.Rule tags = FurnitureRules.defaults().rules().stream()
                .filter(r -> r.kind() == FurnitureRules.Kind.TAGS).findFirst().orElseThrow();
        List<String> lines = new ArrayList<>(lines());
        Random r = new Random(11);
        String[] parts = {"• ", "·", "▪", "•", ", ", ",", " ", "  ", "Hama", "war", "a", "rebels, army", ".", "!", "?", ":",
            "x".repeat(59), "y".repeat(61), "\n", "\t", "Syria", "UN"};
        for (int i = 0; i < 20_000; i++) {
            lines.add(parts[r.nextInt(3)] + RandomInputs.strung(r, parts, 30));
        }
        int matched = 0;
        for (String line : lines) {
            boolean want = TAGS_AS_WRITTEN.matcher(line).matches();
            assertEquals(want, tags.pattern().matcher(line).matches(), line);
            matched += want ? 1 : 0;
        }
        assertTrue(matched > 100, "tag lines among the test lines: " + matched);
    }

    @Test
    void literalsAreAThirdColumnAndOptional() {
        FurnitureRules r = FurnitureRules.parse(List.of("drop-line\t(?i)hello world\thello", "drop-line\tbye"));
        assertEquals("hello", r.rules().get(0).needs()[0]);
        assertEquals(0, r.rules().get(1).needs().length);
        assertTrue(r.matchLine("Hello World") != null);
        assertTrue(r.matchLine("bye") != null);
        assertFalse(r.matchLine("Goodbye") != null);
        assertThrows(IllegalArgumentException.class, () -> FurnitureRules.parse(List.of("drop-line\t(unclosed\tx")));
        FurnitureRules bars = FurnitureRules.parse(List.of("drop-line\t\\w+ [|/] \\w+\t\\||/"));
        assertEquals(List.of("|", "/"), List.of(bars.rules().get(0).needs()));
        assertTrue(bars.matchLine("Home | World") != null);
        assertTrue(bars.matchLine("Home / World") != null);
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> FurnitureRules.parse(List.of("drop-line\tx\ta||b")));
        assertTrue(empty.getMessage().contains("empty literal"), empty.getMessage());
    }
}
