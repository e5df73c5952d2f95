package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.SourcedMention;

/**
 * {@link Takes#takenBackBetween} looks only in the cells around x and passes over runs of one side's takes at once; on
 * random regions (few places, many takes by both sides, so that runs and takes back are common) it must answer what
 * its definition, tried on every take, answers.
 */
class TakesTest {
    private static final EventType[] TYPES = {EventType.CAPTURE, EventType.RECAPTURE, EventType.ENTER, EventType.WITHDRAW,
        EventType.ADVANCE};
    /** 12 places in about 20 x 20 km over 30 days. */
    private static final RandomRegion.Shape REGION = new RandomRegion.Shape(12, 0.5, 30, TYPES, false);

    @Test
    void answersWhatTryingEveryTakeAnswers() {
        int pairs = 0;
        int takenBack = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Random r = new Random(seed);
            List<SourcedMention> ms = RandomRegion.mentions(r, seed % 2 == 0 ? 35.1 : 64.5, REGION, 150 + r.nextInt(150));
            List<Item> items = new ArrayList<>();
            for (SourcedMention sm : ms) {
                items.add(new Item(sm));
            }
            items.sort(Comparator.comparing(Item::id));
            Takes takes = new Takes(items, new Cells(items));
            for (Item x : items) {
                if (x.family != Family.TAKE || !x.timed) {
                    continue;
                }
                for (Item y : items) {
                    if (y == x || y.family != Family.TAKE || !y.timed || !EventMerger.samePlace(x, y)) {
                        continue;
                    }
                    boolean expected = byDefinition(items, x, y);
                    assertEquals(expected, takes.takenBackBetween(x, y), "seed " + seed + ": " + x.id() + " and " + y.id());
                    pairs++;
                    takenBack += expected ? 1 : 0;
                }
            }
        }
        assertTrue(takenBack > 1000 && pairs - takenBack > 1000, "both answers must be common to test anything: "
                + takenBack + " of " + pairs);
    }

    /** A supporting take of the same place by another side strictly between the two midpoints, among all items. */
    private static boolean byDefinition(List<Item> items, Item x, Item y) {
        String side = x.side != null ? x.side : y.side;
        if (side == null) {
            return false;
        }
        long lo = Math.min(x.mid, y.mid);
        long hi = Math.max(x.mid, y.mid);
        for (Item t : items) {
            if (t.family == Family.TAKE && t.supports() && t.side != null && t.timed && lo < t.mid && t.mid < hi
                    && !side.equals(t.side) && EventMerger.samePlace(x, t) && EventMerger.samePlace(y, t)) {
                return true;
            }
        }
        return false;
    }
}
