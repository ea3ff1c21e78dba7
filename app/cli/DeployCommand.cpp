#include "DeployCommand.h"

#include "CommandSupport.h"

#include "analysis/ModelAnalysis.h"
#include "deploy/DeployOutcomes.h"
#include "deploy/DeployQueue.h"
#include "deploy/DeployReport.h"
#include "deploy/DeployTargets.h"
#include "deploy/FitGate.h"
#include "kg/DeploymentRecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace tinyml::cli {
namespace {

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
    std::fflush(stderr);
}

// Ctrl+C (SIGINT) and SIGTERM cancel the deployments, through a pipe (a signal handler may only
// write()), so that what was tried is still recorded and reported.
int g_interruptPipe[2] = {-1, -1};

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_interruptPipe[1], &byte, 1);
}

void cancelOnInterrupt(deploy::DeployQueue &queue)
{
    if (::pipe(g_interruptPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_interruptPipe[0], QSocketNotifier::Read, &queue);
    QObject::connect(notifier, &QSocketNotifier::activated, &queue, [&queue] {
        say(QStringLiteral("Interrupted: cancelling the deployments"));
        queue.cancelAll();
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

// Says on standard error, one line per board, which boards the model does not fit and which the
// graph cannot judge; returns how many were refused (none when `force`).
int reportFit(const QList<deploy::TargetFit> &fits, bool force)
{
    int refused = 0;
    for (const deploy::TargetFit &f : fits) {
        const QString address = f.target.address.toString();
        const QString board =
            f.target.name == address ? address : QStringLiteral("%1 (%2)").arg(f.target.name, address);
        if (f.verdict == deploy::TargetFit::Verdict::Unknown) {
            say(QStringLiteral("warning: %1 is not a board of the knowledge graph: fit unknown").arg(board));
        } else if (f.verdict == deploy::TargetFit::Verdict::DoesNotFit) {
            const QString reasons = deploy::misfitText(f.reasons());
            if (force) {
                say(QStringLiteral("%1: the model does not fit (%2); sent anyway (--force)").arg(board, reasons));
            } else {
                say(QStringLiteral("%1: refused, the model does not fit: %2 (--force sends it anyway)")
                        .arg(board, reasons));
                ++refused;
            }
        }
    }
    return refused;
}

} // namespace

DeployCommand::DeployCommand()
    : GraphCommand(QStringLiteral("deploy"), QStringLiteral("MODEL.tflite --to ADDRESS..."),
                   QStringLiteral("send a model to boards over Bluetooth LE"))
{ }

void DeployCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Sends MODEL.tflite to boards over Bluetooth LE (the file-transfer protocol of the TinyML demo firmware), "
        "a few at a time, retrying interrupted transfers. The knowledge graph is asked first whether the model fits "
        "each board: boards it does not fit are refused unless --force. Exit code 0 only when every board runs the "
        "model or received it whole (a board without a model status cannot confirm it runs)."));
    parser.addPositionalArgument(QStringLiteral("MODEL.tflite"), QStringLiteral("The model to deploy."));
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("A board's Bluetooth address (repeatable, or comma-separated)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("parallel"),
                      QStringLiteral("Boards served at once (default %1).").arg(deploy::DeployQueue::kDefaultParallel),
                      QStringLiteral("N"), QString::number(deploy::DeployQueue::kDefaultParallel)});
    parser.addOption({QStringLiteral("attempts"), QStringLiteral("Attempts per board (default 3)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("connect-timeout"),
                      QStringLiteral("Seconds to wait for a connection (default 15)."), QStringLiteral("S"),
                      QStringLiteral("15")});
    parser.addOption({QStringLiteral("report"),
                      QStringLiteral("Write a summary to FILE: .json for JSON, anything else CSV."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("no-record"),
         QStringLiteral("Do not record the deployments in the knowledge graph (nor judge the model's fit).")});
    parser.addOption(
        {QStringLiteral("force"),
         QStringLiteral(
             "Send to the boards the graph says the model does not fit too; the record names the reasons.")});
}

int DeployCommand::run(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("to"))) {
        printError(QStringLiteral("deploy needs one MODEL.tflite and at least one --to ADDRESS"));
        return 2;
    }
    QList<QBluetoothAddress> addresses;
    for (const QString &value : parser.values(QStringLiteral("to"))) {
        for (const QString &text : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QBluetoothAddress address(text.trimmed());
            if (address.isNull()) {
                printError(QStringLiteral("'%1' is not a Bluetooth address (XX:XX:XX:XX:XX:XX)").arg(text.trimmed()));
                return 2;
            }
            addresses << address;
        }
    }
    bool ok = false;
    const int parallelCount = parser.value(QStringLiteral("parallel")).toInt(&ok);
    if (!ok || parallelCount < 1) {
        printError(QStringLiteral("--parallel needs a number of 1 or more"));
        return 2;
    }
    deploy::TransferOptions options;
    options.attempts = parser.value(QStringLiteral("attempts")).toInt(&ok);
    if (!ok || options.attempts < 1) {
        printError(QStringLiteral("--attempts needs a number of 1 or more"));
        return 2;
    }
    options.connectTimeoutMs = int(parser.value(QStringLiteral("connect-timeout")).toDouble(&ok) * 1000);
    if (!ok || options.connectTimeoutMs < 100) {
        printError(QStringLiteral("--connect-timeout needs seconds (0.1 or more)"));
        return 2;
    }

    // Only a valid model goes to a board.
    const QString path = parser.positionalArguments().first();
    QString error;
    const auto analysis = analyseModelFile(path, &error);
    if (!analysis) {
        printError(error);
        return 1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("%1: %2").arg(path, file.errorString()));
        return 1;
    }
    deploy::ModelPayload model{file.readAll(), QFileInfo(path).completeBaseName(), analysis->sha256, QString()};

    // The graph names the model and the boards when it knows them, and judges the fit.
    std::unique_ptr<kg::KnowledgeGraph> graph;
    QList<deploy::DeployTarget> targets;
    int refused = 0;
    if (parser.isSet(QStringLiteral("no-record"))) {
        say(QStringLiteral("warning: without the knowledge graph (--no-record) the model's fit on the boards "
                           "cannot be judged"));
        targets = deploy::resolveTargets(nullptr, addresses);
    } else {
        graph = openGraph();
        if (!graph)
            return 1;
        const kg::Catalogue *catalogue = catalogueOrFail(*graph);
        if (!catalogue)
            return 1;
        kg::ModelEntry entry = deploy::modelEntryOf(*analysis, model.name);
        if (const kg::ModelEntry *known = deploy::modelWithSha256(catalogue, model.sha256)) {
            entry = *known;
            model.modelIri = known->iri;
            model.name = known->name;
        }
        const QList<deploy::TargetFit> fits =
            deploy::judgeFit(*catalogue, entry, deploy::resolveTargets(catalogue, addresses));
        refused = reportFit(fits, parser.isSet(QStringLiteral("force")));
        targets = deploy::targetsToSend(fits, parser.isSet(QStringLiteral("force")));
    }
    if (targets.isEmpty()) {
        std::printf("%s\n", qPrintable(deploy::outcomeSummary({0, 0, 0, 0, 0, int(addresses.size())})));
        return 1;
    }

    deploy::muteQtBluetoothWarnings();
    say(QStringLiteral("Deploying %1 (%2 bytes, sha256 %3) to %4 board(s), %5 at a time")
            .arg(model.name)
            .arg(model.bytes.size())
            .arg(model.sha256.left(12))
            .arg(targets.size())
            .arg(parallelCount));
    deploy::DeployQueue queue(model, options, parallelCount);
    QHash<int, int> lastTenth;
    QObject::connect(&queue, &deploy::DeployQueue::deploymentChanged, [&](int i, const deploy::BoardDeployment &d) {
        if (d.state != deploy::TransferState::Sending || d.progress.totalBytes == 0)
            return;
        const int tenth = int(d.progress.bytesSent * 10 / d.progress.totalBytes);
        if (tenth > lastTenth.value(i, -1) && tenth < 10) {
            lastTenth.insert(i, tenth);
            say(QStringLiteral("%1: %2 %, %3 blocks/s")
                    .arg(d.target.name)
                    .arg(tenth * 10)
                    .arg(d.progress.blocksPerSecond, 0, 'f', 0));
        }
    });
    QObject::connect(&queue, &deploy::DeployQueue::deploymentFinished, [&](int, const deploy::BoardDeployment &d) {
        // Recorded as each board ends, so that an interruption loses nothing.
        if (graph && d.started.isValid()
            && !graph->apply(kg::deploymentRecordChange({deploy::deploymentRecordOf(queue.model(), d)}), &error))
            say(QStringLiteral("warning: the deployment to %1 could not be recorded in the knowledge graph: %2")
                    .arg(d.target.name, error));
        say(QStringLiteral("%1: %2").arg(d.target.name, deploy::outcomeText(d)));
    });
    QObject::connect(&queue, &deploy::DeployQueue::finished, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    cancelOnInterrupt(queue);
    queue.add(targets);
    if (!queue.isFinished())
        QCoreApplication::exec();

    // The summary counts the refused boards too: they were asked for and did not get the model.
    deploy::OutcomeCounts counts = deploy::countOutcomes(queue.deployments());
    counts.total += refused;
    int status = counts.runs() == counts.total ? 0 : 1;
    if (parser.isSet(QStringLiteral("report"))
        && !deploy::writeDeployReport(parser.value(QStringLiteral("report")), queue.model(), queue.deployments(),
                                      &error)) {
        printError(error);
        status = 1;
    }
    std::printf("%s\n", qPrintable(deploy::outcomeSummary(counts)));
    return status;
}

} // namespace tinyml::cli
