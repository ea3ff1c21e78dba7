// The processes whose parent is this one, read from /proc: a query's child process must be gone
// (not even a zombie) once its query ended.
#pragma once

#include <QDir>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace tinyml::test {

inline QList<qint64> childProcesses()
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!isPid || !stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (name) state ppid ...": the name may hold spaces and parentheses.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == qint64(::getpid()))
            children << pid;
    }
    return children;
}

} // namespace tinyml::test
