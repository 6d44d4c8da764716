// The Store's story-index section: similarity signatures, LSH bands, story clusters, corpus term counts
// and cached key points (tables of resources/sql/006_story_index.sql).
#include "store/store.h"

#include "store/database.h"
#include "store/sqlitehandle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
// SQLite's default limit on bound parameters is 32766 (3.32+); stay far below it.
constexpr qsizetype kChunk = 500;
// A band hash shared by more articles than this says as little as a stop word (a keyword everybody
// uses today): it is left out of candidate searches, which would otherwise compare thousands of pairs.
// Clustering looks for the few reports of one story, so its buckets may be far smaller.
constexpr int kMaxBucket = 500;
constexpr int kMaxClusterBucket = 50;

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i ? QStringLiteral(",?") : QStringLiteral("?");
    return list;
}

/** Runs `sql` (with "%1" where the IN list goes) once per chunk of `values`, handing each row to `row`. */
template <typename T, typename RowFn>
bool selectIn(const QSqlDatabase &db, const QString &sql, const QList<T> &values, RowFn row,
              const QVariantList &trailing = {})
{
    for (qsizetype from = 0; from < values.size(); from += kChunk) {
        const qsizetype count = qMin(kChunk, values.size() - from);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(sql.arg(placeholders(count))))
            return false;
        for (qsizetype i = 0; i < count; ++i)
            q.addBindValue(values.at(from + i));
        for (const QVariant &value : trailing)
            q.addBindValue(value);
        if (!q.exec())
            return false;
        while (q.next())
            row(q);
    }
    return true;
}

QList<qint64> bandsFromMinHash(const QByteArray &minhash)
{
    ArticleSignature signature;
    return signature.setMinHashBytes(minhash) ? signature.bands() : QList<qint64>();
}

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    Status commit()
    {
        if (!m_open || !m_db.commit())
            return Status::failure(m_db.lastError().text());
        m_open = false;
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
} // namespace

QList<ArticleToIndex> Store::articlesToIndex(qint64 feedId, int limit, int maxTextLength) const
{
    QList<ArticleToIndex> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.feed_id, a.title, substr(a.text, 1, ?), a.content_hash, s.article_id IS NOT NULL, s.minhash "
        "FROM articles a LEFT JOIN article_signatures s ON s.article_id = a.id "
        "WHERE (? = 0 OR a.feed_id = ?) AND (s.article_id IS NULL OR s.content_hash IS NOT a.content_hash) "
        "ORDER BY a.id LIMIT ?"));
    q.addBindValue(maxTextLength);
    q.addBindValue(feedId);
    q.addBindValue(feedId);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        ArticleToIndex article;
        article.id = q.value(0).toLongLong();
        article.feedId = q.value(1).toLongLong();
        article.title = q.value(2).toString();
        article.text = q.value(3).toString();
        article.contentHash = q.value(4).toByteArray();
        article.indexedBefore = q.value(5).toBool();
        if (article.indexedBefore)
            article.previousBands = bandsFromMinHash(q.value(6).toByteArray());
        result.append(std::move(article));
    }
    return result;
}

DocumentFrequencies Store::documentFrequencies(const QStringList &terms) const
{
    DocumentFrequencies frequencies;
    const QSqlDatabase db = m_database->connection();
    QSqlQuery total(db);
    if (total.exec(QStringLiteral("SELECT documents FROM text_corpus WHERE id = 1")) && total.next())
        frequencies.documents = total.value(0).toLongLong();
    frequencies.counts.reserve(terms.size());
    selectIn(db, QStringLiteral("SELECT term, documents FROM term_documents WHERE term IN (%1)"), terms,
             [&](const QSqlQuery &row) { frequencies.counts.insert(row.value(0).toString(), row.value(1).toLongLong()); });
    return frequencies;
}

