package org.sitrep.app.watch;

import org.sitrep.store.alert.Alerter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreJson;

/**
 * What changed in the store since an instant, from the articles ingested since then — the page an analyst reads
 * every morning: control changes (a period those articles begin or support, with the holder before), new events by
 * area (every mention from those articles), events those articles corroborated or updated, new contradictions (a
 * position they state), and the most corroborated of the events they touch; each with its sources and quotes.
 */
public final class Digest {
    private static final LocalDate NOW_AND_LATER = LocalDate.of(9999, 12, 31);
    /** The most corroborated events listed. */
    static final int TOP = 10;

    /** A change of holder those articles report. */
    public record ControlChange(ControlPeriod period, ControlPeriod before) {
    }

    public final Instant since;
    public final Instant until;
    public final int articles;
    public final List<ControlChange> controlChanges = new ArrayList<>();
    /** New events, by area ("Hama, SY"), areas in name order, events by time. */
    public final Map<String, List<Event>> newEventsByArea = new TreeMap<>();
    public final List<Event> updated = new ArrayList<>();
    public final List<Contradiction> contradictions = new ArrayList<>();
    public final List<Event> mostCorroborated = new ArrayList<>();
    private final Set<String> fresh;

    private Digest(Instant since, Instant until, Set<String> fresh) {
        this.since = since;
        this.until = until;
        this.articles = fresh.size();
        this.fresh = fresh;
    }

    /** The digest of what the articles ingested at or after {@code since} (to the second) brought. */
    public static Digest of(EventStore s, Instant since) {
        since = since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Set<String> fresh = new HashSet<>(s.monitor().articlesIngestedSince(since));
        Digest d = new Digest(since, Instant.now(), fresh);
        if (fresh.isEmpty()) {
            return d;
        }
        List<Event> touched = new ArrayList<>();
        for (String id : s.monitor().eventsOfArticles(fresh)) {
            s.event(id).ifPresent(touched::add);
        }
        Comparator<Event> byTime = Comparator.comparing((Event e) -> e.interval().isKnown() ? e.interval().firstDay() : LocalDate.MAX)
                .thenComparing(Event::id);
        touched.sort(byTime);
        for (Event e : touched) {
            if (e.mentions().stream().allMatch(m -> fresh.contains(m.articleId()))) {
                d.newEventsByArea.computeIfAbsent(area(e.place()), k -> new ArrayList<>()).add(e);
            } else {
                d.updated.add(e);
            }
        }
        touched.stream().filter(e -> e.corroboration() > 1).sorted(Comparator.comparingInt(Event::corroboration).reversed().thenComparing(byTime)).limit(TOP)
                .forEach(d.mostCorroborated::add);
        Set<String> places = new HashSet<>();
        for (ControlPeriod current : s.control(NOW_AND_LATER, null)) {
            if (!places.add(current.placeKey())) {
                continue;
            }
            List<ControlPeriod> periods = s.timeline(current.placeKey());
            for (int i = 0; i < periods.size(); i++) {
                ControlPeriod p = periods.get(i);
                ControlPeriod before = i > 0 ? periods.get(i - 1) : null;
                boolean change = before != null ? !Alerter.holder(before).equals(Alerter.holder(p))
                        : Alerter.toldAsAChange(p);
                if (change && p.evidence().stream().anyMatch(e -> fresh.contains(e.articleId()))) {
                    d.controlChanges.add(new ControlChange(p, before));
                }
            }
        }
        d.controlChanges.sort(Comparator.comparing((ControlChange c) -> c.period().from().isKnown() ? c.period().from().firstDay() : LocalDate.MIN)
                .thenComparing(c -> c.period().placeKey()));
        for (Contradiction c : s.contradictions(false)) {
            if (c.positions().stream().anyMatch(p -> fresh.contains(p.articleId()))) {
                d.contradictions.add(c);
            }
        }
        return d;
    }

    static String area(ResolvedPlace p) {
        if (p == null) {
            return "no place";
        }
        String a = p.admin1() != null ? p.admin1() : p.name();
        return (a == null ? "unnamed" : a) + (p.country() != null ? ", " + p.country() : "");
    }

    public boolean isEmpty() {
        return articles == 0;
    }

    // ---- as text

