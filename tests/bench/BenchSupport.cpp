#include "BenchSupport.h"

#include "TfliteFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <vector>

namespace tinyml::bench {
namespace {

kg::ModelInfo syntheticInfo(int i)
{
    static const QStringList sensors = {QStringLiteral("Camera"), QStringLiteral("Microphone"),
                                        QStringLiteral("Accelerometer")};
    kg::ModelInfo info;
    info.name = QStringLiteral("synthetic_%1").arg(i, 6, 10, QLatin1Char('0'));
    info.description = QStringLiteral("synthetic classifier %1 for keyword %2").arg(i).arg(i % 37);
    info.sensors = {sensors[i % 3]};
    info.category = kg::NetworkCategory::Classification;
    info.metric = kg::MetricKind::Top1Accuracy;
    info.metricValue = 60 + (i % 400) / 10.0;
    info.trainingDataset = QStringLiteral("https://example.org/dataset/%1").arg(i % 5);
    return info;
}

} // namespace

BenchOptions benchOptions(const QStringList &arguments, int defaultRuns)
{
    BenchOptions options;
    options.runs = defaultRuns;
    for (int i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--models"))
            options.modelCounts << arguments[i + 1].toInt();
        else if (arguments[i] == QLatin1String("--runs"))
            options.runs = std::max(1, arguments[i + 1].toInt());
    }
    if (options.modelCounts.isEmpty())
        options.modelCounts = {1000, 10000};
    return options;
}

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QStringList boardFiles()
{
    const QDir dir(QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards"));
    QStringList files;
    for (const QString &f : dir.entryList({QStringLiteral("*.ttl")}))
        files << dir.filePath(f);
    return files;
}

QList<kg::ModelImport> syntheticModels(int count, const QString &directory)
{
    QDir().mkpath(directory);
    QList<kg::ModelImport> imports;
    for (int i = 0; i < count; ++i) {
        const QString path = directory + QStringLiteral("/m%1.tflite").arg(i);
        QFile f(path);
        const std::string bytes = test::syntheticClassifier(i).bytes();
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
            qFatal("cannot write %s", qPrintable(path));
        imports << kg::ModelImport{path, syntheticInfo(i)};
    }
    return imports;
}

} // namespace tinyml::bench
