// The Accounts dialog and the sync runner against the test Google Reader API server on 127.0.0.1 and
// a real gnome-keyring: adding an account through the form, seeing its status, syncing it while the
// UI thread keeps turning, a wrong password shown plainly, and removing it.
#include "dialogs/accountsdialog.h"
#include "greaderserver.h"
#include "secrets/keychaincredentialstore.h"
#include "store/store.h"
#include "sync/blockingcredentials.h"
#include "sync/syncrunner.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString kUser = QStringLiteral("reader");
const QString kPassword = QStringLiteral("api-password");
}

class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private:
    template <typename T>
    static T *child(QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1StringView(name));
    }

    static void fillForm(AccountsDialog &dialog, const QString &url, const QString &password)
    {
        child<QLineEdit>(dialog, "serverEdit")->setText(url);
        child<QLineEdit>(dialog, "userEdit")->setText(kUser);
        child<QLineEdit>(dialog, "passwordEdit")->setText(password);
    }

    std::unique_ptr<QTemporaryDir> m_profile;
    std::unique_ptr<GReaderServer> m_server;
    std::unique_ptr<Store> m_store;
    KeychainCredentialStore m_keychain; // used on this thread too, as in the app (feed passwords)

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<GReaderServer>(kUser, kPassword);
        QVERIFY(m_server->listen());
        auto opened = Store::open(m_profile->filePath(QStringLiteral("khulasa.db")));
        QVERIFY(opened);
        m_store = std::move(opened).value();
        QVERIFY(BlockingCredentials::retrieve(m_keychain, QStringLiteral("warm-up")).error == CredentialError::NotFound);
    }

    void cleanup()
    {
        m_store.reset();
        m_server.reset();
        m_profile.reset();
    }

    void addSyncAndRemoveThroughTheDialog()
    {
        GReaderServer &server = *m_server;
        server.populate(20, 2000);
        Store &store = *m_store;
        SyncRunner runner(store.databasePath(), &m_keychain);
        AccountsDialog dialog(store, runner);
        dialog.show();
        auto *add = child<QPushButton>(dialog, "addButton");
        auto *status = child<QLabel>(dialog, "statusLabel");
        auto *table = child<QTableWidget>(dialog, "accountsTable");
        QVERIFY(!add->isEnabled()); // nothing filled in yet

        // A wrong password: said plainly, nothing recorded.
        fillForm(dialog, server.baseUrl(), QStringLiteral("wrong"));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"refused the login"), 20000);
        QCOMPARE(table->rowCount(), 0);

        // The right one: the account appears and its first sync starts on its own.
        fillForm(dialog, server.baseUrl(), kPassword);
        // The UI thread must keep turning while the runner works: count the gaps between timer ticks.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, sinceTick.restart());
        });
        sinceTick.start();
        ticker.start(10);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy() && table->item(0, 2)->text() == AccountsDialog::tr("Synced"), 60000);
        ticker.stop();
        QVERIFY2(longestGap < 500, qPrintable(QStringLiteral("the UI thread stalled for %1 ms").arg(longestGap)));
        QCOMPARE(table->item(0, 0)->text(), kUser);
        QCOMPARE(table->item(0, 1)->text(), server.apiUrl());
        QVERIFY(table->item(0, 4)->text().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        ArticleQuery all;
        all.limit = 100000;
        QCOMPARE(store.articles(all).size(), 2000);
        QCOMPARE(store.feeds().size(), 20);

        // A change made here travels on the next "Sync Now".
        const Article first = store.articles(all).constFirst();
        QVERIFY(store.setRead(first.id, true));
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, "syncButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server.isRead(first.guid), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 30000);

        // The server goes quiet: the failure shows on the account.
        server.http().route("/api/greader.php/reader/api/0/subscription/list", HttpResponse{500, "text/plain", "down", {}});
        QTest::mouseClick(child<QPushButton>(dialog, "syncButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(table->item(0, 2)->text() == AccountsDialog::tr("Failed"), 30000);
        QVERIFY(table->item(0, 4)->text().contains(u"500"));
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 30000);

        // Remove (answering the confirmation).
        table->selectRow(0);
        QTimer::singleShot(200, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(child<QPushButton>(dialog, "removeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 0, 20000);
        QCOMPARE(store.feeds().size(), 0);
    }

    void closingDuringASyncDoesNotWaitForTheServer()
    {
        GReaderServer &server = *m_server;
        server.populate(2, 10);
        auto runner = std::make_unique<SyncRunner>(m_store->databasePath(), &m_keychain);
        bool added = false;
        connect(runner.get(), &SyncRunner::accountAdded, this, [&](bool ok, const QString &error) {
            added = ok;
            if (!ok)
                qWarning() << error;
        });
        runner->addAccount(server.baseUrl(), kUser, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(added, 20000);
        // The server answers the subscription list with headers and then nothing at all.
        HttpResponse stall{200, "application/json", QByteArray(100, ' '), {}};
        stall.stopAfterBytes = 10;
        server.http().route("/api/greader.php/reader/api/0/subscription/list", stall);
        runner->syncAll();
        const auto asked = [&server] {
            const QList<HttpRequestRecord> &requests = server.http().requests();
            return std::any_of(requests.cbegin(), requests.cend(), [](const HttpRequestRecord &request) {
                return request.path.startsWith("/api/greader.php/reader/api/0/subscription/list");
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(asked(), 20000);
        QElapsedTimer closing;
        closing.start();
        runner.reset(); // the app quits
        QVERIFY2(closing.elapsed() < 3000, qPrintable(QStringLiteral("closing took %1 ms").arg(closing.elapsed())));
        const SyncAccount account = m_store->accounts().constFirst();
        QCOMPARE(account.status, AccountStatus::Error);
        QVERIFY(account.error.contains(u"closing"));
    }
};

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