    /** Plain text, for a terminal or an e-mail. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("What changed since ").append(since).append(" (").append(articles).append(articles == 1 ? " article" : " articles")
                .append(" ingested)\n");
        if (isEmpty()) {
            return sb.append("\nNothing was ingested since then.\n").toString();
        }
        sb.append("\nControl changes (").append(controlChanges.size()).append(")\n");
        for (ControlChange c : controlChanges) {
            sb.append("  ").append(name(c.period().place())).append(": ").append(c.before() == null ? "?" : holderText(c.before())).append(" -> ")
                    .append(holderText(c.period())).append(c.period().from().isKnown() ? " from " + c.period().from().firstDay() : "").append('\n');
            for (ControlPeriod.Evidence e : c.period().evidence()) {
                if (fresh.contains(e.articleId())) {
                    sb.append("      ").append(e.source() != null ? e.source() : e.outlet()).append(": \"").append(e.quote()).append("\"\n");
                }
            }
        }
        int n = newEventsByArea.values().stream().mapToInt(List::size).sum();
        sb.append("\nNew events (").append(n).append(")\n");
        newEventsByArea.forEach((area, events) -> {
            sb.append("  ").append(area).append('\n');
            events.forEach(e -> eventText(sb, e, "    "));
        });
        sb.append("\nCorroborated or updated (").append(updated.size()).append(")\n");
        updated.forEach(e -> eventText(sb, e, "  "));
        sb.append("\nNew contradictions (").append(contradictions.size()).append(")\n");
        for (Contradiction c : contradictions) {
            sb.append("  ").append(c.subject()).append(" — ").append(c.attribute()).append(" (").append(c.kind().name().toLowerCase()).append(")\n");
            c.positions().forEach(p -> sb.append("      ").append(p.value()).append(": ").append(p.source() != null ? p.source() : p.outlet())
                    .append(": \"").append(p.quote()).append("\"\n"));
        }
        sb.append("\nMost corroborated (two sources or more)\n");
        mostCorroborated.forEach(e -> eventText(sb, e, "  "));
        return sb.toString();
    }

    private void eventText(StringBuilder sb, Event e, String indent) {
        sb.append(indent).append(e.interval().isKnown() ? e.interval().firstDay() : "undated").append("  ").append(e.type().label())
                .append(e.actor() != null ? " by " + (e.actor().id() != null ? e.actor().id() : e.actor().text()) : "").append(" at ")
                .append(name(e.place())).append(" (").append(e.realis().label()).append(", ").append(e.corroboration())
                .append(e.corroboration() == 1 ? " source)\n" : " sources)\n");
        for (SourcedMention m : e.mentions()) {
            sb.append(indent).append("    ").append(fresh.contains(m.articleId()) ? "new  " : "     ").append(m.source() != null ? m.source() : m.outlet())
                    .append(": \"").append(m.mention().quote()).append("\"\n");
        }
    }

    private static String name(ResolvedPlace p) {
        return p == null || p.name() == null ? "an unnamed place" : p.name();
    }

    private static String holderText(ControlPeriod p) {
        return p.contested() ? "contested" : p.controller() != null ? p.controller() : p.side() != null ? p.side() : "unknown";
    }

    // ---- as JSON

    /** The digest as JSON (the API's /api/digest). */
    public ObjectNode json() {
        ObjectNode o = StoreJson.MAPPER.createObjectNode();
        o.put("since", since.toString());
        o.put("until", until.toString());
        o.put("articles", articles);
        ArrayNode changes = o.putArray("controlChanges");
        for (ControlChange c : controlChanges) {
            ObjectNode x = changes.addObject();
            x.set("period", StoreJson.MAPPER.valueToTree(c.period()));
            x.put("before", c.before() == null ? null : holderText(c.before()));
            x.put("after", holderText(c.period()));
        }
        ObjectNode areas = o.putObject("newEventsByArea");
        newEventsByArea.forEach((a, es) -> areas.set(a, StoreJson.MAPPER.valueToTree(es)));
        o.set("updated", StoreJson.MAPPER.valueToTree(updated));
        o.set("contradictions", StoreJson.MAPPER.valueToTree(contradictions));
        o.set("mostCorroborated", StoreJson.MAPPER.valueToTree(mostCorroborated));
        ArrayNode ids = o.putArray("articleIds");
        fresh.stream().sorted().forEach(ids::add);
        return o;
    }

    // ---- as HTML

