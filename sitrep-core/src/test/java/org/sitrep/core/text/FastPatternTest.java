package org.sitrep.core.text;

import org.sitrep.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fast pattern's scan finds exactly what Matcher.find finds, match by match and group by group. */
class FastPatternTest {
    private static List<String> texts() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "examples", "hama-2024-12"), Path.of("..", "examples", "dev-multiwar", "docs"))) {
            try (var files = Files.list(dir)) {
                for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    String doc = Files.readString(f);
                    out.addAll(doc.lines().toList());
                    out.addAll(List.of(doc.split("(?<=[.!?])\\s+")));
                }
            }
        }
        Random r = new Random(9);
        String[] parts = {"at least ", "5", "12", "1,200", " people", " were ", "killed", " wounded", " and ", "death toll", " rose to ",
            "claimed the lives of ", "the ", "largest", " city", "km", " from ", "Hama", "'s", "-led ", "coalition", "spokesman ",
            "displaced", " families", "_", "é", "İ", "\n", ", ", ".", "of whom were ", "under ", "control", "presence", " since 2013"};
        for (int i = 0; i < 4000; i++) {
            out.add(RandomInputs.strung(r, parts, 14));
        }
        return out;
    }

    @Test
    void everyRulePatternFindsWhatFindFinds() throws Exception {
        // the rules that use fast patterns, loaded so that their patterns exist
        Class.forName("org.sitrep.core.extract.CasualtyParser");
        Class.forName("org.sitrep.core.extract.ClaimExtractor");
        List<FastPattern> patterns = new ArrayList<>(FastPattern.all());
        patterns.add(FastPattern.compile("(?i)\\b(at least|more than)?\\s*(\\d+)\\s+(killed|dead)"));
        patterns.add(FastPattern.compile("x*")); // empty matches advance by one, as find's do
        patterns.add(FastPattern.compile("(?<=the )city")); // a lookbehind: tried everywhere
        patterns.add(FastPattern.compile("^The|\\.$"));
        assertTrue(patterns.size() > 15, "patterns: " + patterns.size());
        int matches = 0;
        for (String t : texts()) {
            for (FastPattern p : patterns) {
                Matcher plain = p.pattern().matcher(t);
                FastPattern.Scan fast = p.scan(t);
                while (true) {
                    boolean a = plain.find();
                    assertEquals(a, fast.find(), p.pattern() + " in: " + t);
                    if (!a) {
                        break;
                    }
                    matches++;
                    assertEquals(plain.start(), fast.start(), p.pattern() + " in: " + t);
                    assertEquals(plain.end(), fast.end(), p.pattern() + " in: " + t);
                    for (int g = 1; g <= plain.groupCount(); g++) {
                        assertEquals(plain.group(g), fast.group(g), p.pattern() + " group " + g + " in: " + t);
                    }
                }
            }
        }
        assertTrue(matches > 2000, "matches compared: " + matches);
    }

    @Test
    void pairsThatBeginNoMatchAreLearnt() {
        FastPattern p = FastPattern.compile("(?i)\\bdeath toll\\b");
        assertTrue(p.mayStart('D', 'e'));
        assertFalse(p.mayStart('x', 'e'));
        assertTrue(p.mayStart('é', 'x')); // not ASCII: tried
        FastPattern back = FastPattern.compile("(?<!x)abc");
        assertTrue(back.mayStart('q', 'q'));
        assertFalse(FastPattern.compile("abc").scan("").find());
        // a match may begin at the space after a word, where \b holds
        assertTrue(FastPattern.compile("\\b\\s*\\d+").mayStart(' ', '1'));
    }

    /** A pattern matches at a text's start only where {@link FastPattern#mayBegin} allows its first two characters. */
    @Test
    void aMatchAtTheStartBeginsWithAPairThatMayBeginOne() throws Exception {
        List<FastPattern> patterns = new ArrayList<>(FastPattern.all());
        for (String re : List.of("(?i)(edit|share|ad|ads|\\d+ comments?|loading\\.*|log ?in)", "^The|\\.$", "(?<=x)ab|cd",
                "\\bHama\\b", "(?i)(?:more from [\\w ]+|most read)", "x*", "\\s*\\d+", "(?m)^\\w")) {
            patterns.add(FastPattern.compile(re));
        }
        int begun = 0;
        int skipped = 0;
        for (String t : texts()) {
            if (t.length() < 2) {
                continue;
            }
            for (FastPattern p : patterns) {
                boolean may = p.mayBegin(t.charAt(0), t.charAt(1));
                if (p.pattern().matcher(t).lookingAt()) {
                    assertTrue(may, p.pattern() + " begins " + t);
                    begun++;
                } else if (!may) {
                    skipped++;
                }
            }
        }
        assertTrue(begun > 1000 && skipped > 10000, "matches at the start " + begun + ", texts skipped " + skipped);
    }
}
