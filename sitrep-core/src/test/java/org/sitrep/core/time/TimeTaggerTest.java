package org.sitrep.core.time;

import org.junit.jupiter.api.Test;
import org.sitrep.core.testing.RandomInputs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeTaggerTest {
    /** Thursday 5 December 2024, 08:45. */
    private static final TimeInterval THURSDAY = new TimeInterval(LocalDateTime.of(2024, 12, 5, 8, 45),
            LocalDateTime.of(2024, 12, 5, 8, 46), TimePrecision.MINUTE);
    private final TimeTagger tagger = new TimeTagger();

    private TimeExpr only(String text, TimeContext ctx) {
        List<TimeExpr> found = tagger.tag(text, 0, ctx);
        assertEquals(1, found.size(), "expected one time expression in: " + text + " but got " + found);
        return found.get(0);
    }

    private static TimeContext ctx() {
        return new TimeContext(THURSDAY, 2024, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On November 30, fighters reached the city.                | 2024-11-30 | 2024-11-30 | day
            Late on December 3, the militants advanced.               | 2024-12-03T16:00 | 2024-12-04T00:00 | part_of_day
            The army launched a counter-attack early on December 4.   | 2024-12-04T00:00 | 2024-12-04T10:00 | part_of_day
            By the afternoon of Dec. 5, HTS had captured the city.    | 2024-12-05T12:00 | 2024-12-05T18:00 | part_of_day
            Aleppo, which the Islamists invaded last Friday, is calm. | 2024-11-29 | 2024-11-29 | day
            They were forced to retreat on Wednesday night.           | 2024-12-04T18:00 | 2024-12-05T06:00 | part_of_day
            In the early hours of Thursday, the alliance struggled.   | 2024-12-05T00:00 | 2024-12-05T06:00 | part_of_day
            The Observatory reported clashes this morning.            | 2024-12-05T05:00 | 2024-12-05T12:00 | part_of_day
            The rebels nearly encircled Hama last night.              | 2024-12-04T18:00 | 2024-12-05T06:00 | part_of_day
            The offensive was launched a week ago.                    | 2024-11-27 | 2024-11-29 | week
            Earlier this week, Reuters reported a deployment.         | 2024-12-02 | 2024-12-05 | week
            They captured four towns within the last 24 hours.        | 2024-12-04 | 2024-12-05 | range
            The offensive began on November 27, 2024.                 | 2024-11-27 | 2024-11-27 | day
            Fighting broke out on 3 March 2023.                       | 2023-03-03 | 2023-03-03 | day
            The war began in March 2011.                              | 2011-03-01 | 2011-03-31 | month
            """)
    void resolvesAgainstThePublicationTime(String text, String start, String end, String precision) {
        TimeInterval t = only(text, ctx()).mention().interval();
        assertEquals(precision, t.precision().label());
        assertEquals(start, t.startText());
        assertEquals(end, t.endText());
    }

    @Test
    void bareWeekdayResolvesToThePast() {
        // published on a Thursday: "on Friday" is last week's Friday, never tomorrow
        TimeInterval t = only("The town fell on Friday.", ctx()).mention().interval();
        assertEquals(LocalDate.of(2024, 11, 29), t.firstDay());
        TimeInterval same = only("Clashes erupted on Thursday.", ctx()).mention().interval();
        assertEquals(LocalDate.of(2024, 12, 5), same.firstDay());
    }

    @Test
    void dateWithoutYearAfterPublicationBelongsToThePreviousYear() {
        TimeContext january = new TimeContext(TimeInterval.day(LocalDate.of(2025, 1, 3)), 2025, null, null);
        assertEquals(LocalDate.of(2024, 12, 30), only("On December 30, the army withdrew.", january).mention().interval().firstDay());
    }

    @Test
    void laterInTheDayAndAtTheTimeFollowTheNarrative() {
        TimeContext c = ctx().withNarrative(TimeInterval.day(LocalDate.of(2024, 12, 4)));
        assertEquals(LocalDate.of(2024, 12, 4), only("Later in the day, HTS reached the outskirts.", c).mention().interval().firstDay());
        assertEquals(LocalDate.of(2024, 12, 4), only("The towns were under its control at the time.", c).mention().interval().firstDay());
        assertFalse(only("Later in the day, HTS reached the outskirts.", ctx()).mention().interval().isKnown());
    }

    @Test
    void ordinalDayCountsFromTheOperationStart() {
        TimeContext c = ctx().withOperationStart(LocalDate.of(2024, 11, 27));
        assertEquals(LocalDate.of(2024, 11, 30), only("On the fourth day, fighters reached Hama.", c).mention().interval().firstDay());
    }

    @Test
    void inferredPublicationWidensRelativeTimesAndMarksThemInferred() {
        TimeInterval inferred = TimeInterval.days(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 4), TimePrecision.INFERRED);
        TimeInterval t = only("within the last 24 hours", new TimeContext(inferred, 2024, null, null)).mention().interval();
        assertEquals(TimePrecision.INFERRED, t.precision());
        assertTrue(t.containsDay(LocalDate.of(2024, 12, 2)));
        assertTrue(t.containsDay(LocalDate.of(2024, 11, 30)));
    }

    @Test
    void unknownPublicationLeavesRelativeTimesUnknown() {
        TimeContext none = new TimeContext(TimeInterval.UNKNOWN, 0, null, null);
        assertFalse(only("Rebels entered the city yesterday.", none).mention().interval().isKnown());
    }

    @Test
    void offsetAfterIsKeptForTheExtractor() {
        List<TimeExpr> found = tagger.tag("on November 30, just three days after launching", 0, ctx());
        assertTrue(found.stream().anyMatch(e -> e.isOffset() && e.offsetDays() == 3));
    }

    @Test
    void emptyInputHasNoTimes() {
        assertTrue(tagger.tag("", 0, ctx()).isEmpty());
    }

    @Test
    void randomInputNeverThrows() {
        String[] words = {"on", "late", "December", "3", "Friday", "night", "last", "the", "of", "week", "ago", "within",
            "hours", "24", "early", "2024", "since", "fourth", "day", "this", "morning", ",", "in"};
        RandomInputs.check("time tagger", 7, words, 400, text -> {
            for (TimeExpr e : tagger.tag(text, 0, ctx())) {
                assertTrue(e.mention().span().start() >= 0 && e.mention().span().end() <= text.length());
            }
        });
    }

    /** The two-character start filter changes nothing: the bundled reporting (line by line) and random text. */
    @Test
    void theStartFilterFindsExactlyWhatTheRulesFind() throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>();
        for (java.nio.file.Path dir : List.of(java.nio.file.Path.of("..", "examples", "hama-2024-12"),
                java.nio.file.Path.of("..", "examples", "dev-multiwar", "docs"))) {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    String doc = java.nio.file.Files.readString(f);
                    texts.add(doc);
                    texts.addAll(doc.lines().toList());
                }
            }
        }
        java.util.Random r = new java.util.Random(5);
        String[] parts = {"on ", "On ", "5 ", "12th ", "March", "march ", "Dec. ", "2024", "-", "–", " to ", "since ", "the ", "morning of ",
            "late ", "last ", "week", " ago", "yesterday", "Monday", "_", "é", "İ", ", ", "\n", "between ", "and ", "in ", "mid-", "2023-05-06"};
        for (int i = 0; i < 3000; i++) {
            texts.add(RandomInputs.strung(r, parts, 12));
        }
        TimeContext c = ctx();
        int found = 0;
        for (String t : texts) {
            TimeTagger.filterStarts = false;
            List<TimeExpr> plain;
            try {
                plain = tagger.tag(t, 0, c);
            } finally {
                TimeTagger.filterStarts = true;
            }
            assertEquals(plain, tagger.tag(t, 0, c), t);
            found += plain.size();
        }
        assertTrue(found > 1000, "time expressions compared: " + found);
    }

    /** Every group a time rule declares is one {@link org.sitrep.core.text.Regex#group} asks the matcher for. */
    @Test
    void everyGroupOfTheRulesIsSeenByTheGroupHelper() {
        for (TimeRules.Rule rule : TimeRules.of(org.sitrep.core.lang.LanguagePack.english()).rules) {
            java.util.regex.Pattern p = rule.pattern();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:" + p.pattern() + ")|", p.flags()).matcher("");
            assertTrue(m.lookingAt());
            for (String name : List.of("d", "mon", "y", "iso", "d1", "mon1", "y1", "d2", "wd", "last", "post", "pre", "n", "unit",
                    "bg", "dir", "before", "prev", "ord", "pre2", "nope")) {
                boolean declared;
                try {
                    m.group(name);
                    declared = true;
                } catch (IllegalArgumentException e) {
                    declared = false;
                }
                if (declared) {
                    assertTrue(org.sitrep.core.text.Regex.mayDeclare(p, name), rule.kind() + " declares " + name);
                }
            }
        }
    }
}
