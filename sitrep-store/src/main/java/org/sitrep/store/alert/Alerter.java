package org.sitrep.store.alert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.store.EventStore;
import org.sitrep.store.Monitor;
import org.sitrep.store.StoreJson;

/**
 * Raises the alerts of the stored watchlists after a refresh. An alert is raised once:
 * <ul>
 * <li>for an event, when it first matches a watchlist; its mentions are marked, so a later article that merely
 *     corroborates it (its mention joins the event) raises nothing, only marks its mention too;</li>
 * <li>for a place, when its current holder (the latest period of its timeline: controller, side, contested) differs
 *     from the one the watchlist last alerted on; the first holder a watchlist sees raises an alert only when the
 *     period began with a change (taken, entered, fought over, lost), not when a source merely says who holds it.</li>
 * </ul>
 * What a watchlist saw when it was added is marked without alerts ({@link #baseline}): it reports changes from then on.
 */
public final class Alerter {
    /** The day asked of the timelines for the current holder: every open period covers it. */
    static final LocalDate NOW_AND_LATER = LocalDate.of(9999, 12, 31);

    private final EventStore store;
    private final Consumer<Monitor.Alert> raised;

    /** {@code raised} hears of every alert as it is stored (the webhook sender, the SSE stream, a counter). */
    public Alerter(EventStore store, Consumer<Monitor.Alert> raised) {
        this.store = store;
        this.raised = raised;
    }

    /** The stored watchlists; one that no longer parses is skipped with a diagnostic to {@code problems}. */
    public static List<Watchlist> watchlists(EventStore store, Consumer<String> problems) {
        List<Watchlist> out = new ArrayList<>();
        for (Map.Entry<String, String> w : store.monitor().watchlists().entrySet()) {
            try {
                out.add(Watchlist.parse(w.getValue(), w.getKey(), null));
            } catch (IllegalArgumentException e) {
                problems.accept("watchlist " + w.getKey() + " skipped: " + e.getMessage());
            }
        }
        return out;
    }

    /** Marks what a new watchlist matches now, raising nothing: it alerts on what changes after it was added. */
    public void baseline(Watchlist w) {
        Monitor m = store.monitor();
        if (w.watchesEvents()) {
            Map<String, String> marks = new LinkedHashMap<>();
            for (Event e : store.events(new org.sitrep.store.EventQuery(null, null, null, null, null, null, null, Integer.MAX_VALUE))) {
                if (w.matches(e)) {
                    store.event(e.id()).orElse(e).mentions().forEach(sm -> marks.put(mentionSubject(sm), "baseline"));
                }
            }
            m.setMarks(w.name(), marks);
        }
        if (w.watchesControl()) {
            Map<String, String> marks = new LinkedHashMap<>();
            for (ControlPeriod p : store.control(NOW_AND_LATER, null)) {
                if (w.matches(p)) {
                    marks.put(placeSubject(p), holder(p));
                }
            }
            m.setMarks(w.name(), marks);
        }
    }

    /** Checks the events a refresh wrote and the current holders against every watchlist; returns the alerts raised. */
    public List<Monitor.Alert> afterRefresh(EventStore.Changes changes, List<Watchlist> watchlists) {
        List<Monitor.Alert> out = new ArrayList<>();
        if (watchlists.isEmpty()) {
            return out;
        }
        Monitor m = store.monitor();
        List<Event> written = new ArrayList<>();
        for (String id : changes.written()) {
            store.event(id).ifPresent(written::add);
        }
        List<ControlPeriod> current = null;
        for (Watchlist w : watchlists) {
            if (w.watchesEvents()) {
                for (Event e : written) {
                    if (!w.matches(e)) {
                        continue;
                    }
                    List<String> subjects = e.mentions().stream().map(Alerter::mentionSubject).toList();
                    java.util.Set<String> marked = m.marked(w.name(), subjects);
                    boolean seen = !marked.isEmpty();
                    Map<String, String> marks = new LinkedHashMap<>();
                    for (String subject : subjects) {
                        if (!marked.contains(subject)) {
                            marks.put(subject, e.id());
                        }
                    }
                    if (seen) { // corroboration or an update of an event already alerted on: its new mentions are marked, no alert
                        m.setMarks(w.name(), marks);
                    } else {
                        out.add(raise(m, w, "event", "event:" + e.id(), eventJson(w, e), marks));
                    }
                }
            }
            if (w.watchesControl()) {
                if (current == null) {
                    current = touchedPlaces(written);
                }
                for (ControlPeriod p : current) {
                    if (!w.matches(p)) {
                        continue;
                    }
                    String subject = placeSubject(p);
                    String holder = holder(p);
                    java.util.Optional<String> before = m.mark(w.name(), subject);
                    if (before.isPresent() && before.get().equals(holder)) {
                        continue;
                    }
                    if (before.isEmpty() && !beganWithAChange(p)) {
                        m.setMarks(w.name(), Map.of(subject, holder));
                        continue;
                    }
                    out.add(raise(m, w, "control", subject, controlJson(w, p, before.orElse(null)), Map.of(subject, holder)));
                }
            }
        }
        return out;
    }

