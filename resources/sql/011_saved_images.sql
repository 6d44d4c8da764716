-- Schema version 11: offline copies of saved articles. Per saved article, how complete its copy is
-- ('complete', or 'partial' when some images could not be kept) and when it was last attempted; per
-- image it references, either the file it was kept in (under <profile>/cache/saved/<article id>/)
-- with its sniffed MIME type and size, or why it could not be kept. The rows go with the article.
CREATE TABLE saved_copies (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    state       TEXT NOT NULL CHECK (state IN ('complete', 'partial')),
    checked_at  INTEGER NOT NULL
)
;
CREATE TABLE saved_images (
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT NOT NULL,
    file_name   TEXT NOT NULL DEFAULT '',
    mime_type   TEXT NOT NULL DEFAULT '',
    size        INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article_id, url)
) WITHOUT ROWID
;
