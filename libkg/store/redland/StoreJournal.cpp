#include "StoreJournal.h"

#include "store/redland/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zlib.h>

#include <unistd.h>

namespace tinyml::store {

// Why the store folder cannot be used: the GUI shows it in its language.
struct JournalChecks {
    Q_DECLARE_TR_FUNCTIONS(tinyml::store::JournalChecks)
};

namespace {

const char kSnapshotHeader[] = "# tinyml-store snapshot ";

quint32 checksum(const QByteArray &data)
{
    return quint32(crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
}

QByteArray prefixed(const QByteArray &ntriples, char sign)
{
    QByteArray out;
    for (const QByteArray &line : ntriples.split('\n')) {
        if (!line.isEmpty())
            out += sign + (' ' + line) + '\n';
    }
    return out;
}

bool syncFile(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

} // namespace

StoreJournal::StoreJournal(const QString &directory) : m_directory(QDir::cleanPath(directory)) { }

StoreJournal::~StoreJournal() = default;

QString StoreJournal::path(const char *name) const
{
    return m_directory + QLatin1Char('/') + QLatin1String(name);
}

std::unique_ptr<QLockFile> StoreJournal::lockFolder(const QString &directory, QString *error)
{
    auto lock = std::make_unique<QLockFile>(directory + QStringLiteral("/store.lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, app;
    lock->getLockInfo(&pid, &host, &app);
    *error = lock->error() == QLockFile::LockFailedError
        ? JournalChecks::tr("%1: the store is open in another process (%2, pid %3)").arg(directory, app).arg(pid)
        : JournalChecks::tr("%1: cannot lock the store folder (is it writable?)").arg(directory);
    return nullptr;
}

bool StoreJournal::open(QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        *error = JournalChecks::tr("%1: cannot create the store folder").arg(m_directory);
        return false;
    }
    m_lock = lockFolder(m_directory, error);
    if (!m_lock)
        return false;
    return readSnapshot(error) && readJournal(error);
}

bool StoreJournal::readSnapshot(QString *error)
{
    QFile file(path("snapshot.nt"));
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    m_snapshot = file.readAll();
    if (m_snapshot.startsWith(kSnapshotHeader)) {
        const qsizetype end = m_snapshot.indexOf('\n');
        m_sequence = m_snapshot.mid(qsizetype(sizeof kSnapshotHeader) - 1, end - qsizetype(sizeof kSnapshotHeader) + 1)
                         .trimmed()
                         .toULongLong();
    }
    return true;
}

bool StoreJournal::readJournal(QString *error)
{
    QFile file(path("journal.log"));
    const bool created = !file.exists();
    if (!file.open(QIODevice::ReadWrite) || (created && !syncDirectory(m_directory))) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    qsizetype pos = 0;
    qsizetype committedEnd = 0;
    JournalRecord record;
    QByteArray body;
    quint64 sequence = 0;
    bool inRecord = false;
    bool damaged = false;
    while (pos < data.size()) {
        const qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            break; // a torn last line
        const QByteArray line = data.mid(pos, end - pos);
        pos = end + 1;
        if (line.startsWith("B ")) {
            inRecord = true;
            sequence = line.mid(2).toULongLong();
            record = {};
            body.clear();
        } else if (inRecord && line.startsWith("C ")) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts[1].toULongLong() != sequence
                || parts[2].toUInt(nullptr, 16) != checksum(body)) {
                damaged = true;
                break;
            }
            if (sequence > m_sequence) {
                m_records << record;
                m_sequence = sequence;
            }
            committedEnd = pos;
            inRecord = false;
        } else if (inRecord && (line.startsWith("- ") || line.startsWith("+ "))) {
            body += line + '\n';
            (line[0] == '-' ? record.removals : record.additions) += line.mid(2) + '\n';
        } else {
            damaged = true;
            break;
        }
    }
    // A record the process did not finish writing can only be the last one: cut it off. Damage
    // with committed records after it is not a torn write; refuse rather than drop them.
    if (damaged && data.indexOf("\nB ", pos - 1) >= 0) {
        *error = QStringLiteral(
                     "%1: the journal is damaged at byte %2 and committed changes follow; the store was not opened "
                     "(move journal.log aside to open the store without them)")
                     .arg(file.fileName())
                     .arg(committedEnd);
        return false;
    }
    if (committedEnd < data.size() && !file.resize(committedEnd)) {
        *error = JournalChecks::tr("%1: cannot cut off an interrupted transaction (%2)")
                     .arg(file.fileName(), file.errorString());
        return false;
    }
    m_journalBytes = committedEnd;
    return true;
}

void StoreJournal::releaseLoadedData()
{
    m_snapshot.clear();
    m_snapshot.squeeze();
    m_records.clear();
}

bool StoreJournal::append(const JournalRecord &record, QString *error)
{
    const quint64 sequence = m_sequence + 1;
    const QByteArray body = prefixed(record.removals, '-') + prefixed(record.additions, '+');
    const QByteArray text = "B " + QByteArray::number(sequence) + '\n' + body + "C " + QByteArray::number(sequence)
        + ' ' + QByteArray::number(checksum(body), 16) + '\n';
    QFile file(path("journal.log"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(text) != text.size() || !syncFile(file)) {
        *error = JournalChecks::tr("%1: cannot record the change (%2)").arg(file.fileName(), file.errorString());
        // Leave no half record for a later append to follow.
        file.resize(m_journalBytes);
        return false;
    }
    m_sequence = sequence;
    m_journalBytes += text.size();
    return true;
}

bool StoreJournal::compact(const std::function<bool(FILE *out)> &writeGraph, QString *error)
{
    const QByteArray header = kSnapshotHeader + QByteArray::number(m_sequence) + '\n';
    const bool written = writeFileAtomically(
        path("snapshot.nt"),
        [&](FILE *out) {
            return std::fwrite(header.constData(), 1, size_t(header.size()), out) == size_t(header.size())
                && writeGraph(out);
        },
        error);
    if (!written)
        return false;
    QFile journal(path("journal.log"));
    if (!journal.open(QIODevice::ReadWrite) || !journal.resize(0) || !syncFile(journal)) {
        *error = JournalChecks::tr("%1: cannot empty the journal (%2)").arg(journal.fileName(), journal.errorString());
        return false;
    }
    m_journalBytes = 0;
    return true;
}

} // namespace tinyml::store
