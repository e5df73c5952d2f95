package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.GeoPrecision;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.model.Span;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimeMention;

/** {@link Item#BY_ID} orders items as their ids' {@link String#compareTo} does, whatever the ids hold. */
class ItemOrderTest {
    /** Characters that test the packing: NUL (the padding's value), ASCII, hex digits, the sign bit, surrogates. */
    private static final char[] CHARS = {'\0', '\u0001', '0', '7', '9', ':', 'a', 'f', 'z', '\u007f', '\u00e9', '\u7fff',
        '\u8000', '\ud83d', '\ude00', '\uffff'};

    @Test
    void itemsAreOrderedAsTheirIdsAreWhateverTheyHold() {
        Random r = new Random(20261205);
        List<String> ids = new ArrayList<>();
        ids.add("");
        for (int i = 0; i < 3000; i++) {
            ids.add(random(r));
        }
        // store-like ids: an article's hash, then the mention's number; many share their first eight characters
        for (int i = 0; i < 500; i++) {
            String article = String.format("%016x", r.nextLong() & 0xffffffffL);
            ids.add(article + ":" + r.nextInt(30));
        }
        List<Item> items = new ArrayList<>();
        for (String id : ids) {
            items.add(new Item(mention(id)));
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = 0; j < items.size(); j += 1 + r.nextInt(7)) {
                Item a = items.get(i);
                Item b = items.get(j);
                assertEquals(Integer.signum(a.id().compareTo(b.id())), Integer.signum(Item.BY_ID.compare(a, b)),
                        () -> "'" + escape(a.id()) + "' against '" + escape(b.id()) + "'");
            }
        }
        Item[] sorted = items.toArray(new Item[0]);
        Arrays.sort(sorted, Item.BY_ID);
        String[] expected = ids.toArray(new String[0]);
        Arrays.sort(expected);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], sorted[i].id());
        }
    }

    @Test
    void aStringThatEndsWithinTheKeyIsBeforeItsLongerFormsAndTheirPaddingIsNoTie() {
        for (String[] pair : new String[][] {{"ab", "ab\0"}, {"ab", "ab\0\0\0\0\0\0\0"}, {"abcd", "abcd\0"}, {"abc", "abc\u8000"},
            {"abcdefgh", "abcdefgh\0"}, {"a\0", "a\0\0"}, {"", "\0"}}) {
            Item shorter = new Item(mention(pair[0]));
            Item longer = new Item(mention(pair[1]));
            assertEquals(-1, Integer.signum(Item.BY_ID.compare(shorter, longer)), escape(pair[1]));
            assertEquals(1, Integer.signum(Item.BY_ID.compare(longer, shorter)), escape(pair[1]));
        }
    }

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
            sb.append(CHARS[r.nextInt(CHARS.length)]);
        }
        return sb.toString();
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    private static SourcedMention mention(String id) {
        ResolvedPlace town = new ResolvedPlace("Town", 1000, 35.0, 36.0, "A1", "XX", GeoPrecision.TOWN, true);
        LocalDate day = LocalDate.of(2024, 2, 19);
        EventMention m = new EventMention("d", 0, EventType.CAPTURE, Realis.ASSERTED, "captured", new ActorRef("rebels", "rebels", "rebels"),
                null, new PlaceMention(new Span(0, 1), "Town", "Town", town, PlaceMention.Kind.NAME),
                new TimeMention(null, "on the day", TimeInterval.day(day)), null, null, "q", new Span(0, 1), 0.5);
        return new SourcedMention(id, "a", "o", TimeInterval.day(day.plusDays(1)), m);
    }
}
