-- Schema version 3: feeds that ask for a desktop notification when new articles arrive.
ALTER TABLE feeds ADD COLUMN notify INTEGER NOT NULL DEFAULT 0
;
