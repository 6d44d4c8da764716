// The story index on a real SQLite profile: the same wire story told by several sources in different
// words clusters, other stories on the same topic do not; related articles; recomputation when an article
// changes; the corpus document frequencies; cached key points; long articles signed by their top.
// Stories: tests/data/summary/stories
// (first line the story label, "-" for a story told once; then the headline; then the body).
#include "story/storyindex.h"
#include "store/store.h"
#include "text/similarity.h"
#include "storyfixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct StoryFile
{
    QString name;
    QString label;
    Article article;
};

QByteArray hashOf(const Article &a)
{
    return QCryptographicHash::hash((a.title + u'\x1f' + a.text).toUtf8(), QCryptographicHash::Sha1);
}

QList<StoryFile> storyFiles()
{
    const QDir dir(QStringLiteral(KHULASA_TEST_DATA "/summary/stories"));
    QList<StoryFile> files;
    for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QString name = file.section(u'.', 0, 0);
        StoryFile story{name, StoryFixtures::label(name), StoryFixtures::article(name)};
        story.article.published = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
        files.append(story);
    }
    return files;
}
} // namespace

class TstStoryIndex final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QHash<QString, qint64> m_ids;   // file name → article id
    QHash<QString, QString> m_labels;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Store::open(m_dir.filePath(QStringLiteral("khulasa.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        m_store = std::move(opened).value();
        const QList<StoryFile> files = storyFiles();
        QVERIFY(files.size() >= 10);
        for (const StoryFile &story : files) {
            // Each report comes from a source of its own.
            auto feedId = m_store->addFeed(u"https://" + story.name + u".example.org/feed.xml", story.name);
            QVERIFY(feedId);
            QVERIFY(m_store->storeArticles(*feedId, {story.article}));
            const QList<Article> stored = m_store->articles(ArticleQuery{.feedId = *feedId});
            QCOMPARE(stored.size(), 1);
            m_ids.insert(story.name, stored.first().id);
            m_labels.insert(story.name, story.label);
        }
        StoryIndex index(*m_store);
        const auto outcome = index.indexPending();
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QCOMPARE(outcome->indexed, int(files.size()));
        QVERIFY(m_store->articlesToIndex(0, 100).isEmpty()); // all current now
    }

    void sameStoryClustersOthersDoNot()
    {
        const QList<qint64> ids = m_ids.values();
        const QHash<qint64, StoryCluster> clusters = m_store->storyClusters(ids);
        for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
            const QString label = m_labels.value(it.key());
            const qsizetype expected = label == u"-" ? 1 : std::count(m_labels.cbegin(), m_labels.cend(), label);
            const StoryCluster cluster = clusters.value(it.value());
            QVERIFY2(cluster.size == expected,
                     qPrintable(QStringLiteral("%1: cluster of %2, expected %3").arg(it.key()).arg(cluster.size).arg(expected)));
            // Reports of one story share the cluster id; different stories never do.
            for (auto other = m_ids.cbegin(); other != m_ids.cend(); ++other) {
                const bool sameLabel = label != u"-" && m_labels.value(other.key()) == label;
                QCOMPARE(clusters.value(other.value()).clusterId == cluster.clusterId, sameLabel || other.key() == it.key());
            }
            QList<qint64> members = m_store->clusterMembers(it.value());
            for (qint64 member : members)
                QCOMPARE(m_labels.value(m_ids.key(member)), label);
        }
    }

    void relatedListsTheSameStoryFirst()
    {
        StoryIndex index(*m_store);
        const QList<RelatedArticle> related = index.related(m_ids.value(u"rates-paper"_qs));
        QVERIFY(related.size() >= 3);
        QSet<QString> sameStory;
        for (const RelatedArticle &r : related) {
            const QString name = m_ids.key(r.id);
            QVERIFY(r.score > 0 && r.score <= 1.0001);
            if (r.sameStory)
                sameStory.insert(name);
            QCOMPARE(r.sameStory, m_labels.value(name) == u"rates");
            QVERIFY(!name.startsWith(u"highway")); // another language, another subject
        }
        QCOMPARE(sameStory, (QSet<QString>{u"rates-wire"_qs, u"rates-republish"_qs, u"rates-broadcaster"_qs}));
        // Best first; the reports of the same story outrank the same-topic ones.
        for (qsizetype i = 1; i < related.size(); ++i)
            QVERIFY(related[i - 1].score >= related[i].score);
        QVERIFY(related.first().sameStory);
        // The near-verbatim republication is the closest to the wire copy.
        QCOMPARE(index.related(m_ids.value(u"rates-wire"_qs)).first().id, m_ids.value(u"rates-republish"_qs));
    }

    void changedArticleIsRecomputed()
    {
        const qint64 id = m_ids.value(u"highway-site"_qs);
        Article changed = *m_store->article(id);
        const DocumentFrequencies corpusBefore = m_store->documentFrequencies({u"norvala"_qs});
        // The site replaced its report with an unrelated one under the same link.
        changed.title = QStringLiteral("Norvala opens a new national library");
        changed.text = QStringLiteral("The city of Norvala opened its new national library on Friday. "
                                      "The building holds two million books and a children's theatre.");
        changed.contentHash = hashOf(changed);
        QVERIFY(m_store->storeArticles(changed.feedId, {changed}));
        QCOMPARE(m_store->articlesToIndex(0, 100).size(), 1);
        StoryIndex index(*m_store);
        QVERIFY(index.indexPending());
        QCOMPARE(m_store->storyClusters({id}).value(id).size, 1);
        const qint64 daily = m_ids.value(u"highway-daily"_qs);
        QCOMPARE(m_store->storyClusters({daily}).value(daily).size, 2);
        // Counted once per article: a changed article does not count again.
        const DocumentFrequencies corpusAfter = m_store->documentFrequencies({u"norvala"_qs});
        QCOMPARE(corpusAfter.documents, corpusBefore.documents);
        QCOMPARE(corpusAfter.counts, corpusBefore.counts);
        // Its old bands are gone: it is no longer a neighbour of the highway reports.
        for (const RelatedArticle &r : index.related(m_ids.value(u"highway-daily"_qs)))
            QVERIFY(r.id != id || !r.sameStory);
    }

    void documentFrequenciesCountArticles()
    {
        const DocumentFrequencies corpus = m_store->documentFrequencies({u"norvala"_qs, u"krona"_qs, u"unseenword"_qs});
        QCOMPARE(corpus.documents, qint64(m_ids.size()));
        // "Norvala" is stemmed "norvala"; it appears in the four Norvala rate reports.
        QCOMPARE(corpus.counts.value(u"norvala"_qs), 4);
        QCOMPARE(corpus.counts.value(u"krona"_qs), 4);
        QVERIFY(!corpus.counts.contains(u"unseenword"_qs));
    }

    void keyPointsAreCachedPerContent()
    {
        StoryIndex index(*m_store);
        Article article = *m_store->article(m_ids.value(u"rates-wire"_qs));
        QVERIFY(!m_store->cachedKeyPoints(article.id, article.contentHash));
        const QStringList points = index.keyPoints(article);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.first(), article.text.section(u'\n', 0, 0));
        QCOMPARE(m_store->cachedKeyPoints(article.id, article.contentHash).value_or(QStringList()), points);
        QVERIFY(!m_store->cachedKeyPoints(article.id, QByteArray("other content")));
    }

    void schemaReopens()
    {
        // The index survives a reopen.
        const QString path = m_store->databasePath();
        m_store.reset();
        auto reopened = Store::open(path);
        QVERIFY(reopened);
        QVERIFY(!(*reopened)->signatures({1, 2, 3}).isEmpty());
        m_store = std::move(reopened).value();
    }

    void longArticleIsIndexedFromItsTop()
    {
        // The index reads the top of a story (the store hands over only that much): two long reports
        // that differ only further down share a signature; a change within the top shows.
        QString top;
        for (int i = 0; top.size() <= Similarity::analysedCharacters(); ++i)
            top += u"Ferry crossing %1 to Vantor island resumed after repairs at the northern pier.\n"_qs.arg(i);
        const QString mangledTop = QString(top).replace(u"northern pier"_qs, u"southern quay"_qs);
        const QStringList texts = {top + u"The harbour master thanked the crews."_qs.repeated(80),
                                   top + u"Tickets went on sale at noon for the weekend."_qs.repeated(80),
                                   mangledTop + u"The harbour master thanked the crews."_qs.repeated(80)};
        QList<qint64> ids;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            Article article;
            article.guid = u"long-%1"_qs.arg(i);
            article.url = u"https://long%1.example.org/story"_qs.arg(i);
            article.title = u"Vantor ferry crossings resume"_qs;
            article.text = texts.at(i);
            article.published = QDateTime(QDate(2026, 11, 29), QTime(10, 0), Qt::UTC);
            article.contentHash = hashOf(article);
            auto feedId = m_store->addFeed(u"https://long%1.example.org/feed.xml"_qs.arg(i), u"Long %1"_qs.arg(i));
            QVERIFY(feedId);
            QVERIFY(m_store->storeArticles(*feedId, {article}));
            ids.append(m_store->articles(ArticleQuery{.feedId = *feedId}).first().id);
        }
        StoryIndex index(*m_store);
        const auto outcome = index.indexPending();
        QVERIFY2(outcome, qPrintable(outcome.error()));
        QCOMPARE(outcome->indexed, 3);
        QHash<qint64, ArticleSignature> signatures;
        for (const StoredSignature &row : m_store->signatures(ids))
            signatures.insert(row.articleId, row.signature);
        QCOMPARE(signatures.size(), 3);
        QCOMPARE(signatures[ids[0]].minHashBytes(), signatures[ids[1]].minHashBytes());
        QCOMPARE(signatures[ids[0]].terms.toBytes(), signatures[ids[1]].terms.toBytes());
        QVERIFY(signatures[ids[0]].minHashBytes() != signatures[ids[2]].minHashBytes());
    }
};

QTEST_GUILESS_MAIN(TstStoryIndex)
#include "tst_storyindex.moc"