Status Store::writeSignatures(const QList<IndexedArticle> &batch, const CorpusIncrement &corpus)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isOpen())
        return Status::failure(tr("Cannot start writing the story index: %1").arg(db.lastError().text()));
    // 32 band rows an article: raw statements, the QVariant per value would cost more than SQLite.
    SqliteStatement dropBand(db, "DELETE FROM article_bands WHERE band = ? AND article_id = ?");
    SqliteStatement upsert(db,
        "INSERT INTO article_signatures (article_id, content_hash, minhash, terms, cluster_id) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, minhash = excluded.minhash, "
        "terms = excluded.terms, cluster_id = excluded.cluster_id");
    SqliteStatement addBand(db, "INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)");
    auto failed = [&](const SqliteStatement &statement) {
        return Status::failure(tr("Cannot write the story index: %1").arg(statement.errorText()));
    };
    for (const SqliteStatement *statement : {&dropBand, &upsert, &addBand}) {
        if (!statement->isValid())
            return failed(*statement);
    }
    // Band rows go in in key order: random band hashes inserted one article at a time would touch a
    // different page of the index for nearly every row.
    QList<std::pair<qint64, qint64>> bandRows;
    bandRows.reserve(batch.size() * 32);
    for (const IndexedArticle &article : batch) {
        for (qint64 band : article.previousBands) {
            dropBand.bind(1, band);
            dropBand.bind(2, article.id);
            if (!dropBand.exec())
                return failed(dropBand);
        }
        upsert.bind(1, article.id);
        upsert.bind(2, article.contentHash);
        upsert.bind(3, article.signature.minHashBytes());
        upsert.bind(4, article.signature.terms.toBytes());
        upsert.bind(5, article.id); // a new or changed article starts in a cluster of its own
        if (!upsert.exec())
            return failed(upsert);
        for (qint64 band : article.signature.bands())
            bandRows.append({band, article.id});
    }
    std::sort(bandRows.begin(), bandRows.end());
    for (const auto &[band, articleId] : bandRows) {
        addBand.bind(1, band);
        addBand.bind(2, articleId);
        if (!addBand.exec())
            return failed(addBand);
    }
    QSqlQuery countTerm(db), countDocuments(db);
    countTerm.prepare(QStringLiteral("INSERT INTO term_documents (term, documents) VALUES (?, ?) "
                                     "ON CONFLICT (term) DO UPDATE SET documents = documents + excluded.documents"));
    for (auto it = corpus.termDocuments.cbegin(); it != corpus.termDocuments.cend(); ++it) {
        countTerm.bindValue(0, it.key());
        countTerm.bindValue(1, it.value());
        if (!countTerm.exec())
            return Status::failure(tr("Cannot write the story index: %1").arg(countTerm.lastError().text()));
    }
    countDocuments.prepare(QStringLiteral("UPDATE text_corpus SET documents = documents + ? WHERE id = 1"));
    countDocuments.addBindValue(corpus.documents);
    if (!countDocuments.exec())
        return Status::failure(tr("Cannot write the story index: %1").arg(countDocuments.lastError().text()));
    return transaction.commit();
}

namespace {
/** Reads signature rows; `withArticle` adds what a related-articles list shows (feed, title, date),
 *  which clustering does without. */
QList<StoredSignature> readSignatures(const QSqlDatabase &db, const QList<qint64> &articleIds, bool withArticle)
{
    QList<StoredSignature> result;
    result.reserve(articleIds.size());
    const QString sql = withArticle
        ? QStringLiteral("SELECT s.article_id, s.cluster_id, s.minhash, s.terms, a.feed_id, a.title, "
                         "coalesce(a.published, a.updated, a.fetched) FROM article_signatures s "
                         "JOIN articles a ON a.id = s.article_id WHERE s.article_id IN (%1)")
        : QStringLiteral("SELECT article_id, cluster_id, minhash, terms FROM article_signatures "
                         "WHERE article_id IN (%1)");
    selectIn(db, sql, articleIds, [&](const QSqlQuery &q) {
        StoredSignature row;
        row.articleId = q.value(0).toLongLong();
        row.clusterId = q.value(1).toLongLong();
        if (!row.signature.setMinHashBytes(q.value(2).toByteArray()))
            return; // a damaged row is skipped, never trusted
        row.signature.terms = TermVector::fromBytes(q.value(3).toByteArray());
        if (withArticle) {
            row.feedId = q.value(4).toLongLong();
            row.title = q.value(5).toString();
            row.published = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        }
        result.append(std::move(row));
    });
    return result;
}
} // namespace

