-- sitrep store, version 8: the spelling key and its bucket (first character) of every mention of a place matched by
-- spelling (EventMerger.nameKey: coarse places and places the gazetteer lacks; EventMerger.textKey: the words a
-- source used for a coarse place), so that a refresh reads the mentions of a new mention's spellings instead of
-- recomputing its region whole: the distinct keys of a bucket, then the rows of the keys that are spellings of it.
-- Filled for the stored mentions by Migrations after this script (the key is computed in Java). Statements are
-- separated by lines holding only ';'.
ALTER TABLE mentions ADD COLUMN name_bucket TEXT
;
ALTER TABLE mentions ADD COLUMN name_key TEXT
;
ALTER TABLE mentions ADD COLUMN text_bucket TEXT
;
ALTER TABLE mentions ADD COLUMN text_key TEXT
;
CREATE INDEX mentions_name_key ON mentions(partition, name_bucket, name_key) WHERE name_key IS NOT NULL
;
CREATE INDEX mentions_text_key ON mentions(partition, text_bucket, text_key) WHERE text_key IS NOT NULL
;
