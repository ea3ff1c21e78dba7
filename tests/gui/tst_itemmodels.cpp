// Every item model of the GUI passes QAbstractItemModelTester while it is filled, re-filled and
// re-asked, and the models' own answers agree with libkg's questions. The metadata form is
// prefilled from the file and refuses what the graph would not take.
#include "TfliteFixture.h"

#include "analysis/ModelAnalysis.h"
#include "boardcatalogue/BoardTableModel.h"
#include "boardsformodel/BoardFitTableModel.h"
#include "console/QueryResultTableModel.h"
#include "import/ModelImportDialog.h"
#include "kg/Questions.h"
#include "modelsforboard/LayerTableModel.h"
#include "modelsforboard/ModelFitTableModel.h"
#include "modelsfortask/BenchmarkTableModel.h"
#include "modelsfortask/ModelsForTaskView.h"
#include "widgets/IriLabels.h"
#include "widgets/ItemRoles.h"
#include "widgets/SortedTable.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace tinyml;
using namespace tinyml::gui;

namespace {

std::shared_ptr<kg::Catalogue> sampleCatalogue()
{
    auto c = std::make_shared<kg::Catalogue>();
    auto model = [&](const char *name, QStringList sensors, double ram, double flash, qint64 macs,
                     std::optional<double> accuracy) {
        kg::ModelEntry m;
        m.iri = QStringLiteral("http://example.org/model/") + QLatin1String(name);
        m.name = QLatin1String(name);
        m.description = QStringLiteral("a model for ") + QLatin1String(name);
        m.category = QStringLiteral("Classification");
        m.sensors = sensors;
        m.ramKb = ram;
        m.flashKb = flash;
        m.macs = macs;
        m.metric = QStringLiteral("Top_1_accuracy");
        m.metricValue = accuracy;
        c->models << m;
    };
    // Accuracies in percent, as the paper's sheet; the wand's is not known.
    model("kws", {QStringLiteral("Microphone")}, 30, 60, 2'000'000, 91);
    model("person", {QStringLiteral("Camera")}, 116, 531, 7'387'976, 84);
    model("wand", {QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")}, 17, 20, 160'000, std::nullopt);
    model("tiny", {}, 2, 3, 288, 50);
    auto board = [&](const char *name, QStringList sensors, double ram, double flash) {
        kg::BoardEntry b;
        b.iri = QStringLiteral("http://example.org/board/") + QLatin1String(name);
        b.name = QLatin1String(name);
        b.sensors = sensors;
        b.ramKb = ram;
        b.flashKb = flash;
        c->boards << b;
    };
    board("camera board", {QStringLiteral("Camera")}, 127, 576);
    board("sense", {QStringLiteral("Microphone"), QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")}, 256,
          1024);
    board("small", {}, 8, 16);
    return c;
}

// The model names of `proxy`'s rows, in order.
QStringList namesIn(const QAbstractItemModel &proxy, int nameColumn)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, nameColumn).data().toString();
    return names;
}

} // namespace

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void modelFitTable()
    {
        ModelFitTableModel model;
        ModelFitFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto catalogue = sampleCatalogue();
        model.setCatalogue(catalogue);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!model.index(0, ModelFitTableModel::Fits).data().isValid()); // no board yet
        model.setOffer(kg::capabilitiesOf(catalogue->boards[0]));
        QCOMPARE(model.fittingCount(), 1); // person: tiny, saved without sensors, fits memory only
        const QModelIndex tinyFit = model.index(3, ModelFitTableModel::Fits);
        QCOMPARE(tinyFit.data().toString(), QStringLiteral("fits memory; sensors unknown"));
        QCOMPARE(tinyFit.data(SortRole).toInt(), int(kg::FitState::SensorsUnknown));
        QCOMPARE(tinyFit.data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Fit unknown: fits memory; sensors unknown"));
        QVERIFY(!model.index(3, 0).data(FitsRole).toBool());
        for (int row = 0; row < model.rowCount(); ++row) {
            const kg::Fit fit =
                kg::fitOf(kg::requirementsOf(catalogue->models[row]), kg::capabilitiesOf(catalogue->boards[0]));
            QCOMPARE(model.index(row, 0).data(FitsRole).toBool(), fit.fits());
            QCOMPARE(model.index(row, ModelFitTableModel::RamHeadroom).data(SortRole).toDouble(), fit.ramHeadroomKb);
        }
        proxy.setOnlyFitting(true);
        QCOMPARE(namesIn(proxy, ModelFitTableModel::Name), QStringList{QStringLiteral("person")});
        proxy.setText(QStringLiteral("person"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setOnlyFitting(false);
        proxy.setText(QStringLiteral("microphone")); // sensors are searched too
        QCOMPARE(proxy.rowCount(), 1);
        model.setOffer(std::nullopt);
        model.setCatalogue(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void boardTable()
    {
        BoardTableModel model;
        BoardFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(sampleCatalogue());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSensor(QStringLiteral("Gyroscope"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSensor(QString());
        proxy.setMinimumRamKb(100);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setMinimumFlashKb(1000);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(QStringLiteral("camera"));
        QCOMPARE(proxy.rowCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("http://example.org/board/sense")), 1);
    }

    void boardFitTable()
    {
        BoardFitTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto catalogue = sampleCatalogue();
        model.setQuestion(catalogue, kg::requirementsOf(catalogue->models[2])); // wand
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.fittingCount(), 1);
        QCOMPARE(model.index(0, BoardFitTableModel::Name).data().toString(), QStringLiteral("sense")); // fitting first
        QVERIFY(model.index(1, BoardFitTableModel::Fits).data().toString().contains(QStringLiteral("missing sensor")));
        // A model saved without sensors fits no board: each says its memory fits and its sensors
        // are unknown.
        model.setModelQuestion(catalogue, catalogue->models[3]); // tiny
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.fittingCount(), 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, BoardFitTableModel::Fits).data().toString(),
                     QStringLiteral("fits memory; sensors unknown"));
            QVERIFY(!model.index(row, 0).data(FitsRole).toBool());
        }
        model.setQuestion(nullptr, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void benchmarkTable()
    {
        BenchmarkTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto catalogue = sampleCatalogue();
        kg::TaskQuery query;
        model.setQuestion(catalogue, query);
        QCOMPARE(model.rowCount(), 4);
        query.sensor = QStringLiteral("Camera");
        model.setQuestion(catalogue, query);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, BenchmarkTableModel::Macs).data(SortRole).toLongLong(), 7'387'976);
        query = {};
        query.text = QStringLiteral("model for k");
        model.setQuestion(catalogue, query);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.index(0, BenchmarkTableModel::Dataset).data().toString().contains(QStringLiteral("?")));
    }