QList<StoredSignature> Store::signatures(const QList<qint64> &articleIds) const
{
    return readSignatures(m_database->connection(), articleIds, true);
}

QList<StoredSignature> Store::clusterSignatures(const QList<qint64> &articleIds) const
{
    return readSignatures(m_database->connection(), articleIds, false);
}

QList<qint64> Store::bandNeighbours(const QList<qint64> &bands, qint64 excludeArticleId, int limit) const
{
    QList<qint64> result;
    const QSqlDatabase db = m_database->connection();
    QSqlQuery size(db);
    size.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_bands WHERE band = ? LIMIT ?)"));
    QList<qint64> selective;
    for (qint64 band : bands) {
        size.bindValue(0, band);
        size.bindValue(1, kMaxBucket + 1);
        if (size.exec() && size.next() && size.value(0).toInt() <= kMaxBucket)
            selective.append(band);
    }
    if (selective.isEmpty())
        return result;
    // One query: a signature has well under kChunk bands.
    selectIn(db,
             QStringLiteral("SELECT article_id FROM article_bands WHERE band IN (%1) AND article_id <> ? "
                            "GROUP BY article_id ORDER BY count(*) DESC, article_id DESC LIMIT ?"),
             selective.mid(0, kChunk), [&](const QSqlQuery &q) { result.append(q.value(0).toLongLong()); },
             {excludeArticleId, limit});
    return result;
}

