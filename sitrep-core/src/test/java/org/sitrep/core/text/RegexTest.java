package org.sitrep.core.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Regex#group} answers as the matcher does, whether or not the pattern declares the name. */
class RegexTest {
    /** Whether the matcher knows a group of that name (it throws for an unknown name once it has a match). */
    static boolean declares(Pattern p, String name) {
        Matcher m = Pattern.compile("(?:" + p.pattern() + ")|", p.flags()).matcher("");
        assertTrue(m.lookingAt());
        try {
            m.group(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every name the matcher knows is one {@link Regex#mayDeclare} allows. */
    static void checkNames(Pattern p, Iterable<String> names) {
        for (String name : names) {
            if (declares(p, name)) {
                assertTrue(Regex.mayDeclare(p, name), p.pattern() + " declares " + name);
            }
        }
    }

    @Test
    void namesOfWrittenGroupsAreFoundAndLookaroundsAreNot() {
        assertEquals(Set.of("d", "mon2", "y"), Regex.names("(?<d>\\d+)\\s(?<=x)(?<!y)(?:a)(?<mon2>[a-z]+)(?i:(?<y>\\d{4}))"));
        // an escaped parenthesis is counted too (a superset is safe: the matcher is asked then)
        assertEquals(Set.of("x"), Regex.names("\\(?<x>"));
        assertEquals(Set.of(), Regex.names("(?<=a)(?<!b)(?<>c)"));
    }

    @Test
    void groupIsNullForANameThePatternLacksAndTheTextForOneItHas() {
        Matcher m = Pattern.compile("(?<d>\\d+) (?<mon>[a-z]+)(?: (?<y>\\d{4}))?").matcher("5 may");
        assertTrue(m.matches());
        assertEquals("5", Regex.group(m, "d"));
        assertEquals("may", Regex.group(m, "mon"));
        assertNull(Regex.group(m, "y")); // declared, not in the match
        assertNull(Regex.group(m, "bg")); // not declared
    }

    @Test
    void randomPatternsAgreeWithTheMatcher() {
        Random r = new Random(11);
        List<String> pieces = List.of("(?<a>x)", "(?<b1>y|z)", "(?<=q)", "(?<!w)", "\\(", "[(]", "(?:k)", "(?<c>(?<d>e)f)",
                "\\Q(?<g>\\E", "a*", "(?i)", "[<>?]");
        List<String> names = List.of("a", "b1", "c", "d", "g", "e", "bg", "y");
        for (int round = 0; round < 2000; round++) {
            StringBuilder re = new StringBuilder();
            Set<String> used = new java.util.HashSet<>();
            for (int k = r.nextInt(6); k > 0; k--) {
                String piece = pieces.get(r.nextInt(pieces.size()));
                String name = piece.startsWith("(?<") && Character.isLetter(piece.charAt(3)) ? piece.substring(3, piece.indexOf('>')) : null;
                if (name != null && !used.add(name) || piece.contains("(?<d>") && !used.add("d")) {
                    continue; // a name declared twice does not compile
                }
                re.append(piece);
            }
            Pattern p;
            try {
                p = Pattern.compile(re.toString());
            } catch (java.util.regex.PatternSyntaxException e) {
                continue;
            }
            checkNames(p, names);
        }
    }
}
