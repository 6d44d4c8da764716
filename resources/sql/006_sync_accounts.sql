-- Schema version 6 (issue 11): accounts on Google Reader API servers (FreshRSS, Miniflux, Inoreader, …),
-- the feeds that belong to them, and the durable queue of changes made here that the server has not
-- confirmed yet. Passwords and tokens are never stored here: they live in the system keychain.
CREATE TABLE accounts (
    id            INTEGER PRIMARY KEY,
    type          TEXT NOT NULL CHECK (type IN ('greader')),
    url           TEXT NOT NULL,           -- the API address, e.g. https://host/api/greader.php
    user          TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'never' CHECK (status IN ('ok', 'error', 'never')),
    error         TEXT NOT NULL DEFAULT '',
    last_sync     INTEGER,                 -- when the last sync ended (ok or not)
    state_synced  INTEGER,                 -- when read/starred state was last taken from the server
    items_cursor  INTEGER NOT NULL DEFAULT 0, -- newest server receive time seen, in microseconds
    added         INTEGER NOT NULL,
    UNIQUE (type, url, user)
)
;
-- NULL: a local feed, fetched by Khulasa itself. Otherwise the account that delivers it.
ALTER TABLE feeds ADD COLUMN account_id INTEGER REFERENCES accounts(id) ON DELETE CASCADE
;
-- the server's stream id of a synced feed, e.g. "feed/12"
ALTER TABLE feeds ADD COLUMN remote_id TEXT NOT NULL DEFAULT ''
;
CREATE INDEX feeds_by_account ON feeds(account_id, remote_id) WHERE account_id IS NOT NULL
;
-- the read and starred state the server had when it was last seen (NULL: never seen), so a sync
-- can tell a change made on the server from one made here
ALTER TABLE articles ADD COLUMN remote_read INTEGER
;
ALTER TABLE articles ADD COLUMN remote_saved INTEGER
;
-- Changes made here, waiting for the server. One row per (account, kind, target): a newer change
-- to the same target replaces the older one, keeping the time it was made.
CREATE TABLE sync_changes (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('read', 'saved', 'unsubscribe', 'rename', 'mark_all_read')),
    target        TEXT NOT NULL,           -- the long-form item id, or the feed's stream id
    value         INTEGER NOT NULL DEFAULT 1, -- read/saved: 1 set, 0 clear
    argument      TEXT NOT NULL DEFAULT '', -- rename: the new title; mark_all_read: the time in microseconds
    changed       INTEGER NOT NULL,        -- when the change was made here (ms)
    attempts      INTEGER NOT NULL DEFAULT 0,
    next_attempt  INTEGER,                 -- refused changes wait (back-off) until then
    error         TEXT NOT NULL DEFAULT '',
    UNIQUE (account_id, kind, target)
)
;
