package org.sitrep.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A gold annotation file in the {@code seeds.gold.json} format: places (with spelling variants and, where known,
 * coordinates), actors (with side), and events (doc, type, actor, place, date, realis, claimant, quote).
 */
public record Gold(Map<String, Place> places, Map<String, String> actorSides, List<Event> events) {
    /** A gold place. {@code lat}/{@code lon} are null when the place has no coordinates. */
    public record Place(String name, List<String> variants, Double lat, Double lon) {
    }

    /** A gold event. {@code date} is null when the text gives none. */
    public record Event(String doc, String type, String actor, String place, LocalDate date, String datePrecision,
                        LocalDate rangeFrom, LocalDate rangeTo, String realis, String claimant, String quote) {
    }

    /** Parses a gold file; a missing required field is reported with the event's index. */
    public static Gold parse(InputStream in) throws IOException {
        JsonNode root = Json.MAPPER.readTree(in);
        if (root == null || !root.has("events")) {
            throw new IOException("not a gold file: no 'events' array");
        }
        Map<String, Place> places = new HashMap<>();
        JsonNode ps = root.path("places");
        ps.fieldNames().forEachRemaining(name -> {
            JsonNode p = ps.get(name);
            List<String> variants = new ArrayList<>();
            variants.add(name);
            p.path("variants").forEach(v -> variants.add(v.asText()));
            JsonNode geo = p.path("geo");
            Double lat = geo.isArray() ? geo.get(0).asDouble() : null;
            Double lon = geo.isArray() ? geo.get(1).asDouble() : null;
            places.put(name, new Place(name, variants, lat, lon));
        });
        Map<String, String> sides = new HashMap<>();
        JsonNode as = root.path("actors");
        as.fieldNames().forEachRemaining(name -> sides.put(name, as.get(name).path("side").asText(null)));
        List<Event> events = new ArrayList<>();
        int i = 0;
        for (JsonNode e : root.get("events")) {
            for (String field : new String[]{"doc", "type", "realis"}) {
                if (!e.hasNonNull(field)) {
                    throw new IOException("gold event " + i + ": missing '" + field + "'");
                }
            }
            String date = e.hasNonNull("date") ? e.get("date").asText() : null;
            JsonNode range = e.path("date_range");
            LocalDate from = range.isArray() && range.size() == 2 ? LocalDate.parse(range.get(0).asText().substring(0, 10)) : null;
            LocalDate to = range.isArray() && range.size() == 2 ? LocalDate.parse(range.get(1).asText().substring(0, 10)) : null;
            events.add(new Event(e.get("doc").asText(), e.get("type").asText(), text(e, "actor"), text(e, "place"),
                    date == null ? null : LocalDate.parse(date.substring(0, 10)), text(e, "date_precision"), from, to,
                    e.get("realis").asText(), text(e, "claimant"), text(e, "quote")));
            i++;
        }
        return new Gold(places, sides, events);
    }

    private static String text(JsonNode e, String f) {
        return e.hasNonNull(f) ? e.get(f).asText() : null;
    }
}
