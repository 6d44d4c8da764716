// The same story from several sources as one row of the main window's article list: the "+N sources"
// badge, unfolding by its Article action and by a click on the badge, View → Group Same Story (the
// setting), selecting a report folded away, and actions on a row that sits elsewhere in the model.
// The stories are hand-written wire copies (tests/data/summary/stories), clustered by the real story index.
#include "mainwindowtestbase.h"
#include "models/articlelistmodel.h"
#include "models/directionaltextdelegate.h"
#include "models/roles.h"
#include "storyfixtures.h"
#include "story/storyindex.h"

#include <QAction>
#include <QTreeView>

class TstStoryFolding final : public MainWindowTestBase
{
    Q_OBJECT

    QHash<QString, qint64> m_ids;

    QAbstractItemModel *rows() const { return m_window->articleListView()->model(); }

    /** The ids the view shows, in order. */
    QList<qint64> shownIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < rows()->rowCount(); ++row)
            ids.append(rows()->index(row, 0).data(Roles::IdRole).toLongLong());
        return ids;
    }

    QModelIndex shownRowOf(qint64 id) const
    {
        const QList<qint64> ids = shownIds();
        return ids.contains(id) ? rows()->index(int(ids.indexOf(id)), 0) : QModelIndex();
    }

    /** The row that stands for the story `names` (the one among them the view shows). */
    QModelIndex leaderOf(const QStringList &names) const
    {
        for (const QString &name : names) {
            if (const QModelIndex index = shownRowOf(m_ids.value(name)); index.isValid())
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openProfile());
        m_ids = StoryFixtures::storeFromOwnFeeds(*m_store, StoryFixtures::foldingSet());
        QCOMPARE(m_ids.size(), 6);
        QVERIFY(openWindow());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->rowCount(), 6, 10000);
    }

    void oneRowPerStoryWithItsOtherSources()
    {
        QCOMPARE(rows()->rowCount(), 3); // four reports of the rate cut (one of them about another bank), two of the highway
        QVERIFY(shownRowOf(m_ids[u"rates-other-bank"_qs]).isValid()); // same topic, another story: never folded
        const QModelIndex rates = leaderOf({u"rates-wire"_qs, u"rates-paper"_qs, u"rates-broadcaster"_qs});
        const QModelIndex highway = leaderOf({u"highway-agency"_qs, u"highway-daily"_qs});
        QVERIFY(rates.isValid() && highway.isValid());
        // The note is a badge of its own, in the UI's words and digits; the title stays as written.
        QCOMPARE(rates.data(Roles::BadgeTextRole).toString(), QCoreApplication::translate("StoryClusterProxy", "+%n source(s)", nullptr, 2));
        QVERIFY(rates.data(Roles::BadgeTextRole).toString().contains(QLocale().toString(2)));
        QCOMPARE(highway.data(Roles::BadgeTextRole).toString(), QCoreApplication::translate("StoryClusterProxy", "+%n source(s)", nullptr, 1));
        QCOMPARE(rates.data().toString(), m_store->article(rates.data(Roles::IdRole).toLongLong())->title);
        QVERIFY(shownRowOf(m_ids[u"rates-other-bank"_qs]).data(Roles::BadgeTextRole).toString().isEmpty());
    }

    void theArticleActionUnfoldsAndFoldsTheCurrentStory()
    {
        QAction *toggle = m_window->actions().toggleStory;
        m_window->articleListView()->setCurrentIndex(shownRowOf(m_ids[u"rates-other-bank"_qs]));
        QVERIFY(!toggle->isEnabled()); // a story told once has nothing to unfold
        const QModelIndex rates = leaderOf({u"rates-wire"_qs, u"rates-paper"_qs, u"rates-broadcaster"_qs});
        const qint64 leaderId = rates.data(Roles::IdRole).toLongLong();
        m_window->articleListView()->setCurrentIndex(rates);
        QVERIFY(toggle->isEnabled());
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        QCOMPARE(rows()->rowCount(), 5);
        QVERIFY(toggle->isChecked());
        for (const QString &name : {u"rates-wire"_qs, u"rates-paper"_qs, u"rates-broadcaster"_qs})
            QVERIFY2(shownRowOf(m_ids[name]).isValid(), qPrintable(name));
        QVERIFY(shownRowOf(leaderId).data(Roles::BadgeTextRole).toString().isEmpty());

        // Folding from another report of the story brings the reader back to the row that stands for it.
        const qint64 other = m_ids[u"rates-wire"_qs] == leaderId ? m_ids[u"rates-paper"_qs] : m_ids[u"rates-wire"_qs];
        m_window->articleListView()->setCurrentIndex(shownRowOf(other));
        toggle->trigger();
        QCOMPARE(rows()->rowCount(), 3);
        QCOMPARE(m_window->articleListView()->currentIndex().data(Roles::IdRole).toLongLong(), leaderId);
    }

    void aClickOnTheBadgeUnfolds()
    {
        QTreeView *view = m_window->articleListView();
        const QModelIndex highway = leaderOf({u"highway-agency"_qs, u"highway-daily"_qs});
        const auto *delegate = qobject_cast<DirectionalTextDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.rect = view->visualRect(highway);
        option.widget = view;
        const QRect badge = delegate->badgeArea(option, highway);
        QVERIFY(!badge.isEmpty());
        // A click on the title elsewhere only selects the row.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, option.rect.center());
        QCOMPARE(rows()->rowCount(), 3);
        QTest::mouseMove(view->viewport(), badge.center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, badge.center());
        QCOMPARE(rows()->rowCount(), 4);
        QVERIFY(shownRowOf(m_ids[u"highway-agency"_qs]).isValid() && shownRowOf(m_ids[u"highway-daily"_qs]).isValid());
        m_window->actions().toggleStory->trigger(); // fold it again for the next case
        QCOMPARE(rows()->rowCount(), 3);
    }

    void selectingAFoldedReportUnfoldsItsStory()
    {
        const QModelIndex rates = leaderOf({u"rates-wire"_qs, u"rates-paper"_qs, u"rates-broadcaster"_qs});
        qint64 hidden = 0;
        for (const QString &name : {u"rates-wire"_qs, u"rates-paper"_qs, u"rates-broadcaster"_qs}) {
            if (m_ids[name] != rates.data(Roles::IdRole).toLongLong())
                hidden = m_ids[name];
        }
        QVERIFY(!shownRowOf(hidden).isValid());
        QVERIFY(showAndWait(hidden));
        QCOMPARE(m_window->currentArticle()->id, hidden);
        QVERIFY(shownRowOf(hidden).isValid());
        QCOMPARE(rows()->rowCount(), 5);
        m_window->actions().toggleStory->trigger();
        QCOMPARE(rows()->rowCount(), 3);
    }

    void actionsReachTheArticleOfTheRowShown()
    {
        // The last row shown is not the model's last row while stories are folded: read/unread must
        // still change the article the reader sees selected.
        const int lastShown = rows()->rowCount() - 1;
        const QModelIndex index = rows()->index(lastShown, 0);
        const qint64 id = index.data(Roles::IdRole).toLongLong();
        QVERIFY(showAndWait(id));
        const bool wasRead = m_store->article(id)->read;
        m_window->actions().toggleRead->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->article(id)->read, !wasRead, 5000);
    }

    void groupingFollowsTheViewMenuAndTheSetting()
    {
        const qint64 current = m_window->currentArticle()->id;
        QAction *group = m_window->actions().groupStories;
        QVERIFY(group->isCheckable() && group->isChecked());
        group->trigger();
        QCOMPARE(rows()->rowCount(), 6);
        QVERIFY(!m_settings->groupSameStory());
        QCOMPARE(m_window->articleListView()->currentIndex().data(Roles::IdRole).toLongLong(), current);
        QVERIFY(!m_window->actions().toggleStory->isEnabled());
        for (int row = 0; row < rows()->rowCount(); ++row)
            QVERIFY(rows()->index(row, 0).data(Roles::BadgeTextRole).toString().isEmpty());

        // A new window starts as the setting says.
        closeWindow();
        QVERIFY(openWindow());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleModel()->rowCount(), 6, 10000);
        QCOMPARE(rows()->rowCount(), 6);
        QVERIFY(!m_window->actions().groupStories->isChecked());
        m_window->actions().groupStories->trigger();
        QCOMPARE(rows()->rowCount(), 3);
        QVERIFY(m_settings->groupSameStory());
    }

    void cleanupTestCase() { closeWindow(); }
};

QTEST_MAIN(TstStoryFolding)
#include "tst_storyfolding.moc"
