-- sitrep store, version 2: indexes for the map queries at scale. Statements are separated by lines holding only ';'.
-- Text search over events: the sentences of every mention of an event (rowid = events.rowid).
CREATE VIRTUAL TABLE events_fts USING fts5(quotes, content='', contentless_delete=1)
;
-- Control periods by time and place: days since 1970 (open ends as +-1e7), degrees (no point: the whole globe).
CREATE VIRTUAL TABLE control_rtree USING rtree(id, from_day, to_day, min_lat, max_lat, min_lon, max_lon)
;
DROP INDEX control_lat
;
-- Rebuild the derived rows of stores made by version 1 at the next refresh.
DELETE FROM events_rtree
;
DELETE FROM event_mentions
;
DELETE FROM events
;
DELETE FROM control_periods
;
DELETE FROM contradictions
;
INSERT OR IGNORE INTO dirty (partition) SELECT DISTINCT partition FROM mentions
;
INSERT OR IGNORE INTO dirty (partition) SELECT DISTINCT partition FROM claims
;
-- Offset maps written from version 2 on are run-encoded (OffsetRuns, format 2); older rows keep format 1.
ALTER TABLE articles ADD COLUMN to_raw_format INTEGER NOT NULL DEFAULT 1
;
-- What "control --as-of" reads for every place: the period with its first evidence item as one line (BriefPeriod).
ALTER TABLE control_periods ADD COLUMN brief TEXT
;
-- Refresh rewrites only the events whose mentions changed: a digest of each event's mention ids, the key of the
-- timeline its place belongs to, and the event a contradiction comes from.
ALTER TABLE events ADD COLUMN members TEXT
;
ALTER TABLE events ADD COLUMN timeline_key TEXT
;
ALTER TABLE contradictions ADD COLUMN event_id TEXT
;
CREATE INDEX contradictions_event ON contradictions(event_id)
;
CREATE INDEX control_partition_place ON control_periods(partition, place_key)
