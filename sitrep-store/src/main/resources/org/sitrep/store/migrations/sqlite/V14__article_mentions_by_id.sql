-- sitrep store, version 14 (SQLite): an article's mentions, and the events holding them, are found by their ids,
-- which lead with the article's id (Dialect.ofArticle), so the two indexes by article, each written
-- per stored mention at a random place, are dropped. PostgreSQL keeps them: its text order is the database's
-- collation, in which ids that share a prefix need not be adjacent. The foreign key of mentions.article_id is checked
-- by the articles' key when a mention is added; articles are never deleted or re-keyed, the one change for which it
-- would look for an article's mentions. Statements are separated by lines holding only ';'.
DROP INDEX IF EXISTS mentions_article
;
DROP INDEX IF EXISTS event_mentions_article
