#include "secrets/keychaincredentialstore.h"

#include <qt6keychain/keychain.h>

namespace {
CredentialResult resultOf(const QKeychain::Job &job)
{
    CredentialResult result;
    switch (job.error()) {
    case QKeychain::NoError: return result;
    case QKeychain::EntryNotFound:
        result.error = CredentialError::NotFound;
        result.message = CredentialStore::tr("No password is stored for this entry.");
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.error = CredentialError::AccessDenied;
        result.message = CredentialStore::tr("The system keychain refused access: %1").arg(job.errorString());
        break;
    case QKeychain::NoBackendAvailable:
        result.error = CredentialError::NoKeychain;
        result.message = CredentialStore::tr("No system keychain is available, so the password was not stored. "
                                             "Start a Secret Service (such as GNOME Keyring or KWallet) and try again.");
        break;
    default:
        // QtKeychain reports a missing Secret Service on D-Bus as OtherError.
        result.error = job.errorString().contains(QLatin1String("org.freedesktop.secrets"))
                               || job.errorString().contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
                           ? CredentialError::NoKeychain
                           : CredentialError::Other;
        result.message = CredentialStore::tr("The system keychain failed: %1").arg(job.errorString());
        break;
    }
    return result;
}

template <typename JobType>
JobType *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(const QString &service) : m_service(service) {}

void KeychainCredentialStore::store(const QString &key, const QString &secret, Callback done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}

void KeychainCredentialStore::retrieve(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) {
        CredentialResult result = resultOf(*j);
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
        done(result);
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &key, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done](QKeychain::Job *j) { done(resultOf(*j)); });
    job->start();
}
