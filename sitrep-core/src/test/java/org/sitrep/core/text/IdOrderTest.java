package org.sitrep.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link IdOrder} sorts as {@link String#compareTo} orders, whatever the strings hold, and keeps equal ids in order. */
class IdOrderTest {
    /** NUL (the padding's value), ASCII, hex digits, the sign bit of a packed key, surrogates. */
    private static final char[] CHARS = {'\0', '\u0001', '-', '0', '7', ':', 'a', 'e', 'v', 'f', '\u007f', '\u00e9', '\u7fff',
        '\u8000', '\ud83d', '\ude00', '\uffff'};

    @Test
    void comparesAndSortsAsStringsDo() {
        Random r = new Random(5122026);
        List<String> ids = new ArrayList<>(List.of("", "ab", "ab\0", "ab\0\0\0\0\0\0\0", "abcd", "abcd\0", "abcdefgh", "abcdefgh\0", "\0"));
        for (int i = 0; i < 4000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(13);
            for (int k = 0; k < n; k++) {
                sb.append(CHARS[r.nextInt(CHARS.length)]);
            }
            ids.add(sb.toString());
        }
        for (int i = 0; i < 2000; i++) { // event and mention ids as the store makes them
            ids.add("ev-" + String.format("%016x", r.nextLong()).substring(0, 4 + r.nextInt(12)));
            ids.add(String.format("%016x", r.nextLong() & 0xffffffffL) + ":" + r.nextInt(40));
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i % 5; j < ids.size(); j += 5 + r.nextInt(40)) {
                String a = ids.get(i);
                String b = ids.get(j);
                int got = IdOrder.compare(a, IdOrder.key(a, 0), IdOrder.key(a, 4), b, IdOrder.key(b, 0), IdOrder.key(b, 4));
                assertEquals(Integer.signum(a.compareTo(b)), Integer.signum(got), () -> a + " / " + b);
            }
        }
        List<String> expected = new ArrayList<>(ids);
        expected.sort(null);
        List<String> got = new ArrayList<>(ids);
        IdOrder.sort(got);
        assertEquals(expected, got);
        List<String> linked = new LinkedList<>(ids);
        IdOrder.sort(linked);
        assertEquals(expected, linked);
    }

    /** An element with an id that others share. */
    private record Row(String id, int n) {
    }

    @Test
    void keepsElementsWithEqualIdsInTheirOrder() {
        Random r = new Random(7);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(new Row("ev-" + r.nextInt(50), i));
        }
        List<Row> expected = new ArrayList<>(rows);
        expected.sort((a, b) -> a.id().compareTo(b.id()));
        IdOrder.sort(rows, Row::id);
        for (int i = 0; i < rows.size(); i++) {
            assertSame(expected.get(i), rows.get(i));
        }
        List<String> none = new ArrayList<>();
        IdOrder.sort(none);
        assertEquals(List.of(), none);
    }
}
