// The knowledge graph on a SPARQL server, beyond what every store does (tst_triplestore): the
// paper's answers on Virtuoso after a push of the graph our importer builds, pull, and each fault
// the server or the network can show: a clear message, no partial push, the local store untouched.
#include "FaultyHttpServer.h"
#include "ReferenceGraph.h"
#include "TestData.h"
#include "VirtuosoServer.h"

#include "kg/GraphOpening.h"
#include "kg/GraphSync.h"
#include "store/redland/RedlandStore.h"
#include "store/sparql/SparqlStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
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

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// tinyml-kg with `arguments`, the secret in its environment as a user would set it.
Run tinymlKg(const QStringList &arguments, const QString &secret, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (secret.isNull())
        environment.remove(QStringLiteral("TINYML_SPARQL_SECRET"));
    else
        environment.insert(QStringLiteral("TINYML_SPARQL_SECRET"), secret);
    p.setProcessEnvironment(environment);
    p.start(qEnvironmentVariable("TINYML_KG"), arguments);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
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

    SparqlEndpoint endpoint(bool graphStore = true) const { return m_virtuoso.newGraphEndpoint(graphStore); }

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
        QVERIFY2(kg::pushGraph(local->store(), *server, &error, [&](qint64 sent, qint64) { lastSent = sent; }),
                 qPrintable(error));
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

    void theCommandLineWorksOnTheServer()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("TINYML_KG")), "TINYML_KG must name the tinyml-kg executable");
        const QString local = m_dir.filePath(QStringLiteral("cli-local"));
        QDir boards(QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards"));
        QStringList files;
        for (const QString &f : boards.entryList({QStringLiteral("paper_*.ttl")}))
            files << boards.filePath(f);
        Run run = tinymlKg(QStringList{QStringLiteral("--store"), local, QStringLiteral("import-rdf")} + files, {});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        SparqlEndpoint e = endpoint();
        e.secret.clear();
        const QString server = e.locator();
        QVERIFY2(server.startsWith(QLatin1String("sparql+http://127.0.0.1:")), qPrintable(server));
        run = tinymlKg({QStringLiteral("--store"), local, QStringLiteral("push"), server}, m_virtuoso.password());
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("triples pushed")), qPrintable(run.out + run.err));

        run = tinymlKg({QStringLiteral("--store"), server, QStringLiteral("stats")}, m_virtuoso.password());
        QVERIFY2(run.exitCode == 0 && run.out.contains(QRegularExpression(QStringLiteral("boards:\\s+6\\b"))),
                 qPrintable(run.out + run.err));
        run = tinymlKg({QStringLiteral("--store"), server, QStringLiteral("query"), QStringLiteral("-"),
                        QStringLiteral("--format"), QStringLiteral("csv")},
                       m_virtuoso.password(),
                       "SELECT (COUNT(*) AS ?n) WHERE { ?b a <https://www.w3.org/2019/wot/td#Thing> }");
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("\n6")), qPrintable(run.out + run.err));

        const QString copy = m_dir.filePath(QStringLiteral("cli-copy"));
        run = tinymlKg({QStringLiteral("--store"), copy, QStringLiteral("pull"), server}, m_virtuoso.password());
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("triples pulled")), qPrintable(run.out + run.err));
        const Run before = tinymlKg({QStringLiteral("--store"), local, QStringLiteral("stats")}, {});
        const Run after = tinymlKg({QStringLiteral("--store"), copy, QStringLiteral("stats")}, {});
        QCOMPARE(after.out.section(QLatin1Char('\n'), 1),
                 before.out.section(QLatin1Char('\n'), 1)); // all but the store line

        run = tinymlKg({QStringLiteral("--store"), server, QStringLiteral("stats")}, QStringLiteral("wrong"));
        QVERIFY2(run.exitCode == 1 && run.err.contains(QLatin1String("refused the credentials")), qPrintable(run.err));
        run = tinymlKg({QStringLiteral("--store"), server, QStringLiteral("stats")}, QString());
        QVERIFY2(run.exitCode == 1 && run.err.contains(QLatin1String("TINYML_SPARQL_SECRET")), qPrintable(run.err));
        run = tinymlKg(
            {QStringLiteral("--store"), QStringLiteral("sparql+http://127.0.0.1:1/sparql"), QStringLiteral("stats")},
            {});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QLatin1String("no graph given")), qPrintable(run.err));
    }

    void aPushCutOffChangesNothing()
    {
        SparqlEndpoint e = endpoint();
        e.inactivityTimeoutMs = 120000; // see below
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
        // The same push, uncut, goes through once Virtuoso has given up on the dead upload and
        // let go of its locks (until then a push waits, or fails with "Transaction timed out").
        QDeadlineTimer deadline(240000);
        bool done = false;
        while (!(done = kg::pushGraph(*local, *direct, &error)) && !deadline.hasExpired())
            QTest::qWait(2000);
        QVERIFY2(done, qPrintable(error));
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
            remote << RdfTriple{RdfTerm::iri(QStringLiteral("http://example.org/s%1").arg(i)),
                                RdfTerm::iri(QStringLiteral("http://example.org/id")),
                                RdfTerm::literal(QUuid::createUuid().toString())};
        QVERIFY(server->replaceGraph(remote, &error));
        auto local = localStore(numbered(QStringLiteral("mine"), 7));
        // Enough for the connection's ASK and the count, not for the graph (about 60 kB compressed).
        auto proxy = test::FaultyHttpServer::cuttingProxy(m_virtuoso.httpPort(), 20000);
        auto viaProxy = connected(through(e, proxy->port()));
        QVERIFY(viaProxy);
        qsizetype received = 0;
        QVERIFY2(!kg::pullGraph(*viaProxy, *local, kg::PullMode::Replace, &error, &received),
                 qPrintable(QStringLiteral("pulled %1 triples; cut: %2, connections: %3")
                                .arg(received)
                                .arg(proxy->hasCut())
                                .arg(proxy->connectionsSeen())));
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
        QVERIFY2(error.contains(QLatin1String("cannot reach the server")) && error.contains(QString::number(port)),
                 qPrintable(error));
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
        QVERIFY2(error.contains(QLatin1String("HTTP ")) && error.contains(QLatin1String("Virtuoso")),
                 qPrintable(error));
        QCOMPARE(store->tripleCount(), 0);
    }

    void serverErrorsCarryTheServersMessage()
    {
        auto store = connected(endpoint());
        QVERIFY(store);
        QString error;
        QVERIFY(!store->query(QStringLiteral("SELECT ?x WHERE { ?x ?p }"), &error));
        QVERIFY2(error.contains(QLatin1String("HTTP 400")) && error.contains(QLatin1String("SP030")),
                 qPrintable(error));

        auto failing = test::FaultyHttpServer::answering(
            httpResponse("500 Internal Server Error", "text/html",
                         "<html><body><h1>Error</h1><p>Transaction log is full</p></body></html>"));
        QVERIFY(!SparqlStore::connect(through(endpoint(), failing->port()), &error));
        QVERIFY2(error.contains(QLatin1String("HTTP 500")) && error.contains(QLatin1String("Transaction log is full"))
                     && !error.contains(QLatin1String("<p>")),
                 qPrintable(error));
    }

    void malformedResultsAreErrors_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<QString>("message");
        QTest::newRow("cut-off JSON") << httpResponse(
            "200 OK", "application/sparql-results+json",
            "{\"head\": {\"vars\": [\"x\"]}, \"results\": {\"bindings\": [{\"x\": {\"type\": \"uri\"")
                                      << QStringLiteral("not JSON");
        QTest::newRow("JSON without results")
            << httpResponse("200 OK", "application/sparql-results+json", "{\"head\": {}}")
            << QStringLiteral("neither a boolean");
        QTest::newRow("broken XML") << httpResponse(
            "200 OK", "application/sparql-results+xml",
            "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head></head><boolean>maybe</boolean></sparql>")
                                    << QStringLiteral("the boolean result is 'maybe'");
        QTest::newRow("an HTML page") << httpResponse("200 OK", "text/html", "<html>Welcome</html>")
                                      << QStringLiteral("not a SPARQL result format");
        QTest::newRow("fewer bytes than announced")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: "
                          "900\r\n\r\n{\"head\": {}, ")
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

    void sendsBasicAndBearerCredentials_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("challenge");
        QTest::newRow("basic") << int(SparqlEndpoint::Auth::Password)
                               << QByteArray("Basic " + QByteArray("plant:s3cret").toBase64())
                               << QByteArray("Basic realm=\"plant\"");
        QTest::newRow("bearer") << int(SparqlEndpoint::Auth::Bearer) << QByteArray("Bearer s3cret")
                                << QByteArray("Bearer");
    }
    void sendsBasicAndBearerCredentials()
    {
        // Virtuoso asks for digest (the suite's rows); these are what GraphDB, Fuseki and
        // Neptune's proxies ask for.
        QFETCH(int, auth);
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, challenge);
        auto server = test::FaultyHttpServer::answering(
            httpResponse("200 OK", "application/sparql-results+json", "{\"head\": {}, \"boolean\": true}"));
        server->requireAuthorization(authorization, challenge);
        SparqlEndpoint e = through(endpoint(), server->port());
        e.auth = SparqlEndpoint::Auth(auth);
        e.user = QStringLiteral("plant");
        e.secret = QStringLiteral("s3cret");
        QString error;
        QVERIFY2(SparqlStore::connect(e, &error), qPrintable(error));
        e.secret = QStringLiteral("guess");
        QVERIFY(!SparqlStore::connect(e, &error));
        QVERIFY2(error.contains(QLatin1String("refused the credentials (HTTP 401)")), qPrintable(error));
    }

    void anUntrustedCertificateIsRefusedUnlessPinned()
    {
        // A self-signed certificate, and its fingerprint as openssl prints it.
        const QString key = m_dir.filePath(QStringLiteral("server.key"));
        const QString certificate = m_dir.filePath(QStringLiteral("server.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), certificate, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0, "openssl could not make a certificate");
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-in"), certificate, QStringLiteral("-noout"),
                       QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        const QString fingerprint =
            QString::fromLatin1(openssl.readAllStandardOutput()).section(QLatin1Char('='), 1).trimmed().toUpper();
        QCOMPARE(fingerprint.size(), 95);

        auto server = test::FaultyHttpServer::answeringOverTls(
            httpResponse("200 OK", "application/sparql-results+json", "{\"head\": {}, \"boolean\": true}"),
            test::readWholeFile(certificate), test::readWholeFile(key));
        SparqlEndpoint e = endpoint();
        e.queryUrl = QUrl(QStringLiteral("https://127.0.0.1:%1/sparql").arg(server->port()));
        e.updateUrl = e.queryUrl;
        e.graphStoreUrl.clear();
        e.auth = SparqlEndpoint::Auth::None;
        QString error;
        QVERIFY(!SparqlStore::connect(e, &error));
        QVERIFY2(error.contains(QLatin1String("certificate is not trusted")) && error.contains(fingerprint),
                 qPrintable(error));
        e.pinnedCertificate = QStringList(32, QStringLiteral("00")).join(QLatin1Char(':')); // another certificate's
        QVERIFY(!SparqlStore::connect(e, &error));
        QVERIFY2(error.contains(QLatin1String("certificate is not trusted")), qPrintable(error));
        e.pinnedCertificate = fingerprint.toLower(); // as some tools print it
        auto store = SparqlStore::connect(e, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->refusedCertificate(), QString());
    }

    void aRequestCanBeCancelledFromAnotherThread()
    {
        auto server = test::FaultyHttpServer::answering(
            httpResponse("200 OK", "application/sparql-results+json", "{\"head\": {}, \"boolean\": true}"));
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
