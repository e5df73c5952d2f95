-- sitrep store, version 15 (SQLite): the events table rebuilt with members, timeline_key and brief before json. SQLite
-- stores a row's columns in order and reaches a column by walking the overflow pages of every large one before it:
-- an event's members (which a refresh reads to compare) and its brief (which every event list reads) came after its
-- JSON, and the JSON of a popular place's largest events holds all of their mentions (21-30 MB in a million-event
-- store's largest partition, about 1,800 pages of 16 KiB walked for each read). The rows keep their rowids, which the
-- R*Tree and the full-text index of events refer to. Copies every event once (minutes on a million-event store).
-- Statements are separated by lines holding only ';'.
CREATE TABLE events_by_layout (
  id TEXT PRIMARY KEY, partition TEXT NOT NULL, type TEXT NOT NULL, realis TEXT NOT NULL,
  actor TEXT, side TEXT, place TEXT, geonameid INTEGER, admin1 TEXT, country TEXT, lat REAL, lon REAL,
  t_start TEXT, t_end TEXT, corroboration INTEGER NOT NULL, disputed TEXT NOT NULL,
  place_keys TEXT NOT NULL,       -- " key1 key2 " spelling keys of every name the mentions use for the place
  members TEXT,                   -- digest of the event's mention ids (EventMerger.members)
  timeline_key TEXT,
  brief TEXT,                     -- the Event with at most 25 of its mentions; NULL when it has no more
  json TEXT NOT NULL              -- the Event with all its mentions
)
;
INSERT INTO events_by_layout (rowid, id, partition, type, realis, actor, side, place, geonameid, admin1, country, lat, lon,
  t_start, t_end, corroboration, disputed, place_keys, members, timeline_key, brief, json)
SELECT rowid, id, partition, type, realis, actor, side, place, geonameid, admin1, country, lat, lon,
  t_start, t_end, corroboration, disputed, place_keys, members, timeline_key, brief, json FROM events ORDER BY rowid
;
DROP TABLE events
;
ALTER TABLE events_by_layout RENAME TO events
;
CREATE INDEX events_partition ON events(partition)
;
CREATE INDEX events_start ON events(t_start)
