// The knowledge graph end to end on the embedded store: models described in the paper's shape,
// duplicates, all-or-nothing batches, and the paper's three case studies answered both by its
// own SPARQL files and by the typed questions, on our importer's graph and on the paper's.
#include "ReferenceGraph.h"
#include "TestData.h"
#include "TfliteFixture.h"

#include "analysis/ModelAnalysis.h"
#include "kg/KnowledgeGraph.h"
#include "kg/ModelDescriber.h"
#include "kg/ModelInfoSheet.h"
#include "kg/Questions.h"
#include "kg/Vocabulary.h"
#include "store/redland/RedlandStore.h"
#include "tflite/BuiltinOperator.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace tinyml;
using namespace tinyml::kg;

class TestKnowledgeGraph : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_graphs = 0;

    std::unique_ptr<KnowledgeGraph> newGraph()
    {
        const QString dir = m_dir.filePath(QStringLiteral("graph%1").arg(++m_graphs));
        QString error;
        auto store = store::RedlandStore::open(dir, &error);
        if (!store)
            qFatal("%s", qPrintable(error));
        return std::make_unique<KnowledgeGraph>(std::move(store), dir + QStringLiteral("/models"));
    }

    QString writeModel(const QString &name, const std::string &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<KnowledgeGraph> referenceGraph()
    {
        return test::buildReferenceGraph(m_dir.filePath(QStringLiteral("graph%1").arg(++m_graphs)));
    }

private slots:
    void describesAModelInThePapersShape()
    {
        auto graph = newGraph();
        ModelInfo info;
        info.name = QStringLiteral("Tiny camera classifier");
        info.description = QStringLiteral("Demo network");
        info.sensors = {QStringLiteral("Camera")};
        info.category = NetworkCategory::Classification;
        info.metric = MetricKind::Top1Accuracy;
        info.metricValue = 88.5;
        info.trainingDataset = QStringLiteral("https://example.org/data");
        const std::string bytes = test::syntheticClassifier(3).bytes();
        QString error;
        const auto report = graph->importModels({{writeModel(QStringLiteral("tiny.tflite"), bytes), info}}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added.size(), 1);

        const Catalogue *catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->models.size(), 1);
        const ModelEntry &m = catalogue->models.front();
        QCOMPARE(m.name, info.name);
        QCOMPARE(m.sensors, QStringList{QStringLiteral("Camera")});
        QCOMPARE(m.category, QStringLiteral("Classification"));
        QCOMPARE(m.metric, QStringLiteral("Top_1_accuracy"));
        QCOMPARE(*m.metricValue, 88.5);
        QCOMPARE(m.flashKb, double(bytes.size()) / 1000.0);
        QVERIFY(m.ramKb > 0);
        QVERIFY(m.macs > 0);

        // Seven operators: an input layer, five middle layers, an output layer; the file is in
        // the repository under its SHA-256.
        const auto layers = graph->store().query(
            QStringLiteral(
                "PREFIX nnet: <http://tinyml-schema.org/networkschema#> SELECT ?l WHERE { ?n nnet:middleLayer ?l }"),
            &error);
        QVERIFY2(layers, qPrintable(error));
        QCOMPARE(layers->rows.size(), 5);
        QVERIFY(QFile::exists(graph->repositoryDirectory() + QLatin1Char('/') + m.sha256 + QStringLiteral(".tflite")));
    }

    // Beside the paper's s3n figures (the needs on tflm24-x86-64) every model carries its needs
    // on each runtime; a model a runtime cannot run carries no figure for it, only why.
    void describesTheNeedsOnEveryRuntime()
    {
        auto graph = newGraph();
        test::TfliteFixture lstm = test::tinyDenseNetwork();
        const int state = lstm.activation("lstm_out", test::fb::TensorType::FLOAT32, {1, 4});
        lstm.op(tflite::op::UnidirectionalSequenceLstm, {int(lstm.subgraph().outputs.front())}, {state});
        lstm.outputs({state});
        const std::string dense = test::tinyDenseNetwork().bytes();
        QString error;
        QVERIFY2(graph->importModels({{writeModel(QStringLiteral("dense.tflite"), dense), {}},
                                      {writeModel(QStringLiteral("lstm.tflite"), lstm.bytes()), {}}},
                                     &error),
                 qPrintable(error));
        const Catalogue *catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->models.size(), 2);
        for (const ModelEntry &m : catalogue->models) {
            const auto analysis = analyseModelFile(
                graph->repositoryDirectory() + QLatin1Char('/') + m.sha256 + QStringLiteral(".tflite"), &error);
            QVERIFY2(analysis, qPrintable(error));
            QCOMPARE(m.runtimes.size(), qsizetype(tflite::runtimes().size()));
            for (const RuntimeNeeds &n : analysis->needs) {
                const RuntimeFigures *f = m.figuresOn(QString::fromStdString(n.runtime->name));
                QVERIFY(f);
                QCOMPARE(f->runnable, n.arena.runnable);
                QCOMPARE(f->runnable,
                         m.sha256 == analyseModelBytes(QByteArray::fromStdString(dense), {}, &error)->sha256);
                if (n.arena.runnable) {
                    QCOMPARE(*f->ramKb, kilobytes(n.arena.arenaBytes));
                    QCOMPARE(*f->flashKb, kilobytes(n.flash.flashBytes));
                } else {
                    QVERIFY(!f->ramKb && !f->flashKb);
                    QCOMPARE(f->unsupportedOperators, QStringList{QStringLiteral("UNIDIRECTIONAL_SEQUENCE_LSTM")});
                }
            }
            // The paper's figures stay the paper runtime's.
            QCOMPARE(m.ramKb, kilobytes(analysis->arena().arenaBytes));
        }
    }

    void readsTheSheetLikeASpreadsheet()
    {
        const QString sheet =
            test::writeWholeFile(m_dir.filePath(QStringLiteral("sheet.tsv")),
                                 "Name\tHardware\tmetrics\tmetric_value\tcategory\tdescription\tdataset\n"
                                 "wand\t2,3\t0\t80.5\t4\t\"a NN for \"\"magic\"\" gestures\"\tlocal collection\n");
        QString error;
        const auto rows = readModelInfoSheet(sheet, &error);
        QVERIFY2(rows, qPrintable(error));
        const ModelInfo &info = rows->front().info;
        QCOMPARE(info.description, QStringLiteral("a NN for \"magic\" gestures"));
        QCOMPARE(info.sensors, (QStringList{QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")}));
        QCOMPARE(*info.category, NetworkCategory::Other);
        QCOMPARE(*info.metricValue, 80.5);

        const QString nan =
            test::writeWholeFile(m_dir.filePath(QStringLiteral("nan.tsv")), "Name\tmetrics\tmetric_value\nx\t0\tnan\n");
        QVERIFY(!readModelInfoSheet(nan, &error));
        QVERIFY2(error.endsWith(QLatin1String("line 2: metric_value 'nan' is not a number")), qPrintable(error));
    }

    void anAccuracyOfZeroIsUnknownNeverZero()
    {
        // The paper's sheet writes 0 for a model it has no figure for.
        const QString sheet = test::writeWholeFile(m_dir.filePath(QStringLiteral("zero.tsv")),
                                                   "Name\tmetrics\tmetric_value\n"
                                                   "zero\t0\t0\nblank\t1\t\nknown\t0\t91.4\n");
        QString error;
        const auto rows = readModelInfoSheet(sheet, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).info.metric, MetricKind::Top1Accuracy);
        QVERIFY(!rows->at(0).info.metricValue);
        QCOMPARE(rows->at(1).info.metric, MetricKind::Top5Accuracy);
        QVERIFY(!rows->at(1).info.metricValue);
        QCOMPARE(*rows->at(2).info.metricValue, 91.4);
        const QString fraction = test::writeWholeFile(m_dir.filePath(QStringLiteral("percent.tsv")),
                                                      "Name\tmetrics\tmetric_value\nx\t0\t150\n");
        QVERIFY(!readModelInfoSheet(fraction, &error));
        QVERIFY2(error.endsWith(QLatin1String("line 2: metric_value '150' is not an accuracy in percent (0-100)")),
                 qPrintable(error));

        // Stored without a value: the kind of metric is known, its value is not.
        auto graph = newGraph();
        ModelInfo info = rows->at(0).info;
        const QString file = writeModel(QStringLiteral("zero.tflite"), test::syntheticClassifier(2).bytes());
        QVERIFY2(graph->importModels({{file, info}}, &error), qPrintable(error));
        const auto values =
            graph->store().query(rdf::sparqlPrefixes()
                                     + QStringLiteral("SELECT ?m ?v WHERE { ?nn nnet:hasMetric ?m . OPTIONAL { ?m "
                                                      "nnet:hasMetricValue ?v } }"),
                                 &error);
        QVERIFY2(values, qPrintable(error));
        QCOMPARE(values->rows.size(), 1);
        QVERIFY2(values->rows[0][1].isNone(), qPrintable(values->rows[0][1].value()));
        const Catalogue *catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->models.front().metric, QStringLiteral("Top_1_accuracy"));
        QVERIFY(!catalogue->models.front().metricValue);

        // A 0 already in a graph (the paper's published graph has them) reads as unknown too.
        const rdf::RdfTriple zero{values->rows[0][0], iri(ns::nnet, QStringLiteral("hasMetricValue")),
                                  RdfTerm::decimal(0)};
        QVERIFY2(graph->apply({{}, {zero}}, &error), qPrintable(error));
        catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QVERIFY(!catalogue->models.front().metricValue);
    }

    void reportsModelsAlreadyPresent()
    {
        auto graph = newGraph();
        const QString path = writeModel(QStringLiteral("dup.tflite"), test::syntheticClassifier(5).bytes());
        QString error;
        QVERIFY(graph->importModels({{path, {}}}, &error));
        const qint64 triples = graph->store().tripleCount();
        const auto again = graph->importModels({{path, {}}}, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->added.size(), 0);
        QCOMPARE(again->alreadyPresent.size(), 1);
        QCOMPARE(graph->store().tripleCount(), triples);
    }

    void aBadFileStopsTheWholeBatch()
    {
        auto graph = newGraph();
        const QString good = writeModel(QStringLiteral("good.tflite"), test::syntheticClassifier(7).bytes());
        const QString bad = writeModel(QStringLiteral("bad.tflite"), std::string("definitely not a model"));
        QString error;
        QVERIFY(!graph->importModels({{good, {}}, {bad, {}}}, &error));
        QVERIFY2(error.startsWith(bad + QStringLiteral(": not a TensorFlow Lite model")), qPrintable(error));
        QCOMPARE(graph->store().tripleCount(), 0);
    }

    void aCancelledImportKeepsOnlyWhatWasCommitted()
    {
        QList<ModelImport> imports;
        for (int i = 0; i < 70; ++i) // more than one group of 64
            imports << ModelImport{
                writeModel(QStringLiteral("cancel_%1.tflite").arg(i), test::syntheticClassifier(i).bytes()), {}};
        QString error;
        std::atomic_bool cancel{true};
        ImportControl control;
        control.cancel = &cancel;
        auto graph = newGraph();
        QVERIFY(!graph->importModels(imports, &error, control)); // while analysing: nothing
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(graph->store().tripleCount(), 0);

        cancel = false;
        int analysed = 0;
        control.analysed = [&](int n, int total) {
            analysed = n;
            QCOMPARE(total, 70);
        };
        control.committed = [&](int, int) { cancel = true; }; // asked to stop after the first group
        const auto report = graph->importModels(imports, &error, control);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(analysed, 70);
        QVERIFY(report->cancelled);
        QCOMPARE(report->added.size(), 64);
        QCOMPARE(graph->catalogue(&error)->models.size(), 64);
        // What the report says was added is exactly what undoing takes away.
        QVERIFY(graph->apply(inverseOf({{}, report->addedTriples}), &error));
        QCOMPARE(graph->store().tripleCount(), 0);
    }

    void answersThePapersCaseStudies()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        auto graph = referenceGraph();
        test::checkPapersQueryFiles(*graph);
        test::checkTypedAnswers(*graph);
    }

    void answersTheSameOnThePapersOwnGraph()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        auto graph = newGraph();
        const QDir kg(test::referenceDir() + QStringLiteral("/kg"));
        QStringList files{kg.filePath(QStringLiteral("tflite_models.ttl"))};
        for (const QString &f : kg.entryList({QStringLiteral("*.ttl")}))
            if (!f.contains(QLatin1String("schema")) && !f.contains(QLatin1String("extend"))
                && f != QLatin1String("tflite_models.ttl"))
                files << kg.filePath(f);
        QString error;
        QVERIFY2(graph->importRdf(files, &error), qPrintable(error));
        test::checkTypedAnswers(*graph);
    }

    void exportThenImportGivesTheSameGraph()
    {
        if (test::referenceDir().isEmpty())
            QSKIP(test::kNoReferenceData);
        auto graph = referenceGraph();
        const QString snapshot = m_dir.filePath(QStringLiteral("snapshot.ttl"));
        QString error;
        QVERIFY2(graph->store().exportFile(snapshot, store::RdfFormat::Turtle, &error), qPrintable(error));
        auto copy = newGraph();
        QVERIFY2(copy->importRdf({snapshot}, &error), qPrintable(error));
        QCOMPARE(copy->store().tripleCount(), graph->store().tripleCount());
        // Up to blank node labels the graphs are the same: compare with blank nodes masked.
        auto masked = [&](KnowledgeGraph &g) {
            const auto r = g.store().query(QStringLiteral("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"), &error);
            QStringList lines;
            for (const auto &row : r->rows)
                lines << (row[0].isBlank() ? QStringLiteral("_") : row[0].toNTriples()) + row[1].toNTriples()
                        + (row[2].isBlank() ? QStringLiteral("_") : row[2].toNTriples());
            lines.sort();
            return lines;
        };
        QCOMPARE(masked(*copy), masked(*graph));
        test::checkTypedAnswers(*copy);
    }

    void importsWithTheAnalysisItIsGiven()
    {
        // The import form has analysed the file already: the import does not read it again.
        auto graph = newGraph();
        const QString model = writeModel(QStringLiteral("given.tflite"), test::syntheticClassifier(9).bytes());
        QString error;
        auto analysis = analyseModelFile(model, &error);
        QVERIFY2(analysis, qPrintable(error));
        const auto given = std::make_shared<const ModelAnalysis>(std::move(*analysis));

        // A file that changed after its analysis is not filed under the analysed file's SHA-256.
        const QString changed = writeModel(QStringLiteral("given-changed.tflite"), std::string("changed since"));
        ModelImport stale{changed, {}};
        stale.analysis = given;
        QVERIFY(!graph->importModels({stale}, &error));
        QVERIFY2(error.contains(QLatin1String("changed while it was imported")), qPrintable(error));
        QVERIFY(!graph->repository().contains(given->sha256));

        ModelImport import{model, {}};
        import.analysis = given;
        const auto report = graph->importModels({import}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->added.size(), 1);
        QVERIFY(graph->repository().read(given->sha256, &error));
    }

    void statementsAboutAThingEscapeItsIri()
    {
        auto graph = newGraph();
        const QString model = writeModel(QStringLiteral("about.tflite"), test::syntheticClassifier(11).bytes());
        QString error;
        ModelInfo info;
        info.name = QStringLiteral("about");
        QVERIFY2(graph->importModels({{model, info}}, &error), qPrintable(error));
        const Catalogue *catalogue = graph->catalogue(&error);
        QVERIFY2(catalogue && catalogue->models.size() == 1, qPrintable(error));
        const QString iri = catalogue->models.first().iri;
        const auto statements = graph->statementsAbout(iri, &error);
        QVERIFY2(statements, qPrintable(error));
        QVERIFY(std::any_of(statements->begin(), statements->end(),
                            [](const auto &s) { return s.second.value() == QLatin1String("about"); }));
        // Text that would end the IRI and widen the pattern is refused, not pasted into the query.
        QVERIFY(!graph->statementsAbout(iri + QStringLiteral("> ?p ?o . ?x"), &error));
        QVERIFY2(error.contains(QLatin1String("holds a character no IRI may hold")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeGraph)
#include "tst_knowledgegraph.moc"
