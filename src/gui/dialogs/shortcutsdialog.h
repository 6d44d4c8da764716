// Help → Keyboard Shortcuts: lists every action with its shortcut and lets the reader rebind it
// (a QKeySequenceEdit per row). The result is a set of overrides by action name, which the caller
// stores in the settings and applies with MainWindowActions::applyShortcuts.
#pragma once

#include <QDialog>
#include <QHash>
#include <QList>

class QAction;
class QKeySequenceEdit;
class QTableWidget;

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /** Portable key sequences by action name, for the actions whose shortcut differs from its default. */
    QHash<QString, QString> overrides() const;
    /** The editor of one action's shortcut (tests type into it). */
    QKeySequenceEdit *editorFor(const QString &actionName) const;

private:
    void restoreDefaults();
    QList<QAction *> m_actions;
    QTableWidget *m_table;
    QList<QKeySequenceEdit *> m_editors;
};
