// Deployment throughput through Qt Bluetooth's BlueZ D-Bus backend against tinyml-board-sim on a
// private bus: each of the 23 reference models to 1 board and to 8 boards at once. The radio is
// not simulated, so these are the protocol's and the software's costs alone.
//
//   bench_deploy [--sim PATH] [--parallel N]      (the reference models must be present)
#include "BoardSimulator.h"
#include "TestData.h"

#include "deploy/DeployQueue.h"

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
