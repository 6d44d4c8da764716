-- Schema version 6: full-text search over article titles and text.
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
