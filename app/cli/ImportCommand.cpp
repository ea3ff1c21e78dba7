#include "ImportCommand.h"

#include "CommandSupport.h"

#include "kg/ModelInfoSheet.h"

#include <QFileInfo>
#include <QHash>

#include <cstdio>

namespace tinyml::cli {

ImportCommand::ImportCommand()
    : GraphCommand(QStringLiteral("import"), QStringLiteral("[MODEL.tflite...] [--metadata F]"),
                   QStringLiteral("add models to the knowledge graph"))
{ }

void ImportCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral("Add .tflite models to the knowledge graph."));
    parser.addPositionalArgument(QStringLiteral("model"),
                                 QStringLiteral("Model files; without any, every row of --metadata names one."),
                                 QStringLiteral("[MODEL.tflite...]"));
    parser.addOption({QStringLiteral("metadata"),
                      QStringLiteral("Metadata sheet (TSV or CSV, the columns of models_information.tsv). A model "
                                     "already in the graph (the same file and name) takes what the sheet says of it; "
                                     "each field that changes is printed."),
                      QStringLiteral("FILE")});
}

int ImportCommand::run(const QCommandLineParser &parser)
{
    QHash<QString, kg::SheetRow> rows;
    const QString sheet = parser.value(QStringLiteral("metadata"));
    if (!sheet.isEmpty()) {
        QString error;
        const auto read = kg::readModelInfoSheet(sheet, &error);
        if (!read) {
            printError(error);
            return 1;
        }
        for (const kg::SheetRow &row : *read)
            rows.insert(row.info.name, row);
    }

    QList<kg::ModelImport> imports;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        if (sheet.isEmpty()) {
            printError(QStringLiteral("tinyml-kg import: name model files, a --metadata sheet, or both"));
            return 2;
        }
        QString error;
        const auto fromSheet = kg::importsFromSheet(sheet, &error);
        if (!fromSheet) {
            printError(error);
            return 1;
        }
        imports = *fromSheet;
    } else {
        for (const QString &file : files) {
            kg::ModelImport import{file, {}};
            const QString name = QFileInfo(file).completeBaseName();
            if (rows.contains(name))
                import.info = rows.value(name).info;
            imports << import;
        }
    }

    auto graph = openGraph();
    if (!graph)
        return 1;
    QString error;
    kg::ImportControl control;
    control.committed = [](int committed, int total) {
        std::printf("committed %d of %d\n", committed, total);
        std::fflush(stdout);
    };
    // A sheet says what a person knows of its models: models already in the graph take it too.
    control.updateExisting = !sheet.isEmpty();
    const auto report = graph->importModels(imports, &error, control);
    if (!report) {
        printError(error);
        return 1;
    }
    for (const QString &present : report->alreadyPresent)
        std::printf("not added: %s\n", present.toUtf8().constData());
    for (const QString &shared : report->sharedFiles)
        std::printf("note: %s\n", shared.toUtf8().constData());
    printUpdates(report->updated);
    std::printf("%lld models added, %lld updated, %lld already present, store %s\n", qlonglong(report->added.size()),
                qlonglong(report->updated.size()), qlonglong(report->alreadyPresent.size()),
                graph->store().location().toUtf8().constData());
    return 0;
}

} // namespace tinyml::cli
