package org.sitrep.app.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sitrep.core.actor.ActorLexicon;
import org.sitrep.core.extract.Cues;
import org.sitrep.core.model.ActorRef;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;

/**
 * An event as one export record: ACLED's columns (names and order of ACLED's data export), then sitrep's own. The
 * CSV writes every value as text; GeoJSON features carry the same fields with numbers as numbers. What each ACLED
 * column holds, and how sitrep's types map to ACLED's event and sub-event types, is in the README ("ACLED columns").
 */
public final class AcledRecord {
    /** ACLED's columns, then sitrep's: the CSV header. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
            "realis", "claimant", "corroboration", "quote", "article_url");

    /** Columns whose values are whole numbers (empty when unknown), and decimal ones. */
    public static final Set<String> INTEGER_COLUMNS = Set.of("year", "time_precision", "inter1", "inter2", "interaction", "iso",
            "geo_precision", "fatalities", "timestamp", "corroboration");
    public static final Set<String> DECIMAL_COLUMNS = Set.of("latitude", "longitude");

    /** ACLED's actor categories (the "inter" codes). */
    public static final int STATE_FORCES = 1, REBEL_GROUP = 2, POLITICAL_MILITIA = 3, CIVILIANS = 7, EXTERNAL_FORCES = 8;

    private static final Map<String, Country> COUNTRIES = loadCountries();
    private static final ActorLexicon ACTORS = ActorLexicon.defaults();
    /** The words that make people civilian victims (the language pack's "civilian-victims" cues, as extraction reads them). */
    private static final Cues CUES = Cues.defaults();

    public record Country(String iso2, String iso3, int numeric, String name, String region) {
    }

    /** What the record needs of an article: its outlet, URL and title (each null when unknown). */
    public record ArticleInfo(String outlet, String url, String title) {
        public static final ArticleInfo NONE = new ArticleInfo(null, null, null);

        /** How a source is named everywhere: its outlet, else the site of its URL, else its title, else "unknown source". */
        public String sourceName() {
            return org.sitrep.core.model.Sources.name(outlet, url, title, null);
        }
    }

    private AcledRecord() {
    }

