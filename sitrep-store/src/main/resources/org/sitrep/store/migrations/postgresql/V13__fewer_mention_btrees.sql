-- sitrep store, version 13: fewer indexes written per stored mention. mentions_class (partition, place_class) is read
-- by no query (mentions_gid and mentions_box answer the partition's and the window's), and the marks of mentions
-- added since the last refresh are keyed by (partition, mention_id), which every statement on them reads by
-- partition: one index instead of the mention id's and the partition's. Statements are separated by lines holding
-- only ';'.
DROP INDEX IF EXISTS mentions_class
;
DROP INDEX IF EXISTS fresh_partition
;
ALTER TABLE fresh DROP CONSTRAINT IF EXISTS fresh_pkey
;
ALTER TABLE fresh ADD PRIMARY KEY (partition, mention_id)
