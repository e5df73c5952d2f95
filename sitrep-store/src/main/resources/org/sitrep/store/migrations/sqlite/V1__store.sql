-- sitrep store, version 1. Statements are separated by lines holding only ';'.
-- Source tables (written by ingest, one transaction per article):
CREATE TABLE articles (
  id TEXT PRIMARY KEY,            -- content hash of the raw text
  doc TEXT NOT NULL, source TEXT, outlet TEXT, url TEXT, title TEXT, language TEXT,
  published_start TEXT, published_end TEXT, published_precision TEXT,
  raw TEXT NOT NULL, cleaned TEXT NOT NULL,
  to_raw BLOB NOT NULL,           -- offset map cleaned -> raw, 4-byte big-endian ints
  diagnostics TEXT NOT NULL,      -- JSON array
  mention_count INTEGER NOT NULL, claim_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
)
;
CREATE TABLE mentions (
  id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), partition TEXT NOT NULL,
  json TEXT NOT NULL              -- the SourcedMention
)
;
CREATE INDEX mentions_partition ON mentions(partition)
;
CREATE INDEX mentions_article ON mentions(article_id)
;
CREATE TABLE claims (
  id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), partition TEXT NOT NULL, json TEXT NOT NULL
)
;
CREATE INDEX claims_partition ON claims(partition)
;
CREATE TABLE framing_terms (
  article_id TEXT NOT NULL REFERENCES articles(id), outlet TEXT, side TEXT NOT NULL, actor TEXT, term TEXT NOT NULL,
  loaded INTEGER NOT NULL, kind TEXT NOT NULL, sentence INTEGER NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, quote TEXT NOT NULL
)
;
CREATE INDEX framing_article ON framing_terms(article_id)
;
-- Partitions whose derived rows must be recomputed (set in the ingest transaction, cleared by refresh):
CREATE TABLE dirty (partition TEXT PRIMARY KEY)
;
-- Derived tables (recomputed per partition from the source tables):
CREATE TABLE events (
  id TEXT PRIMARY KEY, partition TEXT NOT NULL, type TEXT NOT NULL, realis TEXT NOT NULL,
  actor TEXT, side TEXT, place TEXT, geonameid INTEGER, admin1 TEXT, country TEXT, lat REAL, lon REAL,
  t_start TEXT, t_end TEXT, corroboration INTEGER NOT NULL, disputed TEXT NOT NULL,
  place_keys TEXT NOT NULL,       -- " key1 key2 " spelling keys of every name the mentions use for the place
  json TEXT NOT NULL              -- the Event with all its mentions
)
;
CREATE INDEX events_partition ON events(partition)
;
CREATE INDEX events_start ON events(t_start)
;
CREATE TABLE event_mentions (mention_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, article_id TEXT NOT NULL)
;
CREATE INDEX event_mentions_event ON event_mentions(event_id)
;
CREATE INDEX event_mentions_article ON event_mentions(article_id)
;
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon)
;
CREATE TABLE control_periods (
  place_key TEXT NOT NULL, seq INTEGER NOT NULL, partition TEXT NOT NULL, place TEXT NOT NULL, lat REAL, lon REAL,
  controller TEXT, side TEXT, contested INTEGER NOT NULL, from_start TEXT, to_start TEXT, place_keys TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (place_key, seq)
)
;
CREATE INDEX control_partition ON control_periods(partition)
;
CREATE INDEX control_lat ON control_periods(lat)
;
CREATE TABLE contradictions (
  id TEXT PRIMARY KEY, partition TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, attribute TEXT NOT NULL,
  json TEXT NOT NULL
)
;
CREATE INDEX contradictions_partition ON contradictions(partition)
;
-- Full-text search over article text:
CREATE VIRTUAL TABLE articles_fts USING fts5(title, cleaned, content='articles', content_rowid='rowid')
;
