package org.sitrep.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

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
import org.sitrep.core.model.TimePrecision;

/**
 * Merging compares only mentions whose places lie in the same or adjacent grid cells; on random regions (places
 * packed so that many are a few km apart, at low and high latitudes, with gazetteer entries, landmarks, provinces and
 * unlisted names, precise and vague times, both sides, denials) it must give exactly the groups that trying every
 * pair gives.
 */
class MergerCellsTest {
    private static final EventType[] TYPES = {EventType.CAPTURE, EventType.RECAPTURE, EventType.ENTER, EventType.WITHDRAW,
        EventType.ATTACK, EventType.CLASH, EventType.AIRSTRIKE, EventType.SHELLING, EventType.ADVANCE};
    private static final String[] SIDES = {"russia", "ukraine", null};

    @Test
    void theGridGivesTheGroupsThatTryingEveryPairGives() {
        EventMerger merger = new EventMerger();
        sameGroups(1, 12, 400, 400, ms -> groups(merger.cluster(ms, true)));
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
            List<SourcedMention> ms = region(r, baseLat, least + r.nextInt(spread));
            List<Set<String>> grid = groups(merger.cluster(ms, false));
            assertEquals(expected.apply(ms), grid, "seed " + seed);
            merged += ms.size() - grid.size();
        }
        assertTrue(merged > 500, "the data must merge a lot to test anything: " + merged);
    }

    private static List<Set<String>> groups(List<List<SourcedMention>> gs) {
        List<Set<String>> out = new ArrayList<>();
        for (List<SourcedMention> g : gs) {
            Set<String> ids = new TreeSet<>();
            g.forEach(m -> ids.add(m.id()));
            out.add(ids);
        }
        out.sort((a, b) -> a.iterator().next().compareTo(b.iterator().next()));
        return out;
    }

    /** The words a source used for the place: its name, or for unlisted places sometimes another spelling or none. */
    private static String placeText(Random r, ResolvedPlace p) {
        if (p.resolved() || r.nextInt(3) > 0) {
            return p.name();
        }
        String[] others = {"Qusayr", "Issa", "Abidin mount", "Shahur", "Novy", null, "it"};
        return others[r.nextInt(others.length)];
    }

    /** Mentions over a region of about 40 x 40 km with 60 places. */
    private static List<SourcedMention> region(Random r, double baseLat, int n) {
        List<ResolvedPlace> places = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            double lat = baseLat + r.nextDouble() * 0.35;
            double lon = 30 + r.nextDouble() * 0.5;
            int kind = r.nextInt(10);
            if (kind < 6) {
                places.add(new ResolvedPlace("Town" + k, 1000 + k, lat, lon, "A1", "XX", GeoPrecision.TOWN, true));
            } else if (kind < 8) {
                places.add(new ResolvedPlace("Hill " + k, null, lat, lon, "A1", "XX", GeoPrecision.POINT, true));
            } else if (kind < 9) {
                places.add(new ResolvedPlace("Province", 77, baseLat, 30.0, "A1", "XX", GeoPrecision.PROVINCE, true));
            } else {
                String[] spellings = {"Novoye", "Novoe", "Zayn al-Abidin", "Jabal Zeinedin", "Maar Shahour", "Maar Shohur", "Al-Qusayr",
                    "Qusair", "Kusayr", "Ain Issa", "Ayn Isa", "the"};
                places.add(new ResolvedPlace(spellings[r.nextInt(spellings.length)], null, null, null, "A1", "XX", null, false));
            }
        }
        List<SourcedMention> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 2, 1);
        for (int i = 0; i < n; i++) {
            ResolvedPlace p = places.get(r.nextInt(places.size()));
            EventType type = TYPES[r.nextInt(TYPES.length)];
            String side = SIDES[r.nextInt(SIDES.length)];
            String other = "russia".equals(side) ? "ukraine" : "russia";
            LocalDate day = first.plusDays(r.nextInt(40));
            TimeMention time = switch (r.nextInt(5)) {
                case 0 -> null;
                case 1 -> new TimeMention(null, "(publication)", new TimeInterval(day.atStartOfDay(), day.plusDays(1).atStartOfDay(),
                        TimePrecision.INFERRED));
                case 2 -> new TimeMention(null, "that week", TimeInterval.days(day, day.plusDays(6), TimePrecision.WEEK));
                default -> new TimeMention(null, "on the day", TimeInterval.day(day));
            };
            Realis realis = r.nextInt(10) == 0 ? Realis.DENIED : r.nextInt(10) == 0 ? Realis.FAILED : Realis.ASSERTED;
            EventMention m = new EventMention("d" + i, 0, type, realis, "t", side == null ? null : new ActorRef(side, side, side),
                    new ActorRef(other, other, other), new PlaceMention(new Span(0, 1), placeText(r, p), p.name(), p, PlaceMention.Kind.NAME),
                    time, null, null, "q", new Span(0, 1), 0.5);
            LocalDate published = day.plusDays(r.nextInt(3));
            out.add(new SourcedMention(String.format("a%04d:0", i), "a" + i, "outlet" + r.nextInt(8),
                    TimeInterval.day(published), m));
        }
        return out;
    }
}
