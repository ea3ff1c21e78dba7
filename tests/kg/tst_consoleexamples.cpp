// Every example query the SPARQL console ships gives, on the default store and on the paper's
// data, the rows its header comment promises: the typed questions' answer for the same
// parameters, in the order the example promises. The examples are read from the resources the
// application carries, so an example without a check here fails.
#include "ReferenceGraph.h"
#include "TestData.h"
#include "kg/DeploymentRecords.h"
#include "kg/GraphOpening.h"
#include "kg/Questions.h"
#include "kg/Vocabulary.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tinyml;
using namespace tinyml::kg;

namespace {

// One column of a query's rows, as lexical values (empty where unbound).
QStringList column(const store::QueryResult &result, const char *variable)
{
    const qsizetype c = result.variables.indexOf(QLatin1String(variable));
    QStringList values;
    for (const auto &row : result.rows)
        values << (c < 0 ? QStringLiteral("<no column %1>").arg(QLatin1String(variable)) : row.value(c).value());
    return values;
}

QStringList namesOf(const QList<const ModelEntry *> &models)
{
    QStringList names;
    for (const ModelEntry *m : models)
        names << m->name;
    return names;
}

// What the deployment records of a store say, against its own boards and models: each outcome
// that decides what runs where, a legacy tinyml:Succeeded and a device the graph does not know.
store::ChangeSet deployments(const Catalogue &catalogue)
{
    using Outcome = DeploymentRecord::Outcome;
    auto record = [&](int board, const char *address, int model, int minute, Outcome outcome) {
        DeploymentRecord r;
        if (board >= 0) {
            r.boardIri = catalogue.boards.at(board).iri;
            r.boardName = catalogue.boards.at(board).name;
        }
        r.bleAddress = QLatin1String(address);
        r.modelIri = catalogue.models.at(model).iri;
        r.modelName = catalogue.models.at(model).name;
        r.modelSha256 = catalogue.models.at(model).sha256;
        r.started = QDateTime(QDate(2026, 11, 23), QTime(10, minute), Qt::UTC);
        r.ended = r.started.addSecs(5);
        r.outcome = outcome;
        r.attempts = 1;
        return r;
    };
    store::ChangeSet change = deploymentRecordChange({
        record(0, "C0:FF:EE:00:00:01", 0, 1, Outcome::Running),
        record(0, "C0:FF:EE:00:00:01", 1, 2, Outcome::Failed), // a failed transfer: model 0 stands
        record(1, "C0:FF:EE:00:00:02", 0, 1, Outcome::DeliveredUnconfirmed),
        record(1, "C0:FF:EE:00:00:02", 1, 3, Outcome::LoadFailed), // nothing runs there
        record(2, "C0:FF:EE:00:00:03", 1, 1, Outcome::Running),
        record(2, "C0:FF:EE:00:00:03", 0, 4, Outcome::Running),
        record(-1, "C0:FF:EE:00:00:04", 1, 2, Outcome::Running),
        record(3, "C0:FF:EE:00:00:05", 0, 3, Outcome::Cancelled),
    });
    // A record from before boards reported a model status.
    store::ChangeSet legacy = deploymentRecordChange({record(4, "C0:FF:EE:00:00:06", 1, 5, Outcome::Running)});
    for (rdf::RdfTriple &t : legacy.additions) {
        if (t.predicate.value() == ns::tinyml + QLatin1String("outcome"))
            t.object = RdfTerm::iri(ns::tinyml + QLatin1String("Succeeded"));
    }
    change.additions << legacy.additions;
    return change;
}

} // namespace

