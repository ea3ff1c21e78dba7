// What the embedded store adds to the shared backend suite: its folder survives the process,
// is locked against a second one, and a transaction cut off half-way leaves nothing behind.
#include "store/redland/RedlandStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/wait.h>
#include <unistd.h>

using namespace tinyml::store;
using tinyml::rdf::RdfTerm;
using tinyml::rdf::RdfTriple;

namespace {

RdfTriple numbered(int n)
{
    return {RdfTerm::iri(QStringLiteral("http://example.org/s%1").arg(n)),
            RdfTerm::iri(QStringLiteral("http://example.org/p")), RdfTerm::integer(n)};
}

std::unique_ptr<RedlandStore> openOrFail(const QString &dir)
{
    QString error;
    auto store = RedlandStore::open(dir, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

// Replaces text in a store's journal, as damage on disk would.
QByteArray damageJournal(const QString &dir, const QByteArray &from, const QByteArray &to)
{
    QFile journal(dir + QStringLiteral("/journal.log"));
    if (!journal.open(QIODevice::ReadWrite))
        qFatal("cannot open the journal");
    QByteArray text = journal.readAll();
    text.replace(from, to);
    journal.seek(0);
    journal.write(text);
    return text;
}

} // namespace

class TestRedlandStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void reopensWithCommittedData()
    {
        const QString dir = m_dir.filePath(QStringLiteral("reopen"));
        QString error;
        {
            auto store = openOrFail(dir);
            QVERIFY(store);
            QVERIFY(store->commit({{}, {numbered(1), numbered(2)}}, &error));
            QVERIFY(store->commit({{numbered(1)}, {numbered(3)}}, &error));
        }
        auto store = openOrFail(dir);
        QVERIFY(store);
        QCOMPARE(store->tripleCount(), 2);
        const auto r = store->query(QStringLiteral("ASK { <http://example.org/s1> ?p ?o }"), &error);
        QVERIFY(r && !r->boolean);
    }

    void refusesASecondOpen()
    {
        const QString dir = m_dir.filePath(QStringLiteral("locked"));
        auto first = openOrFail(dir);
        QVERIFY(first);
        QString error;
        QVERIFY(!RedlandStore::open(dir, &error));
        QVERIFY2(error.contains(QLatin1String("open in another process")), qPrintable(error));
        first.reset();
        QVERIFY(openOrFail(dir));
    }

    // A process that dies with the store open (killed, crashed) leaves its lock file: the next
    // open takes it over, while the lock of a process that still runs is respected.
    void takesOverTheLockOfAKilledProcess()
    {
        const QString dir = m_dir.filePath(QStringLiteral("killed"));
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t holder = ::fork();
        if (holder == 0) {
            QString ignored;
            auto store = RedlandStore::open(dir, &ignored);
            const char answer = store ? '1' : '0';
            if (::write(ready[1], &answer, 1) != 1)
                ::_exit(1);
            ::pause();
            ::_exit(0);
        }
        ::close(ready[1]);
        char answer = 0;
        QCOMPARE(::read(ready[0], &answer, 1), 1);
        ::close(ready[0]);
        QCOMPARE(answer, '1');
        QString error;
        QVERIFY(!RedlandStore::open(dir, &error));
        QVERIFY2(error.contains(QLatin1String("open in another process")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("pid %1").arg(holder)), qPrintable(error));
        ::kill(holder, SIGKILL);
        ::waitpid(holder, nullptr, 0);
        QVERIFY(QFile::exists(dir + QStringLiteral("/store.lock")));
        QVERIFY(openOrFail(dir));
    }

    void takesOverALockFileOfADeadProcess()
    {
        const QString dir = m_dir.filePath(QStringLiteral("stale"));
        QVERIFY(QDir().mkpath(dir));
        const pid_t gone = ::fork();
        if (gone == 0)
            ::_exit(0);
        ::waitpid(gone, nullptr, 0);
        // As QLockFile writes it: pid, application name, host name.
        QFile lock(dir + QStringLiteral("/store.lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(gone) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
                   + QSysInfo::machineHostName().toUtf8() + '\n');
        lock.close();
        QVERIFY(openOrFail(dir));
    }

    void refusesAFolderItCannotCreate()
    {
        QString error;
        QVERIFY(!RedlandStore::open(QStringLiteral("/dev/null/store"), &error));
        QVERIFY2(error.contains(QLatin1String("cannot create the store folder")), qPrintable(error));
    }

    void dropsAnInterruptedTransaction()
    {
        const QString dir = m_dir.filePath(QStringLiteral("torn"));
        QString error;
        {
            auto store = openOrFail(dir);
            QVERIFY(store->commit({{}, {numbered(1)}}, &error));
            QVERIFY(store->commit({{}, {numbered(2)}}, &error));
        }
        QFile journal(dir + QStringLiteral("/journal.log"));
        const qint64 committed = journal.size();
        QVERIFY(journal.open(QIODevice::Append));
        journal.write(
            "B 3\n+ <http://example.org/s3> <http://example.org/p> 3 .\n+ <http://example.org/s4> <http://ex");
        journal.close();

        {
            auto store = openOrFail(dir);
            QVERIFY(store);
            QCOMPARE(store->tripleCount(), 2);
            QCOMPARE(QFileInfo(journal.fileName()).size(), committed);
            QVERIFY(store->commit({{}, {numbered(5)}}, &error));
        }
        QCOMPARE(openOrFail(dir)->tripleCount(), 3);
    }

    void dropsARecordWithABadChecksum()
    {
        const QString dir = m_dir.filePath(QStringLiteral("checksum"));
        QString error;
        {
            auto store = openOrFail(dir);
            QVERIFY(store->commit({{}, {numbered(1)}}, &error));
            QVERIFY(store->commit({{}, {numbered(2)}}, &error));
        }
        damageJournal(dir, "s2>", "s9>"); // the second record's body, not its commit line
        QCOMPARE(openOrFail(dir)->tripleCount(), 1);
    }

    void aCommitThatCannotBeRecordedChangesNothing()
    {
        const QString dir = m_dir.filePath(QStringLiteral("unrecorded"));
        auto store = openOrFail(dir);
        QString error;
        QVERIFY(store->commit({{}, {numbered(1), numbered(2)}}, &error));
        // Put a folder where the journal is: the next append cannot be written, even as root.
        QVERIFY(QFile::remove(dir + QStringLiteral("/journal.log")));
        QVERIFY(QDir().mkdir(dir + QStringLiteral("/journal.log")));
        QVERIFY(!store->commit({{numbered(2)}, {numbered(1), numbered(3)}}, &error));
        QVERIFY2(error.contains(QLatin1String("cannot record the change")), qPrintable(error));
        // Back as it was: 1 (added again, already there) and 2 (removed, then restored) stay.
        const auto r =
            store->query(QStringLiteral("SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o"), &error);
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows[0][0], RdfTerm::integer(1));
        QCOMPARE(r->rows[1][0], RdfTerm::integer(2));
    }

    void refusesToDropCommittedChangesAfterDamage()
    {
        const QString dir = m_dir.filePath(QStringLiteral("damaged"));
        QString error;
        {
            auto store = openOrFail(dir);
            QVERIFY(store->commit({{}, {numbered(1)}}, &error));
            QVERIFY(store->commit({{}, {numbered(2)}}, &error));
        }
        const QByteArray text = damageJournal(dir, "s1>", "s8>"); // the first record: a committed one follows
        QVERIFY(!RedlandStore::open(dir, &error));
        QVERIFY2(error.contains(QLatin1String("the journal is damaged"))
                     && error.contains(QLatin1String("committed changes follow")),
                 qPrintable(error));
        QCOMPARE(QFileInfo(dir + QStringLiteral("/journal.log")).size(), qint64(text.size())); // left as it was
    }

    void compactsIntoASnapshot()
    {
        const QString dir = m_dir.filePath(QStringLiteral("compact"));
        QString error;
        {
            auto store = openOrFail(dir);
            QVERIFY(store->commit({{}, {numbered(1), numbered(2)}}, &error));
            QVERIFY2(store->compact(&error), qPrintable(error));
            QCOMPARE(QFileInfo(dir + QStringLiteral("/journal.log")).size(), 0);
            QVERIFY(store->commit({{numbered(2)}, {numbered(3)}}, &error));
        }
        auto store = openOrFail(dir);
        QCOMPARE(store->tripleCount(), 2);
        const auto r =
            store->query(QStringLiteral("SELECT ?o WHERE { ?s <http://example.org/p> ?o } ORDER BY ?o"), &error);
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows[1][0], RdfTerm::integer(3));
    }
};

QTEST_GUILESS_MAIN(TestRedlandStore)
#include "tst_redlandstore.moc"
