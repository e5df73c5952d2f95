package org.sitrep.store;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import org.sitrep.core.model.SourcedMention;

/**
 * The JSON form in which the store keeps core records (mentions, events, periods, contradictions): record
 * components only, java.time values as ISO strings. Thread-safe.
 */
public final class StoreJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("sitrep-times").addDeserializer(LocalDateTime.class, new Times())
                    .addSerializer(LocalDateTime.class, new TimeWriter()).setSerializerModifier(new AsStoredModifier()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private StoreJson() {
    }

    public static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * The JSON of {@link #write} as its UTF-8 bytes, written as bytes without a string made first (bound with {@code
     * setBytes} to a {@link Dialect#jsonParam} placeholder).
     */
    public static byte[] bytes(Object o) {
        return bytes(o, null);
    }

    /** The attribute of a write that carries the {@link StoredJson} of the mentions it may copy. */
    private static final Object STORED = StoredJson.class;
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = MAPPER.writer();

    /**
     * {@link #bytes(Object)}, where each mention that {@code stored} (or null: none) holds the JSON of is written as
     * that JSON, byte for byte, instead of being serialised again (the same bytes: {@link StoredJson}).
     */
    static byte[] bytes(Object o, StoredJson stored) {
        try {
            return (stored == null ? WRITER : WRITER.withAttribute(STORED, stored)).writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Wraps the mentions' serialiser in {@link AsStored}. */
    static final class AsStoredModifier extends com.fasterxml.jackson.databind.ser.BeanSerializerModifier {
        @Override
        public com.fasterxml.jackson.databind.JsonSerializer<?> modifySerializer(com.fasterxml.jackson.databind.SerializationConfig config,
                com.fasterxml.jackson.databind.BeanDescription desc, com.fasterxml.jackson.databind.JsonSerializer<?> serializer) {
            return desc.getBeanClass() == SourcedMention.class ? new AsStored(serializer) : serializer;
        }
    }

    /**
     * A mention written as the stored JSON it was parsed from when the write's {@link StoredJson} holds it, else by its
     * bean serialiser. The bean serialiser is resolved and contextualised through this wrapper: one left unresolved
     * writes no property whose value is null.
     */
    static final class AsStored extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Object>
            implements com.fasterxml.jackson.databind.ser.ResolvableSerializer, com.fasterxml.jackson.databind.ser.ContextualSerializer {
        private final com.fasterxml.jackson.databind.JsonSerializer<Object> bean;

        @SuppressWarnings("unchecked")
        AsStored(com.fasterxml.jackson.databind.JsonSerializer<?> bean) {
            super(Object.class);
            this.bean = (com.fasterxml.jackson.databind.JsonSerializer<Object>) bean;
        }

        @Override
        public void serialize(Object value, com.fasterxml.jackson.core.JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider p)
                throws IOException {
            Object stored = p.getAttribute(STORED);
            byte[] json = stored instanceof StoredJson s ? s.get(value) : null;
            if (json != null) {
                g.writeRawValue(new Utf8Json(json));
            } else {
                bean.serialize(value, g, p);
            }
        }

        @Override
        public void serializeWithType(Object value, com.fasterxml.jackson.core.JsonGenerator g, com.fasterxml.jackson.databind.SerializerProvider p,
                com.fasterxml.jackson.databind.jsontype.TypeSerializer type) throws IOException {
            bean.serializeWithType(value, g, p, type);
        }

        @Override
        public boolean isEmpty(com.fasterxml.jackson.databind.SerializerProvider p, Object value) {
            return bean.isEmpty(p, value);
        }

        @Override
        public boolean usesObjectId() {
            return bean.usesObjectId();
        }

        @Override
        public com.fasterxml.jackson.databind.JsonSerializer<Object> unwrappingSerializer(com.fasterxml.jackson.databind.util.NameTransformer t) {
            return bean.unwrappingSerializer(t);
        }

        @Override
        public void resolve(com.fasterxml.jackson.databind.SerializerProvider p) throws com.fasterxml.jackson.databind.JsonMappingException {
            if (bean instanceof com.fasterxml.jackson.databind.ser.ResolvableSerializer r) {
                r.resolve(p);
            }
        }

        @Override
        public com.fasterxml.jackson.databind.JsonSerializer<?> createContextual(com.fasterxml.jackson.databind.SerializerProvider p,
                com.fasterxml.jackson.databind.BeanProperty property) throws com.fasterxml.jackson.databind.JsonMappingException {
            com.fasterxml.jackson.databind.JsonSerializer<?> c = bean instanceof com.fasterxml.jackson.databind.ser.ContextualSerializer cs
                    ? cs.createContextual(p, property) : bean;
            return c == bean ? this : new AsStored(c);
        }
    }

    /**
     * JSON already written as UTF-8, copied as it is by a UTF-8 generator ({@code writeRawValue}); any other use of it
     * goes through its text, decoded once.
     */
    static final class Utf8Json implements com.fasterxml.jackson.core.SerializableString {
        private final byte[] utf8;
        private com.fasterxml.jackson.core.io.SerializedString text;

        Utf8Json(byte[] utf8) {
            this.utf8 = utf8;
        }

        private com.fasterxml.jackson.core.io.SerializedString text() {
            if (text == null) {
                text = new com.fasterxml.jackson.core.io.SerializedString(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
            }
            return text;
        }

        @Override
        public String getValue() {
            return text().getValue();
        }

        @Override
        public int charLength() {
            return text().charLength();
        }

        @Override
        public char[] asQuotedChars() {
            return text().asQuotedChars();
        }

        @Override
        public byte[] asUnquotedUTF8() {
            return utf8.clone();
        }

        @Override
        public byte[] asQuotedUTF8() {
            return text().asQuotedUTF8();
        }

        @Override
        public int appendQuotedUTF8(byte[] buffer, int offset) {
            return text().appendQuotedUTF8(buffer, offset);
        }

        @Override
        public int appendQuoted(char[] buffer, int offset) {
            return text().appendQuoted(buffer, offset);
        }

        @Override
        public int appendUnquotedUTF8(byte[] buffer, int offset) {
            if (offset + utf8.length > buffer.length) {
                return -1;
            }
            System.arraycopy(utf8, 0, buffer, offset, utf8.length);
            return utf8.length;
        }

        @Override
        public int appendUnquoted(char[] buffer, int offset) {
            return text().appendUnquoted(buffer, offset);
        }

        @Override
        public int writeQuotedUTF8(java.io.OutputStream out) throws IOException {
            return text().writeQuotedUTF8(out);
        }

        @Override
        public int writeUnquotedUTF8(java.io.OutputStream out) throws IOException {
            out.write(utf8);
            return utf8.length;
        }

        @Override
        public int putQuotedUTF8(java.nio.ByteBuffer buffer) throws IOException {
            return text().putQuotedUTF8(buffer);
        }

        @Override
        public int putUnquotedUTF8(java.nio.ByteBuffer buffer) throws IOException {
            if (utf8.length > buffer.remaining()) {
                return -1;
            }
            buffer.put(utf8);
            return utf8.length;
        }
    }

    /**
     * Times as the store writes them ("2024-12-05T00:00:00": every time of a mention, an event, a period), read
     * digit by digit; any other form as {@link JavaTimeModule} reads it. The library's reader goes through {@code
     * DateTimeFormatter}, which was a third of reading a mention (a window of a popular place holds a hundred thousand).
     */
    static final class Times extends StdDeserializer<LocalDateTime> {
        Times() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                LocalDateTime t = parse(p.getText());
                if (t != null) {
                    return t;
                }
            }
            return LocalDateTimeDeserializer.INSTANCE.deserialize(p, ctx);
        }

        /**
         * A time of the form yyyy-MM-ddTHH:mm:ss (as the JSON is written) or yyyy-MM-ddTHH:mm (as {@link
         * LocalDateTime#toString} writes a time without seconds: {@link BriefPeriod}), valid; else null.
         */
        static LocalDateTime parse(String s) {
            boolean seconds = s.length() == 19 && s.charAt(16) == ':';
            if (!seconds && s.length() != 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            int second = seconds ? digits(s, 17, 2) : 0;
            if ((year | month | day | hour | minute | second) < 0) {
                return null;
            }
            try {
                return LocalDateTime.of(year, month, day, hour, minute, second);
            } catch (DateTimeException e) {
                return null; // the library's reader says what is wrong with it
            }
        }

        /** The number written by n ASCII digits at from, or -1. */
        private static int digits(String s, int from, int n) {
            int v = 0;
            for (int i = from; i < from + n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }

    /**
     * Times written as the library writes them (ISO local date-time: "2024-12-05T00:00:00", the fraction only when
     * there is one), digit by digit when the year has four digits and there is no fraction, else by the library's
     * formatter. Its {@code DateTimeFormatter} was a third of the time of writing an event's JSON (six or more times a
     * mention) without the optimising compiler, which the store's commands run without.
     */
    static final class TimeWriter extends com.fasterxml.jackson.databind.ser.std.StdSerializer<LocalDateTime> {
        TimeWriter() {
            super(LocalDateTime.class);
        }

        @Override
        public void serialize(LocalDateTime t, com.fasterxml.jackson.core.JsonGenerator g,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            int year = t.getYear();
            if (t.getNano() != 0 || year < 0 || year > 9999) {
                g.writeString(t.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME));
                return;
            }
            char[] c = new char[19];
            put(c, 0, year, 4);
            c[4] = '-';
            put(c, 5, t.getMonthValue(), 2);
            c[7] = '-';
            put(c, 8, t.getDayOfMonth(), 2);
            c[10] = 'T';
            put(c, 11, t.getHour(), 2);
            c[13] = ':';
            put(c, 14, t.getMinute(), 2);
            c[16] = ':';
            put(c, 17, t.getSecond(), 2);
            g.writeString(c, 0, c.length);
        }

        /** Writes v as n decimal digits (with leading zeros) at from. */
        private static void put(char[] c, int from, int v, int n) {
            for (int i = from + n - 1; i >= from; i--) {
                c[i] = (char) ('0' + v % 10);
                v /= 10;
            }
        }
    }

    /** The stored mentions' reader that builds their records token by token ({@link MentionJson}). */
    private static final MentionJson MENTIONS = new MentionJson(MAPPER.getFactory());

    /**
     * {@link #read(String, Class)} of the JSON's UTF-8 bytes (as SQLite hands a text column over without decoding it);
     * a mention read token by token ({@link MentionJson}) unless its JSON has a shape that reader leaves to the data
     * binding.
     */
    public static <T> T read(byte[] utf8, Class<T> type) {
        if (type == SourcedMention.class) {
            SourcedMention m = MENTIONS.read(utf8);
            if (m != null) {
                return type.cast(m);
            }
        }
        try {
            return MAPPER.readValue(utf8, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " in store: " + e.getMessage(), e);
        }
    }

    /** The record of the JSON text; a mention read token by token unless its JSON has another shape ({@link MentionJson}). */
    public static <T> T read(String json, Class<T> type) {
        if (type == SourcedMention.class) {
            SourcedMention m = MENTIONS.read(json);
            if (m != null) {
                return type.cast(m);
            }
        }
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " in store: " + e.getOriginalMessage(), e);
        }
    }
}
