// One suite for every TripleStore backend (as Soprano runs one suite against each of its
// backends): transactions, queries, import and export, bad input. Each test runs once per backend
// row: the embedded Redland store in memory and on disk, and a real Virtuoso that the suite starts
// on loopback (each store is a graph of its own there), reached with and without the Graph Store
// protocol.
#include "TestData.h"
#include "VirtuosoServer.h"

#include "store/QueryControl.h"
#include "store/redland/RedlandStore.h"
#include "store/sparql/SparqlStore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace tinyml;
using namespace tinyml::store;
using rdf::RdfTerm;
using rdf::RdfTriple;

Q_DECLARE_METATYPE(std::function<std::unique_ptr<TripleStore>(const QString &)>)
using StoreFactory = std::function<std::unique_ptr<TripleStore>(const QString &)>;

namespace {

const QString kEx = QStringLiteral("http://example.org/");

// The server the SPARQL rows use, started once for the whole run.
test::VirtuosoServer *g_virtuoso = nullptr;

StoreFactory sparqlStoreFactory(bool graphStoreProtocol)
{
    return [graphStoreProtocol](const QString &) -> std::unique_ptr<TripleStore> {
        QString error;
        auto store = SparqlStore::connect(g_virtuoso->newGraphEndpoint(graphStoreProtocol), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    };
}

RdfTriple triple(const QString &s, const QString &p, const RdfTerm &o)
{
    return {RdfTerm::iri(kEx + s), RdfTerm::iri(kEx + p), o};
}

// Sorted N-Triples lines with blank node labels replaced by a label built from the node's own
// non-blank statements: enough to compare the small graphs of these tests up to isomorphism.
QStringList canonical(const QList<RdfTriple> &triples)
{
    QHash<QString, QStringList> signature;
    for (const RdfTriple &t : triples) {
        if (t.subject.isBlank() && !t.object.isBlank())
            signature[t.subject.value()] << t.predicate.toNTriples() + t.object.toNTriples();
    }
    auto name = [&](const RdfTerm &term) {
        if (!term.isBlank())
            return term.toNTriples();
        QStringList parts = signature.value(term.value());
        parts.sort();
        return QStringLiteral("_:{%1}").arg(parts.join(QLatin1Char('|')));
    };
    QStringList lines;
    for (const RdfTriple &t : triples)
        lines << name(t.subject) + QLatin1Char(' ') + name(t.predicate) + QLatin1Char(' ') + name(t.object);
    lines.sort();
    return lines;
}

QList<RdfTriple> doublesByValue(QList<RdfTriple> triples)
{
    for (RdfTriple &t : triples) {
        if (t.object.isLiteral() && t.object.datatype() == rdf::xsd::doubleType)
            t.object = RdfTerm::literal(QString::number(t.object.value().toDouble(), 'g', 17), rdf::xsd::doubleType);
    }
    return triples;
}

// What an import does: read every file, then commit everything in one transaction.
bool importInto(TripleStore &store, const QStringList &paths, QString *error)
{
    ChangeSet changes;
    for (const QString &path : paths) {
        auto triples = rdf::readRdfFile(path, error);
        if (!triples)
            return false;
        rdf::relabelBlankNodes(*triples);
        changes.additions << *triples;
    }
    return store.commit(changes, error);
}

QList<RdfTriple> everything(TripleStore &store)
{
    QString error;
    const auto result = store.query(QStringLiteral("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), &error);
    return result ? result->triples : QList<RdfTriple>();
}

} // namespace

class TestTripleStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;
    test::VirtuosoServer m_virtuoso;

    std::unique_ptr<TripleStore> makeStore()
    {
        QFETCH(StoreFactory, factory);
        auto store = factory(m_dir.filePath(QStringLiteral("store%1").arg(++m_stores)));
        if (!store)
            qFatal("the backend could not create a store");
        return store;
    }

    static void addBackends()
    {
        QTest::addColumn<StoreFactory>("factory");
        QTest::newRow("redland in memory") << StoreFactory(
            [](const QString &) -> std::unique_ptr<TripleStore> { return RedlandStore::createInMemory(); });
        QTest::newRow("redland persistent") << StoreFactory([](const QString &dir) -> std::unique_ptr<TripleStore> {
            QString error;
            auto store = RedlandStore::open(dir, &error);
            if (!store)
                qWarning("%s", qPrintable(error));
            return store;
        });
        if (g_virtuoso) {
            QTest::newRow("virtuoso, graph store protocol") << sparqlStoreFactory(true);
            QTest::newRow("virtuoso, update only") << sparqlStoreFactory(false);
        }
    }

    QString write(const QString &name, const QByteArray &text)
    {
        return test::writeWholeFile(m_dir.filePath(name), text);
    }

private slots:
    void initTestCase()
    {
        const QString missing = test::VirtuosoServer::unavailableReason();
        if (!missing.isEmpty()) {
            qWarning("%s: the SPARQL backend rows are left out", qPrintable(missing));
            return;
        }
        QString error;
        if (!m_virtuoso.start(&error))
            QFAIL(qPrintable(error));
        g_virtuoso = &m_virtuoso;
    }

    void cleanupTestCase()
    {
        g_virtuoso = nullptr;
        m_virtuoso.stop();
    }

    void commitsAddsAndRemoves_data() { addBackends(); }
    void commitsAddsAndRemoves()
    {
        auto store = makeStore();
        QString error;
        QVERIFY2(store->commit({{},
                                {triple("a", "p", RdfTerm::integer(1)), triple("a", "p", RdfTerm::integer(2)),
                                 triple("b", "q", RdfTerm::literal(QStringLiteral("x"), {}, QStringLiteral("en")))}},
                               &error),
                 qPrintable(error));
        QCOMPARE(store->tripleCount(), 3);
        // Adding a present triple again changes nothing; removing an absent one neither.
        QVERIFY(store->commit({{triple("a", "p", RdfTerm::integer(1)), triple("zz", "p", RdfTerm::integer(9))},
                               {triple("a", "p", RdfTerm::integer(2))}},
                              &error));
        QCOMPARE(store->tripleCount(), 2);
        const auto result = store->query(
            QStringLiteral("SELECT ?o WHERE { <http://example.org/a> <http://example.org/p> ?o }"), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->rows.size(), 1);
        QCOMPARE(result->rows[0][0], RdfTerm::integer(2));
    }

    void commitIsAllOrNothing_data() { addBackends(); }
    void commitIsAllOrNothing()
    {
        auto store = makeStore();
        QString error;
        QVERIFY(store->commit({{}, {triple("a", "p", RdfTerm::integer(1))}}, &error));
        const RdfTriple literalSubject{RdfTerm::literal(QStringLiteral("oops")),
                                       RdfTerm::iri(kEx + QStringLiteral("p")), RdfTerm::integer(1)};
        QVERIFY(!store->commit(
            {{triple("a", "p", RdfTerm::integer(1))}, {triple("b", "p", RdfTerm::integer(2)), literalSubject}},
            &error));
        QVERIFY2(error.contains(QLatin1String("subject must be an IRI")), qPrintable(error));
        QCOMPARE(store->tripleCount(), 1);
        QCOMPARE(everything(*store), QList<RdfTriple>{triple("a", "p", RdfTerm::integer(1))});
    }

    void removesStatementsAboutBlankNodes_data() { addBackends(); }
    void removesStatementsAboutBlankNodes()
    {
        auto store = makeStore();
        const QString path = write(QStringLiteral("parts.ttl"), R"(
            @prefix ex: <http://example.org/> .
            ex:board ex:hasPart [ a ex:Camera ; ex:pixels 96 ] , [ a ex:Microphone ] .
        )");
        QString error;
        QVERIFY2(importInto(*store, {path}, &error), qPrintable(error));
        // The blank nodes as the store names them (a server names them its own way).
        QList<RdfTriple> camera;
        const QList<RdfTriple> all = everything(*store);
        RdfTerm node;
        for (const RdfTriple &t : all)
            if (t.object == RdfTerm::iri(kEx + QStringLiteral("Camera")))
                node = t.subject;
        QVERIFY(node.isBlank());
        for (const RdfTriple &t : all)
            if (t.subject == node || t.object == node)
                camera << t;
        QCOMPARE(camera.size(), 3);
        QVERIFY2(store->commit({camera, {}}, &error), qPrintable(error));
        QCOMPARE(store->tripleCount(), 2);
        const auto left = store->query(QStringLiteral("ASK { <http://example.org/board> <http://example.org/hasPart> [ "
                                                      "a <http://example.org/Microphone> ] }"),
                                       &error);
        QVERIFY2(left && left->boolean, qPrintable(error));
    }

    void commitsLargeChangesWhole_data() { addBackends(); }
    void commitsLargeChangesWhole()
    {
        // Larger than a SPARQL backend sends in one Update request: it stages the additions.
        auto store = makeStore();
        QString error;
        QVERIFY(store->commit({{}, {triple("old", "p", RdfTerm::integer(1))}}, &error));
        ChangeSet big;
        big.removals << triple("old", "p", RdfTerm::integer(1));
        for (int i = 0; i < 25000; ++i)
            big.additions << triple(QStringLiteral("m%1").arg(i), "macs", RdfTerm::integer(7387976 + i));
        QVERIFY2(store->commit(big, &error), qPrintable(error));
        QCOMPARE(store->tripleCount(), 25000);
        const auto sum =
            store->query(QStringLiteral("SELECT (MAX(?m) AS ?max) WHERE { ?s <http://example.org/macs> ?m }"), &error);
        QVERIFY2(sum, qPrintable(error));
        QCOMPARE(sum->rows.value(0).value(0).value(), QStringLiteral("7412975"));
        // A large change with a bad triple at its end changes nothing.
        ChangeSet bad = big;
        std::swap(bad.removals, bad.additions);
        bad.additions << RdfTriple{RdfTerm::literal(QStringLiteral("oops")), RdfTerm::iri(kEx + QStringLiteral("p")),
                                   RdfTerm::integer(1)};
        QVERIFY(!store->commit(bad, &error));
        QCOMPARE(store->tripleCount(), 25000);
    }

    void refusesTermsItCouldNotReadBack_data() { addBackends(); }
    void refusesTermsItCouldNotReadBack()
    {
        auto store = makeStore();
        const QList<QPair<RdfTriple, QString>> cases = {
            {triple("a", "p", RdfTerm::iri(QStringLiteral("relative/path"))), QStringLiteral("not an absolute IRI")},
            {triple("a", "p", RdfTerm::iri(QStringLiteral("http://example.org/with space"))),
             QStringLiteral("no IRI may hold")},
            {triple("a", "p", RdfTerm::iri(QStringLiteral("http://example.org/<b>"))),
             QStringLiteral("no IRI may hold")},
            {triple("a", "p", RdfTerm::iri(QStringLiteral("http://example.org/{x}|^`"))),
             QStringLiteral("no IRI may hold")},
            {triple("a", "p", RdfTerm::literal(QStringLiteral("x"), {}, QStringLiteral("en us"))),
             QStringLiteral("not a language tag")},
            {{RdfTerm::blank(QStringLiteral("a b")), RdfTerm::iri(kEx + QStringLiteral("p")), RdfTerm::integer(1)},
             QStringLiteral("not a blank node label")},
        };
        for (const auto &[bad, message] : cases) {
            QString error;
            QVERIFY(!store->commit({{}, {triple("ok", "p", RdfTerm::integer(1)), bad}}, &error));
            QVERIFY2(error.contains(message), qPrintable(error));
        }
        QCOMPARE(store->tripleCount(), 0);
    }

    void keepsAwkwardTextExactly_data() { addBackends(); }
    void keepsAwkwardTextExactly()
    {
        auto store = makeStore();
        const QList<RdfTriple> awkward = {
            triple("a", "p", RdfTerm::literal(QStringLiteral("quote \" backslash \\ newline \n return \r tab \t"))),
            triple("a", "p",
                   RdfTerm::literal(QStringLiteral("bell \u0007 and emoji \U0001F600 and \u00e9"), {},
                                    QStringLiteral("fr-CA"))),
            triple("a", "p", RdfTerm::iri(QStringLiteral("http://example.org/caf%C3%A9?q=1&r=~#frag"))),
            triple(
                "a", "p",
                RdfTerm::literal(QStringLiteral("3.5e2"), QStringLiteral("http://www.w3.org/2001/XMLSchema#double"))),
        };
        QString error;
        QVERIFY2(store->commit({{}, awkward}, &error), qPrintable(error));
        for (RdfFormat format : {RdfFormat::Turtle, RdfFormat::NTriples}) {
            const QString exported = m_dir.filePath(format == RdfFormat::Turtle ? QStringLiteral("awkward.ttl")
                                                                                : QStringLiteral("awkward.nt"));
            QVERIFY2(store->exportFile(exported, format, &error), qPrintable(error));
            auto copy = RedlandStore::createInMemory();
            QVERIFY2(importInto(*copy, {exported}, &error), qPrintable(error));
            // Text stays exactly as it was; a number may come back in another spelling of the
            // same value (Virtuoso writes 3.5e2 as 350.0).
            QCOMPARE(canonical(doublesByValue(everything(*copy))), canonical(doublesByValue(awkward)));
        }
    }

    void answersQueryForms_data() { addBackends(); }
    void answersQueryForms()
    {
        auto store = makeStore();
        QString error;
        QVERIFY(store->commit({{},
                               {triple("a", "type", RdfTerm::iri(kEx + QStringLiteral("Board"))),
                                triple("a", "ram", RdfTerm::integer(256)),
                                triple("b", "type", RdfTerm::iri(kEx + QStringLiteral("Board"))),
                                triple("b", "ram", RdfTerm::integer(64))}},
                              &error));
        const auto select = store->query(QStringLiteral("PREFIX ex: <http://example.org/> SELECT ?b ?r WHERE { ?b "
                                                        "ex:type ex:Board ; ex:ram ?r . FILTER(?r >= 100) }"),
                                         &error);
        QVERIFY2(select, qPrintable(error));
        QCOMPARE(select->kind, QueryResult::Kind::Bindings);
        QCOMPARE(select->variables, (QStringList{QStringLiteral("b"), QStringLiteral("r")}));
        QCOMPARE(select->rows.size(), 1);
        QCOMPARE(select->rows[0][0], RdfTerm::iri(kEx + QStringLiteral("a")));

        const auto ask = store->query(QStringLiteral("ASK { ?b <http://example.org/ram> 64 }"), &error);
        QVERIFY2(ask, qPrintable(error));
        QCOMPARE(ask->kind, QueryResult::Kind::Boolean);
        QVERIFY(ask->boolean);

        const auto construct = store->query(QStringLiteral("CONSTRUCT { ?b <http://example.org/big> true } WHERE { ?b "
                                                           "<http://example.org/ram> ?r FILTER(?r > 100) }"),
                                            &error);
        QVERIFY2(construct, qPrintable(error));
        QCOMPARE(construct->kind, QueryResult::Kind::Graph);
        QCOMPARE(construct->triples.size(), 1);
    }

    void reportsQueryErrors_data() { addBackends(); }
    void reportsQueryErrors()
    {
        auto store = makeStore();
        QString error;
        QVERIFY(!store->query(QStringLiteral("SELECT ?x WHERE { ?x ?p }"), &error));
        QVERIFY2(!error.isEmpty(), "no message for a syntax error");
    }

    // A query a person typed ends at its time limit, with that said, and the store goes on.
    void aTypedQueryEndsAtItsTimeLimit_data() { addBackends(); }
    void aTypedQueryEndsAtItsTimeLimit()
    {
        auto store = makeStore();
        QString error;
        ChangeSet changes;
        for (int i = 0; i < 1000; ++i)
            changes.additions << triple(QStringLiteral("s%1").arg(i), QStringLiteral("p"), RdfTerm::integer(i));
        QVERIFY2(store->commit(changes, &error), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!store->runQuery(QStringLiteral("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"),
                                 std::make_shared<QueryControl>(1), &error));
        QVERIFY2(error.endsWith(QLatin1String("the query ran longer than the time limit of 1 s")), qPrintable(error));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        const auto after =
            store->runQuery(QStringLiteral("ASK { ?s ?p 999 }"), std::make_shared<QueryControl>(30), &error);
        QVERIFY2(after, qPrintable(error));
        QVERIFY(after->boolean);
    }

    void importsTurtleAndExportsIsomorphic_data() { addBackends(); }
    void importsTurtleAndExportsIsomorphic()
    {
        auto store = makeStore();
        const QString path = write(QStringLiteral("board.ttl"), R"(
            @prefix ex: <http://example.org/> .
            ex:board ex:hasSubSystem [ a ex:Camera ] , [ a ex:Microphone ] ;
                     ex:label "Board \"one\""@en ; ex:ram 256 ; ex:ratio 0.5 .
        )");
        QString error;
        QVERIFY2(importInto(*store, {path}, &error), qPrintable(error));
        QCOMPARE(store->tripleCount(), 7);

        for (RdfFormat format : {RdfFormat::Turtle, RdfFormat::NTriples}) {
            const QString exported =
                m_dir.filePath(format == RdfFormat::Turtle ? QStringLiteral("out.ttl") : QStringLiteral("out.nt"));
            QVERIFY2(store->exportFile(exported, format, &error), qPrintable(error));
            auto copy = RedlandStore::createInMemory();
            QVERIFY2(importInto(*copy, {exported}, &error), qPrintable(error));
            QCOMPARE(canonical(everything(*copy)), canonical(everything(*store)));
        }
    }

    void importingTwiceKeepsBlankNodesApart_data() { addBackends(); }
    void importingTwiceKeepsBlankNodesApart()
    {
        auto store = makeStore();
        const QString path = write(QStringLiteral("blank.ttl"), "_:b1 <http://example.org/p> 1 .\n");
        QString error;
        QVERIFY(importInto(*store, {path}, &error));
        QVERIFY(importInto(*store, {path}, &error));
        QCOMPARE(store->tripleCount(), 2);
    }

    void brokenTurtleChangesNothing_data() { addBackends(); }
    void brokenTurtleChangesNothing()
    {
        auto store = makeStore();
        QString error;
        QVERIFY(store->commit({{}, {triple("a", "p", RdfTerm::integer(1))}}, &error));
        const QString path = write(QStringLiteral("broken.ttl"),
                                   "@prefix ex: <http://example.org/> .\nex:a ex:p 2 .\nex:b ex:p \"unterminated .\n");
        QVERIFY(!importInto(*store, {path}, &error));
        QVERIFY2(error.startsWith(path + QLatin1String(": line ")), qPrintable(error));
        QCOMPARE(store->tripleCount(), 1);
        QVERIFY(!importInto(*store, {m_dir.filePath(QStringLiteral("missing.ttl"))}, &error));
        QVERIFY2(error.contains(QLatin1String("no such file")), qPrintable(error));
        // A good file and a broken one: nothing of either.
        const QString good = write(QStringLiteral("good.ttl"), "<http://example.org/g> <http://example.org/p> 1 .\n");
        QVERIFY(!importInto(*store, {good, path}, &error));
        QCOMPARE(store->tripleCount(), 1);
    }

    void runsThePapersQueriesOnItsKnowledgeGraph_data() { addBackends(); }
    void runsThePapersQueriesOnItsKnowledgeGraph()
    {
        const QString reference = test::referenceDir();
        if (reference.isEmpty())
            QSKIP(test::kNoReferenceData);
        auto store = makeStore();
        QString error;
        const QDir kg(reference + QStringLiteral("/kg"));
        for (const QString &file : kg.entryList({QStringLiteral("*.ttl")}))
            QVERIFY2(importInto(*store, {kg.filePath(file)}, &error), qPrintable(error));

        auto column = [&](const char *queryFile, const char *variable) {
            const QString text = QString::fromUtf8(
                test::readWholeFile(reference + QStringLiteral("/queries/") + QLatin1String(queryFile)));
            const auto result = store->query(text, &error);
            if (!result)
                qWarning("%s: %s", queryFile, qPrintable(error));
            QStringList values;
            const int c = result ? int(result->variables.indexOf(QLatin1String(variable))) : -1;
            for (const auto &row : result ? result->rows : QList<QList<RdfTerm>>())
                values << (c >= 0 ? row[c].value() : QString());
            return values;
        };
        QStringList boards = column("case1_boards_for_model.rq", "Board");
        boards.sort();
        QCOMPARE(boards.size(), 2);
        QVERIFY(boards[0].endsWith(QLatin1String("-002")) && boards[1].endsWith(QLatin1String("-003")));
        // Cases 2 and 3 answer with the models' identifiers; the paper names them.
        auto names = [&](const QStringList &uuids) {
            QStringList result;
            for (const QString &uuid : uuids) {
                const auto r = store->query(QStringLiteral("SELECT ?name WHERE { ?n <https://schema.org/identifier> "
                                                           "\"%1\" ; <https://schema.org/name> ?name }")
                                                .arg(uuid),
                                            &error);
                result << (r && r->rows.size() == 1 ? r->rows[0][0].value() : QStringLiteral("?"));
            }
            return result;
        };
        QStringList models = names(column("case2_models_for_board.rq", "uuid"));
        models.sort();
        QCOMPARE(models, (QStringList{QStringLiteral("Person_Detection"), QStringLiteral("Visual_Alarm_Clock")}));
        QCOMPARE(names(column("case3_benchmark_task.rq", "uuid")),
                 (QStringList{QStringLiteral("Micro_Speech_Yes_No_2"), QStringLiteral("Micro_Speech_Yes_No_4"),
                              QStringLiteral("Micro_Speech_Yes_No_1"), QStringLiteral("Micro_Speech_Yes_No_3")}));
    }
};

QTEST_GUILESS_MAIN(TestTripleStore)
#include "tst_triplestore.moc"
