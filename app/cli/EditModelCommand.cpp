#include "EditModelCommand.h"

#include "CommandSupport.h"

#include "kg/ModelFacts.h"

#include <cstdio>

namespace tinyml::cli {
namespace {

struct TextOption {
    const char *name;
    const char *help;
    QString kg::ModelInfo::*field;
};

const TextOption kTextOptions[] = {
    {"name", "The model's name.", &kg::ModelInfo::name},
    {"description", "What the model does.", &kg::ModelInfo::description},
    {"sensor-info", "The note on the sensors, e.g. \"MP34DT05, 16 kHz\".", &kg::ModelInfo::sensorInfo},
    {"training-data", "The training data set (an address, or its name).", &kg::ModelInfo::trainingDataset},
    {"creator", "Who made the model.", &kg::ModelInfo::creator},
    {"date", "When it was made, e.g. 2024-05-31.", &kg::ModelInfo::dateCreated},
    {"citation", "The paper or page it comes from (an address).", &kg::ModelInfo::citation},
    {"code-repository", "Its code repository (an address).", &kg::ModelInfo::codeRepository},
    {"input-info", "What the input means.", &kg::ModelInfo::inputInfo},
    {"output-info", "What the output means.", &kg::ModelInfo::outputInfo},
};

// "Microphone,accelerometer": sensor classes of the ontology, in any case; "" for none.
bool parseSensors(const QString &text, QStringList *sensors, QString *error)
{
    sensors->clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto sensor = kg::sensorClassNamed(part);
        if (!sensor) {
            *error = QStringLiteral("unknown sensor '%1' (one of %2)")
                         .arg(part.trimmed(), kg::sensorClasses().join(QStringLiteral(", ")));
            return false;
        }
        if (!sensors->contains(*sensor))
            *sensors << *sensor;
    }
    return true;
}

bool parseCategory(const QString &text, std::optional<kg::NetworkCategory> *category, QString *error)
{
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || text.isEmpty()) {
        category->reset();
        return true;
    }
    QStringList names;
    for (kg::NetworkCategory c : kg::networkCategories()) {
        const QString local = kg::categoryLocalName(c);
        names << local;
        if (local.compare(text, Qt::CaseInsensitive) == 0
            || (c == kg::NetworkCategory::Other && text.compare(QLatin1String("Other"), Qt::CaseInsensitive) == 0)) {
            *category = c;
            return true;
        }
    }
    *error = QStringLiteral("unknown category '%1' (one of %2, or none)").arg(text, names.join(QStringLiteral(", ")));
    return false;
}

// KIND=VALUE with KIND top1, top5 or other (or the ontology's names) and VALUE a number or
// "unknown"; "none" removes the metric.
bool parseMetric(const QString &text, kg::ModelInfo *info, QString *error)
{
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        info->metric.reset();
        info->metricValue.reset();
        return true;
    }
    const QString kind = text.section(QLatin1Char('='), 0, 0).trimmed().toLower();
    const QString value = text.section(QLatin1Char('='), 1).trimmed();
    std::optional<kg::MetricKind> metric;
    for (kg::MetricKind k : kg::metricKinds()) {
        const QString local = kg::metricLocalName(k).toLower();
        if (kind == local || (k == kg::MetricKind::Top1Accuracy && kind == QLatin1String("top1"))
            || (k == kg::MetricKind::Top5Accuracy && kind == QLatin1String("top5"))
            || (k == kg::MetricKind::Other && kind == QLatin1String("other")))
            metric = k;
    }
    bool number = false;
    const double figure = value.toDouble(&number);
    const bool unknown = value.isEmpty() || value.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0;
    if (!metric || (!number && !unknown) || (number && kg::isAccuracy(metric) && (figure < 0 || figure > 100))) {
        *error = QStringLiteral("--metric takes KIND=VALUE: KIND top1, top5 or other, VALUE a number (accuracies "
                                "in percent, 0-100) or unknown; or none");
        return false;
    }
    info->metric = metric;
    info->metricValue = number ? kg::knownMetricValue(figure) : std::nullopt;
    return true;
}

} // namespace

EditModelCommand::EditModelCommand()
    : GraphCommand(QStringLiteral("edit-model"), QStringLiteral("MODEL [--sensors A,B] [--description T]..."),
                   QStringLiteral("change what the graph says of a model"))
{ }

void EditModelCommand::declare(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(QStringLiteral(
        "Change what the knowledge graph says of a model: the fields a person enters when importing it. The "
        "analyser's figures (layers, MACs, RAM, Flash) and the file stay. Each field that changes is printed as "
        "old -> new; an empty value removes the field."));
    parser.addPositionalArgument(QStringLiteral("model"), QStringLiteral("The model: its name, identifier or IRI."),
                                 QStringLiteral("MODEL"));
    for (const TextOption &o : kTextOptions)
        parser.addOption({QLatin1String(o.name), QLatin1String(o.help), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("sensors"),
                      QStringLiteral("The sensors that feed its input, comma-separated (%1); \"\" for unknown.")
                          .arg(kg::sensorClasses().join(QStringLiteral(", "))),
                      QStringLiteral("A,B")});
    parser.addOption(
        {QStringLiteral("category"),
         QStringLiteral("Classification, ObjectDetection, FeatureExtraction, Unsupervised, Other or none."),
         QStringLiteral("C")});
    parser.addOption({QStringLiteral("metric"),
                      QStringLiteral("KIND=VALUE: KIND top1, top5 or other; VALUE a number (accuracies in percent) or "
                                     "unknown; none removes it."),
                      QStringLiteral("KIND=VALUE")});
}

int EditModelCommand::run(const QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("tinyml-kg edit-model: name one model"));
        return 2;
    }
    auto graph = openGraph();
    if (!graph)
        return 1;
    const kg::ModelEntry *found = findModel(*graph, parser.positionalArguments().front());
    if (!found)
        return 1;
    const QString iri = found->iri;
    QString error;
    const auto facts = graph->modelFacts(iri, &error);
    if (!facts) {
        printError(error);
        return 1;
    }
    kg::ModelInfo info = facts->info;
    for (const TextOption &o : kTextOptions) {
        if (parser.isSet(QLatin1String(o.name)))
            info.*o.field = parser.value(QLatin1String(o.name)).trimmed();
    }
    if ((parser.isSet(QStringLiteral("sensors"))
         && !parseSensors(parser.value(QStringLiteral("sensors")), &info.sensors, &error))
        || (parser.isSet(QStringLiteral("category"))
            && !parseCategory(parser.value(QStringLiteral("category")).trimmed(), &info.category, &error))
        || (parser.isSet(QStringLiteral("metric"))
            && !parseMetric(parser.value(QStringLiteral("metric")), &info, &error))) {
        printError(QStringLiteral("tinyml-kg edit-model: %1").arg(error));
        return 2;
    }
    const QList<kg::FieldChange> changes = kg::ModelFields::differences(facts->info, info);
    if (changes.isEmpty()) {
        std::printf("%s: nothing to change\n", facts->info.name.toUtf8().constData());
        return 0;
    }
    const auto edit = graph->modelEdit(iri, info, &error);
    if (!edit || !graph->apply(*edit, &error)) {
        printError(QStringLiteral("%1: %2").arg(facts->info.name, error));
        return 1;
    }
    for (const kg::FieldChange &c : changes)
        std::printf("%s\n", kg::ModelFields::describe(c).toUtf8().constData());
    std::printf("edited %s (%s)\n", info.name.toUtf8().constData(), facts->uuid.toUtf8().constData());
    return 0;
}

} // namespace tinyml::cli
