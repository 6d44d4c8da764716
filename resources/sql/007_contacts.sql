-- Schema step: how to reach each feed's publisher, and the local history of chats opened from Khulasa.
-- A channel the user removed stays as a row with removed = 1, so that a later discovery of the same
-- channel does not bring it back; a discovered channel the user edits becomes origin 'user'.
CREATE TABLE contact_channels (
    id        INTEGER PRIMARY KEY,
    feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('whatsapp', 'telegram', 'email', 'phone', 'web')),
    value     TEXT NOT NULL,
    greeting  TEXT NOT NULL DEFAULT '',
    label     TEXT NOT NULL DEFAULT '',
    origin    TEXT NOT NULL CHECK (origin IN ('discovered', 'user')),
    removed   INTEGER NOT NULL DEFAULT 0,
    added     INTEGER NOT NULL,
    UNIQUE (feed_id, kind, value)
)
;
-- When the publisher's pages were last searched for channels (discovery runs at most weekly).
CREATE TABLE contact_checks (
    feed_id   INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    checked   INTEGER NOT NULL,
    error     TEXT NOT NULL DEFAULT ''
)
;
-- The title is copied so the history still reads well after the article left the store.
CREATE TABLE chat_history (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    feed_id        INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    article_title  TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL,
    value          TEXT NOT NULL DEFAULT '',
    opened         INTEGER NOT NULL
)
;
CREATE INDEX chat_history_by_time ON chat_history(opened DESC)
;