    // "Models for a task" with words: the best match first, whatever the accuracy, until a column
    // is sorted; "Best match first" brings that order back; without words, the most accurate first.
    void modelsForATaskRanksTheBestMatchFirst()
    {
        auto catalogue = std::make_shared<kg::Catalogue>();
        for (const auto &[name, sensor, accuracy] :
             {std::tuple{"ARM_keyword_spotting", "Microphone", 80.0}, std::tuple{"Micro_Speech", "Microphone", 95.0},
              std::tuple{"Person", "Camera", 90.0}, std::tuple{"Snore", "Microphone", 99.0}}) {
            kg::ModelEntry m;
            m.name = QLatin1String(name);
            m.iri = QStringLiteral("http://example.org/model/") + m.name;
            m.sensors = {QLatin1String(sensor)};
            m.metric = QStringLiteral("Top_1_accuracy");
            m.metricValue = accuracy;
            catalogue->models << m;
        }
        ModelsForTaskView view;
        view.setCatalogue(catalogue);
        const QAbstractItemModel &rows = *view.table()->model();
        QCOMPARE(namesIn(rows, BenchmarkTableModel::Name),
                 (QStringList{QStringLiteral("Snore"), QStringLiteral("Micro_Speech"), QStringLiteral("Person"),
                              QStringLiteral("ARM_keyword_spotting")}));
        auto *text = view.findChild<QLineEdit *>(QStringLiteral("taskText"));
        auto *bestMatchFirst = view.findChild<QPushButton *>(QStringLiteral("taskBestMatchFirst"));
        QVERIFY(text && bestMatchFirst && !bestMatchFirst->isEnabled());
        text->setText(QStringLiteral("keyword spotting"));
        const QStringList bestFirst{QStringLiteral("ARM_keyword_spotting"), QStringLiteral("Micro_Speech"),
                                    QStringLiteral("Snore")};
        QCOMPARE(namesIn(rows, BenchmarkTableModel::Name), bestFirst);
        QVERIFY(bestMatchFirst->isEnabled());
        text->setText(QStringLiteral("KWS")); // still typing: the order stays the best match first
        QCOMPARE(namesIn(rows, BenchmarkTableModel::Name), bestFirst);
        view.table()->sortByColumn(BenchmarkTableModel::MetricValue, Qt::DescendingOrder);
        QCOMPARE(namesIn(rows, BenchmarkTableModel::Name).first(), QStringLiteral("Snore"));
        bestMatchFirst->click();
        QCOMPARE(namesIn(rows, BenchmarkTableModel::Name), bestFirst);
        text->clear();
        QCOMPARE(namesIn(rows, BenchmarkTableModel::Name).first(), QStringLiteral("Snore"));
        QVERIFY(!bestMatchFirst->isEnabled());
    }

