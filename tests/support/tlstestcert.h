// A throw-away self-signed certificate for HTTPS tests, made at test time with the openssl tool
// (nothing secret is committed). Valid for 127.0.0.1 (CN and subjectAltName) for two days.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; // why none could be made (openssl missing, failed …)

    bool ok() const { return error.isEmpty(); }
};

/** Writes the key and certificate into `directory` (a QTemporaryDir of the test) and loads them. */
TestCertificate makeSelfSignedCertificate(const QString &directory, const QString &name = QStringLiteral("server"));
