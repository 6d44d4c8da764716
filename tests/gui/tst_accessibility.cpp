// Accessibility of the main window: Tab walks the areas in reading order (in both directions of the
// UI), no button is icon-only without an accessible name, every list and field has a name a screen
// reader can announce, and a high-contrast system palette reaches the lists and the article pane.
#include "mainwindowtestbase.h"
#include "readertesting.h"

#include "dialogs/settingsdialog.h"
#include "languagesetup.h"
#include "profile/firstrun.h"
#include "reader/articleview.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace {

/** The name a screen reader announces: what Qt's accessibility layer reports (own name, text or buddy label). */
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible ? accessible->text(QAccessible::Name).remove(u'&').trimmed() : QString();
}

/** Buttons, lists and fields that a screen reader could not name. */
QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root))
            continue;
        // The line edit inside a combo or spin box is announced as that box.
        if (qobject_cast<QLineEdit *>(widget)
            && (qobject_cast<QComboBox *>(widget->parentWidget()) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget)
                             || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget);
        if (control && spokenName(widget).isEmpty())
            problems.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
    }
    return problems;
}
} // namespace

class TestAccessibility final : public MainWindowTestBase
{
    Q_OBJECT

    QApplication &app() { return *static_cast<QApplication *>(QCoreApplication::instance()); }

    /** The widget that has focus after pressing Tab in `from` (focus moves within the window). */
    QWidget *afterTab(QWidget *from)
    {
        from->setFocus(Qt::TabFocusReason);
        if (!QTest::qWaitFor([&] { return from->hasFocus(); }, 2000))
            return nullptr;
        QTest::keyClick(from, Qt::Key_Tab);
        return QApplication::focusWidget();
    }

    void checkTabOrder()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY(m_window->articlePane()->focusProxy()); // WebEngine's input widget exists after the first page
        QWidget *next = afterTab(m_window->feedView());
        QVERIFY2(next == m_window->articleListView(), next ? next->metaObject()->className() : "nothing");
        next = afterTab(m_window->articleListView());
        QVERIFY(next);
        QVERIFY2(next == m_window->articlePane() || m_window->articlePane()->isAncestorOf(next),
                 qPrintable(QString::fromLatin1(next->metaObject()->className()) + u' ' + next->objectName() + u' '
                            + QString::fromLatin1(m_window->articlePane()->focusProxy()->metaObject()->className()) + u' '
                            + QString::number(m_window->articlePane()->focusProxy()->focusPolicy())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(openProfile());
        QVERIFY(FirstRun::populate(*m_store, QStringLiteral("en"), false));
        m_settings->setFirstRunDone(true);
    }

    void tabFollowsReadingOrderInEnglish()
    {
        LanguageSetup::apply(app(), QStringLiteral("en"));
        QVERIFY(openWindow());
        checkTabOrder();
        closeWindow();
    }

    void tabFollowsReadingOrderInArabic()
    {
        LanguageSetup::apply(app(), QStringLiteral("ar"));
        QVERIFY(openWindow());
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        checkTabOrder();
        closeWindow();
        LanguageSetup::apply(app(), QStringLiteral("en"));
    }

    void everyControlHasAName()
    {
        QVERIFY(openWindow());
        const QStringList problems = unnamedControls(m_window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; ")));
        m_window->showSettings();
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        const QStringList dialogProblems = unnamedControls(dialog);
        QVERIFY2(dialogProblems.isEmpty(), qPrintable(dialogProblems.join(u"; ")));
        dialog->close();
        closeWindow();
    }

    void highContrastPaletteReachesListsAndArticle()
    {
        const QPalette original = QApplication::palette();
        QPalette contrast;
        contrast.setColor(QPalette::Window, Qt::black);
        contrast.setColor(QPalette::Base, Qt::black);
        contrast.setColor(QPalette::WindowText, Qt::white);
        contrast.setColor(QPalette::Text, Qt::white);
        contrast.setColor(QPalette::Highlight, Qt::yellow);
        contrast.setColor(QPalette::HighlightedText, Qt::black);
        QApplication::setPalette(contrast);
        QVERIFY(openWindow());
        QCOMPARE(m_window->articleListView()->palette().color(QPalette::Text), QColor(Qt::white));
        QCOMPARE(m_window->feedView()->palette().color(QPalette::Highlight), QColor(Qt::yellow));
        const qint64 welcome = m_store->articles({}).first().id;
        QVERIFY(showAndWait(welcome));
        // The reader follows the system (the default theme) and turns dark on a dark palette.
        QCOMPARE(ReaderTesting::evaluate(m_window->articlePane()->page(), QStringLiteral("document.documentElement.className")).toString(),
                 QStringLiteral("theme-dark"));
        closeWindow();
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