class TestConsoleExamples : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<KnowledgeGraph> m_default;
    std::unique_ptr<KnowledgeGraph> m_paper;

    static QStringList shippedExamples()
    {
        return QDir(QStringLiteral(":/queries")).entryList({QStringLiteral("*.rq")}, QDir::Files, QDir::Name);
    }

    static void addDeployments(KnowledgeGraph &graph)
    {
        QString error;
        const Catalogue *catalogue = graph.catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QVERIFY(catalogue->boards.size() >= 5 && catalogue->models.size() >= 2);
        QVERIFY2(graph.store().commit(deployments(*catalogue), &error), qPrintable(error));
    }

    // Example 1: the boards that can run the person detection model, by name.
    static void boardsForAModel(const Catalogue &catalogue, const store::QueryResult &result)
    {
        QList<const ModelEntry *> models;
        for (const ModelEntry &m : catalogue.models) {
            if (m.name.contains(QLatin1String("person_detection"), Qt::CaseInsensitive))
                models << &m;
        }
        QCOMPARE(models.size(), 1);
        QCOMPARE(models[0]->sensors, QStringList{QStringLiteral("Camera")}); // the sensor the example asks for
        QStringList boards, needRam, needFlash;
        for (const BoardAnswer &a : boardsFor(catalogue, *models[0])) {
            if (!a.fit.fits())
                continue;
            boards << a.board->iri;
            needRam << QString::number(a.need.ramKb);
            needFlash << QString::number(a.need.flashKb);
        }
        QVERIFY(!boards.isEmpty());
        QCOMPARE(column(result, "board"), boards); // both by name
        auto numbers = [](const QStringList &cells) {
            QStringList out;
            for (const QString &cell : cells)
                out << QString::number(cell.toDouble());
            return out;
        };
        QCOMPARE(numbers(column(result, "needRam")), needRam); // the needs on the board's runtime
        QCOMPARE(numbers(column(result, "needFlash")), needFlash);
    }

    // Example 2: the models that fit the paper's customised board, the most MACs first.
    static void modelsForABoard(const Catalogue &catalogue, const store::QueryResult &result)
    {
        QList<const ModelEntry *> fits;
        for (const ModelAnswer &a : modelsFor(catalogue, {{QStringLiteral("Camera")}, 127, 576, {}, {}})) {
            if (a.fit.fits())
                fits << a.model;
        }
        QVERIFY(!fits.isEmpty());
        std::stable_sort(fits.begin(), fits.end(), [](const ModelEntry *a, const ModelEntry *b) {
            return a->macs > b->macs; // ties stay by name
        });
        QCOMPARE(column(result, "name"), namesOf(fits));
    }

    // Example 3: the models that read a microphone, the most accurate first, unknown accuracy last.
    static void modelsForATask(const Catalogue &catalogue, const store::QueryResult &result)
    {
        TaskQuery query;
        query.sensor = QStringLiteral("Microphone");
        const QList<const ModelEntry *> models = modelsForTask(catalogue, query, TaskOrder::Accuracy, true);
        QVERIFY(!models.isEmpty());
        QCOMPARE(column(result, "name"), namesOf(models));
        const QStringList accuracy = column(result, "accuracy");
        for (qsizetype i = 0; i < models.size(); ++i) {
            // The paper's sheet writes 0 for an accuracy it does not know.
            const bool known = models[i]->metricValue && *models[i]->metricValue != 0;
            QCOMPARE(accuracy[i].isEmpty(), !known);
            if (known)
                QCOMPARE(accuracy[i].toDouble(), *models[i]->metricValue);
        }
    }

    // Example 4: what runs where, by address.
    static void whatRunsWhere(KnowledgeGraph &graph, const store::QueryResult &result)
    {
        QString error;
        const auto current = currentDeployments(graph.store(), &error);
        QVERIFY2(current, qPrintable(error));
        QStringList expected;
        for (const DeploymentRecord &r : *current)
            expected << r.bleAddress + QLatin1Char(' ') + r.modelName + QLatin1Char(' ') + r.modelIri;
        expected.sort();
        QCOMPARE(expected.size(), 4); // the records of addDeployments() leave four devices with a model
        QStringList rows;
        const QStringList address = column(result, "address"), name = column(result, "modelName"),
                          model = column(result, "model");
        for (qsizetype i = 0; i < address.size(); ++i)
            rows << address[i] + QLatin1Char(' ') + name[i] + QLatin1Char(' ') + model[i];
        QCOMPARE(rows, expected);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(shippedExamples().size() >= 4, "the console's example queries are not in the resources");
        QVERIFY(m_dir.isValid());
        QString error;
        m_default = openGraphStore(m_dir.filePath(QStringLiteral("default")), SeedPolicy::SeedWhenCreated, &error);
        QVERIFY2(m_default, qPrintable(error));
        addDeployments(*m_default);
        if (!test::referenceDir().isEmpty()) {
            m_paper = test::buildReferenceGraph(m_dir.filePath(QStringLiteral("paper")));
            addDeployments(*m_paper);
        }
    }

    void example_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("paper");
        for (const QString &file : shippedExamples()) {
            QTest::newRow(qPrintable(file + QStringLiteral(" on the default store"))) << file << false;
            QTest::newRow(qPrintable(file + QStringLiteral(" on the paper's data"))) << file << true;
        }
    }

    void example()
    {
        QFETCH(QString, file);
        QFETCH(bool, paper);
        if (paper && !m_paper)
            QSKIP(test::kNoReferenceData);
        KnowledgeGraph &graph = paper ? *m_paper : *m_default;
        QString error;
        const Catalogue *catalogue = graph.catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        const auto result =
            graph.store().query(QString::fromUtf8(test::readWholeFile(QStringLiteral(":/queries/") + file)), &error);
        QVERIFY2(result, qPrintable(error));

        if (file == QLatin1String("1-boards-for-a-model.rq"))
            boardsForAModel(*catalogue, *result);
        else if (file == QLatin1String("2-models-for-a-board.rq"))
            modelsForABoard(*catalogue, *result);
        else if (file == QLatin1String("3-models-for-a-task.rq"))
            modelsForATask(*catalogue, *result);
        else if (file == QLatin1String("4-what-runs-where.rq"))
            whatRunsWhere(graph, *result);
        else
            QFAIL(qPrintable(file + QStringLiteral(": a console example without a check: add one here")));
    }
};

QTEST_GUILESS_MAIN(TestConsoleExamples)
#include "tst_consoleexamples.moc"
