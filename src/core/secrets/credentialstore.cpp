#include "secrets/credentialstore.h"

#include <QUrl>

QString CredentialStore::keyFor(const QString &url, const QString &user)
{
    // Scheme, host and port identify the protection space; the path would split one login into many.
    const QUrl parsed(url);
    const QString origin = parsed.scheme() + u"://" + parsed.host()
                           + (parsed.port() > 0 ? u':' + QString::number(parsed.port()) : QString());
    return user + u'@' + origin;
}
