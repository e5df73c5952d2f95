-- sitrep store, version 3: events_fts rowids in time order, events_rtree with a day axis, short event records for lists.
-- events_fts rowids in time order (the event's start minute above its rowid, see
-- StoreDerived.textKey), so that "events --text" reads the first page of matches instead of sorting all of them.
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
;
-- Refresh reads only the mentions that can merge with the new ones: the place of every mention (gazetteer entry,
-- point, and how it merges: EventMerger.PlaceClass), filled here from the stored records, and the mentions added
-- since the last refresh.
ALTER TABLE mentions ADD COLUMN gid INTEGER
;
ALTER TABLE mentions ADD COLUMN lat REAL
;
ALTER TABLE mentions ADD COLUMN lon REAL
;
ALTER TABLE mentions ADD COLUMN place_class TEXT
;
UPDATE mentions SET gid = json_extract(json, '$.mention.place.place.geonameid'),
  lat = json_extract(json, '$.mention.place.place.lat'), lon = json_extract(json, '$.mention.place.place.lon'),
  place_class = CASE
    WHEN json_type(json, '$.mention.place.place') IS NULL OR json_type(json, '$.mention.place.place') = 'null' THEN 'NONE'
    WHEN json_extract(json, '$.mention.place.place.resolved') = 0 OR json_extract(json, '$.mention.place.place.precision') IS NULL
      OR json_extract(json, '$.mention.place.place.precision') IN ('PROVINCE', 'COUNTRY') THEN 'COARSE'
    WHEN json_extract(json, '$.mention.place.place.geonameid') IS NOT NULL
      AND json_extract(json, '$.mention.place.place.precision') = 'TOWN' THEN 'TOWN'
    WHEN json_extract(json, '$.mention.place.place.lat') IS NOT NULL AND json_extract(json, '$.mention.place.place.lon') IS NOT NULL
      OR json_extract(json, '$.mention.place.place.geonameid') IS NOT NULL THEN 'POINT'
    ELSE 'NONE' END
;
CREATE INDEX mentions_gid ON mentions(partition, gid)
;
CREATE INDEX mentions_lat ON mentions(partition, lat)
;
CREATE INDEX mentions_class ON mentions(partition, place_class)
;
CREATE TABLE fresh (mention_id TEXT PRIMARY KEY, partition TEXT NOT NULL)
;
CREATE INDEX fresh_partition ON fresh(partition)
