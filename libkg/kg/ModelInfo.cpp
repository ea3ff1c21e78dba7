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

} // namespace tinyml::kg