QList<std::pair<qint64, qint64>> Store::bandPairs(const QList<IndexedArticle> &batch) const
{
    // The batch's band rows are in memory; SQLite only adds the stored members of the same buckets.
    QList<std::pair<qint64, qint64>> batchRows; // (band, article)
    batchRows.reserve(batch.size() * 32);
    for (const IndexedArticle &article : batch) {
        for (qint64 band : article.signature.bands())
            batchRows.append({band, article.id});
    }
    std::sort(batchRows.begin(), batchRows.end());
    QList<std::pair<qint64, qint64>> pairs;
    QSqlDatabase db = m_database->connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS story_bands (band INTEGER PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM story_bands")))
        return pairs;
    Transaction transaction(db);
    SqliteStatement add(db, "INSERT OR IGNORE INTO story_bands (band) VALUES (?)");
    for (const auto &row : batchRows) {
        add.bind(1, row.first);
        add.exec();
    }
    // Crowded buckets (each counted only up to the limit) say nothing about one story: left out.
    SqliteStatement crowded(db, "DELETE FROM story_bands WHERE (SELECT count(*) FROM "
                                "(SELECT 1 FROM article_bands c WHERE c.band = story_bands.band LIMIT ?)) > ?");
    crowded.bind(1, kMaxClusterBucket + 1);
    crowded.bind(2, kMaxClusterBucket);
    crowded.exec();
    QList<std::pair<qint64, qint64>> members; // (band, article) of every bucket left
    SqliteStatement select(db, "SELECT s.band, b.article_id FROM story_bands s JOIN article_bands b ON b.band = s.band");
    while (select.next())
        members.append({select.int64(0), select.int64(1)});
    q.exec(QStringLiteral("DELETE FROM story_bands"));
    transaction.commit();

    // Each batch article against every other member of its buckets. Bounded: buckets hold at most
    // kMaxClusterBucket articles, and a pathological batch stops at kMaxPairs.
    constexpr qsizetype kMaxPairs = 4000000;
    std::sort(members.begin(), members.end());
    for (qsizetype from = 0; from < members.size() && pairs.size() < kMaxPairs;) {
        const qint64 band = members.at(from).first;
        qsizetype to = from;
        while (to < members.size() && members.at(to).first == band)
            ++to;
        const auto inBatch = std::equal_range(batchRows.cbegin(), batchRows.cend(), std::pair(band, qint64(0)),
                                              [](const auto &x, const auto &y) { return x.first < y.first; });
        for (auto a = inBatch.first; a != inBatch.second; ++a) {
            for (qsizetype b = from; b < to; ++b) {
                if (members.at(b).second != a->second)
                    pairs.append({a->second, members.at(b).second});
            }
        }
        from = to;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

Status Store::writeClusters(const QHash<qint64, qint64> &articleClusters, const QHash<qint64, qint64> &mergedClusters)
{
    const QSqlDatabase db = m_database->connection();
    Transaction transaction(db);
    QSqlQuery merge(db), set(db);
    merge.prepare(QStringLiteral("UPDATE article_signatures SET cluster_id = ? WHERE cluster_id = ?"));
    set.prepare(QStringLiteral("UPDATE article_signatures SET cluster_id = ? WHERE article_id = ?"));
    for (auto it = mergedClusters.cbegin(); it != mergedClusters.cend(); ++it) {
        merge.bindValue(0, it.value());
        merge.bindValue(1, it.key());
        if (!merge.exec())
            return Status::failure(merge.lastError().text());
    }
    for (auto it = articleClusters.cbegin(); it != articleClusters.cend(); ++it) {
        set.bindValue(0, it.value());
        set.bindValue(1, it.key());
        if (!set.exec())
            return Status::failure(set.lastError().text());
    }
    return transaction.commit();
}

QHash<qint64, StoryCluster> Store::storyClusters(const QList<qint64> &articleIds) const
{
    QHash<qint64, StoryCluster> clusters;
    selectIn(m_database->connection(),
             QStringLiteral("SELECT s.article_id, s.cluster_id, "
                            "(SELECT count(*) FROM article_signatures c WHERE c.cluster_id = s.cluster_id) "
                            "FROM article_signatures s WHERE s.article_id IN (%1)"),
             articleIds, [&](const QSqlQuery &q) {
                 clusters.insert(q.value(0).toLongLong(), {q.value(1).toLongLong(), q.value(2).toInt()});
             });
    return clusters;
}

QList<qint64> Store::clusterMembers(qint64 articleId) const
{
    QList<qint64> members;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral(
        "SELECT c.article_id FROM article_signatures s JOIN article_signatures c ON c.cluster_id = s.cluster_id "
        "JOIN articles a ON a.id = c.article_id WHERE s.article_id = ? AND c.article_id <> s.article_id "
        "ORDER BY a.sort_time DESC LIMIT 200"));
    q.addBindValue(articleId);
    if (q.exec()) {
        while (q.next())
            members.append(q.value(0).toLongLong());
    }
    return members;
}

std::optional<QStringList> Store::cachedKeyPoints(qint64 articleId, const QByteArray &contentHash) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT points FROM article_key_points WHERE article_id = ? AND content_hash IS ?"));
    q.addBindValue(articleId);
    q.addBindValue(contentHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QStringList points;
    for (const QJsonValue &value : document.array())
        points.append(value.toString());
    return points;
}

bool Store::cacheKeyPoints(qint64 articleId, const QByteArray &contentHash, const QStringList &points)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO article_key_points (article_id, content_hash, points) VALUES (?, ?, ?) "
                             "ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, "
                             "points = excluded.points"));
    q.addBindValue(articleId);
    q.addBindValue(contentHash);
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(points)).toJson(QJsonDocument::Compact)));
    return q.exec();
}
