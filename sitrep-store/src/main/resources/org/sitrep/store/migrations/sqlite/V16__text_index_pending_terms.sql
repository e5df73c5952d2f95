-- sitrep store, version 16: the text indexes gather up to 8 MiB of new terms in memory before writing them out as a
-- segment (FTS5's 'hashsize'; its default is 1 MiB). A refresh inserts the quotes of all the events of a batch in one
-- statement (34,856 events, 8.5 MB of quotes, for 3,000 generated articles): with 1 MiB they were written out as many
-- small segments, which FTS5 then merged. The setting is kept in each index's configuration table; up to 8 MiB of
-- memory outside the JVM's heap while a transaction adds text.
-- Statements are separated by lines holding only ';'.
INSERT INTO events_fts (events_fts, rank) VALUES ('hashsize', 8388608)
;
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 8388608)
