-- Schema version 4: a hash of each entry as the feed wrote it (before sanitising), so a refresh
-- can skip entries it already has unchanged without sanitising them again.
ALTER TABLE articles ADD COLUMN raw_hash INTEGER
;
