// A query a person typed can be stopped and has a time limit: the embedded store runs it in a
// child process forked from the graph, which Stop and the limit kill, and which answers exactly
// what the store answers in-process.
#include "ChildProcesses.h"
#include "store/QueryControl.h"
#include "store/redland/RedlandStore.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <future>
#include <thread>

using namespace tinyml::store;
using tinyml::rdf::RdfTerm;
using tinyml::rdf::RdfTriple;
using tinyml::test::childProcesses;

namespace {

const QString kCrossJoin = QStringLiteral("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
const QString kEx = QStringLiteral("http://example.org/");

RdfTerm ex(const QString &name)
{
    return RdfTerm::iri(kEx + name);
}

// Waits until the query's child process is there, so that a stop meets a running query.
bool childAppears()
{
    QElapsedTimer clock;
    clock.start();
    while (childProcesses().isEmpty() && clock.elapsed() < 5000)
        QThread::msleep(10);
    return !childProcesses().isEmpty();
}

} // namespace

class TestStoppableQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RedlandStore> m_store;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_store = RedlandStore::open(m_dir.filePath(QStringLiteral("store")), &error);
        QVERIFY2(m_store, qPrintable(error));
        ChangeSet changes;
        for (int i = 0; i < 3000; ++i)
            changes.additions << RdfTriple{ex(QStringLiteral("s%1").arg(i)), ex(QStringLiteral("p")),
                                           RdfTerm::integer(i)};
        const RdfTerm blank = RdfTerm::blank(QStringLiteral("b1"));
        changes.additions << RdfTriple{ex(QStringLiteral("m")), ex(QStringLiteral("label")),
                                       RdfTerm::literal(QStringLiteral("Modell \"eins\"\n"), {}, QStringLiteral("de"))}
                          << RdfTriple{ex(QStringLiteral("m")), ex(QStringLiteral("label")),
                                       RdfTerm::literal(QStringLiteral("model one"))}
                          << RdfTriple{ex(QStringLiteral("m")), ex(QStringLiteral("accuracy")), RdfTerm::decimal(0.91)}
                          << RdfTriple{ex(QStringLiteral("m")), ex(QStringLiteral("uses")), blank}
                          << RdfTriple{blank, ex(QStringLiteral("label")), RdfTerm::literal(QStringLiteral("中文"))}
                          << RdfTriple{ex(QStringLiteral("n")), ex(QStringLiteral("label")),
                                       RdfTerm::literal(QStringLiteral("2024-01-01"),
                                                        QStringLiteral("http://www.w3.org/2001/XMLSchema#date"))};
        QVERIFY2(m_store->commit(changes, &error), qPrintable(error));
    }

    void cleanup() { QCOMPARE(childProcesses(), QList<qint64>()); }

    void answersAsTheStoreDoes_data()
    {
        QTest::addColumn<QString>("sparql");
        QTest::newRow("bindings, unbound values, literals")
            << QStringLiteral("SELECT ?s ?label ?accuracy ?x WHERE { ?s <http://example.org/label> ?label "
                              "OPTIONAL { ?s <http://example.org/accuracy> ?accuracy } "
                              "OPTIONAL { ?s <http://example.org/uses> ?x } } ORDER BY ?s ?label");
        QTest::newRow("blank nodes") << QStringLiteral(
            "SELECT ?b ?l WHERE { <http://example.org/m> <http://example.org/uses> ?b . ?b ?p ?l }");
        QTest::newRow("aggregate") << QStringLiteral("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        QTest::newRow("ask yes") << QStringLiteral("ASK { <http://example.org/m> ?p ?o }");
        QTest::newRow("ask no") << QStringLiteral("ASK { <http://example.org/nothing> ?p ?o }");
        QTest::newRow("construct") << QStringLiteral(
            "CONSTRUCT { ?s <http://example.org/named> ?l } WHERE { ?s <http://example.org/label> ?l }");
        QTest::newRow("no rows") << QStringLiteral("SELECT ?s WHERE { ?s <http://example.org/none> ?o }");
    }

    void answersAsTheStoreDoes()
    {
        QFETCH(QString, sparql);
        QString error;
        const auto inProcess = m_store->query(sparql, &error);
        QVERIFY2(inProcess, qPrintable(error));
        const auto forked = m_store->runQuery(sparql, std::make_shared<QueryControl>(30), &error);
        QVERIFY2(forked, qPrintable(error));
        QCOMPARE(forked->kind, inProcess->kind);
        QCOMPARE(forked->boolean, inProcess->boolean);
        QCOMPARE(forked->variables, inProcess->variables);
        QCOMPARE(forked->rows, inProcess->rows);
        QCOMPARE(QSet<RdfTriple>(forked->triples.begin(), forked->triples.end()),
                 QSet<RdfTriple>(inProcess->triples.begin(), inProcess->triples.end()));
        QCOMPARE(forked->triples.size(), inProcess->triples.size());
        if (QTest::currentDataTag() == QLatin1String("bindings, unbound values, literals")) {
            // The test would be empty if the store lost what it is about.
            QCOMPARE(forked->rows.size(), 4);
            QVERIFY(std::any_of(forked->rows.begin(), forked->rows.end(),
                                [](const QList<RdfTerm> &row) { return row.at(1).language() == QLatin1String("de"); }));
            QVERIFY(std::any_of(forked->rows.begin(), forked->rows.end(),
                                [](const QList<RdfTerm> &row) { return row.at(2).isNone(); }));
        }
    }

    void reportsTheQuerysOwnError()
    {
        const QString nonsense = QStringLiteral("SELECT WHERE nonsense");
        QString inProcess;
        QVERIFY(!m_store->query(nonsense, &inProcess));
        QString error;
        QVERIFY(!m_store->runQuery(nonsense, std::make_shared<QueryControl>(30), &error));
        QVERIFY2(error.contains(QLatin1String("syntax error")), qPrintable(error));
        QCOMPARE(error, inProcess);
    }

    void stopEndsACrossJoinAndItsProcess()
    {
        auto control = std::make_shared<QueryControl>(0);
        QString error;
        std::unique_ptr<StartedQuery> started = m_store->startQuery(kCrossJoin, control, &error);
        QVERIFY2(started, qPrintable(error));
        std::promise<QString> ended;
        std::future<QString> endedFuture = ended.get_future();
        std::thread waiter([&]() {
            QString why;
            const auto result = started->finish(&why);
            ended.set_value(result ? QStringLiteral("(a result)") : why);
        });
        QVERIFY(childAppears());
        QThread::msleep(300);
        QCOMPARE(endedFuture.wait_for(std::chrono::seconds(0)), std::future_status::timeout); // still running
        QElapsedTimer clock;
        clock.start();
        control->stop();
        const bool endedInTime = endedFuture.wait_for(std::chrono::seconds(1)) == std::future_status::ready;
        waiter.join();
        QVERIFY2(endedInTime, "the query did not end within 1 s of Stop");
        QVERIFY(clock.elapsed() < 1000);
        QCOMPARE(endedFuture.get(), QStringLiteral("stopped"));
        QCOMPARE(childProcesses(), QList<qint64>());
    }

    void theTimeLimitEndsAQuery()
    {
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!m_store->runQuery(kCrossJoin, std::make_shared<QueryControl>(1), &error));
        QCOMPARE(error, QStringLiteral("the query ran longer than the time limit of 1 s"));
        QVERIFY2(clock.elapsed() >= 1000 && clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(childProcesses(), QList<qint64>());
    }

    void commitsGoOnWhileAQueryRuns()
    {
        auto control = std::make_shared<QueryControl>(0);
        QString error;
        // The count is of the graph as the query started; the commit after it does not change it.
        const QString count = QStringLiteral("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        const qint64 before = m_store->tripleCount();
        std::unique_ptr<StartedQuery> counting = m_store->startQuery(count, std::make_shared<QueryControl>(0), &error);
        std::unique_ptr<StartedQuery> crossJoin = m_store->startQuery(kCrossJoin, control, &error);
        QVERIFY2(counting && crossJoin, qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        const RdfTriple added{ex(QStringLiteral("late")), ex(QStringLiteral("p")), RdfTerm::integer(-1)};
        QVERIFY2(m_store->commit({{}, {added}}, &error), qPrintable(error));
        QVERIFY(clock.elapsed() < 500);
        const auto counted = counting->finish(&error);
        QVERIFY2(counted, qPrintable(error));
        QCOMPARE(counted->rows.value(0).value(0), RdfTerm::integer(before));
        control->stop();
        QVERIFY(!crossJoin->finish(&error));
        QCOMPARE(error, QStringLiteral("stopped"));
        QCOMPARE(m_store->tripleCount(), before + 1);
        QVERIFY2(m_store->commit({{added}, {}}, &error), qPrintable(error));
    }

    void droppingAStartedQueryEndsItsProcess()
    {
        QString error;
        auto started = m_store->startQuery(kCrossJoin, std::make_shared<QueryControl>(0), &error);
        QVERIFY(started);
        QVERIFY(childAppears());
        started.reset();
        QCOMPARE(childProcesses(), QList<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestStoppableQuery)
#include "tst_stoppablequery.moc"
