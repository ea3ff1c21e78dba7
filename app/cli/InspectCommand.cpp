#include "InspectCommand.h"

#include "analysis/ModelAnalysisJson.h"
#include "analysis/ModelAnalysisReport.h"
#include "kg/SensorSuggestions.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace tinyml::cli {

InspectCommand::InspectCommand()
    : Command(QStringLiteral("inspect"), QStringLiteral("MODEL.tflite... [--json] [--runtime NAME]"),
              QStringLiteral("analyse models: layers, MACs, Flash, tensor-arena RAM"))
{ }

void InspectCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        QStringLiteral("Analyse TensorFlow Lite models: layers, MACs, Flash and tensor-arena RAM."));
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("The .tflite files to analyse."),
                                 QStringLiteral("MODEL.tflite..."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a readable report.")});
    parser.addOption(
        {QStringLiteral("runtime"),
         QStringLiteral(
             "The runtime whose figures arena_bytes and flash_bytes give (default: %1; see 'tinyml-kg runtimes').")
             .arg(QString::fromStdString(tflite::paperRuntime().name)),
         QStringLiteral("NAME")});
}

int InspectCommand::run(const QCommandLineParser &parser)
{
    const tflite::Runtime *runtime = &tflite::paperRuntime();
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("runtime"))) {
        runtime = tflite::findRuntime(parser.value(QStringLiteral("runtime")).toStdString());
        if (!runtime) {
            std::fprintf(stderr, "tinyml-kg inspect: unknown runtime '%s'; the runtimes are %s\n",
                         qPrintable(parser.value(QStringLiteral("runtime"))), tflite::runtimeNames().c_str());
            return 2;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        std::fputs("tinyml-kg inspect: name at least one .tflite file\n", stderr);
        return 2;
    }

    QTextStream out(stdout);
    QJsonArray reports;
    int failures = 0;
    for (const QString &file : files) {
        QString error;
        const auto analysis = analyseModelFile(file, &error);
        if (!analysis) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            ++failures;
            continue;
        }
        // What the file suggests of its sensors: a guess with its reasons, for the import to confirm.
        const auto suggestions = kg::SensorSuggestions::forModel(*analysis, QFileInfo(file).completeBaseName());
        if (json) {
            QJsonObject report = analysisToJson(*analysis, *runtime);
            QJsonArray suggested;
            for (const kg::SensorSuggestion &s : suggestions)
                suggested.append(QJsonObject{{QStringLiteral("sensor"), s.sensor},
                                             {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)}});
            report.insert(QStringLiteral("suggested_sensors"), suggested);
            reports.append(report);
        } else {
            out << analysisToText(*analysis);
            out << "Suggested sensors: "
                << (suggestions.isEmpty()
                        ? QStringLiteral("none (the file does not say)")
                        : kg::SensorSuggestions::describe(suggestions).replace(QLatin1Char('\n'), QStringLiteral("; ")))
                << "\n\n";
        }
    }
    if (json && !reports.isEmpty()) {
        const QJsonDocument doc =
            files.size() == 1 ? QJsonDocument(reports.first().toObject()) : QJsonDocument(reports);
        out << doc.toJson(QJsonDocument::Indented);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace tinyml::cli