    /**
     * The record of an event. {@code articles} gives an article's outlet, URL and title by its id; export asks the
     * store once per article.
     */
    public static Map<String, Object> of(Event e, Function<String, ArticleInfo> articles) {
        ResolvedPlace p = e.place();
        Country c = p == null || p.country() == null ? null : COUNTRIES.get(p.country().toUpperCase(Locale.ROOT));
        SourcedMention first = e.mentions().stream().filter(SourcedMention::supports).findFirst().orElse(e.mentions().get(0));
        String[] kinds = e.type().acled(e.actor() != null && "government".equals(e.actor().side())); // event-types.tsv
        Integer inter1 = inter(e.actor());
        Integer inter2 = inter(e.target());
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("event_id_cnty", (c == null ? "XXX" : c.iso3()) + e.id().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT));
        r.put("event_date", e.interval().isKnown() ? e.interval().start().toLocalDate().toString() : null);
        r.put("year", e.interval().isKnown() ? e.interval().start().getYear() : null);
        r.put("time_precision", timePrecision(e));
        r.put("disorder_type", disorderType(kinds[0]));
        r.put("event_type", kinds[0]);
        r.put("sub_event_type", kinds[1]);
        r.put("actor1", name(e.actor()));
        r.put("assoc_actor_1", null);
        r.put("inter1", inter1);
        r.put("actor2", name(e.target()));
        r.put("assoc_actor_2", null);
        r.put("inter2", inter2);
        r.put("interaction", interaction(inter1, inter2));
        r.put("civilian_targeting", inter2 != null && inter2 == CIVILIANS ? "Civilian targeting" : null);
        r.put("iso", c == null ? null : c.numeric());
        r.put("region", c == null ? null : c.region());
        r.put("country", c == null ? null : c.name());
        r.put("admin1", p == null ? null : p.admin1());
        r.put("admin2", null);
        r.put("admin3", null);
        r.put("location", p == null ? null : p.name());
        r.put("latitude", p == null || !p.hasPoint() ? null : round(p.lat()));
        r.put("longitude", p == null || !p.hasPoint() ? null : round(p.lon()));
        r.put("geo_precision", geoPrecision(p));
        r.put("source", String.join("; ", sources(e, articles)));
        r.put("source_scale", null);
        r.put("notes", notes(e));
        r.put("fatalities", fatalities(e));
        r.put("tags", e.disputed().isEmpty() ? null : "disputed: " + String.join(", ", e.disputed()));
        r.put("timestamp", timestamp(e));
        r.put("realis", e.realis().label());
        r.put("claimant", e.mentions().stream().filter(m -> m.mention().claimant() != null)
                .map(m -> m.mention().claimant().text()).findFirst().orElse(null));
        r.put("corroboration", e.corroboration());
        r.put("quote", first.mention().quote());
        r.put("article_url", articles.apply(first.articleId()).url());
        return r;
    }

    /** The record as CSV fields: numbers as text, nothing as the empty string. */
    public static List<String> csvFields(Map<String, Object> record) {
        return COLUMNS.stream().map(c -> record.get(c) == null ? "" : record.get(c).toString()).toList();
    }

    /** ACLED's time precision: 1 a day, 2 within a week, 3 within a month or vaguer; null when unknown. */
    public static Integer timePrecision(Event e) {
        if (!e.interval().isKnown()) {
            return null;
        }
        long days = java.time.Duration.between(e.interval().start(), e.interval().end()).toDays();
        return days <= 1 ? 1 : days <= 7 ? 2 : 3;
    }

    /** ACLED's geo precision: 1 a town or point, 2 a district or part of a region, 3 a province or vaguer. */
    public static Integer geoPrecision(ResolvedPlace p) {
        if (p == null) {
            return null;
        }
        if (!p.resolved() || p.precision() == null) {
            return 3;
        }
        return switch (p.precision()) {
            case POINT, TOWN -> 1;
            case DISTRICT -> 2;
            default -> 3;
        };
    }

    /** ACLED's disorder type of an event type. */
    public static String disorderType(String acledEventType) {
        return switch (acledEventType) {
            case "Battles", "Explosions/Remote violence", "Violence against civilians" -> "Political violence";
            case "Protests" -> "Demonstrations";
            case "Riots" -> "Political violence; Demonstrations";
            default -> "Strategic developments";
        };
    }

    /**
     * ACLED's category of an actor: state forces (1) for a state's own forces, rebel groups (2) for armed groups,
     * political militias (3) for militias, external forces (8) for a state's forces abroad, civilians (7) when the
     * words name civilian victims as extraction's cues do ("residents", "children", "aid workers"); null when unknown (monitors, media, officials, unnamed actors).
     */
    public static Integer inter(ActorRef a) {
        if (a == null) {
            return null;
        }
        ActorLexicon.Actor known = a.id() == null ? null : ACTORS.actor(a.id());
        if (known != null) {
            return switch (known.kind()) {
                case "state_forces" -> STATE_FORCES;
                case "armed_group" -> REBEL_GROUP;
                case "militia" -> POLITICAL_MILITIA;
                case "foreign_forces" -> EXTERNAL_FORCES;
                default -> null;
            };
        }
        if (a.text() != null && CUES.occursIn("civilian-victims", a.text())) {
            return CIVILIANS;
        }
        return "government".equals(a.side()) ? STATE_FORCES : null;
    }

    /** ACLED's two-digit interaction: the two actors' codes, smaller first; one actor alone is its code times ten. */
    public static Integer interaction(Integer inter1, Integer inter2) {
        if (inter1 == null && inter2 == null) {
            return null;
        }
        if (inter1 == null || inter2 == null) {
            return (inter1 == null ? inter2 : inter1) * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /**
     * The event's sources, each named as {@link ArticleInfo#sourceName} names it: those of the mentions that support
     * it, or of all its mentions when none does (a denied or failed event is still somebody's report).
     */
    public static List<String> sources(Event e, Function<String, ArticleInfo> articles) {
        boolean anySupports = e.mentions().stream().anyMatch(SourcedMention::supports);
        Set<String> out = new LinkedHashSet<>();
        for (SourcedMention m : e.mentions()) {
            if (!anySupports || m.supports()) {
                ArticleInfo a = articles.apply(m.articleId());
                out.add(m.outlet() != null && !m.outlet().isBlank() ? m.outlet() : a.sourceName());
            }
        }
        return List.copyOf(out);
    }

    /** The largest stated death toll of a supporting mention; 0 when none is stated (as ACLED codes it). */
    public static long fatalities(Event e) {
        return e.mentions().stream().filter(m -> m.supports() && m.mention().casualties() != null
                && "killed".equals(m.mention().casualties().kind())).mapToLong(m -> m.mention().casualties().totalMin()).max().orElse(0);
    }

    /** When the record last changed, as ACLED's Unix seconds: the latest publication among the event's mentions. */
    public static Long timestamp(Event e) {
        return e.mentions().stream().filter(m -> m.published().isKnown())
                .map(m -> m.published().start().toEpochSecond(ZoneOffset.UTC)).max(Long::compare).orElse(null);
    }

    private static String notes(Event e) {
        ResolvedPlace p = e.place();
        String actor = name(e.actor());
        return e.type().label() + (actor != null ? " by " + actor : "") + (p != null ? " at " + p.name() : "")
                + " (" + e.realis().label() + ")";
    }

    /** How an actor is named in exports: its lexicon id, else its words. */
    public static String name(ActorRef a) {
        return a == null ? null : a.id() != null ? a.id() : a.text();
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    /** The bundled country table ({@code export/countries.tsv}), by alpha-2 code. */
    public static Map<String, Country> countries() {
        return COUNTRIES;
    }

    private static Map<String, Country> loadCountries() {
        Map<String, Country> out = new HashMap<>();
        try (var in = AcledRecord.class.getResourceAsStream("countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("export/countries.tsv is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.put(f[0], new Country(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
