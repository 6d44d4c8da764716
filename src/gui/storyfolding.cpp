#include "storyfolding.h"

#include "models/articlelistmodel.h"
#include "models/directionaltextdelegate.h"
#include "models/roles.h"
#include "models/storyclusterproxy.h"
#include "profile/settings.h"
#include "store/store.h"

#include <QAction>
#include <QCursor>
#include <QTreeView>

StoryFolding::StoryFolding(Store &store, Settings &settings, ArticleListModel &model, QTreeView &view,
                           const DirectionalTextDelegate &delegate, QAction *toggleStory, QAction *grouping, QObject *parent)
    : QObject(parent), m_settings(settings), m_model(model), m_view(view), m_delegate(delegate),
      m_proxy(new StoryClusterProxy([&store](const QList<qint64> &ids) { return store.storyClusters(ids); },
                                    ArticleListModel::TitleColumn, this)),
      m_toggleStory(toggleStory), m_grouping(grouping)
{
    m_proxy->setGrouping(m_settings.groupSameStory());
    m_proxy->setSourceModel(&m_model);
    m_view.setModel(m_proxy);
    m_grouping->setCheckable(true);
    m_grouping->setChecked(m_settings.groupSameStory());
    m_toggleStory->setCheckable(true);
    connect(m_toggleStory, &QAction::triggered, this, &StoryFolding::toggleCurrentStory);
    connect(m_grouping, &QAction::toggled, this, [this](bool on) {
        m_settings.setGroupSameStory(on);
        applySettings();
    });
    connect(&m_view, &QAbstractItemView::clicked, this, &StoryFolding::handleClick);
    connect(m_view.selectionModel(), &QItemSelectionModel::currentChanged, this, &StoryFolding::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &StoryFolding::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &StoryFolding::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &StoryFolding::updateActions);
    updateActions();
}

int StoryFolding::modelRow(const QModelIndex &viewIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    return source.isValid() ? source.row() : -1;
}

QModelIndex StoryFolding::viewIndex(int row, int column)
{
    const QModelIndex source = m_model.index(row, column);
    if (!source.isValid())
        return {};
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) { // folded away behind its story's first report: show the story's reports
        m_proxy->reveal(source.data(Roles::IdRole).toLongLong());
        index = m_proxy->mapFromSource(source);
    }
    return index;
}

void StoryFolding::applySettings()
{
    const bool on = m_settings.groupSameStory();
    m_grouping->setChecked(on);
    // Keep the reader on the article they were reading while rows fold or unfold around it.
    const int current = modelRow(m_view.currentIndex());
    m_proxy->setGrouping(on);
    if (current >= 0)
        m_view.setCurrentIndex(viewIndex(current, ArticleListModel::TitleColumn));
    updateActions();
}

void StoryFolding::updateActions()
{
    const QModelIndex current = m_view.currentIndex();
    const bool foldable = current.isValid() && m_proxy->hasOtherReports(current);
    m_toggleStory->setEnabled(foldable);
    m_toggleStory->setChecked(foldable && m_proxy->isExpanded(current));
}

void StoryFolding::toggleCurrentStory()
{
    const QModelIndex current = m_view.currentIndex();
    if (!current.isValid() || !m_proxy->hasOtherReports(current)) {
        updateActions();
        return;
    }
    // Folding hides every report but the first: move to it first, so the reader stays on the story.
    if (m_proxy->isExpanded(current))
        m_view.setCurrentIndex(m_proxy->leaderOf(current));
    m_proxy->toggleExpanded(m_view.currentIndex());
    m_view.scrollTo(m_view.currentIndex());
    updateActions();
}

void StoryFolding::handleClick(const QModelIndex &index)
{
    if (index.column() != ArticleListModel::TitleColumn || m_proxy->foldedReports(index) == 0)
        return;
    QStyleOptionViewItem option;
    option.initFrom(&m_view);
    option.rect = m_view.visualRect(index);
    option.widget = &m_view;
    if (m_delegate.badgeArea(option, index).contains(m_view.viewport()->mapFromGlobal(QCursor::pos())))
        m_proxy->toggleExpanded(index);
    updateActions();
}
