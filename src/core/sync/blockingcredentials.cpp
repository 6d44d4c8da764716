#include "sync/blockingcredentials.h"

#include <QEventLoop>
#include <memory>
#include <optional>

namespace {
template <typename Start>
CredentialResult wait(Start start)
{
    QEventLoop loop;
    auto result = std::make_shared<std::optional<CredentialResult>>();
    start([result, &loop](const CredentialResult &r) {
        *result = r;
        loop.quit();
    });
    if (!result->has_value()) // callbacks never run synchronously, but be safe
        loop.exec();
    return **result;
}
} // namespace

CredentialResult BlockingCredentials::retrieve(CredentialStore &store, const QString &key)
{
    return wait([&](CredentialStore::Callback done) { store.retrieve(key, std::move(done)); });
}

CredentialResult BlockingCredentials::store(CredentialStore &store, const QString &key, const QString &secret)
{
    return wait([&](CredentialStore::Callback done) { store.store(key, secret, std::move(done)); });
}

CredentialResult BlockingCredentials::remove(CredentialStore &store, const QString &key)
{
    return wait([&](CredentialStore::Callback done) { store.remove(key, std::move(done)); });
}
