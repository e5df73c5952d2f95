package org.sitrep.store;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.Casualties;
import org.sitrep.core.model.Claimant;
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
 * A stored mention's JSON read token by token into its records, field by field as the store writes them: without C2,
 * Jackson's data binding (a record built through its creator's property buffer, a property looked up per field) was
 * most of the time a refresh spent reading mentions (a window of a popular place holds a hundred thousand). The result
 * is the record the data binding makes of the same JSON ({@code MentionJsonTest} compares them on every mention of the
 * example and of generated reports, and on their JSON with fields dropped, nulled, reordered and unknown). JSON of
 * any other shape (a field this reader does not know, a value of another type, a time of another form) answers null,
 * and is read by the data binding, which says what is wrong with it. Thread-safe.
 */
final class MentionJson {
    /** The JSON has a shape this reader leaves to the data binding. */
    private static final class Other extends Exception {
        Other() {
            super(null, null, false, false);
        }
    }

    private static final Other OTHER = new Other();

    private final JsonFactory factory;

    MentionJson(JsonFactory factory) {
        this.factory = factory;
    }

    /** The mention of the UTF-8 JSON, or null when it has a shape left to the data binding. */
    SourcedMention read(byte[] utf8) {
        try (JsonParser p = factory.createParser(utf8)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The mention of the JSON text (as PostgreSQL hands it over), or null when it has a shape left to the data binding. */
    SourcedMention read(String json) {
        try (JsonParser p = factory.createParser(json)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static SourcedMention read(JsonParser p) {
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            SourcedMention m = sourced(p);
            return p.nextToken() == null ? m : null;
        } catch (Other | IOException | RuntimeException e) {
            return null; // the data binding reads it again, and says what is wrong with it
        }
    }

    /** The next field's name, or null at the object's end. */
    private static String field(JsonParser p) throws IOException, Other {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        if (t != JsonToken.FIELD_NAME) {
            throw OTHER;
        }
        String name = p.currentName();
        p.nextToken();
        return name;
    }

    /** True when the current value is null; else it must begin an object. */
    private static boolean nullOrObject(JsonParser p) throws Other {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return true;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw OTHER;
        }
        return false;
    }

    private static String string(JsonParser p) throws IOException, Other {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw OTHER;
        }
        return p.getText();
    }

    private static int integer(JsonParser p) throws IOException, Other {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw OTHER;
        }
        return p.getIntValue();
    }

    private static Integer boxedInteger(JsonParser p) throws IOException, Other {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : integer(p);
    }

