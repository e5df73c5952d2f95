-- sitrep store, version 13: fewer B-trees written per stored mention. mentions_class (partition, place_class) is read
-- by no query (SQLite answers "WHERE partition = ?" from mentions_gid, and the window's boxes from mentions_box), and
-- the marks of mentions added since the last refresh are a table keyed by (partition, mention_id) without a rowid,
-- which every statement on it reads by partition: one B-tree instead of a rowid table, its key's index and the
-- partition's index. Each stored mention wrote ten B-trees (three of them in random order) and now writes seven.
-- Statements are separated by lines holding only ';'.
DROP INDEX IF EXISTS mentions_class
;
CREATE TABLE fresh_by_partition (partition TEXT NOT NULL, mention_id TEXT NOT NULL, PRIMARY KEY (partition, mention_id)) WITHOUT ROWID
;
INSERT INTO fresh_by_partition (partition, mention_id) SELECT partition, mention_id FROM fresh
;
DROP TABLE fresh
;
ALTER TABLE fresh_by_partition RENAME TO fresh
