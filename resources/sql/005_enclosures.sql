-- Schema version 5: an article's attachments (podcast episodes, videos) as a JSON array of
-- {"url", "type", "length"}, offered in the article pane as links for the system's player.
ALTER TABLE articles ADD COLUMN enclosures TEXT NOT NULL DEFAULT ''
;
