// Durability for an in-memory graph: a snapshot (N-Triples) plus an append-only journal of
// committed change sets.
//
// A commit is durable once append() returns: the record is written and fsync'ed, and it ends
// with a commit line carrying its sequence number and a CRC-32 of its body. On open, records
// after the snapshot's sequence number are replayed; a record without a valid commit line (the
// process died while writing it) is dropped and cut off the file, so an interrupted transaction
// leaves nothing behind. Compaction writes a new snapshot atomically (write, fsync, rename) and
// only then empties the journal; replaying an already-included record is harmless because the
// snapshot names the last sequence number it contains.
//
// The folder is locked for the lifetime of the journal: a second process gets a clear error.
#pragma once

#include <QByteArray>
#include <QList>
#include <QLockFile>
#include <QString>

#include <cstdio>
#include <functional>
#include <memory>

namespace tinyml::store {

struct JournalRecord {
    QByteArray removals;  // N-Triples, one statement per line
    QByteArray additions; // N-Triples, one statement per line
};

class StoreJournal
{
public:
    explicit StoreJournal(const QString &directory);
    ~StoreJournal();

    // Takes the lock of the store in `directory` (a process that holds it has the store open), or
    // says why not: another process has it (which one), or the folder cannot be locked.
    static std::unique_ptr<QLockFile> lockFolder(const QString &directory, QString *error);

    // Creates the folder if needed, takes the lock and reads the snapshot and the committed
    // records that follow it.
    bool open(QString *error);

    const QString &directory() const { return m_directory; }
    const QByteArray &snapshot() const { return m_snapshot; }
    const QList<JournalRecord> &records() const { return m_records; }
    // Frees what open() read, once the caller has loaded it.
    void releaseLoadedData();

    bool append(const JournalRecord &record, QString *error);
    // Replaces the snapshot with the whole graph as of the last append, which `writeGraph`
    // streams as N-Triples, and empties the journal.
    bool compact(const std::function<bool(FILE *out)> &writeGraph, QString *error);
    qint64 journalBytes() const { return m_journalBytes; }

private:
    bool readSnapshot(QString *error);
    bool readJournal(QString *error);
    QString path(const char *name) const;

    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    QByteArray m_snapshot;
    QList<JournalRecord> m_records;
    quint64 m_sequence = 0; // of the last committed record
    qint64 m_journalBytes = 0;
};

} // namespace tinyml::store
