#include "ReferenceGraph.h"

#include "TestData.h"
#include "kg/ModelInfoSheet.h"
#include "kg/Questions.h"
#include "store/redland/RedlandStore.h"

#include <QDir>
#include <QtTest>

#include <algorithm>

namespace tinyml::test {

std::unique_ptr<kg::KnowledgeGraph> buildReferenceGraph(const QString &directory)
{
    QString error;
    auto store = store::RedlandStore::open(directory, &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    auto graph = std::make_unique<kg::KnowledgeGraph>(std::move(store), directory + QStringLiteral("/models"));
    const auto rows = kg::readModelInfoSheet(referenceDir() + QStringLiteral("/models_information.tsv"), &error);
    if (!rows)
        qFatal("%s", qPrintable(error));
    QList<kg::ModelImport> imports;
    for (const kg::SheetRow &row : *rows)
        imports << kg::ModelImport{
            referenceDir() + QStringLiteral("/models/") + row.info.name + QStringLiteral(".tflite"), row.info};
    if (!graph->importModels(imports, &error))
        qFatal("%s", qPrintable(error));
    const QDir boards(QStringLiteral(TINYML_SOURCE_DIR "/ontology/boards"));
    QStringList files;
    for (const QString &f : boards.entryList({QStringLiteral("paper_*.ttl")}))
        files << boards.filePath(f);
    if (files.size() != 6 || !graph->importRdf(files, &error))
        qFatal("paper boards: %s", qPrintable(error));
    return graph;
}

} // namespace tinyml::test

namespace tinyml::test {
namespace {

QStringList namesOf(const QList<const kg::ModelEntry *> &models)
{
    QStringList names;
    for (const kg::ModelEntry *m : models)
        names << m->name;
    return names;
}

// A query file's answers in one column, with model identifiers turned into the names the paper
// gives, and board IRIs shortened to their number.
QStringList namesFromQueryFile(kg::KnowledgeGraph &graph, const char *file, const char *column)
{
    QString error;
    const QString text =
        QString::fromUtf8(readWholeFile(referenceDir() + QStringLiteral("/queries/") + QLatin1String(file)));
    const auto result = graph.store().query(text, &error);
    const kg::Catalogue *catalogue = result ? graph.catalogue(&error) : nullptr;
    if (!catalogue) {
        qWarning("%s: %s", file, qPrintable(error));
        return {};
    }
    const int c = int(result->variables.indexOf(QLatin1String(column)));
    QStringList names;
    for (const auto &row : result->rows) {
        const QString value = row.value(c).value();
        const auto it = std::find_if(catalogue->models.begin(), catalogue->models.end(),
                                     [&](const kg::ModelEntry &m) { return m.uuid == value; });
        names << (it == catalogue->models.end() ? value.section(QLatin1Char('-'), -1) : it->name);
    }
    return names;
}

} // namespace

void checkPapersQueryFiles(kg::KnowledgeGraph &graph)
{
    QStringList boards = namesFromQueryFile(graph, "case1_boards_for_model.rq", "Board");
    boards.sort();
    QCOMPARE(boards, (QStringList{QStringLiteral("002"), QStringLiteral("003")}));
    QStringList models = namesFromQueryFile(graph, "case2_models_for_board.rq", "uuid");
    models.sort();
    QCOMPARE(models, (QStringList{QStringLiteral("Person_Detection"), QStringLiteral("Visual_Alarm_Clock")}));
    QCOMPARE(namesFromQueryFile(graph, "case3_benchmark_task.rq", "uuid"),
             (QStringList{QStringLiteral("Micro_Speech_Yes_No_2"), QStringLiteral("Micro_Speech_Yes_No_4"),
                          QStringLiteral("Micro_Speech_Yes_No_1"), QStringLiteral("Micro_Speech_Yes_No_3")}));
}

void checkTypedAnswers(kg::KnowledgeGraph &graph)
{
    using namespace kg;
    QString error;
    const Catalogue *catalogue = graph.catalogue(&error);
    QVERIFY2(catalogue, qPrintable(error));
    // Case 1: accelerometer and gyroscope, 116 kB RAM, 531 kB Flash.
    QStringList boards;
    for (const BoardAnswer &a :
         boardsFor(*catalogue, {{QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")}, 116, 531, {}, {}}))
        if (a.fit.fits())
            boards << a.board->iri.section(QLatin1Char('-'), -1);
    boards.sort();
    QCOMPARE(boards, (QStringList{QStringLiteral("002"), QStringLiteral("003")}));
    // Case 2: a camera board with 127 kB RAM and 576 kB Flash.
    QStringList models;
    for (const ModelAnswer &a : modelsFor(*catalogue, {{QStringLiteral("Camera")}, 127, 576, {}, {}}))
        if (a.fit.fits())
            models << a.model->name;
    models.sort();
    QCOMPARE(models, (QStringList{QStringLiteral("Person_Detection"), QStringLiteral("Visual_Alarm_Clock")}));
    // Case 3: yes/no speech models on speech_commands, by top-1 accuracy.
    const TaskQuery task{QStringLiteral("yes/no"),
                         QStringLiteral("Microphone"),
                         QStringLiteral("speech_commands"),
                         {},
                         QStringLiteral("Top_1_accuracy")};
    QCOMPARE(namesOf(modelsForTask(*catalogue, task, TaskOrder::Accuracy)),
             (QStringList{QStringLiteral("Micro_Speech_Yes_No_2"), QStringLiteral("Micro_Speech_Yes_No_4"),
                          QStringLiteral("Micro_Speech_Yes_No_1"), QStringLiteral("Micro_Speech_Yes_No_3")}));
}

} // namespace tinyml::test