    /**
     * The current period of every place the written events lie in (by gazetteer id, else by name): a holder changes
     * only where an event was written, so the other places are not read.
     */
    private List<ControlPeriod> touchedPlaces(List<Event> written) {
        java.util.Set<ResolvedPlace> asked = new java.util.LinkedHashSet<>();
        for (Event e : written) {
            if (org.sitrep.core.reconcile.ControlTimeline.bearsOnControl(e)) {
                asked.add(e.place());
            }
        }
        // the last period of each place's timeline is its current holder; a place is read by its key (an index), and
        // by its name only when the key has no timeline (a name the timelines filed under another spelling's key)
        Map<String, ControlPeriod> current = new LinkedHashMap<>();
        for (ResolvedPlace p : asked) {
            List<ControlPeriod> periods = store.timeline(org.sitrep.core.reconcile.ControlTimeline.placeKey(p));
            if (periods.isEmpty() && p.geonameid() == null && p.name() != null) {
                periods = store.timeline(p.name());
            }
            for (ControlPeriod period : periods) {
                current.put(period.placeKey(), period);
            }
        }
        return new ArrayList<>(current.values());
    }

    private Monitor.Alert raise(Monitor m, Watchlist w, String kind, String subject, ObjectNode json, Map<String, String> marks) {
        Monitor.Alert a = m.raise(w.name(), kind, subject, json.toString(), w.webhook() != null, marks);
        raised.accept(a);
        return a;
    }

    private static String mentionSubject(SourcedMention sm) {
        return "mention:" + sm.id();
    }

    private static String placeSubject(ControlPeriod p) {
        return "place:" + p.placeKey();
    }

    /** Who holds a place in a period, as the mark a watchlist keeps. */
    public static String holder(ControlPeriod p) {
        return (p.contested() ? "contested:" : "held:") + (p.controller() == null ? "" : p.controller()) + "/" + (p.side() == null ? "" : p.side());
    }

    private static boolean beganWithAChange(ControlPeriod p) {
        return p.seq() > 0 || p.contested() || toldAsAChange(p);
    }

    /** Whether a source tells of the period as a change (taken, entered, fought over, lost), not only of who holds it. */
    public static boolean toldAsAChange(ControlPeriod p) {
        return p.evidence().stream().anyMatch(e -> CHANGE_ROLES.contains(e.role()));
    }

    private static final java.util.Set<String> CHANGE_ROLES = java.util.Set.of("take", "enter", "fight", "lose");

