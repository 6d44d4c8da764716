#include "story/storyindex.h"

#include "store/store.h"
#include "text/sentencesplitter.h"
#include "text/similarity.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>
#include <ctime>

namespace {
Q_LOGGING_CATEGORY(lcTiming, "khulasa.storyindex.timing", QtWarningMsg)

/** Wall and CPU time of each indexing phase, for the benchmark (khulasa.storyindex.timing.debug=true):
 *  on a shared machine the wall clock also counts other people's work. */
class PhaseClock
{
public:
    PhaseClock() { restart(); }
    /** "W ms (CPU C ms)" since the last lap. */
    QByteArray lap()
    {
        const qint64 cpu = cpuMs();
        const QByteArray text = QByteArray::number(m_wall.restart()) + " ms (CPU " + QByteArray::number(cpu - m_cpu)
                              + " ms)";
        m_cpu = cpu;
        return text;
    }

private:
    void restart()
    {
        m_wall.start();
        m_cpu = cpuMs();
    }
    static qint64 cpuMs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

// How many band neighbours a related-articles lookup scores: the LSH buckets rank candidates by the
// number of bands they share, and a sidebar shows far fewer than this.
constexpr int kCandidates = 400;

/** Union-find over article ids. */
class Components
{
public:
    qint64 find(qint64 id)
    {
        qint64 root = id;
        while (m_parent.contains(root) && m_parent.value(root) != root)
            root = m_parent.value(root);
        while (id != root) { // path compression
            const qint64 next = m_parent.value(id, id);
            m_parent.insert(id, root);
            id = next;
        }
        return root;
    }
    void unite(qint64 a, qint64 b)
    {
        const qint64 ra = find(a), rb = find(b);
        if (ra != rb)
            m_parent.insert(qMax(ra, rb), qMin(ra, rb));
    }

private:
    QHash<qint64, qint64> m_parent;
};
} // namespace

Result<IndexOutcome> StoryIndex::indexPending(qint64 feedId, int limit)
{
    using R = Result<IndexOutcome>;
    PhaseClock clock;
    const QList<ArticleToIndex> pending = m_store.articlesToIndex(feedId, limit, Similarity::analysedCharacters());
    IndexOutcome outcome;
    if (pending.isEmpty())
        return outcome;
    qCDebug(lcTiming, "read %lld articles: %s", qlonglong(pending.size()), clock.lap().constData());

    // Terms first: the batch's own new articles count into the document frequencies it is weighed with,
    // so even the very first refresh gets a meaningful IDF.
    TermDictionary dictionary;
    QList<ArticleTerms> terms;
    terms.reserve(pending.size());
    QHash<quint64, int> newTermCounts;
    int newDocuments = 0;
    for (const ArticleToIndex &article : pending) {
        terms.append(Similarity::analyse(article.title, article.text, dictionary));
        if (!article.indexedBefore) {
            ++newDocuments;
            for (quint64 term : terms.last().distinct())
                ++newTermCounts[term];
        }
    }
    qCDebug(lcTiming, "analysed %lld articles: %s", qlonglong(pending.size()), clock.lap().constData());
    const DocumentFrequencies corpus = m_store.documentFrequencies(dictionary.spellings());
    qCDebug(lcTiming, "document frequencies of %lld terms read: %s", qlonglong(corpus.counts.size()),
            clock.lap().constData());
    const InverseFrequencies idf(corpus, newDocuments, newTermCounts);
    CorpusIncrement increment;
    increment.documents = newDocuments;
    increment.termDocuments.reserve(newTermCounts.size());
    for (auto it = newTermCounts.cbegin(); it != newTermCounts.cend(); ++it)
        increment.termDocuments.insert(dictionary.spelling(it.key()), it.value());

    QList<IndexedArticle> batch;
    batch.reserve(pending.size());
    QHash<qint64, ArticleSignature> batchSignatures;
    batchSignatures.reserve(pending.size());
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const ArticleToIndex &article = pending.at(i);
        IndexedArticle indexed;
        indexed.id = article.id;
        indexed.contentHash = article.contentHash;
        indexed.signature = Similarity::signature(terms.at(i), idf);
        indexed.previousBands = article.previousBands;
        batchSignatures.insert(article.id, indexed.signature);
        batch.append(std::move(indexed));
    }
    qCDebug(lcTiming, "document frequencies and signatures: %s", clock.lap().constData());
    if (const Status written = m_store.writeSignatures(batch, increment); !written)
        return R::failure(written.error());
    outcome.indexed = int(batch.size());

