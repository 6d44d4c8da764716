#include "tlstestcert.h"

#include <QDir>
#include <QFile>
#include <QProcess>

TestCertificate makeSelfSignedCertificate(const QString &directory, const QString &name)
{
    TestCertificate result;
    const QString keyPath = QDir(directory).filePath(name + u".key");
    const QString certPath = QDir(directory).filePath(name + u".crt");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        result.error = QStringLiteral("openssl req failed: %1 %2")
                           .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return result;
    }
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read the generated key or certificate");
        return result;
    }
    result.key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    result.certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    if (result.key.isNull() || result.certificate.isNull())
        result.error = QStringLiteral("the generated key or certificate does not load");
    return result;
}
