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
 * and is read by the data binding, which says what is wrong with it.
 *
 * <p>Values that repeat from mention to mention are read once ({@link Repeats}): an article's id and sentences, the
 * outlets, actors, sides, places and times. A refresh of a popular region holds its window's mentions parsed (a
 * million of them at a million events), and without this each held twenty-two strings and four date-time objects of
 * its own: two thirds of the heap those mentions took, all of it copied and marked again by every collection. Only a
 * mention's own id is read afresh every time. Thread-safe.
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
    private final Repeats repeats = new Repeats();

    MentionJson(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * Values read before and read again, each kept in a slot of a table chosen by its hash (a newer value with the
     * same slot replaces it): a string by its characters, taken from the parser's buffer without making a string
     * when it is found; a time by its text; an actor, a place or an interval by equality. Only immutable values are
     * kept, so a value read from here is the value the JSON would be read into again. Shared by the threads that
     * parse: a slot holds null or a whole entry (an entry's fields are final), and a lost write only costs a value
     * read twice.
     */
    static final class Repeats {
        private static final int SLOTS = 1 << 15;
        private static final int MASK = SLOTS - 1;

        /** A string or a time, and the characters it was read from. */
        private record Text(int hash, char[] chars, Object value) {
        }

        private final Text[] strings = new Text[SLOTS];
        private final Text[] times = new Text[SLOTS];
        private final Object[] records = new Object[SLOTS];

        /** The string of the parser's current text. */
        String string(JsonParser p) throws IOException {
            return (String) find(strings, p, s -> s);
        }

        /** The time of the parser's current text, or null when it is not of the store's form ({@link StoreJson.Times#parse}). */
        LocalDateTime time(JsonParser p) throws IOException {
            return (LocalDateTime) find(times, p, StoreJson.Times::parse);
        }

        /**
         * The value kept in the table for the parser's current text, else the one {@code make} makes of the text
         * (kept unless null).
         */
        private static Object find(Text[] table, JsonParser p, java.util.function.Function<String, Object> make) throws IOException {
            char[] buf = p.getTextCharacters();
            int off = p.getTextOffset();
            int len = p.getTextLength();
            int h = hash(buf, off, len);
            Text t = table[h & MASK];
            if (t != null && t.hash == h && sameChars(t.chars, buf, off, len)) {
                return t.value;
            }
            Object v = make.apply(new String(buf, off, len));
            if (v != null) {
                table[h & MASK] = new Text(h, java.util.Arrays.copyOfRange(buf, off, off + len), v);
            }
            return v;
        }

        /** An equal value read before, else this one (kept for the next). Only for immutable records. */
        @SuppressWarnings("unchecked")
        <T> T same(T value) {
            if (value == null) {
                return null;
            }
            int h = value.hashCode();
            int i = (h ^ (h >>> 16)) & MASK;
            Object o = records[i];
            if (value.equals(o)) {
                return (T) o;
            }
            records[i] = value;
            return value;
        }

        private static int hash(char[] buf, int off, int len) {
            int h = 0;
            for (int i = off, end = off + len; i < end; i++) {
                h = 31 * h + buf[i];
            }
            return h ^ (h >>> 16);
        }

        private static boolean sameChars(char[] kept, char[] buf, int off, int len) {
            return kept.length == len && java.util.Arrays.equals(kept, 0, len, buf, off, off + len);
        }
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

    private SourcedMention read(JsonParser p) {
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

    /** True when the current value is null; else it must be a string. */
    private static boolean nullOrString(JsonParser p) throws Other {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return true;
        }
        if (t != JsonToken.VALUE_STRING) {
            throw OTHER;
        }
        return false;
    }

    /** The current string value, or null ({@link Repeats}). */
    private String string(JsonParser p) throws IOException, Other {
        return nullOrString(p) ? null : repeats.string(p);
    }

    /** The current string value, or null, read afresh: a value no other mention has (its id). */
    private static String unique(JsonParser p) throws IOException, Other {
        return nullOrString(p) ? null : p.getText();
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

    private <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) throws IOException, Other {
        String s = string(p);
        return s == null ? null : Enum.valueOf(type, s); // an unknown name throws: left to the data binding
    }

    private LocalDateTime time(JsonParser p) throws IOException, Other {
        if (nullOrString(p)) {
            return null;
        }
        LocalDateTime t = repeats.time(p);
        if (t == null) {
            throw OTHER;
        }
        return t;
    }

    private SourcedMention sourced(JsonParser p) throws IOException, Other {
        String id = null;
        String articleId = null;
        String outlet = null;
        TimeInterval published = null;
        EventMention mention = null;
        String source = null;
        for (String f = field(p); f != null; f = field(p)) {
            switch (f) {
                case "id" -> id = unique(p);
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

    private TimeInterval interval(JsonParser p) throws IOException, Other {
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
        return repeats.same(new TimeInterval(start, end, precision));
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

    private EventMention mention(JsonParser p) throws IOException, Other {
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

    private ActorRef actor(JsonParser p) throws IOException, Other {
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
        return repeats.same(new ActorRef(text, id, side));
    }

    private Claimant claimant(JsonParser p) throws IOException, Other {
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
        return repeats.same(new Claimant(text, id));
    }

    private PlaceMention place(JsonParser p) throws IOException, Other {
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

    private ResolvedPlace resolved(JsonParser p) throws IOException, Other {
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
        return repeats.same(new ResolvedPlace(name, geonameid, lat, lon, admin1, country, precision, resolved));
    }

    private TimeMention timeMention(JsonParser p) throws IOException, Other {
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

    private Casualties casualties(JsonParser p) throws IOException, Other {
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

    private Map<String, Long> breakdown(JsonParser p) throws IOException, Other {
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
