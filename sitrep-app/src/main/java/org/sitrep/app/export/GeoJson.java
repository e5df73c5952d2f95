package org.sitrep.app.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.store.EventStore;

/** GeoJSON (RFC 7946) of events and of control on a day, as {@code sitrep export} writes it and the API serves it. */
public final class GeoJson {
    private GeoJson() {
    }

    /** An article's outlet, URL and title by its id, each article read once. */
    public static Function<String, AcledRecord.ArticleInfo> articles(EventStore s) {
        Map<String, AcledRecord.ArticleInfo> seen = new java.util.HashMap<>();
        return id -> seen.computeIfAbsent(id, k -> s.article(k)
                .map(a -> new AcledRecord.ArticleInfo(a.outlet(), a.url(), a.title())).orElse(AcledRecord.ArticleInfo.NONE));
    }

    /**
     * A FeatureCollection of events: Point geometry [lon, lat] where the place has one, else null; the properties are
     * the CSV's fields (numbers as numbers, null for empty), then sitrep's type, actor, target, place, start, end,
     * outlets and disputed fields.
     */
    public static Map<String, Object> eventsGeoJson(List<Event> events, Function<String, AcledRecord.ArticleInfo> articles) {
        List<Object> features = new ArrayList<>();
        for (Event e : events) {
            Map<String, Object> props = new LinkedHashMap<>(AcledRecord.of(e, articles));
            props.put("id", e.id());
            props.put("type", e.type().label());
            props.put("actor", AcledRecord.name(e.actor()));
            props.put("target", AcledRecord.name(e.target()));
            props.put("place", e.place() == null ? null : e.place().name());
            props.put("start", e.interval().isKnown() ? e.interval().start().toString() : null);
            props.put("end", e.interval().isKnown() ? e.interval().end().toString() : null);
            props.put("outlets", e.outlets());
            props.put("disputed", e.disputed());
            features.add(feature(e.id(), e.place(), props));
        }
        return collection(features);
    }

    /** A FeatureCollection of places with who held each at the end of the day. */
    public static Map<String, Object> controlGeoJson(List<ControlPeriod> periods, LocalDate day) {
        List<Object> features = new ArrayList<>();
        for (ControlPeriod c : periods) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("place", c.place().name());
            props.put("as_of", day.toString());
            props.put("controller", c.controller());
            props.put("side", c.side());
            props.put("contested", c.contested());
            props.put("since", c.from().isKnown() ? c.from().start().toString() : null);
            props.put("inferred", c.inferred());
            props.put("confidence", c.confidence());
            props.put("evidence_total", c.evidenceTotal());
            props.put("evidence_quote", c.evidence().isEmpty() ? null : c.evidence().get(0).quote());
            features.add(feature(c.placeKey(), c.place(), props));
        }
        return collection(features);
    }

    /** A feature with its identifier as the top-level {@code id} (RFC 7946 §3.2), so that GIS tools key on it. */
    private static Map<String, Object> feature(String id, ResolvedPlace p, Map<String, Object> props) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", id);
        if (p != null && p.hasPoint()) {
            f.put("geometry", point(round(p.lon()), round(p.lat())));
        } else {
            f.put("geometry", null);
        }
        f.put("properties", props);
        return f;
    }

    /**
     * A Point geometry, its members always in one order (type, coordinates): {@code Map.of}'s order changes from one
     * run of the JVM to the next, and with it the bytes of an export.
     */
    public static Map<String, Object> point(double lon, double lat) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", "Point");
        g.put("coordinates", List.of(lon, lat));
        return g;
    }

    private static Map<String, Object> collection(List<Object> features) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.put("features", features);
        return fc;
    }

    /** Six decimals (about 10 cm), as RFC 7946 recommends. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
