package org.sitrep.core.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

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
 * Random mentions of one region for the merger's tests: places packed so that many are a few km apart (gazetteer
 * towns, landmarks, the province, unlisted names in several spellings), precise and vague times, both sides, denials
 * and failures, several outlets.
 */
final class RandomRegion {
    private static final String[] SIDES = {"russia", "ukraine", null};

    /** How large a region, over how long, with which types, and whether sources repeat one another's sentences. */
    record Shape(int places, double scale, int days, EventType[] types, boolean repeatedQuotes) {
    }

    private RandomRegion() {
    }

    /**
     * n mentions over {@code shape.places()} places in about 40 x 40 km times {@code shape.scale()} from {@code
     * baseLat}, dated over {@code shape.days()} days.
     */
    static List<SourcedMention> mentions(Random r, double baseLat, Shape shape, int n) {
        List<ResolvedPlace> places = new ArrayList<>();
        for (int k = 0; k < shape.places(); k++) {
            double lat = baseLat + r.nextDouble() * 0.35 * shape.scale();
            double lon = 30 + r.nextDouble() * 0.5 * shape.scale();
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
            EventType type = shape.types()[r.nextInt(shape.types().length)];
            String side = SIDES[r.nextInt(SIDES.length)];
            String other = "russia".equals(side) ? "ukraine" : "russia";
            LocalDate day = first.plusDays(r.nextInt(shape.days()));
            TimeMention time = switch (r.nextInt(5)) {
                case 0 -> null;
                case 1 -> new TimeMention(null, "(publication)", new TimeInterval(day.atStartOfDay(), day.plusDays(1).atStartOfDay(),
                        TimePrecision.INFERRED));
                case 2 -> new TimeMention(null, "that week", TimeInterval.days(day, day.plusDays(6), TimePrecision.WEEK));
                default -> new TimeMention(null, "on the day", TimeInterval.day(day));
            };
            Realis realis = r.nextInt(10) == 0 ? Realis.DENIED : r.nextInt(10) == 0 ? Realis.FAILED : Realis.ASSERTED;
            // with repeated quotes, about three mentions share each sentence (a republished story counts once)
            String quote = shape.repeatedQuotes() ? "quote " + i % (n / 3 + 1) : "q";
            EventMention m = new EventMention("d" + i, 0, type, realis, "t", side == null ? null : new ActorRef(side, side, side),
                    new ActorRef(other, other, other), new PlaceMention(new Span(0, 1), placeText(r, p), p.name(), p, PlaceMention.Kind.NAME),
                    time, null, null, quote, new Span(0, 1), 0.5);
            LocalDate published = day.plusDays(r.nextInt(3));
            out.add(new SourcedMention(String.format("a%04d:0", i), "a" + i, "outlet" + r.nextInt(8),
                    TimeInterval.day(published), m));
        }
        return out;
    }

    /** Each group as the set of its mention ids, the groups in the order of their first ids: groups to compare. */
    static List<Set<String>> idSets(List<List<SourcedMention>> gs) {
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
}
