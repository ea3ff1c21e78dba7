#include "InspectCommand.h"

#include "analysis/ModelAnalysisJson.h"
#include "analysis/ModelAnalysisReport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

// `arguments` starts with the command name, which QCommandLineParser takes for the program's.
int runInspectCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Analyse TensorFlow Lite models: layers, MACs, Flash and tensor-arena RAM."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("The .tflite files to analyse."), QStringLiteral("MODEL.tflite..."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON instead of a readable report."));
    parser.addOption(json);
    const QCommandLineOption runtimeOption(QStringLiteral("runtime"),
                                           QStringLiteral("The runtime whose figures arena_bytes and flash_bytes give (default: %1; see 'tinyml-kg runtimes').")
                                               .arg(QString::fromStdString(tinyml::tflite::paperRuntime().name)),
                                           QStringLiteral("NAME"));
    parser.addOption(runtimeOption);
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "tinyml-kg inspect: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    const tinyml::tflite::Runtime *runtime = &tinyml::tflite::paperRuntime();
    if (parser.isSet(runtimeOption)) {
        runtime = tinyml::tflite::findRuntime(parser.value(runtimeOption).toStdString());
        if (!runtime) {
            std::fprintf(stderr, "tinyml-kg inspect: unknown runtime '%s'; the runtimes are %s\n",
                         qPrintable(parser.value(runtimeOption)), tinyml::tflite::runtimeNames().c_str());
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
        const auto analysis = tinyml::analyseModelFile(file, &error);
        if (!analysis) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            ++failures;
            continue;
        }
        if (parser.isSet(json)) {
            reports.append(tinyml::analysisToJson(*analysis, *runtime));
        } else {
            out << tinyml::analysisToText(*analysis) << '\n';
        }
    }
    if (parser.isSet(json) && !reports.isEmpty()) {
        const QJsonDocument doc = files.size() == 1 ? QJsonDocument(reports.first().toObject()) : QJsonDocument(reports);
        out << doc.toJson(QJsonDocument::Indented);
    }
    return failures == 0 ? 0 : 1;
}

int runRuntimesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the runtimes that RAM and Flash needs are figured for."));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "tinyml-kg runtimes: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    size_t width = 0;
    for (const tinyml::tflite::Runtime &r : tinyml::tflite::runtimes())
        width = std::max(width, r.name.size());
    for (const tinyml::tflite::Runtime &r : tinyml::tflite::runtimes())
        std::printf("%-*s  %s\n", int(width), r.name.c_str(), r.summary.c_str());
    return 0;
}
