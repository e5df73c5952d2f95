package org.sitrep.core.model;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a source is named to people, the same way everywhere (event lists, evidence, contradictions, framing,
 * exports, the map): its outlet, else the site of its URL ("reliefweb.int"), else its title, else its document
 * name, else "unknown source" — never a content hash. The name is for display only: corroboration counts sources
 * by outlet, and an article whose outlet is unknown by itself ({@link SourcedMention#sourceKey}).
 */
public final class Sources {
    /** What no source can be called: a bare content hash (an article posted without an id is named by one). */
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{12,}");
    public static final String UNKNOWN = "unknown source";

    private Sources() {
    }

    public static String name(String outlet, String url, String title, String doc) {
        if (outlet != null && !outlet.isBlank()) {
            return outlet.strip();
        }
        String site = site(url);
        if (site != null) {
            return site;
        }
        if (title != null && !title.isBlank()) {
            String t = title.strip().replaceAll("\\s+", " ");
            return t.length() <= 80 ? t : t.substring(0, 79) + "…";
        }
        if (doc != null && !doc.isBlank() && !HASH.matcher(doc.strip().toLowerCase(Locale.ROOT)).matches()) {
            return doc.strip();
        }
        return UNKNOWN;
    }

    /** The host of a URL without a leading "www.", or null when it has none. */
    public static String site(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
