-- sitrep store, version 11: the version of the control periods, raised by every refresh that changes any in its own
-- transaction, with an identity of the store drawn once. A connection's in-memory control index (ControlIndex) is
-- reloaded when this version moved, not after every write by another connection, and one index serves every
-- connection of a process to the same store (a server's pool). Statements are separated by lines holding only ';'.
CREATE TABLE control_state (version BIGINT NOT NULL, store_id TEXT NOT NULL)
;
INSERT INTO control_state (version, store_id) VALUES (0, lower(hex(randomblob(16))))
