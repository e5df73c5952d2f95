-- sitrep store on PostgreSQL, version 3 (as SQLite's version 3): events_fts rowids are time keys (see
-- StoreDerived.textKey), events_rtree gains the day axis, events a short record for lists, mentions their place.
ALTER TABLE events ADD COLUMN brief TEXT
;
ALTER TABLE events_rtree ADD COLUMN min_day DOUBLE PRECISION
;
ALTER TABLE events_rtree ADD COLUMN max_day DOUBLE PRECISION
;
CREATE INDEX events_rtree_day_lat ON events_rtree(min_day, min_lat)
;
CREATE INDEX events_rtree_lat_lon ON events_rtree(min_lat, min_lon)
;
ALTER TABLE mentions ADD COLUMN gid INTEGER
;
ALTER TABLE mentions ADD COLUMN lat DOUBLE PRECISION
;
ALTER TABLE mentions ADD COLUMN lon DOUBLE PRECISION
;
ALTER TABLE mentions ADD COLUMN place_class TEXT
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
