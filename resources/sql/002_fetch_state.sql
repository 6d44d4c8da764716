-- Schema version 2: what the fetch layer and the scheduler need to remember between runs.
ALTER TABLE feeds ADD COLUMN auth_user TEXT NOT NULL DEFAULT ''
;
-- consecutive failed refreshes, and the earliest time a scheduled refresh may try again (backoff)
ALTER TABLE feeds ADD COLUMN failures INTEGER NOT NULL DEFAULT 0
;
ALTER TABLE feeds ADD COLUMN next_attempt INTEGER
;
-- 0 = the default interval; otherwise minutes chosen by the user
ALTER TABLE feeds ADD COLUMN refresh_minutes INTEGER NOT NULL DEFAULT 0
;
-- what the feed itself asks for (rss ttl, sy:updatePeriod), in minutes; 0 = nothing
ALTER TABLE feeds ADD COLUMN ttl_minutes INTEGER NOT NULL DEFAULT 0
;
-- the favicon in the profile's cache, relative to cache/
ALTER TABLE feeds ADD COLUMN icon_file TEXT NOT NULL DEFAULT ''
;
-- hosts that answered 429/503 with Retry-After: nothing is sent to them before `until`
CREATE TABLE host_waits (
    host    TEXT PRIMARY KEY,
    until   INTEGER NOT NULL,
    reason  TEXT NOT NULL DEFAULT ''
)
;