    /** A self-contained HTML page (no script, no outside resource); every text from the store escaped. */
    public String html() {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>sitrep digest since ")
                .append(esc(since.toString())).append("</title>\n<style>body{font:15px/1.45 system-ui,sans-serif;max-width:52em;margin:2em auto;"
                        + "padding:0 1em;color:#212121}h1{font-size:22px}h2{font-size:18px;margin-top:1.6em;border-bottom:1px solid #ccc}"
                        + "blockquote{margin:.3em 0 .6em 1em;padding:.2em .6em;border-left:3px solid #90a4ae;background:#fafafa}"
                        + ".src{font-weight:600;color:#37474f}.new{color:#2e7d32;font-size:12px;font-weight:600}.meta{color:#616161}</style></head><body>\n");
        sb.append("<h1>What changed since ").append(esc(since.toString())).append("</h1>\n<p class=\"meta\">").append(articles)
                .append(articles == 1 ? " article" : " articles").append(" ingested; made ").append(esc(until.toString())).append("</p>\n");
        if (isEmpty()) {
            return sb.append("<p>Nothing was ingested since then.</p></body></html>\n").toString();
        }
        sb.append("<h2>Control changes (").append(controlChanges.size()).append(")</h2>\n<ul>\n");
        for (ControlChange c : controlChanges) {
            sb.append("<li><strong>").append(esc(name(c.period().place()))).append("</strong>: ").append(esc(c.before() == null ? "?" : holderText(c.before())))
                    .append(" → <strong>").append(esc(holderText(c.period()))).append("</strong>")
                    .append(c.period().from().isKnown() ? " from " + c.period().from().firstDay() : "");
            for (ControlPeriod.Evidence e : c.period().evidence()) {
                if (fresh.contains(e.articleId())) {
                    sb.append("<blockquote><span class=\"src\">").append(esc(e.source() != null ? e.source() : e.outlet())).append("</span>: ")
                            .append(esc(e.quote())).append("</blockquote>");
                }
            }
            sb.append("</li>\n");
        }
        sb.append("</ul>\n<h2>New events (").append(newEventsByArea.values().stream().mapToInt(List::size).sum()).append(")</h2>\n");
        newEventsByArea.forEach((area, events) -> {
            sb.append("<h3>").append(esc(area)).append("</h3>\n<ul>\n");
            events.forEach(e -> eventHtml(sb, e));
            sb.append("</ul>\n");
        });
        sb.append("<h2>Corroborated or updated (").append(updated.size()).append(")</h2>\n<ul>\n");
        updated.forEach(e -> eventHtml(sb, e));
        sb.append("</ul>\n<h2>New contradictions (").append(contradictions.size()).append(")</h2>\n<ul>\n");
        for (Contradiction c : contradictions) {
            sb.append("<li><strong>").append(esc(c.subject())).append("</strong> — ").append(esc(c.attribute())).append(" (")
                    .append(c.kind().name().toLowerCase()).append(")");
            c.positions().forEach(p -> sb.append("<blockquote>").append(esc(p.value())).append(" · <span class=\"src\">")
                    .append(esc(p.source() != null ? p.source() : p.outlet())).append("</span>: ").append(esc(p.quote())).append("</blockquote>"));
            sb.append("</li>\n");
        }
        sb.append("</ul>\n<h2>Most corroborated (two sources or more)</h2>\n<ul>\n");
        mostCorroborated.forEach(e -> eventHtml(sb, e));
        return sb.append("</ul>\n</body></html>\n").toString();
    }

    private void eventHtml(StringBuilder sb, Event e) {
        sb.append("<li>").append(e.interval().isKnown() ? e.interval().firstDay() : "undated").append(" <strong>").append(esc(e.type().label()))
                .append(e.actor() != null ? " by " + esc(e.actor().id() != null ? e.actor().id() : e.actor().text()) : "").append(" at ")
                .append(esc(name(e.place()))).append("</strong> (").append(esc(e.realis().label())).append(", ").append(e.corroboration())
                .append(e.corroboration() == 1 ? " source)" : " sources)");
        for (SourcedMention m : e.mentions()) {
            sb.append("<blockquote>").append(fresh.contains(m.articleId()) ? "<span class=\"new\">NEW</span> " : "").append("<span class=\"src\">")
                    .append(esc(m.source() != null ? m.source() : m.outlet())).append("</span>: ").append(esc(m.mention().quote())).append("</blockquote>");
        }
        sb.append("</li>\n");
    }

    static String esc(String s) {
        return s == null ? "" : org.sitrep.app.export.ReportDoc.Html.esc(s);
    }
}
