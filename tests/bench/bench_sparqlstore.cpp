// The knowledge graph on a SPARQL server against the embedded store: bulk push, pull, and the
// latency of the three case-study queries and of reading the catalogue (what every view is
// answered from), at a given number of synthetic models. The server is a Virtuoso the benchmark
// starts on loopback, with its row limit raised so that a 10,000-model catalogue reads whole.
//
//   bench_sparqlstore [--models N]... [--runs R]
//
// Defaults: 1000 and 10000 models, 10 runs per query. The queries are the paper's three files
// when ../shared/reference is present, else the product's own versions of them.
#include "BenchSupport.h"
#include "TestData.h"
#include "VirtuosoServer.h"

#include "kg/GraphOpening.h"
#include "kg/GraphSync.h"
#include "store/redland/RedlandStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace tinyml;

namespace {

QList<QPair<QString, QString>> caseStudyQueries()
{
    const QString reference = test::referenceDir();
    const QDir dir(reference.isEmpty() ? QStringLiteral(TINYML_SOURCE_DIR "/resources/queries")
                                       : reference + QStringLiteral("/queries"));
    QList<QPair<QString, QString>> queries;
    for (const QString &file :
         dir.entryList({QStringLiteral("case*.rq"), QStringLiteral("[123]-*.rq")}, QDir::Files, QDir::Name))
        queries << qMakePair(file, QString::fromUtf8(test::readWholeFile(dir.filePath(file))));
    return queries;
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

void benchmarkAt(int count, int runs, const QString &workDir, const test::VirtuosoServer &virtuoso)
{
    std::printf("\n== %d synthetic models\n", count);
    const QString storeDir = workDir + QStringLiteral("/store_%1").arg(count);
    QString error;
    kg::KnowledgeGraph local(store::RedlandStore::open(storeDir, &error), storeDir + QStringLiteral("/models"));
    if (!local.importModels(bench::syntheticModels(count, workDir + QStringLiteral("/models_%1").arg(count)), &error)
        || !local.importRdf(bench::boardFiles(), &error))
        qFatal("%s", qPrintable(error));
    const qint64 triples = local.store().tripleCount();
    std::printf("local store: %lld triples\n", qlonglong(triples));

    const store::SparqlEndpoint endpoint = virtuoso.newGraphEndpoint();
    auto server = store::SparqlStore::connect(endpoint, &error);
    if (!server)
        qFatal("%s", qPrintable(error));

    QElapsedTimer timer;
    timer.start();
    if (!kg::pushGraph(local.store(), *server, &error))
        qFatal("%s", qPrintable(error));
    const double pushS = seconds(timer);
    std::printf("push (graph store protocol, staged, counted, moved): %.2f s (%.0f triples/s)\n", pushS,
                triples / pushS);

    timer.restart();
    auto pulled = store::RedlandStore::createInMemory();
    if (!kg::pullGraph(*server, *pulled, kg::PullMode::Merge, &error))
        qFatal("%s", qPrintable(error));
    std::printf("pull into an empty store: %.2f s\n", seconds(timer));

    auto remote = kg::openRemoteGraph(endpoint, &error);
    if (!remote)
        qFatal("%s", qPrintable(error));
    std::printf("round trip (ASK {} on Virtuoso): %.1f ms\n", bench::medianMs(runs, [&] {
                    if (!remote->store().query(QStringLiteral("ASK { }"), &error))
                        qFatal("%s", qPrintable(error));
                }));
    const int catalogueRuns = std::max(1, runs / 3);
    for (const auto &[name, graph] : {qMakePair("embedded", &local), qMakePair("virtuoso", remote.get())}) {
        const double ms = bench::medianMs(catalogueRuns, [&error, graph = graph] {
            graph->invalidateCatalogue();
            if (!graph->catalogue(&error))
                qFatal("%s", qPrintable(error));
        });
        std::printf("catalogue read, %-8s: %9.1f ms (%lld models)\n", name, ms,
                    qlonglong(graph->catalogue(&error)->models.size()));
    }
    for (const auto &query : caseStudyQueries()) {
        const QString &file = query.first;
        const QString &text = query.second;
        qsizetype rows[2] = {0, 0};
        double ms[2] = {0, 0};
        int i = 0;
        for (store::TripleStore *store : {&local.store(), &remote->store()}) {
            ms[i] = bench::medianMs(runs, [&, store] {
                const auto result = store->query(text, &error);
                if (!result)
                    qFatal("%s: %s", qPrintable(file), qPrintable(error));
                rows[i] = result->rows.size();
            });
            ++i;
        }
        std::printf("%-28s embedded %8.1f ms, virtuoso %8.1f ms (%lld / %lld rows)\n", qPrintable(file), ms[0], ms[1],
                    qlonglong(rows[0]), qlonglong(rows[1]));
    }
    std::printf("peak RSS so far: %.0f MiB\n", bench::peakRssMiB());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bench::BenchOptions options = bench::benchOptions(app.arguments(), 10);
    const QString missing = test::VirtuosoServer::unavailableReason();
    if (!missing.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(missing));
        return 1;
    }
    test::VirtuosoServer virtuoso;
    virtuoso.setResultSetMaxRows(10000000);
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!virtuoso.start(&error))
        qFatal("%s", qPrintable(error));
    std::printf("Virtuoso with a fresh database answering after %.1f s\n", seconds(timer));
    QTemporaryDir work;
    for (int count : options.modelCounts)
        benchmarkAt(count, options.runs, work.path(), virtuoso);
    return 0;
}
