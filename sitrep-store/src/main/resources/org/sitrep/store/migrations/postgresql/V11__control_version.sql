-- sitrep store on PostgreSQL, version 11 (as SQLite's version 11): the version of the control periods, raised by
-- every refresh that changes any in its own transaction, with an identity of the store drawn once, so that a
-- connection's in-memory control index is reloaded when the periods changed and one index serves every connection of
-- a process to the same store. Statements are separated by lines holding only ';'.
CREATE TABLE control_state (version BIGINT NOT NULL, store_id TEXT NOT NULL)
;
INSERT INTO control_state (version, store_id) VALUES (0, md5(random()::text || clock_timestamp()::text))
