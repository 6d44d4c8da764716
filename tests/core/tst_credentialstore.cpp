// CredentialStore against a real Secret Service (gnome-keyring on a private D-Bus session, started
// by tests/support/with-keyring.sh), plus the case where no keychain is reachable at all.
#include "secrets/keychaincredentialstore.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

namespace {
CredentialResult waitFor(const std::function<void(CredentialStore::Callback)> &call)
{
    std::optional<CredentialResult> result;
    call([&](const CredentialResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return {CredentialError::Other, QStringLiteral("timed out"), {}};
    return *result;
}
} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeRetrieveRemove()
    {
        if (qEnvironmentVariableIsSet("KHULASA_TEST_NO_KEYCHAIN"))
            QSKIP("this run has no keychain on purpose");
        KeychainCredentialStore keychain(QStringLiteral("org.khulasa.Khulasa.test"));
        const QString key = CredentialStore::keyFor(QStringLiteral("https://news.example:8443/feed.xml"), QStringLiteral("قارئ"));
        QCOMPARE(key, QStringLiteral("قارئ@https://news.example:8443"));
        const QString secret = QStringLiteral("كلمة-سر 🔑 p@ss");

        const CredentialResult stored = waitFor([&](auto done) { keychain.store(key, secret, done); });
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        const CredentialResult read = waitFor([&](auto done) { keychain.retrieve(key, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, secret);

        const CredentialResult removed = waitFor([&](auto done) { keychain.remove(key, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        const CredentialResult gone = waitFor([&](auto done) { keychain.retrieve(key, done); });
        QCOMPARE(gone.error, CredentialError::NotFound);
        QVERIFY(!gone.message.isEmpty());
    }

    void noKeychainStoresNothingAndSaysSo()
    {
        // Registered a second time in CTest with no Secret Service on the bus and a throw-away HOME:
        // QtKeychain must fail, and nothing may land in a file instead.
        if (!qEnvironmentVariableIsSet("KHULASA_TEST_NO_KEYCHAIN"))
            QSKIP("runs as tst_credentialstore_nokeychain");
        KeychainCredentialStore keychain(QStringLiteral("org.khulasa.Khulasa.nobus"));
        const CredentialResult stored = waitFor([&](auto done) {
            keychain.store(QStringLiteral("user@https://x.example"), QStringLiteral("khulasa-secret-canary"), done);
        });
        QVERIFY(!stored.ok());
        QVERIFY(stored.error == CredentialError::NoKeychain || stored.error == CredentialError::Other);
        QVERIFY(!stored.message.isEmpty());
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains("khulasa-secret-canary"), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