    private static long longValue(JsonParser p) throws IOException, Other {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                || p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG) {
            throw OTHER;
        }
        return p.getLongValue();
    }

    private static Long boxedLong(JsonParser p) throws IOException, Other {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : longValue(p);
    }

    private static double doubleValue(JsonParser p) throws IOException, Other {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
            throw OTHER; // an integer where a double is written: left to the data binding
        }
        return p.getDoubleValue();
    }

    private static Double boxedDouble(JsonParser p) throws IOException, Other {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : doubleValue(p);
    }

    private static boolean bool(JsonParser p) throws Other {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            default -> throw OTHER;
        };
    }

    private static Boolean boxedBool(JsonParser p) throws Other {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : bool(p);
    }

    private static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) throws IOException, Other {
        String s = string(p);
        return s == null ? null : Enum.valueOf(type, s); // an unknown name throws: left to the data binding
    }

    private static LocalDateTime time(JsonParser p) throws IOException, Other {
        String s = string(p);
        if (s == null) {
            return null;
        }
        LocalDateTime t = StoreJson.Times.parse(s);
        if (t == null) {
            throw OTHER;
        }
        return t;
    }

    private static SourcedMention sourced(JsonParser p) throws IOException, Other {
        String id = null;
        String articleId = null;
        String outlet = null;
        TimeInterval published = null;
        EventMention mention = null;
        String source = null;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "id" -> id = string(p);
                case "articleId" -> articleId = string(p);
                case "outlet" -> outlet = string(p);
                case "published" -> published = interval(p);
                case "mention" -> mention = mention(p);
                case "source" -> source = string(p);
                default -> throw OTHER;
            }
        }
        return new SourcedMention(id, articleId, outlet, published, mention, source);
    }

    private static TimeInterval interval(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        LocalDateTime start = null;
        LocalDateTime end = null;
        TimePrecision precision = null;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "start" -> start = time(p);
                case "end" -> end = time(p);
                case "precision" -> precision = enumValue(p, TimePrecision.class);
                default -> throw OTHER;
            }
        }
        return new TimeInterval(start, end, precision);
    }

    private static Span span(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        int start = 0;
        int end = 0;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "start" -> start = integer(p);
                case "end" -> end = integer(p);
                default -> throw OTHER;
            }
        }
        return new Span(start, end);
    }

    private static EventMention mention(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        String doc = null;
        int sentence = 0;
        EventType type = null;
        Realis realis = null;
        String trigger = null;
        ActorRef actor = null;
        ActorRef target = null;
        PlaceMention place = null;
        TimeMention time = null;
        Claimant claimant = null;
        Casualties casualties = null;
        String quote = null;
        Span span = null;
        double confidence = 0;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "doc" -> doc = string(p);
                case "sentence" -> sentence = integer(p);
                case "type" -> type = enumValue(p, EventType.class);
                case "realis" -> realis = enumValue(p, Realis.class);
                case "trigger" -> trigger = string(p);
                case "actor" -> actor = actor(p);
                case "target" -> target = actor(p);
                case "place" -> place = place(p);
                case "time" -> time = timeMention(p);
                case "claimant" -> claimant = claimant(p);
                case "casualties" -> casualties = casualties(p);
                case "quote" -> quote = string(p);
                case "span" -> span = span(p);
                case "confidence" -> confidence = doubleValue(p);
                default -> throw OTHER;
            }
        }
        return new EventMention(doc, sentence, type, realis, trigger, actor, target, place, time, claimant, casualties, quote, span, confidence);
    }

    private static ActorRef actor(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        String text = null;
        String id = null;
        String side = null;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "text" -> text = string(p);
                case "id" -> id = string(p);
                case "side" -> side = string(p);
                default -> throw OTHER;
            }
        }
        return new ActorRef(text, id, side);
    }

    private static Claimant claimant(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        String text = null;
        String id = null;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "text" -> text = string(p);
                case "id" -> id = string(p);
                default -> throw OTHER;
            }
        }
        return new Claimant(text, id);
    }

    private static PlaceMention place(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        Span span = null;
        String text = null;
        String head = null;
        ResolvedPlace place = null;
        PlaceMention.Kind kind = null;
        GeoPrecision level = null;
        int list = 0;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "span" -> span = span(p);
                case "text" -> text = string(p);
                case "head" -> head = string(p);
                case "place" -> place = resolved(p);
                case "kind" -> kind = enumValue(p, PlaceMention.Kind.class);
                case "level" -> level = enumValue(p, GeoPrecision.class);
                case "list" -> list = integer(p);
                default -> throw OTHER;
            }
        }
        return new PlaceMention(span, text, head, place, kind, level, list);
    }

    private static ResolvedPlace resolved(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        String name = null;
        Integer geonameid = null;
        Double lat = null;
        Double lon = null;
        String admin1 = null;
        String country = null;
        GeoPrecision precision = null;
        boolean resolved = false;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "name" -> name = string(p);
                case "geonameid" -> geonameid = boxedInteger(p);
                case "lat" -> lat = boxedDouble(p);
                case "lon" -> lon = boxedDouble(p);
                case "admin1" -> admin1 = string(p);
                case "country" -> country = string(p);
                case "precision" -> precision = enumValue(p, GeoPrecision.class);
                case "resolved" -> resolved = bool(p);
                default -> throw OTHER;
            }
        }
        return new ResolvedPlace(name, geonameid, lat, lon, admin1, country, precision, resolved);
    }

    private static TimeMention timeMention(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        Span span = null;
        String text = null;
        TimeInterval interval = null;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "span" -> span = span(p);
                case "text" -> text = string(p);
                case "interval" -> interval = interval(p);
                default -> throw OTHER;
            }
        }
        return new TimeMention(span, text, interval);
    }

    private static Casualties casualties(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        String text = null;
        long totalMin = 0;
        Long totalMax = null;
        String kind = null;
        Map<String, Long> breakdown = null;
        Boolean sumConsistent = null;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "text" -> text = string(p);
                case "totalMin" -> totalMin = longValue(p);
                case "totalMax" -> totalMax = boxedLong(p);
                case "kind" -> kind = string(p);
                case "breakdown" -> breakdown = breakdown(p);
                case "sumConsistent" -> sumConsistent = boxedBool(p);
                default -> throw OTHER;
            }
        }
        return new Casualties(text, totalMin, totalMax, kind, breakdown, sumConsistent);
    }

    private static Map<String, Long> breakdown(JsonParser p) throws IOException, Other {
        if (nullOrObject(p)) {
            return null;
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (String f = field(p); f != null; f = field(p)) {
            out.put(f, boxedLong(p));
        }
        return out;
    }
}
