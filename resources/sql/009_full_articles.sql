-- Schema version 9: full-article extraction. Per feed, whether the article's web page is fetched
-- and its story extracted ('off', 'on_demand', 'always'); per article, the extracted story as
-- sanitised HTML and as plain text, beside the feed's own teaser (summary_html/content_html),
-- which stays untouched.
ALTER TABLE feeds ADD COLUMN full_article_mode TEXT NOT NULL DEFAULT 'off'
;
ALTER TABLE articles ADD COLUMN full_content_html TEXT NOT NULL DEFAULT ''
;
ALTER TABLE articles ADD COLUMN full_text TEXT NOT NULL DEFAULT ''
;
