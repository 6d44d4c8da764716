// CredentialStore over QtKeychain (Secret Service on Linux). The insecure plain-text fallback is
// never enabled: without a keychain the caller gets NoKeychain and nothing is stored.
#pragma once

#include "secrets/credentialstore.h"

class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(const QString &service = QStringLiteral("org.khulasa.Khulasa"));
    void store(const QString &key, const QString &secret, Callback done) override;
    void retrieve(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
};
