// A query's result written as SPARQL 1.1 CSV, TSV and JSON: each format escaped as its
// specification says (a literal holding a comma, a quote, a newline and a tab), the JSON read back
// by Qt's parser and by our own SPARQL results reader to the same terms, and a file that cannot be
// written left as it was with the reason.
#include "store/QueryResultFiles.h"
#include "store/sparql/SparqlResults.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tinyml;
using namespace tinyml::store;

namespace {

const QString kAwkward = QStringLiteral("a, \"quoted\"\nline\tand tab");
const QString kModel = QStringLiteral("http://tinyml-schema.org/networkschema#Model_1");

QueryResult sample()
{
    QueryResult result;
    result.variables = {QStringLiteral("model"), QStringLiteral("note"), QStringLiteral("macs"),
                        QStringLiteral("label"), QStringLiteral("node")};
    result.rows << QList<rdf::RdfTerm>{rdf::RdfTerm::iri(kModel), rdf::RdfTerm::literal(kAwkward),
                                       rdf::RdfTerm::integer(42),
                                       rdf::RdfTerm::literal(QStringLiteral("Modell"), {}, QStringLiteral("de")),
                                       rdf::RdfTerm::blank(QStringLiteral("b0"))};
    result.rows << QList<rdf::RdfTerm>{rdf::RdfTerm::iri(kModel), rdf::RdfTerm(), rdf::RdfTerm(), rdf::RdfTerm(),
                                       rdf::RdfTerm()}; // unbound
    return result;
}

} // namespace

class TestQueryResultFiles : public QObject
{
    Q_OBJECT

private slots:
    void formatsByExtension()
    {
        QCOMPARE(queryResultFormatOf(QStringLiteral("/x/r.CSV")), QueryResultFormat::Csv);
        QCOMPARE(queryResultFormatOf(QStringLiteral("r.tsv")), QueryResultFormat::Tsv);
        QCOMPARE(queryResultFormatOf(QStringLiteral("r.json")), QueryResultFormat::Json);
        QCOMPARE(queryResultFormatOf(QStringLiteral("r.srj")), QueryResultFormat::Json);
        QVERIFY(!queryResultFormatOf(QStringLiteral("r.txt")));
    }

    void csvQuotesWhatNeedsIt()
    {
        const QString csv = QString::fromUtf8(formatQueryResult(sample(), QueryResultFormat::Csv));
        const QString expected = QStringLiteral("model,note,macs,label,node\r\n") + kModel
            + QStringLiteral(",\"a, \"\"quoted\"\"\nline\tand tab\",42,Modell,_:b0\r\n") + kModel
            + QStringLiteral(",,,,\r\n");
        QCOMPARE(csv, expected);
    }

    void tsvWritesTermsWithTabsAndNewlinesEscaped()
    {
        const QString tsv = QString::fromUtf8(formatQueryResult(sample(), QueryResultFormat::Tsv));
        const QStringList lines = tsv.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4); // header, two rows, the final newline
        QCOMPARE(lines[0], QStringLiteral("?model\t?note\t?macs\t?label\t?node"));
        const QStringList fields = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 5); // the literal's tab is escaped, not a column
        QCOMPARE(fields[0], QLatin1Char('<') + kModel + QLatin1Char('>'));
        QCOMPARE(fields[1], QStringLiteral("\"a, \\\"quoted\\\"\\nline\\tand tab\""));
        QCOMPARE(fields[2], QStringLiteral("\"42\"^^<http://www.w3.org/2001/XMLSchema#integer>"));
        QCOMPARE(fields[3], QStringLiteral("\"Modell\"@de"));
        QCOMPARE(fields[4], QStringLiteral("_:b0"));
        QCOMPARE(lines[2], QLatin1Char('<') + kModel + QStringLiteral(">\t\t\t\t"));
        QCOMPARE(lines[3], QString());
    }

    void jsonReadsBackToTheSameTerms()
    {
        const QByteArray bytes = formatQueryResult(sample(), QueryResultFormat::Json);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        const QJsonObject root = document.object();
        QCOMPARE(root[QStringLiteral("head")][QStringLiteral("vars")].toArray().size(), 5);
        const QJsonArray bindings = root[QStringLiteral("results")][QStringLiteral("bindings")].toArray();
        QCOMPARE(bindings.size(), 2);
        const QJsonObject first = bindings[0].toObject();
        QCOMPARE(first[QStringLiteral("model")][QStringLiteral("type")].toString(), QStringLiteral("uri"));
        QCOMPARE(first[QStringLiteral("note")][QStringLiteral("value")].toString(), kAwkward);
        QCOMPARE(first[QStringLiteral("label")][QStringLiteral("xml:lang")].toString(), QStringLiteral("de"));
        QCOMPARE(first[QStringLiteral("node")][QStringLiteral("type")].toString(), QStringLiteral("bnode"));
        QVERIFY(!bindings[1].toObject().contains(QStringLiteral("note"))); // unbound: no member

        QString error;
        const auto parsed = parseSparqlJson(bytes, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->variables, sample().variables);
        QCOMPARE(parsed->rows, sample().rows);
    }

    void askAndConstructResults()
    {
        QueryResult ask;
        ask.kind = QueryResult::Kind::Boolean;
        ask.boolean = true;
        const QJsonObject root = QJsonDocument::fromJson(formatQueryResult(ask, QueryResultFormat::Json)).object();
        QCOMPARE(root[QStringLiteral("boolean")].toBool(), true);
        QString error;
        const auto parsed = parseSparqlJson(formatQueryResult(ask, QueryResultFormat::Json), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->kind, QueryResult::Kind::Boolean);
        QVERIFY(parsed->boolean);

        QueryResult graph;
        graph.kind = QueryResult::Kind::Graph;
        graph.triples << rdf::RdfTriple{rdf::RdfTerm::iri(kModel),
                                        rdf::RdfTerm::iri(QStringLiteral("https://schema.org/name")),
                                        rdf::RdfTerm::literal(QStringLiteral("Model 1"))};
        QCOMPARE(QString::fromUtf8(formatQueryResult(graph, QueryResultFormat::Csv)),
                 QStringLiteral("subject,predicate,object\r\n") + kModel
                     + QStringLiteral(",https://schema.org/name,Model 1\r\n"));
    }

    void writingReplacesTheFileWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("r.json"));
        QString error;
        QVERIFY2(writeQueryResult(sample(), QueryResultFormat::Json, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), formatQueryResult(sample(), QueryResultFormat::Json));
    }

    void aFileThatCannotBeWrittenSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("no-such-folder/r.csv"));
        QString error;
        QVERIFY(!writeQueryResult(sample(), QueryResultFormat::Csv, path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestQueryResultFiles)
#include "tst_queryresultfiles.moc"
