// Deployment records as PROV-O in a real Redland store: history per board, newest first, and
// "what runs where" from the newest success per board.
#include "kg/DeploymentRecords.h"
#include "store/redland/RedlandStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tinyml;
using kg::DeploymentRecord;

class TestDeploymentRecords : public QObject
{
    Q_OBJECT

private slots:
    void historyAndCurrentModel();
    void provenanceVocabulary();
};

namespace {

DeploymentRecord record(const QString &board, const QString &address, const QString &model, int minute, bool ok)
{
    DeploymentRecord r;
    r.boardIri = board;
    r.bleAddress = address;
    r.boardName = QStringLiteral("Nano");
    r.modelIri = model;
    r.modelName = model.section(QLatin1Char('/'), -1);
    r.modelSha256 = QString(64, QLatin1Char('a'));
    r.started = QDateTime(QDate(2026, 11, 23), QTime(10, minute), Qt::UTC);
    r.ended = r.started.addSecs(5);
    r.outcome = ok ? kg::DeploymentRecord::Outcome::Running : kg::DeploymentRecord::Outcome::Failed;
    r.error = ok ? QString() : QStringLiteral("the link to the board was lost (after 3 attempts)");
    r.attempts = ok ? 1 : 3;
    return r;
}

} // namespace

void TestDeploymentRecords::historyAndCurrentModel()
{
    QTemporaryDir dir;
    QString error;
    auto store = store::RedlandStore::open(dir.path(), &error);
    QVERIFY2(store, qPrintable(error));
    const QString nano = QStringLiteral("http://tinyml-schema.org/tinyml-demo/nano");
    const QString other = QStringLiteral("http://tinyml-schema.org/tinyml-demo/other");
    const QString kws = QStringLiteral("http://tinyml-schema.org/neuralnetwork/kws");
    const QString vww = QStringLiteral("http://tinyml-schema.org/neuralnetwork/vww");
    const QList<DeploymentRecord> records = {
        record(nano, QStringLiteral("C0:FF:EE:00:00:01"), kws, 1, true),
        record(nano, QStringLiteral("C0:FF:EE:00:00:01"), vww, 2, false),
        record(other, QStringLiteral("C0:FF:EE:00:00:02"), vww, 3, true),
        record(QString(), QStringLiteral("c0:ff:ee:00:00:09"), kws, 4, true), // a board the graph does not know
        record(other, QStringLiteral("C0:FF:EE:00:00:02"), kws, 5, true),     // replaces vww there
    };
    QVERIFY2(store->commit(kg::deploymentRecordChange(records), &error), qPrintable(error));

    // The console's example query says the same as currentDeployments().
    QFile whatRunsWhere(QStringLiteral(TINYML_SOURCE_DIR "/resources/queries/4-what-runs-where.rq"));
    QVERIFY(whatRunsWhere.open(QIODevice::ReadOnly));
    const auto where = store->query(QString::fromUtf8(whatRunsWhere.readAll()), &error);
    QVERIFY2(where, qPrintable(error));
    QCOMPARE(where->rows.size(), 3);
    QCOMPARE(where->rows.at(0).at(0).value(), QStringLiteral("C0:FF:EE:00:00:01"));
    QCOMPARE(where->rows.at(0).at(2).value(), kws);
    QCOMPARE(where->rows.at(1).at(0).value(), QStringLiteral("C0:FF:EE:00:00:02"));
    QCOMPARE(where->rows.at(1).at(2).value(), kws); // the newer success
    QCOMPARE(where->rows.at(2).at(0).value(), QStringLiteral("C0:FF:EE:00:00:09"));

    const auto history = kg::deploymentHistory(*store, nano, QString(), &error);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).modelIri, vww); // newest first
    QVERIFY(!history->at(0).delivered());
    QCOMPARE(history->at(0).attempts, 3);
    QVERIFY(history->at(0).error.contains(QLatin1String("link")));
    QCOMPARE(history->at(1).started, records.at(0).started);
    QCOMPARE(history->at(1).ended, records.at(0).ended);

    const auto byAddress = kg::deploymentHistory(*store, QString(), QStringLiteral("C0:FF:EE:00:00:09"), &error);
    QVERIFY2(byAddress, qPrintable(error));
    QCOMPARE(byAddress->size(), 1);
    QVERIFY(byAddress->first().boardIri.isEmpty());

    // The failed later attempt does not replace what runs on a board; a later success does.
    const auto current = kg::currentDeployments(*store, &error);
    QVERIFY2(current, qPrintable(error));
    QCOMPARE(current->size(), 3);
    for (const DeploymentRecord &r : *current) {
        QVERIFY(r.delivered());
        QCOMPARE(r.modelIri, kws);
    }

    // By IRI or address together, as the Deploy view asks; an invalid IRI is refused.
    const auto both = kg::deploymentHistory(*store, other, QStringLiteral("C0:FF:EE:00:00:09"), &error);
    QVERIFY2(both, qPrintable(error));
    QCOMPARE(both->size(), 3);
    QVERIFY(!kg::deploymentHistory(*store, QStringLiteral("http://x/a>b"), QString(), &error));
    QVERIFY(!error.isEmpty());
}

void TestDeploymentRecords::provenanceVocabulary()
{
    // Any PROV-O tool sees activities that used a model, with their times.
    QTemporaryDir dir;
    QString error;
    auto store = store::RedlandStore::open(dir.path(), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->commit(
        kg::deploymentRecordChange({record(QStringLiteral("http://x/b"), QStringLiteral("C0:FF:EE:00:00:01"),
                                           QStringLiteral("http://x/m"), 7, true)}),
        &error));
    const auto result = store->query(
        QStringLiteral(
            "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
            "SELECT ?model ?start WHERE { ?a a prov:Activity ; prov:used ?model ; prov:startedAtTime ?start }"),
        &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->rows.size(), 1);
    QCOMPARE(result->rows.first().at(0).value(), QStringLiteral("http://x/m"));
    QCOMPARE(result->rows.first().at(1).datatype(), QStringLiteral("http://www.w3.org/2001/XMLSchema#dateTime"));
}

QTEST_GUILESS_MAIN(TestDeploymentRecords)
#include "tst_deploymentrecords.moc"
