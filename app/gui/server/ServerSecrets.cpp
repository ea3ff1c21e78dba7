#include "ServerSecrets.h"

#include <qt6keychain/keychain.h>

namespace tinyml::gui {
namespace {

const QString kService = QStringLiteral("tinyml-manager");

} // namespace

QString secretKey(const store::SparqlEndpoint &endpoint)
{
    const QString who = endpoint.auth == store::SparqlEndpoint::Auth::Bearer ? QStringLiteral("token") : endpoint.user;
    return QStringLiteral("%1@%2").arg(who, endpoint.queryUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

void readSecret(const QString &key, QObject *receiver, std::function<void(const QString &, const QString &)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, receiver, [job, done = std::move(done)]() {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), QString());
        else if (job->error() == QKeychain::EntryNotFound)
            done(QString(), QString());
        else
            done(QString(), job->errorString());
    });
    job->start();
}

void writeSecret(const QString &key, const QString &secret, QObject *receiver,
                 std::function<void(const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, receiver, [job, done = std::move(done)]() {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
}

} // namespace tinyml::gui
