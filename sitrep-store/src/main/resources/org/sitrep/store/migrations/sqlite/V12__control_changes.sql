-- sitrep store, version 12: the places whose control periods each version of them changed (control_state's version,
-- raised by a refresh that changes periods, with the keys of the places it changed, in the same transaction; the
-- oldest are dropped as new ones come). A connection that holds the control index of an earlier version reloads the
-- periods of those places alone, not every period. Statements are separated by lines holding only ';'.
CREATE TABLE control_changes (version BIGINT NOT NULL, place_key TEXT NOT NULL, PRIMARY KEY (version, place_key))
