package org.sitrep.core.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.sitrep.core.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A gold annotation: the events a set of documents states, in either of the two forms of {@code GUIDELINES.md} —
 * the seeds form (one JSON object with {@code places}, {@code actors} and {@code events}) or JSON Lines (one event
 * a line with {@code place}, {@code place_variants}, {@code lat}, {@code lon}, {@code actor_side}, …).
 */
public record Gold(List<Event> events) {
    public Gold {
        events = List.copyOf(events);
    }

    /**
     * A gold event.
     *
     * @param place    the place as written, or null when the event names none
     * @param variants the folded spellings of the place ({@link ScoreRules#fold}); empty when it names none
     * @param lat      the place's latitude when the annotator was sure of it, else null
     * @param side     the actor's side token(s), comma-joined for a clash of two named sides; null when unknown
     * @param date     the event's day (a range's start), or null when the text gives none
     */
    public record Event(String doc, String type, String actor, String place, Set<String> variants, Double lat, Double lon,
                        LocalDate date, String datePrecision, LocalDate rangeFrom, LocalDate rangeTo, String realis,
                        String side, String claimant, String quote) {
        public Event {
            variants = Set.copyOf(variants);
        }

        public boolean hasGeo() {
            return lat != null && lon != null;
        }
    }

    /** Parses either gold form; a missing required field or a bad line is reported with its position. */
    public static Gold parse(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        JsonNode root = null;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // not one JSON document: JSON Lines
        }
        if (root != null && root.isObject() && root.has("events")) {
            return seeds(root);
        }
        return lines(text);
    }

    private static Gold seeds(JsonNode root) throws IOException {
        JsonNode places = root.path("places");
        JsonNode actors = root.path("actors");
        List<Event> events = new ArrayList<>();
        int i = 0;
        for (JsonNode e : root.get("events")) {
            required(e, "event " + i, "doc", "type");
            String place = text(e, "place");
            Set<String> variants = new LinkedHashSet<>();
            Double lat = null;
            Double lon = null;
            if (place != null) {
                variants.add(ScoreRules.fold(place));
                JsonNode p = places.path(place);
                p.path("variants").forEach(v -> variants.add(ScoreRules.fold(v.asText())));
                JsonNode geo = p.path("geo");
                if (geo.isArray() && geo.size() == 2) {
                    lat = geo.get(0).asDouble();
                    lon = geo.get(1).asDouble();
                }
            }
            String actor = text(e, "actor");
            String side = actor == null ? null : actors.path(actor).path("side").asText(null);
            events.add(event(e, place, variants, lat, lon, actor, side));
            i++;
        }
        return new Gold(events);
    }

    private static Gold lines(String text) throws IOException {
        List<Event> events = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode e;
            try {
                e = Json.MAPPER.readTree(line);
            } catch (JsonProcessingException x) {
                throw new IOException("line " + (n + 1) + ": not JSON: " + x.getOriginalMessage());
            }
            if (e == null || !e.isObject()) {
                throw new IOException("line " + (n + 1) + ": not a JSON object");
            }
            required(e, "line " + (n + 1), "doc");
            if (!e.hasNonNull("type") && !e.hasNonNull("action")) {
                throw new IOException("line " + (n + 1) + ": missing 'type'");
            }
            String place = text(e, "place");
            Set<String> variants = new LinkedHashSet<>();
            if (place != null) {
                variants.add(ScoreRules.fold(place));
            }
            e.path("place_variants").forEach(v -> variants.add(ScoreRules.fold(v.asText())));
            Double lat = e.hasNonNull("lat") ? e.get("lat").asDouble() : null;
            Double lon = e.hasNonNull("lon") ? e.get("lon").asDouble() : null;
            String side = text(e, "actor_side");
            events.add(event(e, place, variants, lat, lon, text(e, "actor"), side));
        }
        return new Gold(events);
    }

    private static Event event(JsonNode e, String place, Set<String> variants, Double lat, Double lon, String actor,
                               String side) throws IOException {
        String type = e.hasNonNull("type") ? e.get("type").asText() : e.get("action").asText();
        String date = text(e, "date");
        JsonNode range = e.path("date_range");
        LocalDate from = range.isArray() && range.size() == 2 ? day(range.get(0).asText()) : null;
        LocalDate to = range.isArray() && range.size() == 2 ? day(range.get(1).asText()) : null;
        String realis = text(e, "realis") != null ? text(e, "realis") : text(e, "polarity") != null ? text(e, "polarity") : "asserted";
        if (side != null && (side.equals("unknown") || side.equals("mixed") || side.isBlank())) {
            side = null;
        }
        variants.remove("");
        return new Event(e.get("doc").asText(), type, actor, place, variants, lat, lon, date == null ? null : day(date),
                text(e, "date_precision"), from, to, realis, side, text(e, "claimant"), text(e, "quote"));
    }

    private static LocalDate day(String s) throws IOException {
        try {
            return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
        } catch (java.time.format.DateTimeParseException x) {
            throw new IOException("unreadable date '" + s + "'");
        }
    }

    private static void required(JsonNode e, String where, String... fields) throws IOException {
        for (String f : fields) {
            if (!e.hasNonNull(f)) {
                throw new IOException(where + ": missing '" + f + "'");
            }
        }
    }

    private static String text(JsonNode e, String f) {
        return e.hasNonNull(f) ? e.get(f).asText() : null;
    }
}
