package org.sitrep.store.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.EventType;
import org.sitrep.core.model.Realis;
import org.sitrep.core.model.ResolvedPlace;

/**
 * What an analyst watches, as data (a JSON object, or YAML of the same fields; stored as JSON):
 *
 * <pre>{
 *   "name": "hama-30km",
 *   "area": {"circle": "35.13,36.75,30"}            a circle LAT,LON,KM
 *        | {"place": "Hama"}                          the place itself, by name
 *        | {"place": "Hama", "km": 30}                a circle round the place (the gazetteer gives its centre)
 *        | {"admin1": "Hama", "country": "SY"}        a first-level division by name (country optional)
 *        | {"polygon": GEOJSON}                       a Polygon or MultiPolygon (or a Feature holding one)
 *        ; no area: everywhere
 *   "actors": ["hts", "Syrian Arab Army", "challenger"],  actor ids, names or sides (any one matches; default any)
 *   "types": ["capture", "airstrike"],                    event types (default any)
 *   "minRealis": "reported",                              asserted > reported > claimed > denied, failed (default any)
 *   "minSources": 2,                                      independent sources an event needs (default 1)
 *   "events": true, "control": true,                      what raises alerts (default both)
 *   "webhook": "https://example.org/hook"                 POST each alert there (optional)
 * }</pre>
 *
 * Matching is pure: an event matches when its place lies in the area and it passes every filter; a control period
 * when its place lies in the area and (when actors are given) its controller or side is one of them.
 */
public final class Watchlist {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();

    private final String name;
    private final Area area;
    private final List<String> actors;
    private final Set<EventType> types;
    private final int minRealis;
    private final int minSources;
    private final boolean events;
    private final boolean control;
    private final String webhook;
    private final String json;

    private Watchlist(String name, Area area, List<String> actors, Set<EventType> types, int minRealis, int minSources, boolean events,
                      boolean control, String webhook, String json) {
        this.name = name;
        this.area = area;
        this.actors = actors;
        this.types = types;
        this.minRealis = minRealis;
        this.minSources = minSources;
        this.events = events;
        this.control = control;
        this.webhook = webhook;
        this.json = json;
    }

    public String name() {
        return name;
    }

    public Area area() {
        return area;
    }

    public String webhook() {
        return webhook;
    }

    public boolean watchesEvents() {
        return events;
    }

    public boolean watchesControl() {
        return control;
    }

    /** The area in words, for messages. */
    public String describe() {
        return describe(area);
    }

    private static String describe(Area a) {
        if (a instanceof Circle c) {
            return String.format(Locale.ROOT, "within %.1f km of %.4f,%.4f", c.km(), c.lat(), c.lon());
        }
        if (a instanceof PlaceArea p) {
            return "the place " + p.name();
        }
        if (a instanceof Admin1Area r) {
            return "the division " + r.admin1() + (r.country() == null ? "" : " (" + r.country() + ")");
        }
        if (a instanceof Polygon p) {
            return "a polygon area (" + p.polygons().size() + " part" + (p.polygons().size() == 1 ? ")" : "s)");
        }
        return "everywhere";
    }

    /** The watchlist as JSON, as given (with its name). */
    public String json() {
        return json;
    }

    /** Turns a place's name into coordinates (the gazetteer's most populous match), or null when it knows none. */
    @FunctionalInterface
    public interface PlaceFinder {
        double[] find(String name);
    }

