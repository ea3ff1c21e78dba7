// What a person adds to the analyser's facts to describe a model in the knowledge graph: the
// columns of the paper's metadata sheet.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace tinyml {
struct ModelAnalysis;
}

namespace tinyml::kg {

enum class NetworkCategory { Classification, ObjectDetection, FeatureExtraction, Unsupervised, Other };
enum class MetricKind { Top1Accuracy, Top5Accuracy, Other };

// Sensor classes of the ontology (sosa_extend:<name>), in the sheet's code order 0..5 first.
const QStringList &sensorClasses();
// The sensor class `typed` names, in any case ("microphone" is Microphone), or nullopt.
std::optional<QString> sensorClassNamed(const QString &typed);

struct ModelInfo {
    QString name;
    QString description;
    QString creator;
    QString dateCreated;                     // as entered, e.g. 2021-12-12
    QString citation;                        // IRI of the paper, repository or page the model comes from
    QString codeRepository;                  // IRI
    QString trainingDataset;                 // IRI (kept as text when it is not one)
    std::optional<NetworkCategory> category; // absent: not stated
    std::optional<MetricKind> metric;
    // In percent for the accuracies, as the paper's sheet and graph give them (91.4, not 0.914);
    // absent: not known (the sheet writes 0 for a metric it has no figure for).
    std::optional<double> metricValue;
    QStringList sensors; // sensor class local names, e.g. Microphone
    QString sensorInfo;  // the note on the sensors, e.g. "tested on MP34DT05 20000 sps"
    QString inputInfo;   // what the input means
    QString outputInfo;  // what the output means
    QString runtimePlatform = QStringLiteral("TFLite Micro");

    bool operator==(const ModelInfo &other) const;
    bool operator!=(const ModelInfo &other) const { return !(*this == other); }
};

// A model file to import with what a person says about it.
struct ModelImport {
    QString path;
    ModelInfo info;
    // The file's analysis when the caller has already made it (the import form did): the file is
    // then not analysed again.
    std::shared_ptr<const ModelAnalysis> analysis = nullptr;
};

// Every category and metric kind, in the sheet's code order.
const QList<NetworkCategory> &networkCategories();
const QList<MetricKind> &metricKinds();

QString categoryLocalName(NetworkCategory category);
QString metricLocalName(MetricKind metric);

// The accuracies (top-1, top-5), whose values are in percent, 0-100.
bool isAccuracy(std::optional<MetricKind> metric);
bool isAccuracy(const QString &metricLocalName);
// A metric value as the sheet and the graph give it: the paper's sheet and graph write 0 for a
// model they have no figure for (Hello_World, Person_Detection, ...), so 0 is read as unknown.
std::optional<double> knownMetricValue(double value);

} // namespace tinyml::kg
