package org.sitrep.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.Casualties;
import org.sitrep.core.model.Claim;
import org.sitrep.core.model.Claimant;
import org.sitrep.core.model.EventMention;
import org.sitrep.core.model.PlaceMention;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.TimeInterval;
import org.sitrep.core.model.TimeMention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output contract: event mentions and claims as ordered JSON objects (see the README). Thread-safe.
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    /** One event mention in the {@code sitrep extract} format. */
    public static Map<String, Object> event(EventMention e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", e.doc());
        m.put("type", e.type().label());
        m.put("realis", e.realis().label());
        m.put("actor", actor(e.actor()));
        m.put("target", actor(e.target()));
        m.put("place", place(e.place()));
        m.put("time", time(e.time()));
        m.put("claimant", claimant(e.claimant()));
        m.put("casualties", casualties(e.casualties()));
        m.put("trigger", e.trigger());
        m.put("quote", e.quote());
        m.put("span", List.of(e.span().start(), e.span().end()));
        m.put("confidence", e.confidence());
        return m;
    }

    /** One claim in the {@code sitrep claims} format. */
    public static Map<String, Object> claim(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("doc", c.doc());
        m.put("subject", c.subject());
        m.put("attribute", c.attribute());
        m.put("value", c.value());
        m.put("approximate", c.approximate());
        m.put("claimant", claimant(c.claimant()));
        m.put("quote", c.quote());
        m.put("span", List.of(c.span().start(), c.span().end()));
        return m;
    }

    private static Map<String, Object> actor(ActorRef a) {
        if (a == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", a.text());
        m.put("id", a.id());
        m.put("side", a.side());
        return m;
    }

    private static Map<String, Object> place(PlaceMention p) {
        if (p == null) {
            return null;
        }
        ResolvedPlace r = p.place();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", p.text());
        m.put("name", r.name());
        m.put("geonameid", r.geonameid());
        m.put("lat", r.lat());
        m.put("lon", r.lon());
        m.put("admin1", r.admin1());
        m.put("country", r.country());
        m.put("precision", r.precision() == null ? null : r.precision().label());
        m.put("resolved", r.resolved());
        return m;
    }

    private static Map<String, Object> time(TimeMention t) {
        Map<String, Object> m = new LinkedHashMap<>();
        TimeInterval i = t == null ? TimeInterval.UNKNOWN : t.interval();
        m.put("text", t == null ? null : t.text());
        m.put("start", i.startText());
        m.put("end", i.endText());
        m.put("precision", i.precision().label());
        return m;
    }

    private static Map<String, Object> claimant(Claimant c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("id", c.id());
        return m;
    }

    private static Map<String, Object> casualties(Casualties c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", c.text());
        m.put("min", c.totalMin());
        m.put("max", c.totalMax());
        m.put("kind", c.kind());
        m.put("breakdown", c.breakdown());
        m.put("sum_consistent", c.sumConsistent());
        return m;
    }

    public static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + o.getClass().getSimpleName(), e);
        }
    }
}