    // "Models for a task" and "Models for a board" through the proxies their views use: the wand,
    // whose accuracy is not known, is last both ways and never shown as 0.
    void anUnknownAccuracySortsLastBothWays()
    {
        const auto catalogue = sampleCatalogue();
        BenchmarkTableModel benchmark;
        benchmark.setQuestion(catalogue, {});
        ModelFitTableModel fits;
        fits.setCatalogue(catalogue);
        fits.setOffer(kg::capabilitiesOf(catalogue->boards[1]));
        ModelFitFilterProxy fitProxy;
        fitProxy.setSourceModel(&fits);
        QSortFilterProxyModel *benchmarkProxy = sortingProxy(&benchmark, this);
        const struct {
            QSortFilterProxyModel *proxy;
            int name;
            int accuracy;
        } tables[] = {{benchmarkProxy, BenchmarkTableModel::Name, BenchmarkTableModel::MetricValue},
                      {&fitProxy, ModelFitTableModel::Name, ModelFitTableModel::Accuracy}};
        for (const auto &t : tables) {
            t.proxy->sort(t.accuracy, Qt::AscendingOrder);
            QCOMPARE(namesIn(*t.proxy, t.name),
                     (QStringList{QStringLiteral("tiny"), QStringLiteral("person"), QStringLiteral("kws"),
                                  QStringLiteral("wand")}));
            t.proxy->sort(t.accuracy, Qt::DescendingOrder);
            QCOMPARE(namesIn(*t.proxy, t.name),
                     (QStringList{QStringLiteral("kws"), QStringLiteral("person"), QStringLiteral("tiny"),
                                  QStringLiteral("wand")}));
            const QModelIndex unknown = t.proxy->index(3, t.accuracy);
            QCOMPARE(unknown.data().toString(), QStringLiteral("unknown"));
            QVERIFY2(unknown.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("unknown")),
                     qPrintable(unknown.data(Qt::ToolTipRole).toString()));
            QVERIFY(!unknown.data(SortRole).isValid());
            // Accuracies are shown in percent.
            QCOMPARE(t.proxy->index(0, t.accuracy).data().toString(), QStringLiteral("91\u00a0%"));
        }
    }

    void iriLabels()
    {
        kg::Catalogue catalogue;
        kg::ModelEntry model;
        model.iri = QStringLiteral("http://tinyml-schema.org/neuralnetwork/5198155c-ecdb-43fd-b1b1-d746656143cc");
        model.name = QStringLiteral("Keyword spotter");
        catalogue.models << model;
        kg::BoardEntry board;
        board.iri = QStringLiteral("http://tinyml-schema.org/tinyml-demo/nano-1");
        board.name = QStringLiteral("Nano");
        catalogue.boards << board;
        const IriLabels labels(catalogue);
        QCOMPARE(labels.text(rdf::RdfTerm::iri(model.iri)), model.name);
        QCOMPARE(labels.text(rdf::RdfTerm::iri(board.iri)), board.name);
        QCOMPARE(labels.text(rdf::RdfTerm::iri(QStringLiteral(
                     "http://tinyml-schema.org/neuralnetwork/middleLayer_10_5198155c-ecdb-43fd-b1b1-d746656143cc"))),
                 QStringLiteral("middleLayer_10 (Keyword spotter)"));
        QCOMPARE(labels.text(rdf::RdfTerm::iri(QStringLiteral("http://tinyml-schema.org/neuralnetwork/other_x"))),
                 QStringLiteral("<http://tinyml-schema.org/neuralnetwork/other_x>"));
        QCOMPARE(labels.text(rdf::RdfTerm::iri(QStringLiteral("http://www.w3.org/ns/ssn/systems/System"))),
                 QStringLiteral("ssn-system:System")); // the longest namespace
        QCOMPARE(labels.text(rdf::RdfTerm::literal(QStringLiteral("12"))), QStringLiteral("12"));
    }

    void queryResultTable()
    {
        QueryResultTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::QueryResult bindings;
        bindings.variables = {QStringLiteral("model"), QStringLiteral("macs")};
        bindings.rows << QList<rdf::RdfTerm>{
            rdf::RdfTerm::iri(QStringLiteral("http://tinyml-schema.org/networkschema#NeuralNetwork")),
            rdf::RdfTerm::literal(QStringLiteral("12"))};
        bindings.rows << QList<rdf::RdfTerm>{rdf::RdfTerm(), rdf::RdfTerm::literal(QStringLiteral("3"))};
        model.setResult(bindings);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("nnet:NeuralNetwork"));
        QCOMPARE(model.index(1, 0).data().toString(), QString()); // unbound
        QCOMPARE(model.index(0, 1).data(SortRole).toDouble(), 12.0);
        store::QueryResult ask;
        ask.kind = store::QueryResult::Kind::Boolean;
        ask.boolean = true;
        model.setResult(ask);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("true"));
        store::QueryResult graph;
        graph.kind = store::QueryResult::Kind::Graph;
        graph.triples << rdf::RdfTriple{rdf::RdfTerm::blank(QStringLiteral("b1")),
                                        rdf::RdfTerm::iri(QStringLiteral("http://example.org/p")),
                                        rdf::RdfTerm::literal(QStringLiteral("x"))};
        model.setResult(graph);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("<http://example.org/p>"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void layerTable()
    {
        LayerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        auto analysis = analyseModelBytes(QByteArray::fromStdString(test::tinyConvNetwork().bytes()),
                                          QStringLiteral("conv.tflite"), &error);
        QVERIFY2(analysis, qPrintable(error));
        const auto shared = std::make_shared<const ModelAnalysis>(std::move(*analysis));
        model.setAnalysis(shared);
        QCOMPARE(model.rowCount(), int(shared->layers.layers.size()));
        QCOMPARE(model.index(0, LayerTableModel::Role).data().toString(), QStringLiteral("Input"));
        QCOMPARE(model.index(0, LayerTableModel::Type).data().toString(), QStringLiteral("CONV_2D"));
        qint64 macs = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            macs += model.index(row, LayerTableModel::Macs).data(SortRole).toLongLong();
        QCOMPARE(quint64(macs), shared->macs.paperTotal);
        model.setAnalysis(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void theImportFormIsPrefilledAndValidated()
    {
        test::TfliteFixture fixture = test::tinyConvNetwork();
        auto metadata = test::labelledMetadata("Line 4 vision", "labels.txt");
        metadata.description = "Finds dents and scratches on line 4";
        metadata.author = "Line 4 team";
        fixture.tfliteMetadata(metadata);
        std::string bytes = fixture.bytes();
        bytes += test::storedZip({{"labels.txt", "ok\nscratch\ndent\n"}});
        QString error;
        auto analysis =
            analyseModelBytes(QByteArray::fromStdString(bytes), QStringLiteral("/data/line4.tflite"), &error);
        QVERIFY2(analysis, qPrintable(error));
        const kg::ModelInfo info = prefilledInfo(*analysis);
        QCOMPARE(info.name, QStringLiteral("Line 4 vision"));
        QCOMPARE(info.description, QStringLiteral("Finds dents and scratches on line 4"));
        QCOMPARE(info.creator, QStringLiteral("Line 4 team"));
        QVERIFY2(info.outputInfo.contains(QStringLiteral("2: dent")), qPrintable(info.outputInfo));

        ModelImportDialog dialog({ImportCandidate{QStringLiteral("/data/line4.tflite"), QString(), info, nullptr, {}},
                                  ImportCandidate{QStringLiteral("/data/readme.tflite"),
                                                  QStringLiteral("/data/readme.tflite: not a TensorFlow Lite model"),
                                                  {},
                                                  nullptr,
                                                  {}}});
        QVERIFY(dialog.problems().isEmpty());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("importCitation"))->setText(QStringLiteral("not an address"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.problems().join(QString()).contains(QStringLiteral("citation")));
        dialog.findChild<QLineEdit *>(QStringLiteral("importCitation"))
            ->setText(QStringLiteral("https://example.org/line4"));
        dialog.findChild<QLineEdit *>(QStringLiteral("importName"))->clear();
        QVERIFY(!ok->isEnabled());
        dialog.findChild<QLineEdit *>(QStringLiteral("importName"))->setText(QStringLiteral("line4"));
        QVERIFY(ok->isEnabled());
        const auto imports = dialog.imports();
        QCOMPARE(imports.size(), 1); // the refused file is left out
        QCOMPARE(imports.front().info.name, QStringLiteral("line4"));
        QCOMPARE(imports.front().info.citation, QStringLiteral("https://example.org/line4"));
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
