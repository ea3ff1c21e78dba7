// Analyser benchmark: median wall time per reference model (file read, SHA-256, parse, MACs,
// layers, arena) over repeated runs, and the process's peak resident memory.
//
//   bench_analyser [REFERENCE_DIR] [--runs N]
#include "TestData.h"

#include "analysis/ModelAnalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 50;
    const QStringList args = app.arguments();
    const int runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt > 0)
        runs = std::max(1, args.value(runsAt + 1).toInt());
    if (args.size() > 1 && !args[1].startsWith(QLatin1String("--")))
        qputenv("TINYML_REFERENCE_DIR", args[1].toLocal8Bit());

    const QList<tinyml::test::ReferenceModel> models = tinyml::test::referenceModels();
    if (models.isEmpty()) {
        std::fprintf(stderr, "%s\n", tinyml::test::kNoReferenceData);
        return 1;
    }
    std::printf("%-40s %9s %11s %11s\n", "model", "bytes", "median ms", "max ms");
    double totalMedian = 0;
    for (const auto &m : models) {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            const auto analysis = tinyml::analyseModelFile(m.path, &error);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!analysis) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        totalMedian += median;
        std::printf("%-40s %9lld %11.3f %11.3f\n", qPrintable(m.name), m.bytes, median, ms.back());
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\n%d models, %d runs each: sum of medians %.2f ms, mean %.3f ms per model; peak RSS %.1f MiB\n",
                int(models.size()), runs, totalMedian, totalMedian / models.size(), double(usage.ru_maxrss) / 1024.0);
    return 0;
}
