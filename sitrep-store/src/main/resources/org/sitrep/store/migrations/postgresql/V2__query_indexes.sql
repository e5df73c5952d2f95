-- sitrep store on PostgreSQL, version 2 (as SQLite's version 2): text search over the sentences of every event,
-- control periods by time and place, and the columns refresh uses to rewrite only what changed.
CREATE TABLE events_fts (
  rowid BIGINT PRIMARY KEY, quotes TEXT,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(quotes, ''))) STORED
)
;
CREATE INDEX events_fts_tsv ON events_fts USING gin(tsv)
;
CREATE TABLE control_rtree (
  id BIGINT PRIMARY KEY, from_day DOUBLE PRECISION, to_day DOUBLE PRECISION,
  min_lat DOUBLE PRECISION, max_lat DOUBLE PRECISION, min_lon DOUBLE PRECISION, max_lon DOUBLE PRECISION
)
;
CREATE INDEX control_rtree_days ON control_rtree(from_day, to_day)
;
ALTER TABLE articles ADD COLUMN to_raw_format INTEGER NOT NULL DEFAULT 1
;
ALTER TABLE control_periods ADD COLUMN brief TEXT
;
ALTER TABLE events ADD COLUMN members TEXT
;
ALTER TABLE events ADD COLUMN timeline_key TEXT
;
ALTER TABLE contradictions ADD COLUMN event_id TEXT
;
CREATE INDEX contradictions_event ON contradictions(event_id)
;
CREATE INDEX control_partition_place ON control_periods(partition, place_key)
