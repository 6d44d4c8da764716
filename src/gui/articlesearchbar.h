// The search field above the article list: typing filters the list (after a short pause, so each
// keystroke does not query), Escape clears it, and a query with nothing to search for says so.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

class ArticleSearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleSearchBar)

public:
    explicit ArticleSearchBar(QWidget *parent = nullptr);

    /** The text the list is filtered by ("" for none). */
    QString searchText() const;
    QLineEdit *field() const { return m_field; }
    /** Puts the cursor in the field with its text selected (Ctrl+F, "/"). */
    void focusField();
    /** Shows why the current text finds nothing to search for ("" hides the note). */
    void setProblem(const QString &message);

Q_SIGNALS:
    /** The text settled (or was cleared): the list should follow it. */
    void searchChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_problem;
    QTimer *m_settle;
};
