// The same story from several sources as one row of the article list (issue 8): the StoryClusterProxy
// between the list model and the view, the "+N sources" badge that unfolds a story when clicked, the
// Article action that folds or unfolds the current story, and View → Group Same Story (the setting).
// MainWindow asks it to translate between the rows of the view and those of the list model.
#pragma once

#include <QObject>

class ArticleListModel;
class DirectionalTextDelegate;
class QAction;
class QModelIndex;
class QTreeView;
class Settings;
class Store;
class StoryClusterProxy;

class StoryFolding final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryFolding)

public:
    /** Sets the view's model to the folding proxy over `model`. `toggleStory` folds or unfolds the
     *  current row's story; `grouping` turns folding on and off (both owned by the caller). */
    StoryFolding(Store &store, Settings &settings, ArticleListModel &model, QTreeView &view,
                 const DirectionalTextDelegate &delegate, QAction *toggleStory, QAction *grouping, QObject *parent);

    /** The list model's row for a row of the view (-1 for none). */
    int modelRow(const QModelIndex &viewIndex) const;
    /** The view's index for the list model's `row` (in `column`), unfolding its story if it was folded away. */
    QModelIndex viewIndex(int row, int column);
    /** Follows the settings (after the settings dialog changed them). */
    void applySettings();
    /** Updates the Article action for the view's current row. */
    void updateActions();

private:
    void toggleCurrentStory();
    void handleClick(const QModelIndex &index);

    Settings &m_settings;
    ArticleListModel &m_model;
    QTreeView &m_view;
    const DirectionalTextDelegate &m_delegate;
    StoryClusterProxy *m_proxy;
    QAction *m_toggleStory;
    QAction *m_grouping;
};