    /**
     * Parses a watchlist; {@code fallbackName} names one without a "name". A place with "km" is turned into a circle
     * by {@code places} (null: such an area is refused). Throws {@link IllegalArgumentException} saying what is wrong.
     */
    public static Watchlist parse(String text, String fallbackName, PlaceFinder places) {
        JsonNode n;
        boolean json = text.strip().startsWith("{") || text.isBlank();
        try {
            n = json ? JSON.readTree(text) : YAML.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException((json ? "not JSON: " : "not YAML: ") + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a watchlist is an object (JSON, or YAML of the same fields)");
        }
        for (java.util.Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("name", "area", "actors", "types", "minRealis", "minSources", "events", "control", "webhook", "description").contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "' (known: name, area, actors, types, minRealis, minSources, "
                        + "events, control, webhook, description)");
            }
        }
        String name = n.hasNonNull("name") ? n.get("name").asText() : fallbackName;
        if (name == null || !name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,63}")) {
            throw new IllegalArgumentException("a watchlist needs a name of letters, digits, '.', '_' or '-' (at most 64), got '" + name + "'");
        }
        Area area = n.hasNonNull("area") ? area(n.get("area"), places) : new Everywhere();
        List<String> actors = new ArrayList<>();
        for (JsonNode a : array(n, "actors")) {
            actors.add(fold(a.asText()));
        }
        Set<EventType> types = new TreeSet<>();
        for (JsonNode t : array(n, "types")) {
            try {
                types.add(EventType.parse(t.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown event type '" + t.asText() + "' (known: "
                        + java.util.Arrays.stream(EventType.values()).map(EventType::label).toList() + ")");
            }
        }
        int minRealis = 0;
        if (n.hasNonNull("minRealis")) {
            try {
                minRealis = rank(Realis.parse(n.get("minRealis").asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("minRealis must be asserted, reported, claimed, denied or failed, got '"
                        + n.get("minRealis").asText() + "'");
            }
        }
        int minSources = n.path("minSources").asInt(1);
        if (minSources < 1) {
            throw new IllegalArgumentException("minSources must be at least 1");
        }
        String webhook = n.hasNonNull("webhook") ? n.get("webhook").asText() : null;
        if (webhook != null && !webhook.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("webhook must be an http or https URL, got '" + webhook + "'");
        }
        ObjectNode stored = ((ObjectNode) n).deepCopy();
        stored.put("name", name);
        return new Watchlist(name, area, List.copyOf(actors), Set.copyOf(types), minRealis, minSources, n.path("events").asBoolean(true),
                n.path("control").asBoolean(true), webhook, stored.toString());
    }

    private static Iterable<JsonNode> array(JsonNode n, String field) {
        JsonNode a = n.get(field);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be a list");
        }
        return a;
    }

    /** Certainty ranks: asserted 4, reported 3, claimed 2, denied and failed 1 (a minimum of 0 takes all). */
    static int rank(Realis r) {
        return switch (r) {
            case ASSERTED -> 4;
            case REPORTED -> 3;
            case CLAIMED -> 2;
            case DENIED, FAILED -> 1;
        };
    }

    /** Whether an event raises an alert for this watchlist (its area and filters; the caller checks {@link #watchesEvents}). */
    public boolean matches(Event e) {
        if (!area.contains(e.place())) {
            return false;
        }
        if (!types.isEmpty() && !types.contains(e.type())) {
            return false;
        }
        if (rank(e.realis()) < minRealis || e.corroboration() < minSources) {
            return false;
        }
        return actors.isEmpty() || actorMatches(e.actor()) || actorMatches(e.target());
    }

    /** Whether a control period's place lies in the area and its holder (or contester) is watched. */
    public boolean matches(ControlPeriod p) {
        if (!area.contains(p.place())) {
            return false;
        }
        return actors.isEmpty() || actors.contains(fold(p.controller())) || actors.contains(fold(p.side()));
    }

    private boolean actorMatches(org.sitrep.core.model.ActorRef a) {
        return a != null && (actors.contains(fold(a.id())) || actors.contains(fold(a.text())) || actors.contains(fold(a.side())));
    }

    /** A name as names are matched everywhere in sitrep ({@link org.sitrep.core.text.Fold}); null stays null. */
    static String fold(String s) {
        return s == null ? null : org.sitrep.core.text.Fold.fold(s).strip();
    }

    // ---- areas

    /** Where a watchlist looks. */
    public sealed interface Area permits Everywhere, Circle, PlaceArea, Admin1Area, Polygon {
        boolean contains(ResolvedPlace p);
    }

    /** No area given: everything. */
    public record Everywhere() implements Area {
        @Override
        public boolean contains(ResolvedPlace p) {
            return true;
        }
    }

    /** A circle: a place with coordinates within {@code km} of the centre (great-circle distance). */
    public record Circle(double lat, double lon, double km) implements Area {
        public Circle {
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || !(km > 0)) {
                throw new IllegalArgumentException("not a circle: " + lat + "," + lon + "," + km + " (want LAT,LON,KM with KM > 0)");
            }
        }

        @Override
        public boolean contains(ResolvedPlace p) {
            return p != null && p.lat() != null && p.lon() != null && org.sitrep.core.model.Geo.distanceKm(lat, lon, p.lat(), p.lon()) <= km;
        }
    }

    /** One place, by name (a spelling's accents and case aside). */
    public record PlaceArea(String name) implements Area {
        @Override
        public boolean contains(ResolvedPlace p) {
            return p != null && fold(name).equals(fold(p.name()));
        }
    }

    /** A first-level division by name, in a country (ISO code) when given. */
    public record Admin1Area(String admin1, String country) implements Area {
        @Override
        public boolean contains(ResolvedPlace p) {
            return p != null && fold(admin1).equals(fold(p.admin1())) && (country == null || country.equalsIgnoreCase(p.country()));
        }
    }

    /** Polygons (outer ring, then holes) in GeoJSON order: [lon, lat]. */
    public record Polygon(List<List<List<double[]>>> polygons) implements Area {
        @Override
        public boolean contains(ResolvedPlace p) {
            if (p == null || p.lat() == null || p.lon() == null) {
                return false;
            }
            for (List<List<double[]>> rings : polygons) {
                if (inRing(rings.get(0), p.lon(), p.lat())) {
                    boolean inHole = false;
                    for (int h = 1; h < rings.size() && !inHole; h++) {
                        inHole = inRing(rings.get(h), p.lon(), p.lat());
                    }
                    if (!inHole) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static boolean inRing(List<double[]> ring, double x, double y) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double xi = ring.get(i)[0], yi = ring.get(i)[1], xj = ring.get(j)[0], yj = ring.get(j)[1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                in = !in;
            }
        }
        return in;
    }

    private static Area area(JsonNode a, PlaceFinder places) {
        if (a.isTextual()) { // "LAT,LON,KM" for short
            return circle(a.asText());
        }
        if (!a.isObject()) {
            throw new IllegalArgumentException("'area' must be an object: {\"circle\": \"LAT,LON,KM\"}, {\"place\": NAME[, \"km\": KM]}, "
                    + "{\"admin1\": NAME[, \"country\": CC]} or {\"polygon\": GEOJSON}");
        }
        if (a.hasNonNull("circle")) {
            return circle(a.get("circle").asText());
        }
        if (a.hasNonNull("place")) {
            String place = a.get("place").asText();
            if (!a.hasNonNull("km")) {
                return new PlaceArea(place);
            }
            double km = a.get("km").asDouble();
            double[] at = places == null ? null : places.find(place);
            if (at == null) {
                throw new IllegalArgumentException("the gazetteer knows no place '" + place + "' to draw " + km + " km round it; give a circle instead");
            }
            return new Circle(at[0], at[1], km);
        }
        if (a.hasNonNull("admin1")) {
            return new Admin1Area(a.get("admin1").asText(), a.hasNonNull("country") ? a.get("country").asText() : null);
        }
        if (a.hasNonNull("polygon")) {
            return polygon(a.get("polygon"));
        }
        throw new IllegalArgumentException("'area' needs one of circle, place, admin1, polygon");
    }

    private static Circle circle(String s) {
        String[] p = s.split(",");
        if (p.length != 3) {
            throw new IllegalArgumentException("a circle is LAT,LON,KM, got '" + s + "'");
        }
        try {
            return new Circle(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), Double.parseDouble(p[2].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a circle is LAT,LON,KM as numbers, got '" + s + "'");
        }
    }

    private static Polygon polygon(JsonNode g) {
        String type = g.path("type").asText();
        if (type.equals("Feature")) {
            return polygon(g.path("geometry"));
        }
        if (type.equals("FeatureCollection") && g.path("features").size() == 1) {
            return polygon(g.path("features").get(0));
        }
        List<List<List<double[]>>> out = new ArrayList<>();
        JsonNode c = g.path("coordinates");
        if (type.equals("Polygon")) {
            out.add(rings(c));
        } else if (type.equals("MultiPolygon")) {
            for (JsonNode poly : c) {
                out.add(rings(poly));
            }
        } else {
            throw new IllegalArgumentException("a polygon is a GeoJSON Polygon or MultiPolygon (or a Feature of one), got type '" + type + "'");
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the polygon has no rings");
        }
        return new Polygon(List.copyOf(out));
    }

    private static List<List<double[]>> rings(JsonNode poly) {
        List<List<double[]>> rings = new ArrayList<>();
        for (JsonNode ring : poly) {
            List<double[]> pts = new ArrayList<>();
            for (JsonNode pt : ring) {
                if (pt.size() < 2 || !pt.get(0).isNumber() || !pt.get(1).isNumber()) {
                    throw new IllegalArgumentException("a polygon's points are [lon, lat] numbers, got " + pt);
                }
                pts.add(new double[] {pt.get(0).asDouble(), pt.get(1).asDouble()});
            }
            if (pts.size() < 4) {
                throw new IllegalArgumentException("a polygon's ring needs at least 4 points (closed), got " + pts.size());
            }
            rings.add(pts);
        }
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs an outer ring");
        }
        return rings;
    }
}
