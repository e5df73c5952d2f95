-- sitrep store, version 3: events_fts rowids in time order, events_rtree with a day axis, short event records for lists.
-- events_fts rowids in time order (the event's start minute above its rowid, see
-- SqliteDerived.textKey), so that "events --text" reads the first page of matches instead of sorting all of them.
-- The index is rebuilt with the derived rows at the next refresh. Statements are separated by lines holding only ';'.
DROP TABLE events_fts
;
-- Events in lists carry at most 25 of their mentions (Event.brief; NULL when the event has no more): json keeps all.
ALTER TABLE events ADD COLUMN brief TEXT
;
CREATE VIRTUAL TABLE events_fts USING fts5(quotes, content='', contentless_delete=1)
;
-- Events by place and start day (days from 1970; unknown: 1e7), so that "events --near" reads a dense area's
-- events day range by day range, earliest first, instead of sorting all of them.
DROP TABLE events_rtree
;
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon, min_day, max_day)
;
DELETE FROM event_mentions
;
DELETE FROM events
;
DELETE FROM control_rtree
;
DELETE FROM control_periods
;
DELETE FROM contradictions
;
INSERT OR IGNORE INTO dirty (partition) SELECT DISTINCT partition FROM mentions
;
INSERT OR IGNORE INTO dirty (partition) SELECT DISTINCT partition FROM claims
