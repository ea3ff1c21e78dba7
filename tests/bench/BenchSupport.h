// What the knowledge-graph benchmarks share: timing, memory, and synthetic models to import.
#pragma once

#include "kg/ModelInfo.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tinyml::bench {

// --models N (repeatable; default 1000 and 10000) and --runs R.
struct BenchOptions {
    QList<int> modelCounts;
    int runs = 0;
};
BenchOptions benchOptions(const QStringList &arguments, int defaultRuns);

// The median of `runs` timings of `work`, in milliseconds.
double medianMs(int runs, const std::function<void()> &work);
double peakRssMiB();
// The shipped board catalogue (ontology/boards/*.ttl).
QStringList boardFiles();
// `count` synthetic classifiers written to `directory`, with their metadata.
QList<kg::ModelImport> syntheticModels(int count, const QString &directory);

} // namespace tinyml::bench
