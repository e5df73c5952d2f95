-- sitrep store, version 6: events near a point by a GiST index over (lat, lon, day) cubes. The B-trees on (day, lat)
-- and (lat, lon) read a whole band of one axis for a circle; at a million events they made "events --near" 105 ms
-- at p99. The cube type is contrib's extension (trusted since PostgreSQL 13: a user who may create schemas in the
-- database may create it), kept in a schema of its own so that dropping a store's schema never drops it from
-- under the other stores of the database; where it is installed already, that installation is used.
CREATE SCHEMA IF NOT EXISTS sitrep_ext
;
CREATE EXTENSION IF NOT EXISTS cube SCHEMA sitrep_ext
;
DO $$
DECLARE s text;
BEGIN
  SELECT n.nspname INTO s FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'cube';
  EXECUTE format('CREATE INDEX events_rtree_cube ON events_rtree USING gist '
      '(%I.cube(array[min_lat, min_lon, min_day], array[max_lat, max_lon, max_day]))', s);
END
$$
;
DROP INDEX events_rtree_day_lat
;
DROP INDEX events_rtree_lat_lon
;
