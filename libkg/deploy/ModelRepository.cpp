#include "deploy/ModelRepository.h"

#include "analysis/FileDigest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace tinyml::deploy {

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

ModelRepository::ModelRepository(QString directory) : m_directory(std::move(directory)) { }

QString ModelRepository::pathOf(const QString &sha256) const
{
    if (!isSha256(sha256))
        return QString();
    return QDir(m_directory).filePath(sha256 + QStringLiteral(".tflite"));
}

bool ModelRepository::contains(const QString &sha256) const
{
    const QString path = pathOf(sha256);
    return !path.isEmpty() && QFile::exists(path);
}

std::optional<QString> ModelRepository::write(const QString &target, const QByteArray &bytes, const QString &source,
                                              QString *error) const
{
    QSaveFile copy(target);
    if (!QDir().mkpath(m_directory) || !copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size()
        || !copy.commit()) {
        *error = tr("%1: cannot copy into the model repository %2 (%3)").arg(source, m_directory, copy.errorString());
        return std::nullopt;
    }
    return target;
}

std::optional<QString> ModelRepository::store(const QByteArray &bytes, QString *error) const
{
    const QString sha256 = sha256Hex(bytes);
    const QString target = pathOf(sha256);
    if (!QFile::exists(target) && !write(target, bytes, target, error))
        return std::nullopt;
    return sha256;
}

std::optional<QString> ModelRepository::storeFile(const QString &path, const QString &sha256, QString *error) const
{
    const QString target = pathOf(sha256);
    if (target.isEmpty()) {
        *error = tr("%1: '%2' is not a SHA-256").arg(path, sha256);
        return std::nullopt;
    }
    // A file already there is kept only when it is whole: a damaged one would refuse every later
    // read of this model.
    QString unused;
    if (QFile::exists(target) && read(sha256, &unused))
        return target;
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, source.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = source.readAll();
    // The file may have changed since it was analysed: never file bytes under another's name.
    if (sha256Hex(bytes) != sha256) {
        *error = tr("%1: the file changed while it was imported (its SHA-256 differs now)").arg(path);
        return std::nullopt;
    }
    return write(target, bytes, path, error);
}

std::optional<QByteArray> ModelRepository::read(const QString &sha256, QString *error) const
{
    const QString path = pathOf(sha256);
    if (path.isEmpty()) {
        *error = tr("'%1' is not a SHA-256, so names no file of the model repository %2").arg(sha256, m_directory);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.exists()) {
        *error = tr("%1: not in the model repository (the graph describes a file that is not there)").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (sha256Hex(bytes) != sha256) {
        *error = tr("%1: the file is not the one the graph describes (its SHA-256 differs)").arg(path);
        return std::nullopt;
    }
    return bytes;
}

QString ModelRepository::heldPathOf(const QString &sha256) const
{
    return isSha256(sha256) ? QDir(m_directory).filePath(QStringLiteral("held/") + sha256 + QStringLiteral(".tflite"))
                            : QString();
}

namespace {

// Moves `from` to `to` unless `from` is absent; a file already at `to` is replaced.
bool moveFile(const QString &from, const QString &to, QString *error)
{
    if (from.isEmpty() || !QFile::exists(from))
        return true;
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    QFile file(from);
    if (!file.rename(to)) {
        *error = QStringLiteral("%1: %2").arg(from, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool ModelRepository::hold(const QString &sha256, QString *error) const
{
    return moveFile(pathOf(sha256), heldPathOf(sha256), error);
}

bool ModelRepository::release(const QString &sha256, QString *error) const
{
    if (contains(sha256))
        return true;
    return moveFile(heldPathOf(sha256), pathOf(sha256), error);
}

void ModelRepository::purgeHeld() const
{
    QDir(QDir(m_directory).filePath(QStringLiteral("held"))).removeRecursively();
}

} // namespace tinyml::deploy
