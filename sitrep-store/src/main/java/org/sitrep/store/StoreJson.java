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

/**
 * The JSON form in which the store keeps core records (mentions, events, periods, contradictions): record
 * components only, java.time values as ISO strings. Thread-safe.
 */
public final class StoreJson {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("sitrep-times").addDeserializer(LocalDateTime.class, new Times())
                    .addSerializer(LocalDateTime.class, new TimeWriter()))
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
        try {
            return MAPPER.writeValueAsBytes(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + o.getClass().getSimpleName() + " as JSON", e);
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

    /** {@link #read(String, Class)} of the JSON's UTF-8 bytes (as SQLite hands a text column over without decoding it). */
    public static <T> T read(byte[] utf8, Class<T> type) {
        try {
            return MAPPER.readValue(utf8, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " in store: " + e.getMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt " + type.getSimpleName() + " in store: " + e.getOriginalMessage(), e);
        }
    }
}
