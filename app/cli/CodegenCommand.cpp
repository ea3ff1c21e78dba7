#include "CodegenCommand.h"

#include "CommandSupport.h"

#include "codegen/FirmwareCheck.h"
#include "codegen/FirmwareProject.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace tinyml::cli {
namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

int check(const QString &directory, const QString &tflmOption)
{
    QString why;
    const QString tflm = codegen::findTflmDir(tflmOption, &why);
    if (tflm.isEmpty()) {
        printError(QStringLiteral("cannot check: %1").arg(why));
        return 3;
    }
    codegen::CheckOptions options;
    options.tflmDir = tflm;
    options.progress = [](const QString &line) { say(QStringLiteral("check: ") + line); };
    const codegen::CheckResult result = codegen::checkFirmwareProject(directory, options);
    for (const QString &line : result.compile)
        std::fprintf(stderr, "%s\n", line.toUtf8().constData());
    if (result.arenaBytes > 0 && result.arenaUsedBytes > 0)
        say(QStringLiteral("check: measured arena %1 bytes of the generated %2: %3")
                .arg(result.arenaUsedBytes)
                .arg(result.arenaBytes)
                .arg(result.fits() ? QStringLiteral("fits") : QStringLiteral("does not fit")));
    if (result.inputOk)
        say(QStringLiteral("check: input code ok (every element written and read back with the tensor's type and "
                           "quantisation)"));
    if (result.invokeOk)
        say(QStringLiteral("check: invoke ok (%1 us emulated)%2")
                .arg(result.invokeUs)
                .arg(result.output.isEmpty() ? QString() : QStringLiteral(", output %1").arg(result.output)));
    switch (result.outcome) {
    case codegen::CheckResult::Outcome::Passed: say(QStringLiteral("check: passed")); return 0;
    case codegen::CheckResult::Outcome::Failed:
        printError(QStringLiteral("check failed: %1").arg(result.message));
        return 1;
    case codegen::CheckResult::Outcome::CannotCheck: break;
    }
    printError(result.message);
    return 3;
}

} // namespace

CodegenCommand::CodegenCommand()
    : GraphCommand(QStringLiteral("codegen"), QStringLiteral("--board B --model M --out DIR [--check]"),
                   QStringLiteral("generate the firmware project for a model on a board"))
{ }

void CodegenCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Generate a firmware project that runs MODEL on BOARD: TinyML Manager's board firmware with the model built "
        "in, an op resolver with exactly its operators, a tensor arena sized from the analyser's figure for the "
        "board's runtime, code that reads the board's sensors into its input, and its output decoded with its "
        "labels. A model that does not fit the board is refused, with the reasons, unless --force.\n\n"
        "Exit codes: 0 done (and, with --check, passed), 1 refused or failed, 2 bad command line, 3 --check could "
        "not run (a tool or TFLM missing)."));
    parser.addOption({QStringLiteral("board"), QStringLiteral("The board: its name or IRI."), QStringLiteral("BOARD")});
    parser.addOption(
        {QStringLiteral("model"), QStringLiteral("The model: its name, identifier or IRI."), QStringLiteral("MODEL")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The project's folder (empty or new)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("platformio (default: platformio.ini and src/) or arduino (a sketch folder named "
                                     "after DIR)."),
                      QStringLiteral("FORMAT"), QStringLiteral("platformio")});
    parser.addOption({QStringLiteral("force"),
                      QStringLiteral("Generate even when the model does not fit the board; the README says why.")});
    parser.addOption({QStringLiteral("overwrite"), QStringLiteral("Replace what is in DIR.")});
    parser.addOption({QStringLiteral("check"),
                      QStringLiteral("Compile the project's core for a Cortex-M4 and run it on qemu-system-arm: the "
                                     "measured arena, and whether the model invokes.")});
    parser.addOption({QStringLiteral("tflm"),
                      QStringLiteral("TensorFlow Lite Micro 2.4 for --check (default: $TINYML_TFLM_DIR, else "
                                     "../shared/tflm)."),
                      QStringLiteral("DIR")});
}

int CodegenCommand::run(const QCommandLineParser &parser)
{
    for (const char *required : {"board", "model", "out"}) {
        if (parser.value(QLatin1String(required)).isEmpty()) {
            printError(QStringLiteral("tinyml-kg codegen: --%1 is required").arg(QLatin1String(required)));
            return 2;
        }
    }
    const auto format = codegen::projectFormatNamed(parser.value(QStringLiteral("format")));
    if (!format) {
        printError(QStringLiteral("tinyml-kg codegen: --format is platformio or arduino, not %1")
                       .arg(parser.value(QStringLiteral("format"))));
        return 2;
    }
    const QString directory = parser.value(QStringLiteral("out"));

    auto graph = openGraph();
    if (!graph)
        return 1;
    const kg::Catalogue *catalogue = catalogueOrFail(*graph);
    if (!catalogue)
        return 1;
    const kg::BoardEntry *board = findBoard(*graph, *catalogue, parser.value(QStringLiteral("board")));
    if (!board)
        return 1;
    const kg::ModelEntry *model = findModel(*graph, *catalogue, parser.value(QStringLiteral("model")));
    if (!model)
        return 1;

    QString error;
    auto request = codegen::projectRequestFor(*graph, *board, *model, &error);
    if (!request) {
        printError(error);
        return 1;
    }
    request->format = *format;
    request->force = parser.isSet(QStringLiteral("force"));
    request->projectName = QFileInfo(QDir::cleanPath(QDir(directory).absolutePath())).fileName();
    codegen::Refusal refusal = codegen::Refusal::Other;
    const auto project = codegen::planFirmwareProject(*request, &error, &refusal);
    if (!project) {
        printError(refusal == codegen::Refusal::Misfit
                       ? error + QStringLiteral(" (--force generates the project anyway and says so in its README)")
                       : error);
        return 1;
    }
    if (!codegen::writeFirmwareProject(*project, directory, parser.isSet(QStringLiteral("overwrite")), &error,
                                       &refusal)) {
        printError(refusal == codegen::Refusal::FolderNotEmpty
                       ? error + QStringLiteral(" (--overwrite replaces what is in it)")
                       : error);
        return 1;
    }

    say(QStringLiteral("generated %1 for %2 on %3: %4 files")
            .arg(directory, model->name, board->name)
            .arg(project->files.size()));
    for (const QString &line : project->summary)
        say(QStringLiteral("  ") + line);
    for (const QString &reason : project->misfits)
        say(QStringLiteral("  warning: does not fit (--force): %1").arg(reason));
    for (const QString &item : project->toComplete)
        say(QStringLiteral("  to complete: %1").arg(item));
    if (!parser.isSet(QStringLiteral("check")))
        return 0;
    return check(directory, parser.value(QStringLiteral("tflm")));
}

} // namespace tinyml::cli
