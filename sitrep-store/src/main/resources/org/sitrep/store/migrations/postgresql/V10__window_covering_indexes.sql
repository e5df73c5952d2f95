-- sitrep store, version 10: the indexes a refresh's window reads (StoreDerived.window) hold the mention's id, and the
-- box of points its place class and longitude, so that the window asks them for ids alone and reads the rows (their
-- JSON) only of mentions it has not read yet: a box query read every row of its band of latitude across the region
-- before (on a 155,142-event store the window of a 100-article increment's largest partition, 109,163 mentions,
-- took most of its refresh). They replace the indexes they extend. Statements are separated by lines holding only ';'.
DROP INDEX mentions_lat
;
CREATE INDEX mentions_box ON mentions(partition, lat, lon, place_class, id)
;
DROP INDEX mentions_gid
;
CREATE INDEX mentions_gid ON mentions(partition, gid, id)
;
DROP INDEX mentions_name_key
;
CREATE INDEX mentions_name_key ON mentions(partition, name_bucket, name_key, id) WHERE name_key IS NOT NULL
;
DROP INDEX mentions_text_key
;
CREATE INDEX mentions_text_key ON mentions(partition, text_bucket, text_key, id) WHERE text_key IS NOT NULL
