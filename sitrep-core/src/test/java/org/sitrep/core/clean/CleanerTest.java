package org.sitrep.core.clean;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.testing.RandomInputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.TestData;
import org.sitrep.core.json.Json;
import org.sitrep.core.model.AlignedText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanerTest {
    private final Cleaner cleaner = new Cleaner();

    static List<Path> seeds() {
        return TestData.seeds();
    }

    /** Golden files: clean/NNN-expected.txt holds the cleaned text of seed NNN (regenerate with -Dsitrep.golden.update=true). */
    @ParameterizedTest
    @MethodSource("seeds")
    void cleanedSeedMatchesGoldenFile(Path seed) throws IOException {
        CleanText c = cleaner.clean(TestData.read(seed));
        Path golden = Path.of("src/test/resources/clean", seed.getFileName().toString().substring(0, 3) + "-expected.txt");
        if (Boolean.getBoolean("sitrep.golden.update")) {
            Files.writeString(golden, c.text().cleaned());
        }
        assertEquals(Files.readString(golden), c.text().cleaned());
        assertAligned(c.text());
    }

    @Test
    void furnitureListedInTheGoldIsRemoved() throws IOException {
        JsonNode gold = Json.MAPPER.readTree(TestData.EXAMPLES.resolve("seeds.gold.json").toFile()).get("boilerplate");
        for (Path seed : TestData.seeds()) {
            String doc = seed.getFileName().toString().replace(".txt", "");
            String cleaned = cleaner.clean(TestData.read(seed)).text().cleaned();
            for (JsonNode f : gold.path(doc)) {
                assertFalse(cleaned.contains(f.asText()), doc + " still contains furniture: " + f.asText());
            }
        }
    }

    @Test
    void furnitureRulesAreGeneralNotSeedStrings() {
        String raw = """
                Troops Retake Border Town After Week of Fighting
                Share
                14 March 2025 09:10 AM
                READ ALSO:
                Another story entirely about something else
                Government troops retook the town of Example on Friday.
                Advertisement
                Photo: Reuters
                Tell us if this article contains errors: Report an error
                """;
        CleanText c = cleaner.clean(raw);
        String text = c.text().cleaned();
        assertTrue(text.contains("Government troops retook the town of Example on Friday."));
        for (String gone : List.of("Share", "READ ALSO", "Another story", "Advertisement", "Photo: Reuters", "Report an error")) {
            assertFalse(text.contains(gone), "kept furniture: " + gone);
        }
        assertEquals("Troops Retake Border Town After Week of Fighting", c.title());
        assertNotNull(c.dateline());
        assertEquals("2025-03-14T09:10", c.dateline().start().toString());
    }

    @Test
    void breadcrumbsBylinesRelativeTimestampsAndSharePromptsAreFurniture() {
        String raw = "Home | World | Middle East\nIsraeli strikes kill 20 in southern Lebanon\nBy Jane Smith and Omar Khalil\n"
                + "Updated 3 hours ago\nShare on Facebook\nShare on X\nImage: AFP/Getty Images\n"
                + "Israeli airstrikes killed at least 20 people in the town of Nabatieh on Wednesday.\nMost Read\n";
        CleanText c = cleaner.clean(raw);
        assertEquals("Israeli strikes kill 20 in southern Lebanon", c.title());
        assertEquals("Israeli strikes kill 20 in southern Lebanon\nIsraeli airstrikes killed at least 20 people in the town of "
                + "Nabatieh on Wednesday.", c.text().cleaned());
    }

    @Test
    void aPublishedLineIsADatelineNotFurniture() {
        CleanText c = cleaner.clean("Town retaken\nPublished: 14 March 2025 09:10\nTroops retook the town of Example.");
        assertNotNull(c.dateline());
        assertEquals("2025-03-14T09:10", c.dateline().start().toString());
    }

    @Test
    void embeddedPostIsKeptAsStatementWithAuthorAndDate() {
        String raw = "Fighting went on.\nBREAKING: the town is under full rebel control.\n"
                + "— Jane Analyst (@janeanalyst) March 3, 2025\nMore text follows here.";
        CleanText c = cleaner.clean(raw);
        assertEquals(1, c.statements().size());
        assertEquals("Jane Analyst", c.statements().get(0).author());
        assertEquals("janeanalyst", c.statements().get(0).handle());
        assertEquals("March 3, 2025", c.statements().get(0).date());
        assertEquals("BREAKING: the town is under full rebel control.", c.statements().get(0).span().of(c.text().cleaned()));
        assertFalse(c.text().cleaned().contains("@janeanalyst"));
    }

    @Test
    void captionDateIsNotTakenAsDateline() {
        String raw = "A road near the city - November 30, 2024 (Some Outlet/Some Photographer)\nFighters reached the city.";
        CleanText c = cleaner.clean(raw);
        assertNull(c.dateline());
        assertEquals(List.of("Some Outlet"), c.captionCredits());
        assertFalse(c.text().cleaned().contains("Photographer"));
    }

    @Test
    void captionWithoutADateIsDroppedAndTheArticleKept() {
        // a credit line with no date used to fail the whole article (a null date in the caption list)
        String raw = "Smoke rises over the town (Some Agency/Some Photographer)\nFighters reached the city on Monday.";
        CleanText c = cleaner.clean(raw);
        assertEquals(List.of("Some Agency"), c.captionCredits());
        assertTrue(c.captionDates().isEmpty());
        assertTrue(c.text().cleaned().contains("Fighters reached the city"));
        assertFalse(c.text().cleaned().contains("Photographer"));
        // the same, upper-cased, as a whole article would be
        CleanText u = cleaner.clean(raw.toUpperCase(java.util.Locale.ROOT));
        assertTrue(u.text().cleaned().contains("FIGHTERS REACHED THE CITY"));
    }

    @Test
    void pastTheDeadlineTheRestIsKeptAsItIs() {
        String raw = "Fighters reached the city on Monday.\nRELATED: Another story\nClashes continued on Tuesday.";
        CleanText done = cleaner.clean(raw);
        assertFalse(done.text().cleaned().contains("RELATED"), done.text().cleaned());
        CleanText late = cleaner.clean(raw, new org.sitrep.core.Deadline(System.nanoTime() - 1, 1));
        assertTrue(late.text().cleaned().contains("Fighters reached the city") && late.text().cleaned().contains("Clashes continued"));
        assertAligned(late.text());
    }

    @Test
    void aVeryLongLineIsTextNotFurniture() {
        String line = "Fighters reached the city and clashes erupted there. ".repeat(200); // over 5,000 characters
        CleanText c = cleaner.clean(line);
        assertTrue(c.text().cleaned().length() > Cleaner.MAX_FURNITURE_LINE, c.text().cleaned().length() + "");
    }

    @Test
    void emptyInputGivesEmptyText() {
        CleanText c = cleaner.clean("");
        assertEquals("", c.text().cleaned());
        assertNull(c.title());
        assertAligned(c.text());
    }

    @Test
    void randomInputNeverThrowsAndStaysAligned() {
        String[] furniture = {"Share", "this", "article", "Advertisement", "Read", "more", ":", "Photo", "©", "AFP", "Subscribe",
            "Follow", "us", "on", "Twitter", "Related", "\n\n", "|", "Getty", "Images", "Updated", "12:04", "GMT"};
        RandomInputs.check("cleaner", 42, furniture, 150, text -> assertAligned(cleaner.clean(text).text()));
    }

    /** Every cleaned character maps back to the same raw character. */
    static void assertAligned(AlignedText t) {
        int[] map = t.toRaw();
        for (int i = 0; i < t.cleaned().length(); i++) {
            char c = t.cleaned().charAt(i);
            assertTrue(map[i] >= 0 && map[i] < t.raw().length(), "offset out of raw text at " + i);
            assertEquals(t.raw().charAt(map[i]) == '\r' ? '\n' : t.raw().charAt(map[i]), c == '\r' ? '\n' : c,
                    "misaligned at cleaned offset " + i);
        }
    }

    /** The headline test as it was written with {@code split("\\s+")}, for comparison. */
    private static boolean headlineBySplit(String line) {
        String t = line.strip();
        if (t.length() < 15 || t.length() > 160 || ".!?\"”:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        String[] words = t.split("\\s+");
        int content = 0;
        int capital = 0;
        for (String w : words) {
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                content++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capital++;
                }
            }
        }
        return words.length >= 4 && content > 0 && capital >= 0.75 * content;
    }

    @Test
    void theHeadlineTestReadsWordsAsSplittingAtWhitespaceDid() throws IOException {
        java.util.Random r = new java.util.Random(5);
        String[] parts = {"Rebels", "Seize", "Hama", "city", "of", "the", "UN", "Élan", "\u00e9tat", " ", "  ", "\t", "\u000B", "\f", "\r",
            "\u00a0", "\u2003", "\u001c", "-", "4", "Army's", ".", ":", "\u201d", "Over", "Besieged", "Town"};
        int headlines = 0;
        List<String> lines = new java.util.ArrayList<>();
        for (Path p : TestData.seeds()) {
            lines.addAll(Files.readAllLines(p));
        }
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(16); k > 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]).append(r.nextInt(3) == 0 ? "" : " ");
            }
            lines.add(sb.toString());
        }
        for (String line : lines) {
            boolean expected = headlineBySplit(line);
            assertEquals(expected, Cleaner.looksLikeHeadline(line), "'" + line + "'");
            headlines += expected ? 1 : 0;
        }
        assertTrue(headlines > 500, "headlines: " + headlines);
    }
    /** {@link Cleaner#collapseSpaces} as first written, a character at a time: what it must equal. */
    private static String collapseSpacesReference(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Test
    void collapsingSpacesEqualsReadingACharacterAtATime() throws java.io.IOException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (java.nio.file.Path dir : java.util.List.of(java.nio.file.Path.of("..", "examples", "hama-2024-12"),
                java.nio.file.Path.of("..", "examples", "dev-multiwar", "docs"))) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(java.nio.file.Files.readString(f).lines().toList());
                }
            }
        }
        String[] parts = {" ", "  ", "\t", "\u00a0", "\u2003", "\u3000", "\u000b", "a", "Hama", "é", "\ud83d\ude00", ".", "\r"};
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 20_000; i++) {
            lines.add(RandomInputs.strung(r, parts, 12));
        }
        for (char c = '!'; c < '\u1680'; c++) {
            assertTrue(!Character.isWhitespace(c), "the single-space test skips " + (int) c + " as not white space");
        }
        int changed = 0;
        for (String line : lines) {
            String want = collapseSpacesReference(line);
            assertEquals(want, Cleaner.collapseSpaces(line), line);
            changed += want.equals(line) ? 0 : 1;
        }
        assertTrue(changed > 1000, "lines with white space to collapse: " + changed);
    }
    /** {@link Cleaner#lines} as first written, a character at a time. */
    private static java.util.List<int[]> linesReference(String s) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                int end = i > start && s.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new int[]{start, end});
                start = i + 1;
            }
        }
        return out;
    }

    @Test
    void linesAreFoundAsReadingACharacterAtATimeFindsThem() {
        String[] parts = {"\n", "\r", "\r\n", "\n\n", "a", "Hama ", "’", "\u2028", " "};
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            String s = RandomInputs.strung(r, parts, 10);
            java.util.List<int[]> want = linesReference(s);
            java.util.List<int[]> got = Cleaner.lines(s);
            assertEquals(want.size(), got.size(), s);
            for (int k = 0; k < want.size(); k++) {
                assertEquals(java.util.Arrays.toString(want.get(k)), java.util.Arrays.toString(got.get(k)), s);
            }
        }
    }
}
