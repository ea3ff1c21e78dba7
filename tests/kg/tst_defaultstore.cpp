// A new store is seeded with the ontology, the 23 boards and the demonstration models, once;
// an empty store stays empty; a seeding that fails or was cut off leaves nothing half made.
#include "analysis/ModelAnalysis.h"
#include "kg/GraphOpening.h"
#include "kg/ModelInfoSheet.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::kg;

class TestDefaultStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<SheetRow> m_sheet;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static bool ask(KnowledgeGraph &graph, const QString &pattern)
    {
        QString error;
        const auto result = graph.store().query(QStringLiteral("ASK { %1 }").arg(pattern), &error);
        return result && result->boolean;
    }

    // No store files and no seeding marker in `dir`.
    static bool noStoreIn(const QString &dir)
    {
        for (const char *name : {"snapshot.nt", "journal.log", "seeding.unfinished"}) {
            if (QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(name)))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(hasSeedResources());
        QString error;
        const auto sheet = readModelInfoSheet(seedResourceRoot() + QStringLiteral("/models/models.tsv"), &error);
        QVERIFY2(sheet, qPrintable(error));
        m_sheet = *sheet;
        QVERIFY(m_sheet.size() >= 7);
    }

    void seedsANewStore()
    {
        const QString dir = path("new/store");
        QString error;
        QStringList notes;
        auto graph = openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error, &notes);
        QVERIFY2(graph, qPrintable(error));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes[0].contains(QLatin1String("23 boards")), qPrintable(notes[0]));
        QVERIFY(noStoreIn(dir) == false && !QFileInfo::exists(dir + QStringLiteral("/seeding.unfinished")));

        const Catalogue *catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->boards.size(), 23);
        QCOMPARE(catalogue->models.size(), m_sheet.size());
        QVERIFY(
            ask(*graph,
                QStringLiteral(
                    "<http://tinyml-schema.org/networkschema#NeuralNetwork> a <http://www.w3.org/2002/07/owl#Class>")));
        QVERIFY(ask(*graph,
                    QStringLiteral(
                        "<http://tinyml-schema.org/sosa_extend/GasSensor> a <http://www.w3.org/2002/07/owl#Class>")));

        bool fitsSmallBoard = false, needsMoreThan256 = false;
        for (const ModelEntry &m : catalogue->models) {
            QVERIFY2(m.description.contains(QLatin1String("demonstration"), Qt::CaseInsensitive), qPrintable(m.name));
            QVERIFY2(m.description.contains(QLatin1String("untrained")), qPrintable(m.name));
            QVERIFY(!m.metricValue && m.metric.isEmpty()); // no accuracy is claimed
            QVERIFY(!m.category.isEmpty() && !m.sensors.isEmpty());
            const auto row =
                std::find_if(m_sheet.begin(), m_sheet.end(), [&](const SheetRow &r) { return r.info.name == m.name; });
            QVERIFY2(row != m_sheet.end(), qPrintable(m.name));
            QCOMPARE(m.sensors.size(), row->info.sensors.size());
            const auto analysis =
                analyseModelFile(dir + QStringLiteral("/models/") + m.sha256 + QStringLiteral(".tflite"), &error);
            QVERIFY2(analysis, qPrintable(error));
            QCOMPARE(qint64(analysis->macs.paperTotal), m.macs);
            QVERIFY(analysis->read.warnings.empty() && analysis->read.metadata);
            QCOMPARE(QString::fromStdString(analysis->read.metadata->author),
                     QStringLiteral("TinyML Manager demo data"));
            if (m.category == QLatin1String("Classification")) // with its labels
                QVERIFY(!analysis->read.metadata->outputs.at(0).associatedFiles.at(0).labels.empty());
            fitsSmallBoard = fitsSmallBoard || m.ramKb <= 64;
            needsMoreThan256 = needsMoreThan256 || m.ramKb > 256;
        }
        QVERIFY(fitsSmallBoard && needsMoreThan256);
        const QStringList sensors = [&] {
            QStringList all;
            for (const ModelEntry &m : catalogue->models)
                all << m.sensors;
            return all;
        }();
        QVERIFY(sensors.contains(QStringLiteral("GasSensor")) && sensors.contains(QStringLiteral("Radar")));
    }

    void doesNotSeedTwice()
    {
        const QString dir = path("new/store");
        QString error;
        QStringList notes;
        qint64 triples = 0;
        {
            auto graph = openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error, &notes);
            QVERIFY2(graph, qPrintable(error));
            triples = graph->store().tripleCount();
        }
        auto graph = openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error, &notes);
        QVERIFY2(graph, qPrintable(error));
        QVERIFY(notes.isEmpty());
        QVERIFY(triples > 1000);
        QCOMPARE(graph->store().tripleCount(), triples);
    }

    void startsEmptyWhenAsked()
    {
        QString error;
        auto graph = openGraphStore(path("empty"), SeedPolicy::Empty, &error);
        QVERIFY2(graph, qPrintable(error));
        QCOMPARE(graph->store().tripleCount(), 0);
        QCOMPARE(graph->catalogue(&error)->models.size(), 0);
    }

    void removesAFailedSeeding()
    {
        // A file where the model repository should be: the boards go in, the models cannot.
        const QString dir = path("blocked");
        QVERIFY(QDir().mkpath(dir));
        QFile blocker(dir + QStringLiteral("/models"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QString error;
        QVERIFY(!openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error));
        QVERIFY2(error.startsWith(dir + QStringLiteral(": cannot create the store"))
                     && error.contains(QLatin1String("demo models"))
                     && error.contains(QLatin1String("model repository")),
                 qPrintable(error));
        QVERIFY(noStoreIn(dir));
        QVERIFY(QFileInfo(dir + QStringLiteral("/models")).isFile()); // what was there before stays

        // The next start tries again.
        QVERIFY(blocker.remove());
        auto graph = openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error);
        QVERIFY2(graph, qPrintable(error));
        QCOMPARE(graph->catalogue(&error)->models.size(), m_sheet.size());
    }

    void refusesAStorePathThatIsAFile()
    {
        const QString file = path("a_file");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a store");
        f.close();
        QString error;
        QVERIFY(!openGraphStore(file, SeedPolicy::SeedWhenCreated, &error));
        QVERIFY2(error.startsWith(file + QStringLiteral(": cannot create the store folder")), qPrintable(error));
        QCOMPARE(QFileInfo(file).size(), 11);
    }

    void redoesASeedingCutOff()
    {
        const QString dir = path("cut");
        QString error;
        qint64 triples = 0;
        {
            auto graph = openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error);
            QVERIFY2(graph, qPrintable(error));
            triples = graph->store().tripleCount();
        }
        // As if the program had died between the seeding's transactions.
        QFile marker(dir + QStringLiteral("/seeding.unfinished"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("folder\nrepository");
        marker.close();
        QStringList notes;
        auto graph = openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error, &notes);
        QVERIFY2(graph, qPrintable(error));
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes[0].contains(QLatin1String("cut off")), qPrintable(notes[0]));
        QCOMPARE(graph->store().tripleCount(), triples);
        QVERIFY(!marker.exists());
    }

    void saysSoWhenTheSeedDataIsMissing()
    {
        Q_CLEANUP_RESOURCE(seed);
        const bool present = hasSeedResources();
        QString error;
        const QString dir = path("no_seed");
        const bool opened = bool(openGraphStore(dir, SeedPolicy::SeedWhenCreated, &error));
        Q_INIT_RESOURCE(seed);
        QVERIFY(!present && !opened);
        QVERIFY2(error.contains(QLatin1String("no seed data"))
                     && error.contains(QLatin1String("tinyml_seed_resources")),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(dir));
        QVERIFY(hasSeedResources());
    }
};

QTEST_GUILESS_MAIN(TestDefaultStore)
#include "tst_defaultstore.moc"
