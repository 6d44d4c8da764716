#include "articlesearchbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace {
// Long enough to skip the intermediate words of a quick typist, short enough to feel immediate.
constexpr int kSettleMs = 250;
}

ArticleSearchBar::ArticleSearchBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_problem(new QLabel(this)), m_settle(new QTimer(this))
{
    m_field->setObjectName(QStringLiteral("articleSearch"));
    m_field->setPlaceholderText(tr("Search articles (words, \"phrases\", prefix*)"));
    m_field->setAccessibleName(tr("Search articles"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_problem->setObjectName(QStringLiteral("articleSearchProblem"));
    m_problem->setVisible(false);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_problem);
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_field, &QLineEdit::textChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_settle, &QTimer::timeout, this, [this] { Q_EMIT searchChanged(searchText()); });
    // Clearing (the clear button, Escape) is immediate: nothing to wait for.
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_settle->stop();
            Q_EMIT searchChanged(QString());
        }
    });
}

QString ArticleSearchBar::searchText() const { return m_field->text().trimmed(); }

void ArticleSearchBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void ArticleSearchBar::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool ArticleSearchBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
        m_field->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
