#include "dialogs/shortcutsdialog.h"

#include "mainwindowactions.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
/** The first shortcut is the one shown and edited; further defaults (Enter for Open, F5 for Refresh) stay. */
QKeySequence primary(const QList<QKeySequence> &shortcuts)
{
    return shortcuts.isEmpty() ? QKeySequence() : shortcuts.first();
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent), m_actions(actions), m_table(new QTableWidget(int(actions.size()), 2, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < actions.size(); ++row) {
        QAction *action = actions.at(row);
        auto *name = new QTableWidgetItem(action->icon(), MainWindowActions::plainText(action));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, name);
        auto *editor = new QKeySequenceEdit(primary(action->shortcuts()), m_table);
        editor->setObjectName(action->objectName());
        editor->setAccessibleName(MainWindowActions::plainText(action));
        m_table->setCellWidget(row, 1, editor);
        m_editors.append(editor);
    }
    m_table->resizeColumnToContents(1);

    auto *hint = new QLabel(tr("Click a shortcut and press the new keys. Single keys work while the article list or the article has the focus."), this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &ShortcutsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ShortcutsDialog::restoreDefaults()
{
    for (int row = 0; row < m_actions.size(); ++row)
        m_editors.at(row)->setKeySequence(primary(MainWindowActions::defaultShortcuts(m_actions.at(row))));
}

QHash<QString, QString> ShortcutsDialog::overrides() const
{
    QHash<QString, QString> result;
    for (int row = 0; row < m_actions.size(); ++row) {
        const QList<QKeySequence> defaults = MainWindowActions::defaultShortcuts(m_actions.at(row));
        const QKeySequence chosen = m_editors.at(row)->keySequence();
        if (chosen == primary(defaults))
            continue;
        // The chosen key replaces the first default; the other defaults are kept unless they clash.
        QList<QKeySequence> shortcuts;
        if (!chosen.isEmpty())
            shortcuts.append(chosen);
        for (qsizetype i = 1; i < defaults.size(); ++i)
            shortcuts.append(defaults.at(i));
        result.insert(m_actions.at(row)->objectName(), QKeySequence::listToString(shortcuts, QKeySequence::PortableText));
    }
    return result;
}

QKeySequenceEdit *ShortcutsDialog::editorFor(const QString &actionName) const
{
    for (QKeySequenceEdit *editor : m_editors) {
        if (editor->objectName() == actionName)
            return editor;
    }
    return nullptr;
}
