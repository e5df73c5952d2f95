-- sitrep store, version 7: live monitoring (feeds, watchlists, alerts). Statements are separated by lines holding only ';'.
-- A followed feed: its HTTP validators and when it was last polled (a restart resumes from here).
CREATE TABLE feeds (
  url TEXT PRIMARY KEY, outlet TEXT, etag TEXT, last_modified TEXT, last_poll TEXT, last_status TEXT,
  failures INTEGER NOT NULL DEFAULT 0, next_poll TEXT
)
;
-- Every feed item seen: ingested (article_id), skipped (reason) or failed (attempts, error; retried while attempts last).
CREATE TABLE feed_items (
  feed_url TEXT NOT NULL, item_key TEXT NOT NULL, url TEXT, article_id TEXT, status TEXT NOT NULL,
  attempts INTEGER NOT NULL, error TEXT, seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key)
)
;
-- An article is fetched once per URL, whichever feed lists it:
CREATE INDEX articles_url ON articles(url)
;
CREATE INDEX articles_ingested ON articles(ingested_at)
;
-- Watchlists are data: the JSON a watchlist file holds.
CREATE TABLE watchlists (name TEXT PRIMARY KEY, json TEXT NOT NULL, updated_at TEXT NOT NULL)
;
-- Alerts raised, in order; delivery to the watchlist's webhook, when it has one.
CREATE TABLE alerts (
  id BIGSERIAL PRIMARY KEY, watchlist TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL,
  created_at TEXT NOT NULL, json TEXT NOT NULL,
  delivery TEXT NOT NULL,         -- none | pending | delivered | failed
  attempts INTEGER NOT NULL DEFAULT 0, next_attempt TEXT, last_error TEXT, delivered_at TEXT
)
;
CREATE INDEX alerts_created ON alerts(created_at)
;
CREATE INDEX alerts_delivery ON alerts(delivery)
;
-- What each watchlist has alerted on already: a mention (events), the controller of a place (control changes).
CREATE TABLE alert_marks (watchlist TEXT NOT NULL, subject TEXT NOT NULL, state TEXT NOT NULL, PRIMARY KEY (watchlist, subject))
;
