// The CredentialStore's verbs, waited for in a local event loop: for the sync client, which runs on
// a worker thread or in the command-line tool, never on the UI thread.
#pragma once

#include "secrets/credentialstore.h"

namespace BlockingCredentials {
CredentialResult retrieve(CredentialStore &store, const QString &key);
CredentialResult store(CredentialStore &store, const QString &key, const QString &secret);
CredentialResult remove(CredentialStore &store, const QString &key);
}
