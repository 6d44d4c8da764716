-- Schema version 12: search reads an article's extracted story (full_text, issue 7) when it has one,
-- else the feed's text, the same "best text" the summary and the pane use. The contentless index
-- forgets a row only when told the exact values it indexed, so the triggers are replaced and the
-- rows with a story are re-indexed from what 008's triggers put there (title and text).
DROP TRIGGER article_search_insert
;
DROP TRIGGER article_search_delete
;
DROP TRIGGER article_search_update
;
INSERT INTO article_search(article_search, rowid, title, body, title_words, body_words)
SELECT 'delete', id, khulasa_terms(title), khulasa_terms(text), khulasa_words(title), khulasa_words(text)
FROM articles WHERE full_text <> ''
;
INSERT INTO article_search(rowid, title, body, title_words, body_words)
SELECT id, khulasa_terms(title), khulasa_terms(full_text), khulasa_words(title), khulasa_words(full_text)
FROM articles WHERE full_text <> ''
;
CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
    INSERT INTO article_search(rowid, title, body, title_words, body_words)
    VALUES (new.id, khulasa_terms(new.title),
            khulasa_terms(CASE WHEN new.full_text <> '' THEN new.full_text ELSE new.text END),
            khulasa_words(new.title),
            khulasa_words(CASE WHEN new.full_text <> '' THEN new.full_text ELSE new.text END));
END
;
CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
    INSERT INTO article_search(article_search, rowid, title, body, title_words, body_words)
    VALUES ('delete', old.id, khulasa_terms(old.title),
            khulasa_terms(CASE WHEN old.full_text <> '' THEN old.full_text ELSE old.text END),
            khulasa_words(old.title),
            khulasa_words(CASE WHEN old.full_text <> '' THEN old.full_text ELSE old.text END));
END
;
CREATE TRIGGER article_search_update AFTER UPDATE OF title, text, full_text ON articles
WHEN old.title IS NOT new.title OR old.text IS NOT new.text OR old.full_text IS NOT new.full_text BEGIN
    INSERT INTO article_search(article_search, rowid, title, body, title_words, body_words)
    VALUES ('delete', old.id, khulasa_terms(old.title),
            khulasa_terms(CASE WHEN old.full_text <> '' THEN old.full_text ELSE old.text END),
            khulasa_words(old.title),
            khulasa_words(CASE WHEN old.full_text <> '' THEN old.full_text ELSE old.text END));
    INSERT INTO article_search(rowid, title, body, title_words, body_words)
    VALUES (new.id, khulasa_terms(new.title),
            khulasa_terms(CASE WHEN new.full_text <> '' THEN new.full_text ELSE new.text END),
            khulasa_words(new.title),
            khulasa_words(CASE WHEN new.full_text <> '' THEN new.full_text ELSE new.text END));
END
;
