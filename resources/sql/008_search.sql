-- Schema version 8: full-text search over article titles and text.
-- The index is contentless (it keeps no copy of the text): title/body hold the normalised, stemmed
-- terms (khulasa_terms) for word and phrase queries, title_words/body_words the normalised words
-- (khulasa_words) for prefix queries. Both functions are registered by the application on every
-- connection (store/searchfunctions.cpp); the triggers keep the index in step inside the writing
-- transaction, for every path that writes articles (refresh, purge, a feed's removal by cascade).
CREATE VIRTUAL TABLE article_search USING fts5(
    title, body, title_words, body_words,
    content = '', tokenize = 'unicode61 remove_diacritics 0')
;
CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search(rowid, title, body, title_words, body_words)
    VALUES (new.id, khulasa_terms(new.title), khulasa_terms(new.text),
            khulasa_words(new.title), khulasa_words(new.text));
END
;
-- A contentless index forgets a row only when told the exact values it indexed: recomputed here
-- from the old row (search_state.version guarantees the same functions made them).
CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search(article_search, rowid, title, body, title_words, body_words)
    VALUES ('delete', old.id, khulasa_terms(old.title), khulasa_terms(old.text),
            khulasa_words(old.title), khulasa_words(old.text));
END
;
CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
    INSERT INTO article_search(article_search, rowid, title, body, title_words, body_words)
    VALUES ('delete', old.id, khulasa_terms(old.title), khulasa_terms(old.text),
            khulasa_words(old.title), khulasa_words(old.text));
    INSERT INTO article_search(rowid, title, body, title_words, body_words)
    VALUES (new.id, khulasa_terms(new.title), khulasa_terms(new.text),
            khulasa_words(new.title), khulasa_words(new.text));
END
;
-- Which normaliser/stemmer output the index was built with; a different one triggers a rebuild.
CREATE TABLE search_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  TEXT NOT NULL
)
;
INSERT INTO article_search(rowid, title, body, title_words, body_words)
SELECT id, khulasa_terms(title), khulasa_terms(text), khulasa_words(title), khulasa_words(text) FROM articles
;
INSERT INTO search_state(id, version) VALUES (1, khulasa_search_version())
;
-- The Unread view pages through unread articles by date; without this index a page would scan
-- read articles until it found enough unread ones.
CREATE INDEX articles_unread_by_time ON articles(sort_time DESC) WHERE read = 0
;
-- Per-feed article and unread counts, kept by triggers as articles come, go and change state, so
-- the feed list and the badges read them in one indexed step instead of counting 100,000 rows.
CREATE TABLE feed_counts (
    feed_id  INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    total    INTEGER NOT NULL DEFAULT 0,
    unread   INTEGER NOT NULL DEFAULT 0
)
;
INSERT INTO feed_counts(feed_id, total, unread)
SELECT feed_id, count(*), sum(read = 0) FROM articles GROUP BY feed_id
;
CREATE TRIGGER feed_counts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO feed_counts(feed_id, total, unread) VALUES (new.feed_id, 1, new.read = 0)
    ON CONFLICT(feed_id) DO UPDATE SET total = total + 1, unread = unread + (new.read = 0);
END
;
CREATE TRIGGER feed_counts_delete AFTER DELETE ON articles BEGIN
    UPDATE feed_counts SET total = total - 1, unread = unread - (old.read = 0) WHERE feed_id = old.feed_id;
END
;
CREATE TRIGGER feed_counts_read AFTER UPDATE OF read ON articles WHEN (old.read = 0) IS NOT (new.read = 0) BEGIN
    UPDATE feed_counts SET unread = unread + CASE WHEN new.read = 0 THEN 1 ELSE -1 END WHERE feed_id = new.feed_id;
END
;
