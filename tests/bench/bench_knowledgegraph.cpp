// Knowledge-graph benchmark: import throughput, latency of the three questions and of the
// paper's SPARQL queries, and store open time, at a given number of synthetic models.
//
//   bench_knowledgegraph [--models N]... [--runs R]
//
// Defaults: 1000 and 10000 models, 20 runs per question. The boards are the shipped catalogue;
// the 23 reference models join when ../shared/reference is present. "models-for" is also timed
// over an in-memory catalogue of 100,000 entries, which is what the question scans.
#include "BenchSupport.h"
#include "TestData.h"

#include "kg/KnowledgeGraph.h"
#include "kg/ModelInfoSheet.h"
#include "kg/Questions.h"
#include "store/redland/RedlandStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tinyml;
using bench::boardFiles;
using bench::medianMs;
using bench::peakRssMiB;

namespace {

void benchmarkAt(int count, int runs, const QString &workDir)
{
    std::printf("\n== %d synthetic models\n", count);
    const QList<kg::ModelImport> imports =
        bench::syntheticModels(count, workDir + QStringLiteral("/models_%1").arg(count));

    const QString storeDir = workDir + QStringLiteral("/store_%1").arg(count);
    QString error;
    auto graph = std::make_unique<kg::KnowledgeGraph>(store::RedlandStore::open(storeDir, &error),
                                                      storeDir + QStringLiteral("/models"));
    QElapsedTimer timer;
    timer.start();
    if (!graph->importModels(imports, &error))
        qFatal("%s", qPrintable(error));
    const double importS = double(timer.nsecsElapsed()) / 1e9;
    std::printf("import %d models: %.2f s (%.0f models/s), %lld triples\n", count, importS, count / importS,
                qlonglong(graph->store().tripleCount()));
    if (!graph->importRdf(boardFiles(), &error))
        qFatal("%s", qPrintable(error));

    timer.restart();
    const kg::Catalogue *catalogue = graph->catalogue(&error);
    if (!catalogue)
        qFatal("%s", qPrintable(error));
    std::printf("catalogue from the graph (first question after a change): %.1f ms\n",
                double(timer.nsecsElapsed()) / 1e6);

    const kg::BoardEntry &board = catalogue->boards.front();
    const kg::ModelEntry &model = catalogue->models[catalogue->models.size() / 2];
    std::printf("boards-for (a model):        %8.3f ms\n",
                medianMs(runs, [&] { kg::boardsFor(*catalogue, kg::requirementsOf(model)); }));
    std::printf("models-for (a board):        %8.3f ms\n",
                medianMs(runs, [&] { kg::modelsFor(*catalogue, kg::capabilitiesOf(board)); }));
    const kg::TaskQuery task{QStringLiteral("keyword 7"),
                             QStringLiteral("Microphone"),
                             QStringLiteral("dataset/2"),
                             {},
                             QStringLiteral("Top_1_accuracy")};
    std::printf("find (task, by accuracy):    %8.3f ms\n",
                medianMs(runs, [&] { kg::modelsForTask(*catalogue, task, kg::TaskOrder::Accuracy); }));

    const QString reference = test::referenceDir();
    if (!reference.isEmpty()) {
        for (const char *file : {"case1_boards_for_model.rq", "case2_models_for_board.rq", "case3_benchmark_task.rq"}) {
            const QString text =
                QString::fromUtf8(test::readWholeFile(reference + QStringLiteral("/queries/") + QLatin1String(file)));
            const int queryRuns = std::max(1, runs / 4);
            std::printf("SPARQL %-28s %8.1f ms\n", file,
                        medianMs(queryRuns, [&] { graph->store().query(text, &error); }));
        }
    }

    graph.reset();
    timer.restart();
    auto reopened = store::RedlandStore::open(storeDir, &error);
    std::printf("store open (%lld triples from snapshot + journal): %.2f s\n",
                reopened ? qlonglong(reopened->tripleCount()) : -1LL, double(timer.nsecsElapsed()) / 1e9);
    std::printf("peak RSS so far: %.0f MiB\n", peakRssMiB());
}

void benchmarkReferenceImport(const QString &workDir)
{
    const QString reference = test::referenceDir();
    if (reference.isEmpty()) {
        std::printf("%s\n", test::kNoReferenceData);
        return;
    }
    QString error;
    const auto rows = kg::readModelInfoSheet(reference + QStringLiteral("/models_information.tsv"), &error);
    QList<kg::ModelImport> imports;
    for (const kg::SheetRow &row : *rows)
        imports << kg::ModelImport{reference + QStringLiteral("/models/") + row.info.name + QStringLiteral(".tflite"),
                                   row.info};
    const QString storeDir = workDir + QStringLiteral("/store_reference");
    kg::KnowledgeGraph graph(store::RedlandStore::open(storeDir, &error), storeDir + QStringLiteral("/models"));
    QElapsedTimer timer;
    timer.start();
    if (!graph.importModels(imports, &error))
        qFatal("%s", qPrintable(error));
    std::printf("import the 23 reference models with their sheet: %.1f ms\n", double(timer.nsecsElapsed()) / 1e6);
}

void benchmarkCatalogueScan(int count, int runs)
{
    kg::Catalogue catalogue;
    catalogue.models.reserve(count);
    for (int i = 0; i < count; ++i) {
        kg::ModelEntry m;
        m.name = QStringLiteral("m%1").arg(i);
        m.sensors = {i % 2 ? QStringLiteral("Camera") : QStringLiteral("Microphone")};
        m.ramKb = 10 + i % 300;
        m.flashKb = 50 + i % 900;
        catalogue.models << m;
    }
    const kg::Resources board{{QStringLiteral("Camera")}, 256, 1024, {}, {}};
    std::printf("\nmodels-for over a %d-model catalogue: %.3f ms\n", count,
                medianMs(runs, [&] { kg::modelsFor(catalogue, board); }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bench::BenchOptions options = bench::benchOptions(app.arguments(), 20);
    QTemporaryDir work;
    benchmarkReferenceImport(work.path());
    for (int count : options.modelCounts)
        benchmarkAt(count, options.runs, work.path());
    benchmarkCatalogueScan(100000, options.runs);
    return 0;
}
