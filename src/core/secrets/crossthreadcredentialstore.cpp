#include "secrets/crossthreadcredentialstore.h"

#include <QTimer>

CrossThreadCredentialStore::CrossThreadCredentialStore(CredentialStore *target, QObject *targetContext,
                                                       const std::atomic_bool *cancel)
    : m_target(target), m_targetContext(targetContext), m_cancel(cancel),
      // The other thread may still hold a reference when this store goes: delete it on its own thread.
      m_here(new QObject, [](QObject *object) { object->deleteLater(); })
{
}

CrossThreadCredentialStore::~CrossThreadCredentialStore() = default;

void CrossThreadCredentialStore::forward(std::function<void(CredentialStore &, Callback)> call, Callback done)
{
    // Delivered once, on this thread: by the other thread's answer or by a cancellation, whichever is first.
    auto delivered = std::make_shared<bool>(false);
    auto deliver = [done = std::move(done), delivered](const CredentialResult &result) {
        if (*delivered)
            return;
        *delivered = true;
        done(result);
    };
    if (!m_targetContext) {
        QTimer::singleShot(0, m_here.get(), [deliver] {
            deliver({CredentialError::NoKeychain, CredentialStore::tr("The system keychain is not available."), {}});
        });
        return;
    }
    std::shared_ptr<QObject> here = m_here;
    QMetaObject::invokeMethod(m_targetContext, [target = m_target, call = std::move(call), deliver, here] {
        call(*target, [deliver, here](const CredentialResult &result) {
            QMetaObject::invokeMethod(here.get(), [deliver, result] { deliver(result); }, Qt::QueuedConnection);
        });
    }, Qt::QueuedConnection);
    if (m_cancel) {
        auto *poll = new QTimer(m_here.get());
        QObject::connect(poll, &QTimer::timeout, poll, [poll, deliver, delivered, cancel = m_cancel] {
            if (!*delivered && cancel->load())
                deliver({CredentialError::Other, CredentialStore::tr("Khulasa is closing."), {}});
            if (*delivered)
                poll->deleteLater();
        });
        poll->start(100);
    }
}

void CrossThreadCredentialStore::store(const QString &key, const QString &secret, Callback done)
{
    forward([key, secret](CredentialStore &target, Callback answer) { target.store(key, secret, std::move(answer)); },
            std::move(done));
}

void CrossThreadCredentialStore::retrieve(const QString &key, Callback done)
{
    forward([key](CredentialStore &target, Callback answer) { target.retrieve(key, std::move(answer)); }, std::move(done));
}

void CrossThreadCredentialStore::remove(const QString &key, Callback done)
{
    forward([key](CredentialStore &target, Callback answer) { target.remove(key, std::move(answer)); }, std::move(done));
}
