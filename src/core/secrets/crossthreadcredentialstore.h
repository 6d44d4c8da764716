// A CredentialStore for a worker thread that forwards every call to a store living on another thread
// (the app's keychain on the UI thread) and brings the answer back. The keychain backend (libsecret)
// binds itself to the thread that used it first, so all keychain calls stay on that one thread.
// When `cancel` is raised, a call still waiting is answered at once with an error, so a closing app
// never waits on the other thread.
#pragma once

#include "secrets/credentialstore.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class CrossThreadCredentialStore final : public CredentialStore
{
public:
    /** Create it on the thread that will call it; `target` is used on `targetContext`'s thread only. */
    CrossThreadCredentialStore(CredentialStore *target, QObject *targetContext, const std::atomic_bool *cancel = nullptr);
    ~CrossThreadCredentialStore() override;

    void store(const QString &key, const QString &secret, Callback done) override;
    void retrieve(const QString &key, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    void forward(std::function<void(CredentialStore &, Callback)> call, Callback done);

    CredentialStore *m_target;
    QPointer<QObject> m_targetContext;
    const std::atomic_bool *m_cancel;
    std::shared_ptr<QObject> m_here; // lives on the calling thread: answers are delivered through it
};