    // Cluster: compare each new signature with those sharing a band, join the same stories.
    qCDebug(lcTiming, "signatures written: %s", clock.lap().constData());
    const QList<std::pair<qint64, qint64>> pairs = m_store.bandPairs(batch);
    QSet<qint64> others;
    for (const auto &[a, b] : pairs) {
        if (!batchSignatures.contains(b))
            others.insert(b);
    }
    QHash<qint64, StoredSignature> stored;
    for (StoredSignature &row : m_store.clusterSignatures(QList<qint64>(others.cbegin(), others.cend())))
        stored.insert(row.articleId, std::move(row));
    qCDebug(lcTiming, "%lld candidate pairs, %lld stored signatures read: %s", qlonglong(pairs.size()),
            qlonglong(stored.size()), clock.lap().constData());
    Components components;
    QSet<qint64> joined;
    for (const auto &[a, b] : pairs) {
        if (batchSignatures.contains(b) && b < a)
            continue; // each pair inside the batch once
        const ArticleSignature *other = batchSignatures.contains(b) ? &batchSignatures[b]
                                      : stored.contains(b)          ? &stored[b].signature
                                                                    : nullptr;
        if (other && Similarity::relate(batchSignatures.value(a), *other).sameStory) {
            components.unite(a, b);
            joined.insert(a);
            joined.insert(b);
        }
    }
    // A story's cluster id is the smallest cluster id or article id among its members, so an existing
    // cluster keeps its id when new reports join it, and two clusters bridged by a new report merge.
    QHash<qint64, qint64> target; // component root → cluster id
    for (qint64 id : joined) {
        const qint64 root = components.find(id);
        const qint64 candidate = stored.contains(id) ? stored.value(id).clusterId : id;
        target.insert(root, qMin(target.value(root, candidate), candidate));
    }
    QHash<qint64, qint64> articleClusters, merged;
    for (qint64 id : joined) {
        const qint64 cluster = target.value(components.find(id));
        if (batchSignatures.contains(id)) {
            articleClusters.insert(id, cluster);
            ++outcome.clustered;
        } else if (stored.value(id).clusterId != cluster) {
            merged.insert(stored.value(id).clusterId, cluster);
        }
    }
    if (const Status written = m_store.writeClusters(articleClusters, merged); !written)
        return R::failure(written.error());
    qCDebug(lcTiming, "clustered and written: %s", clock.lap().constData());
    return outcome;
}

QList<RelatedArticle> StoryIndex::related(qint64 articleId, int limit) const
{
    const QList<StoredSignature> own = m_store.signatures({articleId});
    if (own.isEmpty())
        return {};
    const StoredSignature &self = own.first();
    QList<qint64> candidates = m_store.bandNeighbours(self.signature.bands(), articleId, kCandidates);
    const QList<qint64> cluster = m_store.clusterMembers(articleId);
    for (qint64 id : cluster) {
        if (!candidates.contains(id))
            candidates.append(id);
    }
    QList<RelatedArticle> result;
    for (const StoredSignature &row : m_store.signatures(candidates)) {
        const Relation relation = Similarity::relate(self.signature, row.signature);
        // A member of the same cluster tells the same story, if only through a third report.
        const bool sameStory = relation.sameStory || (row.clusterId == self.clusterId);
        if (!sameStory && relation.cosine < Similarity::kRelatedCosine)
            continue;
        result.append({row.articleId, row.title, row.feedId, row.published, relation.score(), sameStory});
    }
    std::sort(result.begin(), result.end(), [](const RelatedArticle &a, const RelatedArticle &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.id > b.id;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

QList<KeyPoint> StoryIndex::summarize(const QString &title, const QString &plainText, int count) const
{
    const QList<Sentence> sentences = SentenceSplitter::split(plainText);
    const DocumentFrequencies corpus = m_store.documentFrequencies(Summarizer::contentTerms(plainText));
    return Summarizer::summarize(sentences, title, count, corpus);
}

QStringList StoryIndex::keyPoints(const Article &article)
{
    if (const auto cached = m_store.cachedKeyPoints(article.id, article.contentHash))
        return *cached;
    QStringList points;
    for (const KeyPoint &point : summarize(article.title, article.text, 0))
        points.append(point.text);
    m_store.cacheKeyPoints(article.id, article.contentHash, points);
    return points;
}
