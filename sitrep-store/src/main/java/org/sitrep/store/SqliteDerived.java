package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sitrep.core.model.ControlPeriod;
import org.sitrep.core.model.Contradiction;
import org.sitrep.core.model.Event;
import org.sitrep.core.model.ResolvedPlace;
import org.sitrep.core.model.SourcedClaim;
import org.sitrep.core.model.SourcedMention;
import org.sitrep.core.reconcile.ControlTimeline;
import org.sitrep.core.reconcile.Names;

/**
 * Reads a partition's source rows and replaces its derived rows (events with their spatial index entries and
 * mention links, control periods, contradictions). Runs inside the caller's transaction. Not thread-safe.
 */
final class SqliteDerived {
    private final Connection c;
    private final ControlTimeline timeline = new ControlTimeline();

    SqliteDerived(Connection c) {
        this.c = c;
    }

    List<SourcedMention> mentions(String partition) throws SQLException {
        List<SourcedMention> out = new ArrayList<>();
        for (String json : jsons("SELECT json FROM mentions WHERE partition = ?", partition)) {
            out.add(StoreJson.read(json, SourcedMention.class));
        }
        return out;
    }

    List<SourcedClaim> claims(String partition) throws SQLException {
        List<SourcedClaim> out = new ArrayList<>();
        for (String json : jsons("SELECT json FROM claims WHERE partition = ?", partition)) {
            out.add(StoreJson.read(json, SourcedClaim.class));
        }
        return out;
    }

    private List<String> jsons(String sql, String arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    void replaceClaimContradictions(String partition, List<Contradiction> found) throws SQLException {
        update("DELETE FROM contradictions WHERE partition = ?", partition);
        insertContradictions(found);
    }

    void replaceEvents(String partition, List<Event> events, List<Contradiction> found) throws SQLException {
        update("DELETE FROM events_rtree WHERE id IN (SELECT rowid FROM events WHERE partition = ?)", partition);
        update("DELETE FROM event_mentions WHERE event_id IN (SELECT id FROM events WHERE partition = ?)", partition);
        update("DELETE FROM events WHERE partition = ?", partition);
        update("DELETE FROM control_periods WHERE partition = ?", partition);
        update("DELETE FROM contradictions WHERE partition = ?", partition);
        try (PreparedStatement e = c.prepareStatement("INSERT INTO events (id, partition, type, realis, actor, side, place, geonameid, "
                + "admin1, country, lat, lon, t_start, t_end, corroboration, disputed, place_keys, json) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement r = c.prepareStatement("INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon) "
                     + "SELECT rowid, ?, ?, ?, ? FROM events WHERE id = ?");
             PreparedStatement m = c.prepareStatement("INSERT INTO event_mentions (mention_id, event_id, article_id) VALUES (?, ?, ?)")) {
            for (Event ev : events) {
                insertEvent(e, ev);
                ResolvedPlace pl = ev.place();
                if (pl != null && pl.hasPoint()) {
                    r.setDouble(1, pl.lat());
                    r.setDouble(2, pl.lat());
                    r.setDouble(3, pl.lon());
                    r.setDouble(4, pl.lon());
                    r.setString(5, ev.id());
                    r.executeUpdate();
                }
                for (SourcedMention sm : ev.mentions()) {
                    m.setString(1, sm.id());
                    m.setString(2, ev.id());
                    m.setString(3, sm.articleId());
                    m.addBatch();
                }
            }
            m.executeBatch();
        }
        insertPeriods(partition, timeline.build(events), events);
        insertContradictions(found);
    }

    private static void insertEvent(PreparedStatement e, Event ev) throws SQLException {
        ResolvedPlace pl = ev.place();
        e.setString(1, ev.id());
        e.setString(2, ev.partition());
        e.setString(3, ev.type().label());
        e.setString(4, ev.realis().label());
        e.setString(5, ev.actor() == null ? null : ev.actor().id());
        e.setString(6, ev.actor() == null ? null : ev.actor().side());
        e.setString(7, pl == null ? null : pl.name());
        e.setObject(8, pl == null ? null : pl.geonameid());
        e.setString(9, pl == null ? null : pl.admin1());
        e.setString(10, pl == null ? null : pl.country());
        e.setObject(11, pl == null ? null : pl.lat());
        e.setObject(12, pl == null ? null : pl.lon());
        e.setString(13, ev.interval().isKnown() ? ev.interval().start().toString() : null);
        e.setString(14, ev.interval().isKnown() ? ev.interval().end().toString() : null);
        e.setInt(15, ev.corroboration());
        e.setString(16, String.join(",", ev.disputed()));
        e.setString(17, placeKeys(ev));
        e.setString(18, StoreJson.write(ev));
        e.executeUpdate();
    }

    /** " k1 k2 " — spelling keys of the place's gazetteer name and of every name the mentions use for it. */
    static String placeKeys(Event ev) {
        Set<String> keys = new LinkedHashSet<>();
        if (ev.place() != null) {
            keys.add(Names.key(ev.place().name()));
        }
        for (SourcedMention sm : ev.mentions()) {
            if (sm.mention().place() != null) {
                keys.add(Names.key(sm.mention().place().text()));
                if (sm.mention().place().place() != null) {
                    keys.add(Names.key(sm.mention().place().place().name()));
                }
            }
        }
        keys.remove("");
        return " " + String.join(" ", keys) + " ";
    }

    private void insertPeriods(String partition, List<ControlPeriod> periods, List<Event> events) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO control_periods (place_key, seq, partition, place, lat, lon, "
                + "controller, side, contested, from_start, to_start, place_keys, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ControlPeriod cp : periods) {
                p.setString(1, cp.placeKey());
                p.setInt(2, cp.seq());
                p.setString(3, partition);
                p.setString(4, cp.place().name());
                p.setObject(5, cp.place().lat());
                p.setObject(6, cp.place().lon());
                p.setString(7, cp.controller());
                p.setString(8, cp.side());
                p.setInt(9, cp.contested() ? 1 : 0);
                p.setString(10, cp.from().isKnown() ? cp.from().start().toString() : null);
                p.setString(11, cp.to().isKnown() ? cp.to().start().toString() : null);
                p.setString(12, periodKeys(cp, events));
                p.setString(13, StoreJson.write(cp));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** The place keys of the events that give the period its evidence. */
    private static String periodKeys(ControlPeriod cp, List<Event> events) {
        Set<String> ids = new LinkedHashSet<>();
        cp.evidence().forEach(e -> ids.add(e.eventId()));
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Names.key(cp.place().name()));
        for (Event e : events) {
            if (ids.contains(e.id())) {
                for (String k : placeKeys(e).strip().split(" ")) {
                    keys.add(k);
                }
            }
        }
        keys.remove("");
        return " " + String.join(" ", keys) + " ";
    }

    private void insertContradictions(List<Contradiction> found) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT OR REPLACE INTO contradictions (id, partition, kind, subject, attribute, json) "
                + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Contradiction x : found) {
                p.setString(1, x.id());
                p.setString(2, x.partition());
                p.setString(3, x.kind().label());
                p.setString(4, x.subject());
                p.setString(5, x.attribute());
                p.setString(6, StoreJson.write(x));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void update(String sql, String arg) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, arg);
            p.executeUpdate();
        }
    }
}
