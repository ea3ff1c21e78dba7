// Models are first-class: what the graph says a person said of a model is read back, edited and
// undone; a model is deleted with its file unless a deployment record names it; a sheet or a
// snapshot that describes models again updates them (and the paper's answers then hold); the file
// suggests sensors with reasons.
#include "ReferenceGraph.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include "analysis/ModelAnalysis.h"
#include "kg/DeploymentRecords.h"
#include "kg/KnowledgeGraph.h"
#include "kg/ModelInfoSheet.h"
#include "kg/Questions.h"
#include "kg/SensorSuggestions.h"
#include "store/redland/RedlandStore.h"
#include "tflite/BuiltinOperator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::kg;

namespace {

namespace fb = tinyml::tflite::schema;

// A model of one RESHAPE whose input has `shape`: what the suggestions look at is the input.
test::TfliteFixture modelWithInput(std::vector<int32_t> shape, fb::TensorType type = fb::TensorType::INT8)
{
    test::TfliteFixture f;
    int32_t elements = 1;
    for (int32_t d : shape)
        elements *= d;
    const int in = f.activation("input", type, shape);
    const int newShape = f.constantValues("shape", {1, elements});
    const int out = f.activation("output", type, {1, elements});
    if (type == fb::TensorType::INT8) {
        f.quantize(in, {0.1f}, {-128});
        f.quantize(out, {0.1f}, {-128});
    }
    f.op(tflite::op::Reshape, {in, newShape}, {out}, test::TfliteFixture::reshape({1, elements}));
    f.inputs({in});
    f.outputs({out});
    return f;
}

ModelAnalysis analysed(const std::string &bytes, const QString &name)
{
    QString error;
    auto analysis = analyseModelBytes(QByteArray::fromStdString(bytes), name, &error);
    if (!analysis)
        qFatal("%s", qPrintable(error));
    return std::move(*analysis);
}

QString sensorsOf(const ModelAnalysis &analysis, const QString &name)
{
    return SensorSuggestions::sensorsOf(SensorSuggestions::forModel(analysis, name)).join(QLatin1Char(','));
}

} // namespace

