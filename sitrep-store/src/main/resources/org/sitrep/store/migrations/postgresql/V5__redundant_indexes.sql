-- sitrep store, version 5: indexes that others already give are dropped (each cost every write its own B-tree):
-- control_place_key repeats control_periods' primary key (place_key, seq); control_partition and
-- mentions_partition are prefixes of control_partition_place and of mentions_class, mentions_gid and mentions_lat,
-- which answer "WHERE partition = ?" as well.
DROP INDEX control_place_key
;
DROP INDEX control_partition
;
DROP INDEX mentions_partition

;