    private ObjectNode eventJson(Watchlist w, Event e) {
        Map<String, String> urls = urls(e.mentions().stream().map(SourcedMention::articleId).toList());
        ObjectNode o = StoreJson.MAPPER.createObjectNode();
        o.put("watchlist", w.name());
        o.put("kind", "event");
        o.put("summary", e.type().label() + (e.actor() != null ? " by " + actorName(e.actor()) : "") + " at " + placeName(e.place())
                + (e.interval().isKnown() ? " on " + e.interval().firstDay() : "") + " (" + e.realis().label() + ", " + e.corroboration()
                + (e.corroboration() == 1 ? " source)" : " sources)"));
        o.set("place", place(e.place()));
        ObjectNode ev = o.putObject("event");
        ev.put("id", e.id());
        ev.put("type", e.type().label());
        ev.put("realis", e.realis().label());
        ev.put("actor", e.actor() == null ? null : actorName(e.actor()));
        ev.put("side", e.actor() == null ? null : e.actor().side());
        ev.put("target", e.target() == null ? null : actorName(e.target()));
        ev.put("start", e.interval().isKnown() ? e.interval().firstDay().toString() : null);
        ev.put("end", e.interval().isKnown() ? e.interval().lastDay().toString() : null);
        ev.put("corroboration", e.corroboration());
        ArrayNode evidence = o.putArray("evidence");
        for (SourcedMention sm : e.mentions()) {
            ObjectNode q = evidence.addObject();
            q.put("quote", sm.mention().quote());
            q.put("source", sm.source() != null ? sm.source() : sm.outlet());
            q.put("articleId", sm.articleId());
            q.put("url", url(sm.articleId(), urls));
            q.put("realis", sm.mention().realis().label());
        }
        return o;
    }

    private ObjectNode controlJson(Watchlist w, ControlPeriod p, String before) {
        Map<String, String> urls = urls(p.evidence().stream().map(ControlPeriod.Evidence::articleId).toList());
        ObjectNode o = StoreJson.MAPPER.createObjectNode();
        o.put("watchlist", w.name());
        o.put("kind", "control");
        String now = p.contested() ? "contested" + (p.side() != null ? " (" + p.side() + " contesting)" : "")
                : "held by " + (p.controller() != null ? p.controller() : p.side());
        o.put("summary", placeName(p.place()) + " now " + now + (p.from().isKnown() ? " since " + p.from().firstDay() : "")
                + (before != null ? " (was " + before.replaceFirst("^held:", "held by ").replaceFirst("/$", "") + ")" : ""));
        o.set("place", place(p.place()));
        o.put("placeKey", p.placeKey());
        o.put("controller", p.controller());
        o.put("side", p.side());
        o.put("contested", p.contested());
        o.put("since", p.from().isKnown() ? p.from().firstDay().toString() : null);
        o.put("previous", before);
        o.put("confidence", p.confidence());
        ArrayNode evidence = o.putArray("evidence");
        for (ControlPeriod.Evidence e : p.evidence()) {
            ObjectNode q = evidence.addObject();
            q.put("quote", e.quote());
            q.put("role", e.role());
            q.put("source", e.source() != null ? e.source() : e.outlet());
            q.put("articleId", e.articleId());
            q.put("url", url(e.articleId(), urls));
            q.put("realis", e.realis() == null ? null : e.realis().label());
            q.put("eventId", e.eventId());
        }
        return o;
    }

    /** The URLs of the articles behind an alert's evidence, read in one query. */
    private Map<String, String> urls(java.util.Collection<String> articleIds) {
        return store.monitor().articleUrls(new java.util.TreeSet<>(articleIds.stream().filter(java.util.Objects::nonNull).toList()));
    }

    private static String url(String articleId, Map<String, String> urls) {
        return articleId == null ? null : urls.get(articleId);
    }

    private static ObjectNode place(ResolvedPlace p) {
        ObjectNode o = StoreJson.MAPPER.createObjectNode();
        if (p == null) {
            return o;
        }
        o.put("name", p.name());
        if (p.lat() != null) {
            o.put("lat", p.lat());
            o.put("lon", p.lon());
        }
        o.put("admin1", p.admin1());
        o.put("country", p.country());
        if (p.geonameid() != null) {
            o.put("geonameid", p.geonameid());
        }
        return o;
    }

    private static String placeName(ResolvedPlace p) {
        return p == null || p.name() == null ? "an unnamed place" : p.name();
    }

    private static String actorName(org.sitrep.core.model.ActorRef a) {
        return a.id() != null ? a.id() : a.text();
    }
}
