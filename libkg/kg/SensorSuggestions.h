// Which sensors probably feed a model, guessed from the file alone: the words of its name, its
// TFLite Metadata and its labels (the field's names for a task that name a sensor, from the task
// search's table, and words such as "spectrogram" or "accelerometer"), and the shape of its input
// (an image, a window of audio features, a short window of 3 or 6 motion channels). A guess is
// only ever offered with its reason, for a person to accept: it is never saved on its own.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tinyml {
struct ModelAnalysis;
}

namespace tinyml::kg {

struct SensorSuggestion {
    QString sensor;      // a sensor class of the ontology, e.g. Microphone
    QStringList reasons; // why, in words: "its input 96×96×1 is an image"
};

class SensorSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(tinyml::kg::SensorSuggestions)

public:
    // The sensors the strongest evidence points to (with those a shape shows beside them, the
    // gyroscope of 6 motion axes), in the ontology's order; empty when nothing
    // in the file says (a model of one number, say). `name` is the model's name as imported.
    static QList<SensorSuggestion> forModel(const ModelAnalysis &analysis, const QString &name);
    // The sensors alone.
    static QStringList sensorsOf(const QList<SensorSuggestion> &suggestions);
    // "Microphone: its labels are spoken words (yes, no, …)"
    static QString describe(const QList<SensorSuggestion> &suggestions);
};

} // namespace tinyml::kg
