package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.SourcedMention;

/**
 * Merging compares only mentions whose places lie in the same or adjacent grid cells; on random regions (places
 * packed so that many are a few km apart, at low and high latitudes, with gazetteer entries, landmarks, provinces and
 * unlisted names, precise and vague times, both sides, denials) it must give exactly the groups that trying every
 * pair gives.
 */
class MergerCellsTest {
    private static final EventType[] TYPES = {EventType.CAPTURE, EventType.RECAPTURE, EventType.ENTER, EventType.WITHDRAW,
        EventType.ATTACK, EventType.CLASH, EventType.AIRSTRIKE, EventType.SHELLING, EventType.ADVANCE};
    /** 60 places in about 40 x 40 km over 40 days. */
    private static final RandomRegion.Shape REGION = new RandomRegion.Shape(60, 1.0, 40, TYPES, false);

    @Test
    void theGridGivesTheGroupsThatTryingEveryPairGives() {
        EventMerger merger = new EventMerger();
        sameGroups(1, 12, 400, 400, ms -> RandomRegion.idSets(merger.cluster(ms, true)));
    }

    /**
     * The merger skips candidates that cannot change its answer (a pair already in one group, a vague mention's
     * candidate that cannot beat the best so far) and tests the cheap conditions first; on random regions it must give
     * the groups that the definition, tried on every pair and every candidate, gives.
     */
    @Test
    void skippingCandidatesGivesTheGroupsOfTheDefinition() {
        sameGroups(21, 40, 300, 500, ReferenceMerger::groups);
    }

    /** The merger's groups on random regions of seeds [from, to] (least + up to spread mentions) equal the expected ones. */
    private static void sameGroups(long from, long to, int least, int spread, java.util.function.Function<List<SourcedMention>, List<Set<String>>> expected) {
        EventMerger merger = new EventMerger();
        int merged = 0;
        for (long seed = from; seed <= to; seed++) {
            Random r = new Random(seed);
            double baseLat = seed % 3 == 0 ? 64.5 : seed % 3 == 1 ? 35.1 : -1.5;
            List<SourcedMention> ms = RandomRegion.mentions(r, baseLat, REGION, least + r.nextInt(spread));
            List<Set<String>> grid = RandomRegion.idSets(merger.cluster(ms, false));
            assertEquals(expected.apply(ms), grid, "seed " + seed);
            merged += ms.size() - grid.size();
        }
        assertTrue(merged > 500, "the data must merge a lot to test anything: " + merged);
    }

}
