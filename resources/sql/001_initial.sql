-- Khulasa schema, version 1. Applied by Database::migrate() inside one transaction.
-- Statements are separated by lines holding only ';' so that triggers may contain semicolons.
-- Times are UTC milliseconds since the epoch.
CREATE TABLE folders (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    position  INTEGER NOT NULL DEFAULT 0
)
;
CREATE TABLE feeds (
    id             INTEGER PRIMARY KEY,
    folder_id      INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    url            TEXT NOT NULL UNIQUE,
    kind           TEXT NOT NULL DEFAULT 'web' CHECK (kind IN ('web', 'builtin')),
    title          TEXT NOT NULL DEFAULT '',
    site_url       TEXT NOT NULL DEFAULT '',
    direction      TEXT NOT NULL DEFAULT 'auto' CHECK (direction IN ('auto', 'rtl', 'ltr')),
    status         TEXT NOT NULL DEFAULT 'never',
    error          TEXT NOT NULL DEFAULT '',
    last_checked   INTEGER,
    etag           TEXT NOT NULL DEFAULT '',
    last_modified  TEXT NOT NULL DEFAULT '',
    body_hash      BLOB,
    added          INTEGER NOT NULL,
    position       INTEGER NOT NULL DEFAULT 0
)
;
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    feed_id       INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    guid          TEXT NOT NULL,
    url           TEXT NOT NULL DEFAULT '',
    title         TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT '',
    published     INTEGER,
    updated       INTEGER,
    fetched       INTEGER NOT NULL,
    sort_time     INTEGER NOT NULL,
    summary_html  TEXT NOT NULL DEFAULT '',
    content_html  TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    image_url     TEXT NOT NULL DEFAULT '',
    language      TEXT NOT NULL DEFAULT '',
    direction     TEXT NOT NULL DEFAULT 'ltr',
    content_hash  BLOB,
    read          INTEGER NOT NULL DEFAULT 0,
    saved         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (feed_id, guid)
)
;
CREATE INDEX articles_by_feed_time ON articles(feed_id, sort_time DESC)
;
CREATE INDEX articles_by_time ON articles(sort_time DESC)
;
CREATE INDEX articles_unread ON articles(feed_id) WHERE read = 0
;
CREATE INDEX articles_saved ON articles(sort_time DESC) WHERE saved = 1
;
