#include "panels/sidebarloader.h"

#include "store/store.h"
#include "story/storyindex.h"
#include "store/threadstore.h"

namespace {
constexpr int kStoriesShown = 6;
} // namespace

SidebarLoader::SidebarLoader(QObject *parent) : QObject(parent)
{
    // One thread that stays: it keeps its store connection open between articles.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

SidebarLoader::~SidebarLoader()
{
    cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

SidebarFacts SidebarLoader::compute(const QString &databasePath, const Article &article)
{
    SidebarFacts facts;
    facts.articleId = article.id;
    Store *store = ThreadStore::forPath(databasePath);
    if (!store)
        return facts;
    StoryIndex index(*store);
    // An article the refresh has not indexed yet (a profile from an older version): index its feed now.
    if (!store->articlesToIndex(article.feedId, 1).isEmpty())
        index.indexPending(article.feedId, 5000);
    facts.keyPoints = index.keyPoints(article);
    QHash<qint64, QString> sources;
    for (const RelatedArticle &r : index.related(article.id, 4 * kStoriesShown)) {
        QList<SidebarStory> &list = r.sameStory ? facts.sameStory : facts.related;
        if (list.size() >= kStoriesShown)
            continue;
        if (!sources.contains(r.feedId)) {
            const std::optional<Feed> feed = store->feed(r.feedId);
            sources.insert(r.feedId, feed ? (feed->title.isEmpty() ? feed->url : feed->title) : QString());
        }
        list.append({r.id, r.title, sources.value(r.feedId)});
    }
    return facts;
}

void SidebarLoader::load(const Article &article)
{
    const quint64 generation = m_generation.fetchAndAddRelaxed(1) + 1;
    m_pool.clear(); // an older request that has not started yet is not worth starting
    const QString path = m_databasePath;
    // `this` outlives the task: the destructor waits for the pool. A result posted just before the
    // destruction is dropped with the object's queued events.
    m_pool.start([this, generation, path, article] {
        if (m_generation.loadRelaxed() != generation)
            return;
        const SidebarFacts facts = compute(path, article);
        QMetaObject::invokeMethod(this, [this, generation, facts] {
            if (m_generation.loadRelaxed() == generation)
                Q_EMIT loaded(facts);
        }, Qt::QueuedConnection);
    });
}
