// Desktop benchmark: cold start of tinyml-manager to a usable window (the catalogue shown) on the
// seeded demo store and on a store of N synthetic models, and the time from choosing a board to
// a filled "models for this board" table at N models.
//
//   QT_QPA_PLATFORM=offscreen bench_gui [--models N] [--runs R]
//
// Defaults: 10000 models, 5 runs. Start times are wall-clock times from launching the process
// until it reports the window ready (the catalogue shown); the program's own figure and the time
// until it exited (after the store was read completely) are printed too.
#include "AutomaticPrompts.h"
#include "TfliteFixture.h"

#include "boardcatalogue/BoardCataloguePanel.h"
#include "boardsformodel/BoardsForModelView.h"
#include "kg/GraphOpening.h"
#include "mainwindow/MainWindow.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "modelsfortask/ModelsForTaskView.h"
#include "session/GraphSession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tinyml;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Launches the GUI on `store` until it is ready; returns the wall time in ms (or -1).
double coldStart(const QString &store, QString *reported)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(TINYML_GUI), {QStringLiteral("--store"), store, QStringLiteral("--exit-when-ready")});
    // Ready when it says so; it then quits, after the worker finished reading the store.
    QByteArray output;
    while (!output.contains('\n') && process.waitForReadyRead(600000))
        output += process.readAllStandardOutput();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    if (!process.waitForFinished(600000) || process.exitCode() != 0 || !output.contains("ready")) {
        std::fprintf(stderr, "tinyml-manager failed: %s\n", process.readAllStandardError().constData());
        return -1;
    }
    *reported = QString::fromUtf8(output).trimmed() + QStringLiteral("; exit after %1 ms").arg(clock.elapsed());
    return ms;
}

void reportStart(const char *what, const QString &store, int runs)
{
    std::vector<double> ms;
    QString reported;
    for (int i = 0; i < runs; ++i) {
        const double t = coldStart(store, &reported);
        if (t < 0)
            return;
        ms.push_back(t);
    }
    // The first start reads the graph (no catalogue cache yet, as after a change by another
    // program); the later ones answer from the cache while the graph is read.
    std::printf("cold start to a usable window, %s: first %.0f ms; median %.0f ms over %d runs (min %.0f, max %.0f; "
                "last run: %s)\n",
                what, ms.front(), median(ms), runs, *std::min_element(ms.begin(), ms.end()),
                *std::max_element(ms.begin(), ms.end()), qPrintable(reported));
}

bool buildSyntheticStore(const QString &dir, int count)
{
    QString error;
    auto graph = kg::openGraphStore(dir, kg::SeedPolicy::SeedWhenCreated, &error);
    if (!graph) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QString files = dir + QStringLiteral("-files");
    QDir().mkpath(files);
    static const QStringList sensors = {QStringLiteral("Camera"), QStringLiteral("Microphone"),
                                        QStringLiteral("Accelerometer")};
    QList<kg::ModelImport> imports;
    for (int i = 0; i < count; ++i) {
        const QString path = files + QStringLiteral("/synthetic_%1.tflite").arg(i);
        QFile f(path);
        const std::string bytes = test::syntheticClassifier(i).bytes();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            return false;
        kg::ModelInfo info;
        info.name = QStringLiteral("synthetic_%1").arg(i, 6, 10, QLatin1Char('0'));
        info.description = QStringLiteral("synthetic classifier %1").arg(i);
        info.sensors = {sensors[i % 3]};
        info.category = kg::NetworkCategory::Classification;
        info.metric = kg::MetricKind::Top1Accuracy;
        info.metricValue = 60 + (i % 400) / 10.0; // percent, as the sheet
        imports << kg::ModelImport{path, info};
    }
    QElapsedTimer clock;
    clock.start();
    if (!graph->importModels(imports, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    std::printf("imported %d synthetic models in %.1f s\n", count, double(clock.elapsed()) / 1000.0);
    return true;
}

void boardToTable(const QString &store, int runs)
{
    gui::MainWindow window;
    window.setPrompts(gui::AutomaticPrompts::make());
    QSignalSpy ready(&window, &gui::MainWindow::ready);
    window.show();
    window.openStore(store, kg::SeedPolicy::Empty);
    if (!ready.wait(600000)) {
        std::fprintf(stderr, "the window did not become ready\n");
        return;
    }
    QTableView *boards = window.modelsForBoard()->boards()->table();
    QTableView *models = window.modelsForBoard()->table();
    std::vector<double> ms;
    const int boardCount = boards->model()->rowCount();
    for (int i = 0; i < runs * boardCount && i < 200; ++i) {
        const QModelIndex index = boards->model()->index(i % boardCount, 0);
        QElapsedTimer clock;
        clock.start();
        boards->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Filled: the table's answer is in place and painted.
        models->viewport()->repaint();
        QCoreApplication::processEvents();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("choosing a board to a filled table at %d models: median %.1f ms, max %.1f ms over %zu choices\n",
                models->model()->rowCount(), median(ms), *std::max_element(ms.begin(), ms.end()), ms.size());

    // What the GUI thread spends when the graph changed: every view takes the new catalogue.
    const auto catalogue = window.session()->catalogue();
    std::vector<double> refresh;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        window.modelsForBoard()->setCatalogue(catalogue);
        window.boardsForModel()->setCatalogue(catalogue);
        window.modelsForTask()->setCatalogue(catalogue);
        QCoreApplication::processEvents();
        refresh.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::printf("views taking a new catalogue of %lld models (GUI thread, after each change): median %.1f ms\n",
                static_cast<long long>(catalogue->models.size()), median(refresh));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    int models = 10000;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--models"))
            models = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    QTemporaryDir work;
    QString error;
    const QString demo = work.filePath(QStringLiteral("demo"));
    if (!kg::openGraphStore(demo, kg::SeedPolicy::SeedWhenCreated, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    reportStart("demo store", demo, runs);
    const QString large = work.filePath(QStringLiteral("large"));
    if (!buildSyntheticStore(large, models))
        return 1;
    reportStart(qPrintable(QStringLiteral("%1 models").arg(models)), large, runs);
    boardToTable(large, runs);
    return 0;
}
