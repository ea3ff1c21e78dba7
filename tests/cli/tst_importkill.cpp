// A crash in the middle of a large import: `tinyml-kg import` of 1,000 models is killed with
// SIGKILL right after it reports its first durable commit. The store must open afterwards with
// every model it reported committed, and no model only partly described.
#include "TfliteFixture.h"

#include "kg/KnowledgeGraph.h"
#include "store/redland/RedlandStore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

using namespace tinyml;

class TestImportKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_models;

    // Runs the import and kills it after `commitsBeforeKill` commit reports; returns the number
    // of models the last report said were committed.
    int importAndKill(const QString &store, int commitsBeforeKill)
    {
        QProcess p;
        p.start(qEnvironmentVariable("TINYML_KG"),
                QStringList{QStringLiteral("--store"), store, QStringLiteral("import")} + m_models);
        if (!p.waitForStarted())
            qFatal("tinyml-kg did not start");
        static const QRegularExpression line(QStringLiteral("^committed (\\d+) of"));
        int reports = 0;
        int committed = 0;
        QByteArray pending;
        while (p.state() == QProcess::Running && reports < commitsBeforeKill) {
            p.waitForReadyRead(100);
            pending += p.readAllStandardOutput();
            qsizetype end;
            while ((end = pending.indexOf('\n')) >= 0) {
                const auto match = line.match(QString::fromUtf8(pending.left(end)));
                pending.remove(0, end + 1);
                if (match.hasMatch()) {
                    committed = match.captured(1).toInt();
                    ++reports;
                }
            }
        }
        if (p.state() == QProcess::Running)
            ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished();
        return committed;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("TINYML_KG")), "TINYML_KG must name the tinyml-kg executable");
        for (int i = 0; i < 1000; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("model_%1.tflite").arg(i, 4, 10, QLatin1Char('0')));
            QFile f(path);
            const std::string bytes = test::syntheticClassifier(i).bytes();
            QVERIFY(f.open(QIODevice::WriteOnly)
                    && f.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size()));
            m_models << path;
        }
    }

    void keepsCommittedModelsAndNoPartialOne_data()
    {
        QTest::addColumn<int>("commitsBeforeKill");
        QTest::newRow("after the first commit") << 1;
        QTest::newRow("after the fifth commit") << 5;
    }
    void keepsCommittedModelsAndNoPartialOne()
    {
        QFETCH(int, commitsBeforeKill);
        const QString store = m_dir.filePath(QStringLiteral("store_%1").arg(commitsBeforeKill));
        const int reported = importAndKill(store, commitsBeforeKill);
        QVERIFY(reported > 0);

        QString error;
        auto opened = store::RedlandStore::open(store, &error);
        QVERIFY2(opened, qPrintable(error));
        kg::KnowledgeGraph graph(std::move(opened), store + QStringLiteral("/models"));
        const kg::Catalogue *catalogue = graph.catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        const int present = int(catalogue->models.size());
        qInfo("killed after %d reported commits (%d models): %d models in the reopened store", commitsBeforeKill,
              reported, present);
        QVERIFY(present >= reported);
        QVERIFY2(present < 1000, "the import finished before the kill; nothing was interrupted");

        // Every network present is complete: its seven layers, both requirements, its input.
        const auto counts = graph.store().query(
            QStringLiteral(
                "PREFIX nnet: <http://tinyml-schema.org/networkschema#>\n"
                "SELECT ?n (COUNT(?l) AS ?layers) WHERE { ?n a nnet:NeuralNetwork ; nnet:middleLayer ?l } GROUP BY ?n"),
            &error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(int(counts->rows.size()), present);
        for (const auto &row : counts->rows)
            QCOMPARE(row[1].value().toInt(), 5);
        for (const kg::ModelEntry &m : catalogue->models) {
            QVERIFY(m.ramKb > 0 && m.flashKb > 0 && !m.sha256.isEmpty());
        }
        // And the store takes new work after the crash.
        QVERIFY2(graph.importModels({{m_models.back(), {}}}, &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
