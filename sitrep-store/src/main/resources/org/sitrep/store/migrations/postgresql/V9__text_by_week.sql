-- sitrep store on PostgreSQL, version 9: text search by week. The GIN index yields a word's matches in no order, so
-- each window of time keys a text query read (StoreReads.matchesByWindow) intersected the key's B-tree range with
-- every match of the word, which the index read whole: 58,277 row pointers for "forces" to keep 135, at 288,564 events.
-- Each event's vector now also holds two tokens of its start (its text key's minute): the week 'w N' (N = minute /
-- 10080) and the block of 16 weeks 'q N' (N = minute / 161280). No text yields them: a lexeme of the 'simple'
-- configuration never holds a space. A window asks for the word AND its weeks, which the index answers from the
-- rarer of the two lists, seeking in the other. The column is rebuilt, with its index (a few minutes at a million
-- events).
ALTER TABLE events_fts DROP COLUMN tsv
;
ALTER TABLE events_fts ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', coalesce(quotes, ''))
  || array_to_tsvector(ARRAY['w ' || ((rowid >> 32) / 10080)::text, 'q ' || ((rowid >> 32) / 161280)::text])) STORED
;
CREATE INDEX events_fts_tsv ON events_fts USING gin(tsv)
;
