-- Schema version 10: what the summary sidebar and the story clusters need, computed off the UI thread.
-- term_documents / text_corpus: how many indexed articles hold each stemmed term (TF-IDF's corpus side),
-- counted once per article when it is first indexed.
-- article_signatures: each article's MinHash signatures and strongest TF-IDF terms (similarity), the
-- content hash they were computed from (a changed article is recomputed) and its story cluster.
-- article_bands: LSH band hashes of the signatures; articles that share one are compared.
-- article_key_points: the summariser's key points, kept until the article's content changes.
CREATE TABLE term_documents (
    term       TEXT PRIMARY KEY,
    documents  INTEGER NOT NULL
) WITHOUT ROWID
;
CREATE TABLE text_corpus (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    documents  INTEGER NOT NULL
)
;
INSERT INTO text_corpus (id, documents) VALUES (1, 0)
;
CREATE TABLE article_signatures (
    article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_hash  BLOB,
    minhash       BLOB NOT NULL,
    terms         BLOB NOT NULL,
    cluster_id    INTEGER NOT NULL
)
;
CREATE INDEX article_signatures_by_cluster ON article_signatures(cluster_id)
;
CREATE TABLE article_bands (
    band        INTEGER NOT NULL,
    article_id  INTEGER NOT NULL,
    PRIMARY KEY (band, article_id)
) WITHOUT ROWID
;
CREATE INDEX article_bands_by_article ON article_bands(article_id)
;
CREATE TRIGGER article_signatures_drop_bands AFTER DELETE ON article_signatures BEGIN
    DELETE FROM article_bands WHERE article_id = OLD.article_id;
END
;
CREATE TABLE article_key_points (
    article_id    INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    content_hash  BLOB,
    points        TEXT NOT NULL
)
;
