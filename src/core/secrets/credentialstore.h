// Secrets (feed passwords, account tokens) behind three verbs with typed errors. The only
// implementation used by the app is the system keychain; nothing secret is ever written to a file.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

enum class CredentialError {
    None,
    NotFound,     // nothing stored under that key
    AccessDenied, // the user or the keychain refused
    NoKeychain,   // no Secret Service / keychain is running
    Other,
};

struct CredentialResult
{
    CredentialError error = CredentialError::None;
    QString message; // plain words for the user when error != None
    QString secret;  // the retrieved secret (retrieve only)

    bool ok() const { return error == CredentialError::None; }
};

class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(CredentialStore)

public:
    using Callback = std::function<void(const CredentialResult &)>;
    virtual ~CredentialStore() = default;

    /** The callbacks run later on the caller's thread; never synchronously. */
    virtual void store(const QString &key, const QString &secret, Callback done) = 0;
    virtual void retrieve(const QString &key, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;

    /** Key for the password of a feed (or account) on a given URL and user. */
    static QString keyFor(const QString &url, const QString &user);
};
