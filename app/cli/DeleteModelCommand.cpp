#include "DeleteModelCommand.h"

#include "CommandSupport.h"

#include <cstdio>

namespace tinyml::cli {

DeleteModelCommand::DeleteModelCommand()
    : GraphCommand(QStringLiteral("delete-model"), QStringLiteral("MODEL"),
                   QStringLiteral("delete a model from the knowledge graph"))
{ }

void DeleteModelCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Delete a model's description from the knowledge graph. Its file leaves the model repository unless a "
        "deployment record or another model names it; its deployment history stays readable."));
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("The model: its name, identifier or IRI."),
                                 QStringLiteral("MODEL"));
}

int DeleteModelCommand::run(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("tinyml-kg delete-model: name one model"));
        return 2;
    }
    auto graph = openGraph();
    if (!graph)
        return 1;
    const kg::ModelEntry *found = findModel(*graph, parser.positionalArguments().front());
    if (!found)
        return 1;
    const kg::ModelEntry model = *found;
    QString error;
    const auto removal = graph->modelRemoval(model.iri, &error);
    if (!removal || !graph->apply(*removal, &error)) {
        printError(QStringLiteral("%1: %2").arg(model.name, error));
        return 1;
    }
    std::printf("deleted %s (%s): %lld triples\n", model.name.toUtf8().constData(), model.uuid.toUtf8().constData(),
                qlonglong(removal->removals.size()));
    if (!model.sha256.isEmpty()) {
        if (graph->repository().contains(model.sha256))
            std::printf("its file %s.tflite stays in the model repository: a deployment record or another model "
                        "names it\n",
                        model.sha256.toUtf8().constData());
        else
            std::printf("its file %s.tflite left the model repository\n", model.sha256.toUtf8().constData());
    }
    return 0;
}

} // namespace tinyml::cli
