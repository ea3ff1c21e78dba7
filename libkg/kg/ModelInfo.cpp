#include "ModelInfo.h"

namespace tinyml::kg {

const QStringList &sensorClasses()
{
    static const QStringList classes = {
        QStringLiteral("Camera"),       QStringLiteral("Microphone"),      QStringLiteral("Accelerometer"),
        QStringLiteral("Gyroscope"),    QStringLiteral("Thermometer"),     QStringLiteral("OtherSensor"),
        QStringLiteral("Magnetometer"), QStringLiteral("Barometer"),       QStringLiteral("Hygrometer"),
        QStringLiteral("LightSensor"),  QStringLiteral("ProximitySensor"), QStringLiteral("GasSensor"),
        QStringLiteral("Radar"),
    };
    return classes;
}

bool ModelInfo::operator==(const ModelInfo &o) const
{
    return name == o.name && description == o.description && creator == o.creator && dateCreated == o.dateCreated
        && citation == o.citation && codeRepository == o.codeRepository && trainingDataset == o.trainingDataset
        && category == o.category && metric == o.metric && metricValue == o.metricValue && sensors == o.sensors
        && sensorInfo == o.sensorInfo && inputInfo == o.inputInfo && outputInfo == o.outputInfo
        && runtimePlatform == o.runtimePlatform;
}

std::optional<QString> sensorClassNamed(const QString &typed)
{
    for (const QString &c : sensorClasses()) {
        if (c.compare(typed.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

const QList<NetworkCategory> &networkCategories()
{
    static const QList<NetworkCategory> all = {NetworkCategory::Classification, NetworkCategory::ObjectDetection,
                                               NetworkCategory::FeatureExtraction, NetworkCategory::Unsupervised,
                                               NetworkCategory::Other};
    return all;
}

const QList<MetricKind> &metricKinds()
{
    static const QList<MetricKind> all = {MetricKind::Top1Accuracy, MetricKind::Top5Accuracy, MetricKind::Other};
    return all;
}

QString categoryLocalName(NetworkCategory category)
{
    switch (category) {
    case NetworkCategory::Classification: return QStringLiteral("Classification");
    case NetworkCategory::ObjectDetection: return QStringLiteral("ObjectDetection");
    case NetworkCategory::FeatureExtraction: return QStringLiteral("FeatureExtraction");
    case NetworkCategory::Unsupervised: return QStringLiteral("Unsupervised");
    case NetworkCategory::Other: return QStringLiteral("OtherCategory");
    }
    return QStringLiteral("OtherCategory");
}

QString metricLocalName(MetricKind metric)
{
    switch (metric) {
    case MetricKind::Top1Accuracy: return QStringLiteral("Top_1_accuracy");
    case MetricKind::Top5Accuracy: return QStringLiteral("Top_5_accuracy");
    case MetricKind::Other: return QStringLiteral("Other_metric");
    }
    return QStringLiteral("Other_metric");
}

bool isAccuracy(std::optional<MetricKind> metric)
{
    return metric == MetricKind::Top1Accuracy || metric == MetricKind::Top5Accuracy;
}

bool isAccuracy(const QString &metricLocalName)
{
    return metricLocalName == kg::metricLocalName(MetricKind::Top1Accuracy)
        || metricLocalName == kg::metricLocalName(MetricKind::Top5Accuracy);
}

std::optional<double> knownMetricValue(double value)
{
    return value == 0 ? std::nullopt : std::optional<double>(value);
}

} // namespace tinyml::kg
