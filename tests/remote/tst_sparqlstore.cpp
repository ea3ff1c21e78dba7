// The knowledge graph on a SPARQL server, beyond what every store does (tst_triplestore): the
// paper's answers on Virtuoso after a push of the graph our importer builds, pull, and each fault
// the server or the network can show: a clear message, no partial push, the local store untouched.
#include "FaultyHttpServer.h"
#include "ReferenceGraph.h"
#include "TestData.h"
#include "VirtuosoServer.h"

#include "kg/RemoteGraph.h"
#include "store/RedlandStore.h"
#include "store/sparql/SparqlStore.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <thread>

using namespace tinyml;
using namespace tinyml::store;
using rdf::RdfTerm;
using rdf::RdfTriple;

namespace {

QList<RdfTriple> everything(TripleStore &store)
{
    QString error;
    const auto result = store.query(QStringLiteral("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), &error);
    if (!result)
        qWarning("%s", qPrintable(error));
    return result ? result->triples : QList<RdfTriple>();
}

// N-Triples lines with blank nodes masked: equal for graphs equal up to blank node labels (the
// graphs here have few blank nodes, all told apart by their statements' other terms). Decimals
// compare by value: a server may write 0.0 as 0.
QStringList masked(const QList<RdfTriple> &triples)
{
    auto text = [](const RdfTerm &term) {
        if (term.isBlank())
            return QStringLiteral("_");
        if (term.isLiteral() && term.datatype() == rdf::xsd::decimal)
            return QStringLiteral("decimal %1").arg(term.value().toDouble(), 0, 'g', 15);
        return term.toNTriples();
    };
    QStringList lines;
    for (const RdfTriple &t : triples)
        lines << text(t.subject) + t.predicate.toNTriples() + text(t.object);
    lines.sort();
    return lines;
}

QList<RdfTriple> numbered(const QString &prefix, int count)
{
    QList<RdfTriple> triples;
    for (int i = 0; i < count; ++i)
        triples << RdfTriple{RdfTerm::iri(QStringLiteral("http://example.org/%1%2").arg(prefix).arg(i)),
                             RdfTerm::iri(QStringLiteral("http://example.org/macs")), RdfTerm::integer(1000 + i)};
    return triples;
}

QByteArray httpResponse(const QByteArray &status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

class TestSparqlStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::VirtuosoServer m_virtuoso;
    int m_stores = 0;

    SparqlEndpoint endpoint(bool graphStore = true) const
    {
        SparqlEndpoint e;
        e.queryUrl = m_virtuoso.authSparqlUrl();
        e.updateUrl = e.queryUrl;
        if (graphStore)
            e.graphStoreUrl = m_virtuoso.graphStoreUrl();
        e.graph = QStringLiteral("urn:tinyml-test:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        e.auth = SparqlEndpoint::Auth::Password;
        e.user = m_virtuoso.user();
        e.secret = m_virtuoso.password();
        return e;
    }

    // The same endpoint, reached through a local port (a fault server or a proxy).
    static SparqlEndpoint through(SparqlEndpoint e, int port)
    {
        for (QUrl *url : {&e.queryUrl, &e.updateUrl, &e.graphStoreUrl}) {
            if (!url->isEmpty())
                url->setPort(port);
        }
        return e;
    }

    std::unique_ptr<SparqlStore> connected(const SparqlEndpoint &e)
    {
        QString error;
        auto store = SparqlStore::connect(e, &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    std::unique_ptr<RedlandStore> localStore(const QList<RdfTriple> &triples)
    {
        QString error;
        auto store = RedlandStore::open(m_dir.filePath(QStringLiteral("local%1").arg(++m_stores)), &error);
        if (!store || !store->commit({{}, triples}, &error))
            qFatal("%s", qPrintable(error));
        return store;
    }

private slots:
    void initTestCase()
    {
        const QString missing = test::VirtuosoServer::unavailableReason();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        // Small enough that a test meets the row limit with a graph of a few thousand triples.
        m_virtuoso.setResultSetMaxRows(2000);
        QString error;
        QVERIFY2(m_virtuoso.start(&error), qPrintable(error));
    }

    void pushedReferenceGraphAnswersThePapersQueries()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        auto local = test::buildReferenceGraph(m_dir.filePath(QStringLiteral("reference")));
        const SparqlEndpoint e = endpoint();
        auto server = connected(e);
        QVERIFY(server);
        QString error;
        qint64 lastSent = 0;
        QVERIFY2(kg::pushGraph(local->store(), *server, &error, [&](qint64 sent, qint64) { lastSent = sent; }), qPrintable(error));
        QCOMPARE(server->tripleCount(), local->store().tripleCount());
        QCOMPARE(lastSent, local->store().tripleCount());

        auto remote = kg::openRemoteGraph(e, &error);
        QVERIFY2(remote, qPrintable(error));
        test::checkPapersQueryFiles(*remote);
        test::checkTypedAnswers(*remote);

        // Pulled back into an empty local store, it is the same graph.
        auto copy = localStore({});
        qsizetype received = 0;
        QVERIFY2(kg::pullGraph(*server, *copy, kg::PullMode::Merge, &error, &received), qPrintable(error));
        QCOMPARE(qint64(received), local->store().tripleCount());
        QCOMPARE(masked(everything(*copy)), masked(everything(local->store())));
    }

    void pullReadsPastTheServersRowLimit_data()
    {
        QTest::addColumn<bool>("graphStore");
        QTest::newRow("graph store protocol") << true;
        QTest::newRow("queries only") << false;
    }
    void pullReadsPastTheServersRowLimit()
    {
        QFETCH(bool, graphStore);
        auto server = connected(endpoint(graphStore));
        QVERIFY(server);
        const QList<RdfTriple> triples = numbered(QStringLiteral("m"), 4500);
        QString error;
        QVERIFY2(server->replaceGraph(triples, &error), qPrintable(error));
        QCOMPARE(server->tripleCount(), 4500);
        // A query over the limit is refused with the reason, not shown short.
        QVERIFY(!server->query(QStringLiteral("SELECT ?s WHERE { ?s ?p ?o }"), &error));
        QVERIFY2(error.contains(QLatin1String("may be only part of the result")), qPrintable(error));
        // Reading the whole graph goes past it.
        auto local = localStore({numbered(QStringLiteral("old"), 3)});
        QVERIFY2(kg::pullGraph(*server, *local, kg::PullMode::Replace, &error), qPrintable(error));
        QCOMPARE(masked(everything(*local)), masked(triples));
    }

    void aPushCutOffChangesNothing()
    {
        SparqlEndpoint e = endpoint();
        // Virtuoso holds the locks of an upload cut off half-way until it gives up on it (seen
        // here: up to 23 s), and the next push waits for them.
        e.inactivityTimeoutMs = 120000;
        auto direct = connected(e);
        QVERIFY(direct);
        QString error;
        const QList<RdfTriple> before = numbered(QStringLiteral("before"), 50);
        QVERIFY2(direct->replaceGraph(before, &error), qPrintable(error));

        const QList<RdfTriple> pushed = numbered(QStringLiteral("after"), 30000);
        auto local = localStore(pushed);
        // Enough for the connection's ASK, not for the upload of 30,000 triples (about 2.5 MB).
        auto proxy = test::FaultyHttpServer::cuttingProxy(m_virtuoso.httpPort(), 600 * 1000);
        auto viaProxy = connected(through(e, proxy->port()));
        QVERIFY(viaProxy);
        QVERIFY(!kg::pushGraph(*local, *viaProxy, &error));
        QVERIFY(proxy->hasCut());
        QVERIFY2(error.contains(QLatin1String("the connection broke off")), qPrintable(error));
        QCOMPARE(masked(everything(*direct)), masked(before));
        QCOMPARE(local->tripleCount(), 30000);
        // The same push, uncut, goes through.
        QVERIFY2(kg::pushGraph(*local, *direct, &error), qPrintable(error));
        QCOMPARE(direct->tripleCount(), 30000);
    }

    void aFailedPullLeavesTheLocalStoreAsItWas()
    {
        const SparqlEndpoint e = endpoint();
        auto server = connected(e);
        QVERIFY(server);
        QString error;
        // Random text, so that the answer stays large when the server compresses it.
        QList<RdfTriple> remote;
        for (int i = 0; i < 1500; ++i)
            remote << RdfTriple{RdfTerm::iri(QStringLiteral("http://example.org/s%1").arg(i)), RdfTerm::iri(QStringLiteral("http://example.org/id")),
                                RdfTerm::literal(QUuid::createUuid().toString())};
        QVERIFY(server->replaceGraph(remote, &error));
        auto local = localStore(numbered(QStringLiteral("mine"), 7));
        // Enough for the connection's ASK and the count, not for the graph (about 60 kB compressed).
        auto proxy = test::FaultyHttpServer::cuttingProxy(m_virtuoso.httpPort(), 20000);
        auto viaProxy = connected(through(e, proxy->port()));
        QVERIFY(viaProxy);
        qsizetype received = 0;
        QVERIFY2(!kg::pullGraph(*viaProxy, *local, kg::PullMode::Replace, &error, &received),
                 qPrintable(QStringLiteral("pulled %1 triples; cut: %2, connections: %3").arg(received).arg(proxy->hasCut()).arg(proxy->connectionsSeen())));
        QVERIFY(proxy->hasCut());
        QVERIFY2(error.contains(QLatin1String("the connection broke off")), qPrintable(error));
        QCOMPARE(masked(everything(*local)), masked(numbered(QStringLiteral("mine"), 7)));
    }

    void serverDownIsNamed()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        const int port = reserve.serverPort();
        reserve.close(); // nothing listens there now
        QString error;
        QVERIFY(!SparqlStore::connect(through(endpoint(), port), &error));
        QVERIFY2(error.contains(QLatin1String("cannot reach the server")) && error.contains(QString::number(port)), qPrintable(error));
    }

    void refusedCredentialsAreNamed()
    {
        SparqlEndpoint e = endpoint();
        e.secret = QStringLiteral("not the password");
        QString error;
        QVERIFY(!SparqlStore::connect(e, &error));
        QVERIFY2(error.contains(QLatin1String("refused the credentials (HTTP 401)")), qPrintable(error));
        e.auth = SparqlEndpoint::Auth::None;
        QVERIFY(!SparqlStore::connect(e, &error));
        QVERIFY2(error.contains(QLatin1String("asks for credentials (HTTP 401)")), qPrintable(error));
    }

    void updatesWithoutTheRightAreRefusedWithTheServersWords()
    {
        // Virtuoso's anonymous endpoint answers queries but refuses updates.
        SparqlEndpoint e = endpoint();
        e.queryUrl = m_virtuoso.sparqlUrl();
        e.updateUrl = e.queryUrl;
        e.graphStoreUrl.clear();
        e.auth = SparqlEndpoint::Auth::None;
        auto store = connected(e);
        QVERIFY(store);
        QString error;
        QVERIFY(!store->commit({{}, numbered(QStringLiteral("x"), 2)}, &error));
        QVERIFY2(error.contains(QLatin1String("HTTP ")) && error.contains(QLatin1String("Virtuoso")), qPrintable(error));
        QCOMPARE(store->tripleCount(), 0);
    }

    void serverErrorsCarryTheServersMessage()
    {
        auto store = connected(endpoint());
        QVERIFY(store);
        QString error;
        QVERIFY(!store->query(QStringLiteral("SELECT ?x WHERE { ?x ?p }"), &error));
        QVERIFY2(error.contains(QLatin1String("HTTP 400")) && error.contains(QLatin1String("SP030")), qPrintable(error));

        auto failing = test::FaultyHttpServer::answering(
            httpResponse("500 Internal Server Error", "text/html", "<html><body><h1>Error</h1><p>Transaction log is full</p></body></html>"));
        QVERIFY(!SparqlStore::connect(through(endpoint(), failing->port()), &error));
        QVERIFY2(error.contains(QLatin1String("HTTP 500")) && error.contains(QLatin1String("Transaction log is full"))
                     && !error.contains(QLatin1String("<p>")), qPrintable(error));
    }

    void malformedResultsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("message");
        QTest::newRow("cut-off JSON") << httpResponse("200 OK", "application/sparql-results+json", "{\"head\": {\"vars\": [\"x\"]}, \"results\": {\"bindings\": [{\"x\": {\"type\": \"uri\"")
                                      << QStringLiteral("not JSON");
        QTest::newRow("JSON without results") << httpResponse("200 OK", "application/sparql-results+json", "{\"head\": {}}")
                                              << QStringLiteral("neither a boolean");
        QTest::newRow("broken XML") << httpResponse("200 OK", "application/sparql-results+xml", "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head></head><boolean>maybe</boolean></sparql>")
                                    << QStringLiteral("the boolean result is 'maybe'");
        QTest::newRow("an HTML page") << httpResponse("200 OK", "text/html", "<html>Welcome</html>")
                                      << QStringLiteral("not a SPARQL result format");
        QTest::newRow("fewer bytes than announced") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: 900\r\n\r\n{\"head\": {}, ")
                                                    << QStringLiteral("the connection broke off");
    }
    void malformedResultsAreErrors()
    {
        QFETCH(QByteArray, response);
        QFETCH(QString, message);
        auto server = test::FaultyHttpServer::answering(response);
        QString error;
        QVERIFY(!SparqlStore::connect(through(endpoint(), server->port()), &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        auto silent = test::FaultyHttpServer::silent();
        SparqlEndpoint e = through(endpoint(), silent->port());
        e.inactivityTimeoutMs = 1500;
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!SparqlStore::connect(e, &error));
        QVERIFY2(error.contains(QLatin1String("sent nothing for 1.5 s (timed out)")), qPrintable(error));
        QVERIFY2(clock.elapsed() < 15000, "the timeout did not end the request");
    }

    void aRequestCanBeCancelledFromAnotherThread()
    {
        auto server = test::FaultyHttpServer::answering(httpResponse("200 OK", "application/sparql-results+json", "{\"head\": {}, \"boolean\": true}"));
        SparqlEndpoint e = through(endpoint(), server->port());
        e.inactivityTimeoutMs = 60000;
        auto store = connected(e);
        QVERIFY(store);
        server->goSilent();
        SparqlStore *target = store.get();
        std::thread canceller([target]() {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            target->cancel();
        });
        QElapsedTimer clock;
        clock.start();
        QString error;
        const bool answered = target->query(QStringLiteral("ASK { }"), &error).has_value();
        canceller.join();
        QVERIFY(!answered);
        QVERIFY2(error.endsWith(QLatin1String("cancelled")), qPrintable(error));
        QVERIFY2(clock.elapsed() < 10000, "the cancellation did not end the request");
        // Refused until allowed again.
        QVERIFY(!target->query(QStringLiteral("ASK { }"), &error));
        QVERIFY2(error.endsWith(QLatin1String("cancelled")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSparqlStore)
#include "tst_sparqlstore.moc"