class TestModelEditing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_graphs = 0;

    std::unique_ptr<KnowledgeGraph> newGraph(QString *directory = nullptr)
    {
        const QString dir = m_dir.filePath(QStringLiteral("graph%1").arg(++m_graphs));
        if (directory)
            *directory = dir;
        QString error;
        auto store = store::RedlandStore::open(dir, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        return std::make_unique<KnowledgeGraph>(std::move(store), dir + QStringLiteral("/models"));
    }

    QString writeModel(const QString &name, const std::string &bytes)
    {
        return test::writeWholeFile(m_dir.filePath(name), QByteArray::fromStdString(bytes));
    }

    // Imports `path` with `info`; returns the model's catalogue row.
    ModelEntry importOne(KnowledgeGraph &graph, const QString &path, const ModelInfo &info)
    {
        QString error;
        const auto report = graph.importModels({ModelImport{path, info}}, &error);
        if (!report || report->added.size() != 1)
            qFatal("import of %s: %s", qPrintable(path), qPrintable(error));
        for (const ModelEntry &m : graph.catalogue(&error)->models) {
            if (m.name == info.name)
                return m;
        }
        qFatal("%s is not in the catalogue", qPrintable(info.name));
    }

    static ModelInfo speechInfo()
    {
        ModelInfo info;
        info.name = QStringLiteral("line7_kws");
        info.description = QStringLiteral("wake word on line 7");
        info.sensors = {QStringLiteral("Microphone")};
        info.category = NetworkCategory::Classification;
        info.metric = MetricKind::Top1Accuracy;
        info.metricValue = 91.5;
        info.inputInfo = QStringLiteral("49 frames of 40 MFCCs");
        return info;
    }

    static qint64 count(KnowledgeGraph &graph) { return graph.store().tripleCount(); }

private slots:
    void readsBackWhatAPersonSaid()
    {
        auto graph = newGraph();
        const ModelEntry entry = importOne(
            *graph, writeModel(QStringLiteral("kws.tflite"), modelWithInput({1, 49, 40, 1}).bytes()), speechInfo());
        QString error;
        const auto facts = graph->modelFacts(entry.iri, &error);
        QVERIFY2(facts, qPrintable(error));
        QVERIFY(facts->info == speechInfo());
        QCOMPARE(facts->sha256, entry.sha256);
        QVERIFY(!graph->modelFacts(QStringLiteral("http://example.org/no-such-model"), &error));
        QVERIFY2(error.contains(QStringLiteral("no model")), qPrintable(error));
    }

    void anEditChangesOnlyWhatAPersonSaidAndItsInverseUndoesIt()
    {
        auto graph = newGraph();
        const ModelEntry entry = importOne(
            *graph, writeModel(QStringLiteral("kws2.tflite"), modelWithInput({1, 49, 40, 1}).bytes()), speechInfo());
        QString error;
        const qint64 before = count(*graph);
        ModelInfo edited = speechInfo();
        edited.description = QStringLiteral("keyword spotter, retrained");
        edited.sensors = {QStringLiteral("Microphone"), QStringLiteral("Accelerometer")};
        edited.metricValue = 93.0;
        edited.category.reset();
        const auto change = graph->modelEdit(entry.iri, edited, &error);
        QVERIFY2(change, qPrintable(error));
        QVERIFY2(graph->apply(*change, &error), qPrintable(error));
        QVERIFY(graph->modelFacts(entry.iri, &error)->info == edited);
        const ModelEntry &row = graph->catalogue(&error)->models.front();
        QCOMPARE(row.description, edited.description);
        QCOMPARE(row.sensors, edited.sensors);
        QCOMPARE(row.metricValue, std::optional<double>(93.0));
        QVERIFY(row.category.isEmpty());
        QCOMPARE(row.macs, entry.macs); // the analyser's facts stay
        QCOMPARE(row.ramKb, entry.ramKb);
        QVERIFY2(graph->apply(inverseOf(*change), &error), qPrintable(error));
        QVERIFY(graph->modelFacts(entry.iri, &error)->info == speechInfo());
        QCOMPARE(count(*graph), before);

        edited.name.clear();
        QVERIFY(!graph->modelEdit(entry.iri, edited, &error));
        QVERIFY2(error.contains(QStringLiteral("name")), qPrintable(error));
        edited.name = QStringLiteral("x");
        edited.sensors = {QStringLiteral("Sonar")};
        QVERIFY(!graph->modelEdit(entry.iri, edited, &error));
        QVERIFY2(error.contains(QStringLiteral("Sonar")), qPrintable(error));
    }

    void theFieldsThatChangeAreListedOldToNew()
    {
        ModelInfo after = speechInfo();
        after.sensors.clear();
        after.metricValue = 90;
        const QList<FieldChange> changes = ModelFields::differences(speechInfo(), after);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(ModelFields::describe(changes[0]), QStringLiteral("Sensors: Microphone → (none)"));
        QCOMPARE(ModelFields::describe(changes[1]), QStringLiteral("Metric value: 91.5 → 90"));
        QVERIFY(ModelFields::differences(after, after).isEmpty());
    }

    void aDeletedModelTakesItsFileAlongAndUndoBringsBoth()
    {
        QString dir;
        auto graph = newGraph(&dir);
        const ModelEntry entry = importOne(
            *graph, writeModel(QStringLiteral("del.tflite"), modelWithInput({1, 96, 96, 1}).bytes()), speechInfo());
        QString error;
        QVERIFY(graph->repository().contains(entry.sha256));
        const qint64 before = count(*graph);
        const auto removal = graph->modelRemoval(entry.iri, &error);
        QVERIFY2(removal, qPrintable(error));
        QVERIFY2(graph->apply(*removal, &error), qPrintable(error));
        QCOMPARE(count(*graph), 0);
        QVERIFY(graph->catalogue(&error)->models.isEmpty());
        QVERIFY(!graph->repository().contains(entry.sha256));
        QVERIFY2(graph->apply(inverseOf(*removal), &error), qPrintable(error));
        QCOMPARE(count(*graph), before);
        QVERIFY(graph->repository().contains(entry.sha256));
        QVERIFY2(graph->repository().read(entry.sha256, &error), qPrintable(error));

        // Deleted again and the graph closed: the file is gone for good.
        QVERIFY(graph->apply(*graph->modelRemoval(entry.iri, &error), &error));
        graph.reset();
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/models/") + entry.sha256 + QStringLiteral(".tflite")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/models/held")));
    }

    void aModelWithADeploymentRecordKeepsItsFileAndHistory()
    {
        auto graph = newGraph();
        const ModelEntry entry = importOne(
            *graph, writeModel(QStringLiteral("rec.tflite"), modelWithInput({1, 128, 3, 1}).bytes()), speechInfo());
        DeploymentRecord record;
        record.boardIri = QStringLiteral("http://example.org/board/7");
        record.bleAddress = QStringLiteral("AA:BB:CC:DD:EE:07");
        record.modelIri = entry.iri;
        record.modelName = entry.name;
        record.modelSha256 = entry.sha256;
        record.started = record.ended = QDateTime::currentDateTimeUtc();
        record.outcome = DeploymentRecord::Outcome::Running;
        QString error;
        QVERIFY2(graph->apply(deploymentRecordChange({record}), &error), qPrintable(error));
        QVERIFY(graph->apply(*graph->modelRemoval(entry.iri, &error), &error));
        QVERIFY(graph->catalogue(&error)->models.isEmpty());
        QVERIFY2(graph->repository().contains(entry.sha256), "a record names the file: it stays");
        const auto history = deploymentHistory(graph->store(), record.boardIri, record.bleAddress, &error);
        QVERIFY2(history, qPrintable(error));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->front().modelName, entry.name);
        QCOMPARE(history->front().modelSha256, entry.sha256);
    }

    void aSnapshotThatDescribesAModelAgainReplacesWhatWasSaid()
    {
        auto graph = newGraph();
        const ModelEntry entry = importOne(
            *graph, writeModel(QStringLiteral("snap.tflite"), modelWithInput({1, 49, 40, 1}).bytes()), speechInfo());
        QString error;
        const QString snapshot = m_dir.filePath(QStringLiteral("snapshot.ttl"));
        QVERIFY2(graph->store().exportFile(snapshot, rdf::RdfFormat::Turtle, &error), qPrintable(error));
        const qint64 triples = count(*graph);
        ModelInfo edited = speechInfo();
        edited.description = QStringLiteral("changed since the snapshot");
        edited.sensors.clear();
        QVERIFY(graph->apply(*graph->modelEdit(entry.iri, edited, &error), &error));

        const auto plan = graph->planRdfImport({snapshot}, &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->newModels, 0);
        QCOMPARE(plan->updated.size(), 1);
        QStringList said;
        for (const FieldChange &c : plan->updated.front().changes)
            said << ModelFields::describe(c);
        QCOMPARE(said,
                 QStringList({QStringLiteral("Description: changed since the snapshot → wake word on line 7"),
                              QStringLiteral("Sensors: (none) → Microphone")}));
        QVERIFY2(graph->apply(plan->changes, &error), qPrintable(error));
        QVERIFY(graph->modelFacts(entry.iri, &error)->info == speechInfo());
        QCOMPARE(count(*graph), triples); // replaced, never added beside the old description
    }

    void reimportingTheSheetOverAPlainImportUpdatesTheModels()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        auto graph = newGraph();
        QString error;
        QList<ModelImport> plain;
        for (const test::ReferenceModel &m : test::referenceModels())
            plain << ModelImport{m.path, {}};
        QVERIFY2(graph->importModels(plain, &error), qPrintable(error));
        const QDir boards(QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards"));
        QStringList boardFiles;
        for (const QString &f : boards.entryList({QStringLiteral("paper_*.ttl")}))
            boardFiles << boards.filePath(f);
        QVERIFY2(graph->importRdf(boardFiles, &error), qPrintable(error));
        const qint64 plainTriples = count(*graph);

        auto sheet = importsFromSheet(test::referenceDir() + QStringLiteral("/models_information.tsv"), &error);
        QVERIFY2(sheet, qPrintable(error));
        const auto planned = graph->plannedUpdates(*sheet, &error);
        QVERIFY2(planned, qPrintable(error));
        QCOMPARE(planned->size(), 23);
        ImportControl control;
        control.updateExisting = true;
        const auto report = graph->importModels(*sheet, &error, control);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added.size(), 0);
        QCOMPARE(report->updated.size(), 23);
        const Catalogue *catalogue = graph->catalogue(&error);
        for (const ModelEntry &m : catalogue->models) {
            QVERIFY2(!m.sensors.isEmpty(), qPrintable(m.name));
            QVERIFY2(!m.category.isEmpty(), qPrintable(m.name));
            if (m.name == QLatin1String("ARM_DS_CNN_Small_")) {
                QCOMPARE(m.sensors, QStringList{QStringLiteral("Microphone")});
                QCOMPARE(m.metricValue, std::optional<double>(93.5));
            }
        }
        test::checkPapersQueryFiles(*graph);
        test::checkTypedAnswers(*graph);

        // Once more: nothing changes, and the undo of the update brings the plain import back.
        const auto again = graph->importModels(*sheet, &error, control);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->updated.size(), 0);
        QCOMPARE(again->alreadyPresent.size(), 23);
        QVERIFY2(graph->apply(inverseOf({report->removedTriples, report->addedTriples}), &error), qPrintable(error));
        QCOMPARE(count(*graph), plainTriples);
        for (const ModelEntry &m : graph->catalogue(&error)->models)
            QVERIFY2(m.sensors.isEmpty(), qPrintable(m.name));
    }

    void theFileSuggestsSensorsWithReasons()
    {
        // A keyword spotter: 49 frames of 40 coefficients and Speech Commands labels.
        test::TfliteFixture speech = modelWithInput({1, 49, 40, 1});
        speech.tfliteMetadata(test::labelledMetadata("Line 7 commands", "labels.txt"));
        std::string bytes = speech.bytes() + test::storedZip({{"labels.txt", "_silence_\n_unknown_\nyes\nno\n"}});
        const auto spotter = SensorSuggestions::forModel(analysed(bytes, QStringLiteral("a.tflite")), "line7");
        QCOMPARE(SensorSuggestions::sensorsOf(spotter), QStringList{QStringLiteral("Microphone")});
        const QString reasons = spotter.front().reasons.join(QLatin1Char('|'));
        QVERIFY2(reasons.contains(QStringLiteral("spoken words (silence, unknown, yes, no)")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QStringLiteral("49×40×1")), qPrintable(reasons));

        const ModelAnalysis camera = analysed(modelWithInput({1, 96, 96, 3}).bytes(), QStringLiteral("b.tflite"));
        QCOMPARE(sensorsOf(camera, QStringLiteral("station4")), QStringLiteral("Camera"));
        const auto image = SensorSuggestions::forModel(camera, QStringLiteral("station4"));
        QVERIFY2(image.front().reasons.join(QString()).contains(QStringLiteral("96×96×3 is an image")),
                 qPrintable(image.front().reasons.join(QString())));

        const ModelAnalysis wand = analysed(modelWithInput({1, 128, 3, 1}, fb::TensorType::FLOAT32).bytes(), "c");
        QCOMPARE(sensorsOf(wand, QStringLiteral("x")), QStringLiteral("Accelerometer"));
        const ModelAnalysis imu = analysed(modelWithInput({1, 50, 6}, fb::TensorType::FLOAT32).bytes(), "d");
        QCOMPARE(sensorsOf(imu, QStringLiteral("x")), QStringLiteral("Accelerometer,Gyroscope"));
        // The words of its name outweigh a shape that could be an image.
        const ModelAnalysis spectrogram = analysed(modelWithInput({1, 64, 64, 1}).bytes(), "e");
        QCOMPARE(sensorsOf(spectrogram, QStringLiteral("pump_audio_anomaly")), QStringLiteral("Microphone"));
        // One number in, one out: nothing to go by.
        const ModelAnalysis sine = analysed(modelWithInput({1, 1}, fb::TensorType::FLOAT32).bytes(), "f");
        QVERIFY(SensorSuggestions::forModel(sine, QStringLiteral("sine")).isEmpty());
    }

    void theReferenceModelsSuggestTheirSensors_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("sensors");
        for (const char *kws : {"Micro_Speech_Yes_No_1", "Micro_Speech_Up_Down_Go", "ARM_CNN_Small_keyword_spotting",
                                "ARM_DS_CNN_Small_", "Voice_Turn", "Snoring_Guardian"})
            QTest::newRow(kws) << QString::fromLatin1(kws) << QStringLiteral("Microphone");
        for (const char *vision : {"Person_Detection", "ARM_MicroNet_VWW_3", "Visual_Alarm_Clock"})
            QTest::newRow(vision) << QString::fromLatin1(vision) << QStringLiteral("Camera");
        QTest::newRow("Magic_Wand_1") << QStringLiteral("Magic_Wand_1") << QStringLiteral("Accelerometer");
        QTest::newRow("Mapping_Dance") << QStringLiteral("Mapping_Dance") << QStringLiteral("Accelerometer,Gyroscope");
        QTest::newRow("Motion_Trainer_Left_Right")
            << QStringLiteral("Motion_Trainer_Left_Right") << QStringLiteral("Accelerometer,Gyroscope");
        QTest::newRow("Hello_World") << QStringLiteral("Hello_World") << QString();
    }

    void theReferenceModelsSuggestTheirSensors()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        QFETCH(QString, model);
        QFETCH(QString, sensors);
        QString error;
        const auto analysis = analyseModelFile(
            test::referenceDir() + QStringLiteral("/models/") + model + QStringLiteral(".tflite"), &error);
        QVERIFY2(analysis, qPrintable(error));
        QCOMPARE(sensorsOf(*analysis, model), sensors);
    }
};

QTEST_GUILESS_MAIN(TestModelEditing)
#include "tst_modelediting.moc"
