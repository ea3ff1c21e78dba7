#include "AtomicFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tinyml::store {

bool writeFileAtomically(const QString &path, const std::function<bool(FILE *out)> &write, QString *error)
{
    const QByteArray target = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    const QByteArray temporary = target + ".partial";
    FILE *out = std::fopen(temporary.constData(), "wb");
    if (!out) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const bool written = write(out);
    const bool flushed = std::fflush(out) == 0 && ::fsync(::fileno(out)) == 0;
    const int savedErrno = errno;
    const bool closed = std::fclose(out) == 0;
    if (!written || !flushed || !closed || std::rename(temporary.constData(), target.constData()) != 0
        || !syncDirectory(QFileInfo(path).absolutePath())) {
        if (error->isEmpty())
            *error =
                QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(written ? savedErrno : EIO)));
        std::remove(temporary.constData());
        return false;
    }
    return true;
}

bool syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace tinyml::store
