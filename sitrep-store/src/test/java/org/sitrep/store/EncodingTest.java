package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.AlignedText;
import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimePrecision;

/** The store's compact encodings give back exactly what they were given. */
class EncodingTest {
    @Test
    void offsetMapsSurviveRunEncoding() {
        Random r = new Random(3);
        for (int n = 0; n < 200; n++) {
            int[] map = new int[r.nextInt(300)];
            int raw = r.nextInt(5);
            for (int i = 0; i < map.length; i++) {
                raw += r.nextInt(10) == 0 ? r.nextInt(40) : 1;
                map[i] = raw;
            }
            assertArrayEquals(map, OffsetRuns.decode(OffsetRuns.encode(map), OffsetRuns.FORMAT));
        }
        int[] identity = AlignedText.identity("a text kept whole by cleaning").toRaw();
        assertEquals(4 + 8, OffsetRuns.encode(identity).length, "identity alignment is one run");
        byte[] v1 = java.nio.ByteBuffer.allocate(12).putInt(0).putInt(1).putInt(5).array();
        assertArrayEquals(new int[] {0, 1, 5}, OffsetRuns.decode(v1, 1), "format 1 (store version 1) still reads");
    }

    @Test
    void periodBriefsKeepEveryFieldAndTheFirstEvidence() {
        ResolvedPlace place = new ResolvedPlace("Ma'arat\tal-Nu\\man", 170017, 35.6, 36.6, "Idlib", "SY", GeoPrecision.TOWN, true);
        TimeInterval day = new TimeInterval(LocalDateTime.parse("2024-12-05T00:00"), LocalDateTime.parse("2024-12-06T00:00"), TimePrecision.DAY);
        TimeInterval minute = new TimeInterval(LocalDateTime.parse("2024-12-05T06:30:15"), LocalDateTime.parse("2024-12-05T06:31:15"),
                TimePrecision.MINUTE);
        ControlPeriod.Evidence e = new ControlPeriod.Evidence("ev-1", "take", EventType.CAPTURE, Realis.CLAIMED, null, "Outlet \\N",
                "the \"army\"", "a1", "doc", 3, "line one\nline\ttwo \\ three\r", new Span(4, 90), minute);
        for (ControlPeriod p : List.of(
                new ControlPeriod("gn:170017", place, 2, "HTS", "opposition", false, day, TimeInterval.UNKNOWN, List.of(e), 7, false, 0.92),
                new ControlPeriod("name:x@SY/", ResolvedPlace.unresolved("Tell X"), 0, null, "government", true, TimeInterval.UNKNOWN, day,
                        List.of(), 0, true, 0))) {
            ControlPeriod back = BriefPeriod.decode(BriefPeriod.encode(p));
            assertEquals(p, back);
            assertTrue(BriefPeriod.encode(p).indexOf('\n') < 0, "one line");
        }
    }

    /** Random texts in every text field (tabs, line ends, backslashes, the null marker's own text) come back as given. */
    @Test
    void periodBriefsKeepRandomTexts() {
        String[] pieces = {"a", "Hama", " ", "\t", "\n", "\r", "\\", "\\N", "N", "t", "’", "ب", "\uD835\uDC9C", ""};
        Random r = new Random(11);
        java.util.function.Supplier<String> text = () -> {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(6); k > 0; k--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            return sb.toString();
        };
        TimeInterval day = new TimeInterval(LocalDateTime.parse("2024-12-05T00:00"), LocalDateTime.parse("2024-12-06T00:00"), TimePrecision.DAY);
        for (int i = 0; i < 5_000; i++) {
            ResolvedPlace place = new ResolvedPlace(text.get(), r.nextBoolean() ? null : r.nextInt(1_000_000), r.nextBoolean() ? null : r.nextDouble(),
                    r.nextBoolean() ? null : r.nextDouble(), r.nextBoolean() ? null : text.get(), r.nextBoolean() ? null : text.get(),
                    GeoPrecision.TOWN, r.nextBoolean());
            List<ControlPeriod.Evidence> evidence = r.nextBoolean() ? List.of() : List.of(new ControlPeriod.Evidence(text.get(), text.get(),
                    EventType.CAPTURE, Realis.ASSERTED, r.nextBoolean() ? null : text.get(), r.nextBoolean() ? null : text.get(),
                    r.nextBoolean() ? null : text.get(), text.get(), text.get(), r.nextInt(50), text.get(), new Span(r.nextInt(9), 9 + r.nextInt(9)),
                    day, r.nextBoolean() ? null : text.get()));
            ControlPeriod p = new ControlPeriod(text.get(), place, r.nextInt(9), r.nextBoolean() ? null : text.get(),
                    r.nextBoolean() ? null : text.get(), r.nextBoolean(), day, TimeInterval.UNKNOWN, evidence, r.nextInt(30), r.nextBoolean(),
                    r.nextDouble());
            String line = BriefPeriod.encode(p);
            ControlPeriod back;
            try {
                back = BriefPeriod.decode(line);
            } catch (RuntimeException e) {
                throw new AssertionError(line.replace("\t", "<TAB>") + " of " + p, e);
            }
            assertEquals(p, back, line);
        }
    }
    /** The escaping that appends runs whole gives what escaping character by character gives, on random texts. */
    @Test
    void escapingByRunsIsEscapingCharacterByCharacter() {
        String[] pieces = {"a", "Hama", " ", "\t", "\n", "\r", "\\", "\\N", "N", "t", "’", "ب", "\uD835\uDC9C", "", "[", "]", "Z", "\u0000"};
        Random r = new Random(13);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = r.nextInt(8); k > 0; k--) {
                text.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = text.toString();
            StringBuilder expected = new StringBuilder("x");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '\t' -> expected.append("\\t");
                    case '\n' -> expected.append("\\n");
                    case '\r' -> expected.append("\\r");
                    case '\\' -> expected.append("\\\\");
                    default -> expected.append(c);
                }
            }
            StringBuilder got = new StringBuilder("x");
            BriefPeriod.escape(got, s);
            assertEquals(expected.toString(), got.toString(), s);
        }
    }
}
