-- sitrep store (PostgreSQL), version 4: a place's timeline by its key (the map asks by key: "gn:170017", "name:…").
CREATE INDEX control_place_key ON control_periods(place_key, seq)
;
