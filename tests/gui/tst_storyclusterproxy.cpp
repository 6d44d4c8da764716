// Folding one story's reports into one list row: which rows show, the "+N sources" note, expanding,
// the setting that turns it off, and a reload of the list. Clusters come from a real store's story index.
#include "models/roles.h"
#include "models/storyclusterproxy.h"
#include "store/store.h"
#include "storyfixtures.h"
#include "story/storyindex.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

namespace {
void fill(QStandardItemModel &model, const QList<std::pair<qint64, QString>> &rows)
{
    model.clear();
    for (const auto &[id, title] : rows) {
        auto *item = new QStandardItem(title);
        item->setData(id, Roles::IdRole);
        model.appendRow(item);
    }
}

/** The rows shown, as "title" or "title +N" for a row standing for N other reports. */
QStringList titles(const StoryClusterProxy &proxy)
{
    QStringList result;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const QModelIndex index = proxy.index(row, 0);
        const QString own = proxy.mapToSource(index).data().toString();
        const int folded = proxy.foldedReports(index);
        // The note is a badge beside the title (its wording is the translator's: "+2 sources"); the title is untouched.
        if (folded > 0 && !index.data(Roles::BadgeTextRole).toString().contains(QStringLiteral("+%1").arg(folded)))
            return {u"missing note on "_qs + own};
        if (index.data().toString() != own || (folded == 0 && !index.data(Roles::BadgeTextRole).toString().isEmpty()))
            return {u"wrong title or badge on "_qs + own};
        result.append(folded > 0 ? own + QStringLiteral(" +%1").arg(folded) : own);
    }
    return result;
}
} // namespace

class TstStoryClusterProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsTheSameStory()
    {
        QTemporaryDir dir;
        auto store = std::move(Store::open(dir.filePath(QStringLiteral("k.db")))).value();
        QHash<QString, qint64> ids = StoryFixtures::storeFromOwnFeeds(*store, StoryFixtures::foldingSet());
        QCOMPARE(ids.size(), 6);

        QStandardItemModel source;
        // The list's order (newest first): the first report of a story stands for it.
        fill(source, {{ids[u"rates-paper"_qs], u"paper"_qs}, {ids[u"highway-daily"_qs], u"daily"_qs},
                      {ids[u"rates-other-bank"_qs], u"other bank"_qs}, {ids[u"rates-wire"_qs], u"wire"_qs},
                      {ids[u"highway-agency"_qs], u"agency"_qs}, {ids[u"rates-broadcaster"_qs], u"broadcaster"_qs}});
        StoryClusterProxy proxy([&](const QList<qint64> &articleIds) { return store->storyClusters(articleIds); });
        proxy.setSourceModel(&source);

        QCOMPARE(titles(proxy), (QStringList{u"paper +2"_qs, u"daily +1"_qs, u"other bank"_qs}));
        QCOMPARE(proxy.foldedReports(proxy.index(0, 0)), 2);
        QCOMPARE(proxy.foldedReports(proxy.index(2, 0)), 0);

        proxy.toggleExpanded(proxy.index(0, 0));
        QCOMPARE(titles(proxy), (QStringList{u"paper"_qs, u"daily +1"_qs, u"other bank"_qs, u"wire"_qs,
                                             u"broadcaster"_qs}));
        proxy.toggleExpanded(proxy.index(0, 0));
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setGrouping(false);
        QCOMPARE(titles(proxy), (QStringList{u"paper"_qs, u"daily"_qs, u"other bank"_qs, u"wire"_qs, u"agency"_qs,
                                             u"broadcaster"_qs}));
        proxy.setGrouping(true);

        // A later page (fetchMore appends rows) brings another report of a story already listed: it folds.
        auto *late = new QStandardItem(u"agency"_qs);
        late->setData(ids[u"highway-agency"_qs], Roles::IdRole);
        fill(source, {{ids[u"highway-daily"_qs], u"daily"_qs}, {ids[u"rates-other-bank"_qs], u"other bank"_qs}});
        QCOMPARE(titles(proxy), (QStringList{u"daily"_qs, u"other bank"_qs}));
        source.appendRow(late);
        QCOMPARE(titles(proxy), (QStringList{u"daily +1"_qs, u"other bank"_qs}));

        // A reload with one report of each story left: nothing to fold.
        fill(source, {{ids[u"rates-wire"_qs], u"wire"_qs}, {ids[u"highway-agency"_qs], u"agency"_qs}});
        QCOMPARE(titles(proxy), (QStringList{u"wire"_qs, u"agency"_qs}));
    }
};

QTEST_MAIN(TstStoryClusterProxy)
#include "tst_storyclusterproxy.moc"
