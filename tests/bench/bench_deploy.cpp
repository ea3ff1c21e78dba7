// Deployment throughput through Qt Bluetooth's BlueZ D-Bus backend against tinyml-board-sim on a
// private bus: each of the 23 reference models to 1 board and to 8 boards at once. The radio is
// not simulated, so these are the protocol's and the software's costs alone.
// With --run-models, each model goes to one board that runs it (tinyml-board-sim --run-models: the
// firmware core on the emulated Cortex-M4): the transfer, the load and one inference, timed apart,
// with the arena and the inference time the board reports (the two largest models exceed the
// firmware's 444 KiB model slot and are refused before they are sent).
//
//   bench_deploy [--sim PATH]                     (the reference models must be present)
//   bench_deploy --run-models [--sim PATH] [--firmware-runner PATH]
#include "BoardSimulator.h"
#include "TestData.h"

#include "deploy/DeployQueue.h"
#include "deploy/DeployReport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>

using namespace tinyml;

namespace {

struct Run {
    double seconds = 0;
    double blocksPerSecond = 0; // per board
    int done = 0;
};

Run deployTo(const QByteArray &bytes, int boards)
{
    deploy::ModelPayload model{bytes, QStringLiteral("bench"), QString(), QString()};
    deploy::DeployQueue queue(model, deploy::TransferOptions(), boards);
    QList<deploy::DeployTarget> targets;
    for (int i = 1; i <= boards; ++i)
        targets << deploy::DeployTarget{QBluetoothAddress(test::simulatedBoardAddress(i)), QString(), QString(),
                                        QString()};
    QEventLoop loop;
    QObject::connect(&queue, &deploy::DeployQueue::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QElapsedTimer clock;
    clock.start();
    queue.add(targets);
    if (!queue.isFinished())
        loop.exec();
    Run run;
    run.seconds = clock.nsecsElapsed() / 1e9;
    for (const deploy::BoardDeployment &d : queue.deployments()) {
        run.done += d.state == deploy::TransferState::Done ? 1 : 0;
        run.blocksPerSecond += d.progress.blocksPerSecond / boards;
    }
    return run;
}

struct LoadRun {
    double transferSeconds = 0; // until the board confirmed the file
    double loadSeconds = 0;     // from then until it reported the model running or failed
    deploy::BoardDeployment deployment;
};

LoadRun deployAndRun(const QByteArray &bytes)
{
    deploy::ModelPayload model{bytes, QStringLiteral("bench"), QString(), QString()};
    deploy::TransferOptions options;
    options.loadTimeoutMs = 600000; // the largest models take a while under emulation
    deploy::DeployQueue queue(model, options, 1);
    QEventLoop loop;
    QObject::connect(&queue, &deploy::DeployQueue::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QElapsedTimer clock;
    qint64 loadingAtNs = -1;
    QObject::connect(&queue, &deploy::DeployQueue::deploymentChanged, &queue,
                     [&](int, const deploy::BoardDeployment &d) {
                         if (d.state == deploy::TransferState::Loading && loadingAtNs < 0)
                             loadingAtNs = clock.nsecsElapsed();
                     });
    clock.start();
    queue.add(
        {deploy::DeployTarget{QBluetoothAddress(test::simulatedBoardAddress(1)), QString(), QString(), QString()}});
    if (!queue.isFinished())
        loop.exec();
    LoadRun run;
    const qint64 endNs = clock.nsecsElapsed();
    run.deployment = queue.deployments().first();
    run.transferSeconds = (loadingAtNs < 0 ? endNs : loadingAtNs) / 1e9;
    run.loadSeconds = loadingAtNs < 0 ? 0 : (endNs - loadingAtNs) / 1e9;
    return run;
}

QString figure(qint64 value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value);
}

int benchDeployAndRun(const QList<test::ReferenceModel> &models, const test::PrivateSystemBus &bus,
                      const QString &runner)
{
    test::BoardSimulator sim(bus);
    QString error;
    QStringList arguments{QStringLiteral("--run-models"), QStringLiteral("--boards"), QStringLiteral("1")};
    if (!runner.isEmpty())
        arguments << QStringLiteral("--firmware-runner") << runner;
    if (!sim.start(arguments, &error)) {
        std::fprintf(stderr, "bench_deploy: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%-36s %9s %10s %12s %10s %10s  %s\n", "model", "bytes", "transfer s", "load+run s", "arena",
                "invoke_us", "outcome");
    double transfer = 0, load = 0;
    int failures = 0;
    int tooLarge = 0; // refused before sending: larger than the board's model slot
    for (const test::ReferenceModel &m : models) {
        const LoadRun run = deployAndRun(test::readWholeFile(m.path));
        const deploy::BoardDeployment &d = run.deployment;
        if (d.outcome == deploy::DeployOutcome::TransferFailed && d.detail.contains(QLatin1String("takes at most")))
            ++tooLarge;
        else if (d.outcome != deploy::DeployOutcome::Running)
            ++failures;
        std::printf("%-36s %9lld %10.3f %12.3f %10s %10s  %s%s%s\n", qPrintable(m.name), qlonglong(m.bytes),
                    run.transferSeconds, run.loadSeconds, qPrintable(figure(d.arenaUsedBytes)),
                    qPrintable(figure(d.invokeUs)), qPrintable(deploy::outcomeName(d.outcome)),
                    d.detail.isEmpty() ? "" : ": ", qPrintable(d.detail));
        std::fflush(stdout);
        transfer += run.transferSeconds;
        load += run.loadSeconds;
    }
    std::printf("\n%lld models to one board that runs them: transfers %.2f s, loads and first inferences %.2f s "
                "(emulated Cortex-M4); %d larger than the board takes, %d other(s) not running\n",
                qlonglong(models.size()), transfer, load, tooLarge, failures);
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int simAt = int(args.indexOf(QStringLiteral("--sim")));
    if (simAt > 0 && simAt + 1 < args.size())
        qputenv("TINYML_BOARD_SIM", args.at(simAt + 1).toUtf8());
    else if (qEnvironmentVariableIsEmpty("TINYML_BOARD_SIM"))
        qputenv("TINYML_BOARD_SIM", TINYML_BOARD_SIM);
    const QList<test::ReferenceModel> models = test::referenceModels();
    if (models.isEmpty()) {
        std::fprintf(stderr, "bench_deploy: %s\n", test::kNoReferenceData);
        return 2;
    }
    deploy::muteQtBluetoothWarnings();
    test::PrivateSystemBus bus;
    QString error;
    if (!bus.start(&error)) {
        std::fprintf(stderr, "bench_deploy: %s\n", qPrintable(error));
        return 1;
    }
    bus.useForThisProcess();
    if (args.contains(QStringLiteral("--run-models"))) {
        const int runnerAt = int(args.indexOf(QStringLiteral("--firmware-runner")));
        return benchDeployAndRun(models, bus,
                                 runnerAt > 0 && runnerAt + 1 < args.size() ? args.at(runnerAt + 1) : QString());
    }
    test::BoardSimulator sim(bus);
    if (!sim.start({QStringLiteral("--boards"), QStringLiteral("8")}, &error)) {
        std::fprintf(stderr, "bench_deploy: %s\n", qPrintable(error));
        return 1;
    }

    std::printf("%-36s %9s %10s %11s %10s %12s\n", "model", "bytes", "1 board s", "blocks/s", "8 boards s",
                "blocks/s/brd");
    double total1 = 0, total8 = 0, blocks1 = 0, blocks8 = 0;
    qint64 bytesTotal = 0;
    int failures = 0;
    for (const test::ReferenceModel &m : models) {
        const QByteArray bytes = test::readWholeFile(m.path);
        const Run one = deployTo(bytes, 1);
        const Run eight = deployTo(bytes, 8);
        failures += (1 - one.done) + (8 - eight.done);
        std::printf("%-36s %9lld %10.3f %11.0f %10.3f %12.0f\n", qPrintable(m.name), qlonglong(bytes.size()),
                    one.seconds, one.blocksPerSecond, eight.seconds, eight.blocksPerSecond);
        total1 += one.seconds;
        total8 += eight.seconds;
        blocks1 += one.blocksPerSecond;
        blocks8 += eight.blocksPerSecond;
        bytesTotal += bytes.size();
    }
    const int n = int(models.size());
    std::printf("\n%d models, %lld bytes: to 1 board %.2f s in all (%.0f blocks/s on average); "
                "to 8 boards at once %.2f s in all (%.0f blocks/s per board, %.0f for the 8); %d board(s) failed\n",
                n, qlonglong(bytesTotal), total1, blocks1 / n, total8, blocks8 / n, 8 * blocks8 / n, failures);
    return failures == 0 ? 0 : 1;
}
