package org.sitrep.store.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

import org.sitrep.store.Monitor;
import org.sitrep.store.StoreJson;

/** An alert as JSON: what a webhook receives, and (with its delivery) what the API and {@code sitrep alerts} show. */
public final class AlertJson {
    private AlertJson() {
    }

    /**
     * {@code id}, {@code watchlist}, {@code kind}, {@code subject}, {@code createdAt}, then what the alert carries:
     * summary, place, the event or the holder, evidence quotes with their sources and article URLs.
     */
    public static String body(Monitor.Alert a) {
        return node(a).toString();
    }

    /** {@link #body} with the webhook delivery ({@code none}, {@code pending}, {@code delivered}, {@code failed}). */
    public static String record(Monitor.Alert a) {
        ObjectNode o = node(a);
        o.put("delivery", a.delivery());
        return o.toString();
    }

    private static ObjectNode node(Monitor.Alert a) {
        ObjectNode o = StoreJson.MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("watchlist", a.watchlist());
        o.put("kind", a.kind());
        o.put("subject", a.subject());
        o.put("createdAt", a.createdAt().toString());
        try {
            JsonNode carried = StoreJson.MAPPER.readTree(a.json());
            carried.fields().forEachRemaining(f -> {
                if (!o.has(f.getKey())) {
                    o.set(f.getKey(), f.getValue());
                }
            });
        } catch (IOException e) {
            o.put("json", a.json());
        }
        return o;
    }
}
