#include "InspectCommand.h"

#include "analysis/ModelAnalysisJson.h"
#include "analysis/ModelAnalysisReport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

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
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "tinyml-kg inspect: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
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
            reports.append(tinyml::analysisToJson(*analysis));
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
