#include "SensorSuggestions.h"

#include "analysis/ModelAnalysis.h"
#include "kg/ModelInfo.h"
#include "kg/TaskSearch.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tinyml::kg {
namespace {

// One thing in the file that points at sensors. Words weigh most (a file that says "speech" means
// it), then labels, then the input's shape, which many kinds of data can share.
struct Evidence {
    QStringList sensors;
    int weight = 0;
    QString reason;
    bool fromShape = false;
};

constexpr int kWordWeight = 3;
constexpr int kLabelWeight = 3;
constexpr int kShapeWeight = 2;
constexpr int kWeakShapeWeight = 1;

// Words that name a sensor or its data, beyond the task names of the search's table.
const QList<QPair<QString, QStringList>> &sensorWords()
{
    static const QList<QPair<QString, QStringList>> words = {
        {QStringLiteral("audio"), {QStringLiteral("Microphone")}},
        {QStringLiteral("speech"), {QStringLiteral("Microphone")}},
        {QStringLiteral("voice"), {QStringLiteral("Microphone")}},
        {QStringLiteral("spoken"), {QStringLiteral("Microphone")}},
        {QStringLiteral("sound"), {QStringLiteral("Microphone")}},
        {QStringLiteral("spectrogram"), {QStringLiteral("Microphone")}},
        {QStringLiteral("mfcc"), {QStringLiteral("Microphone")}},
        {QStringLiteral("mfccs"), {QStringLiteral("Microphone")}},
        {QStringLiteral("microphone"), {QStringLiteral("Microphone")}},
        {QStringLiteral("image"), {QStringLiteral("Camera")}},
        {QStringLiteral("camera"), {QStringLiteral("Camera")}},
        {QStringLiteral("vision"), {QStringLiteral("Camera")}},
        {QStringLiteral("visual"), {QStringLiteral("Camera")}},
        {QStringLiteral("grayscale"), {QStringLiteral("Camera")}},
        {QStringLiteral("greyscale"), {QStringLiteral("Camera")}},
        {QStringLiteral("accelerometer"), {QStringLiteral("Accelerometer")}},
        {QStringLiteral("acceleration"), {QStringLiteral("Accelerometer")}},
        {QStringLiteral("gyroscope"), {QStringLiteral("Gyroscope")}},
        {QStringLiteral("imu"), {QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")}},
        {QStringLiteral("magnetometer"), {QStringLiteral("Magnetometer")}},
        {QStringLiteral("temperature"), {QStringLiteral("Thermometer")}},
        {QStringLiteral("humidity"), {QStringLiteral("Hygrometer")}},
        {QStringLiteral("radar"), {QStringLiteral("Radar")}},
    };
    return words;
}

// Labels of keyword spotters: the Speech Commands words.
const QSet<QString> &spokenWords()
{
    static const QSet<QString> words = {
        QStringLiteral("yes"),     QStringLiteral("no"),       QStringLiteral("up"),      QStringLiteral("down"),
        QStringLiteral("left"),    QStringLiteral("right"),    QStringLiteral("on"),      QStringLiteral("off"),
        QStringLiteral("stop"),    QStringLiteral("go"),       QStringLiteral("silence"), QStringLiteral("unknown"),
        QStringLiteral("forward"), QStringLiteral("backward"),
    };
    return words;
}

bool containsPhrase(const QStringList &words, const QStringList &phrase)
{
    if (phrase.isEmpty())
        return false;
    for (qsizetype i = 0; i + phrase.size() <= words.size(); ++i) {
        if (std::equal(phrase.cbegin(), phrase.cend(), words.cbegin() + i))
            return true;
    }
    return false;
}

QString shapeWords(const std::vector<int32_t> &dims)
{
    QStringList parts;
    for (int32_t d : dims)
        parts << QString::number(d);
    return parts.join(QChar(0x00D7));
}

void wordEvidence(const QString &text, QList<Evidence> *found)
{
    const QStringList words = searchWords(text);
    QSet<QString> said;
    for (const SynonymGroup &group : TaskSynonyms::builtIn().groups()) {
        if (group.sensors.isEmpty())
            continue;
        for (const QStringList &phrase : group.phrases) {
            if (!containsPhrase(words, phrase))
                continue;
            const QString quoted = phrase.join(QLatin1Char(' '));
            found->append(
                {group.sensors, kWordWeight, SensorSuggestions::tr("its name or description says “%1”").arg(quoted)});
            for (const QString &w : phrase)
                said.insert(w);
            break;
        }
    }
    for (const auto &[word, sensors] : sensorWords()) {
        if (words.contains(word) && !said.contains(word))
            found->append({sensors, kWordWeight, SensorSuggestions::tr("its name or description says “%1”").arg(word)});
    }
}

void labelEvidence(const QStringList &labels, QList<Evidence> *found)
{
    QStringList spoken;
    for (const QString &label : labels) {
        QString word = label.trimmed().toLower();
        while (word.startsWith(QLatin1Char('_')))
            word.remove(0, 1);
        while (word.endsWith(QLatin1Char('_')))
            word.chop(1);
        if (spokenWords().contains(word))
            spoken << word;
    }
    if (spoken.size() >= 2)
        found->append({{QStringLiteral("Microphone")},
                       kLabelWeight,
                       SensorSuggestions::tr("its labels are spoken words (%1)")
                           .arg(spoken.mid(0, 4).join(QStringLiteral(", "))
                                + (spoken.size() > 4 ? QStringLiteral(", …") : QString()))});
}

void shapeEvidence(const tflite::Tensor &input, QList<Evidence> *found)
{
    std::vector<int32_t> dims = input.shape;
    if (dims.size() >= 2 && dims.front() == 1)
        dims.erase(dims.begin()); // the batch
    const QString shape = shapeWords(dims);
    const auto add = [&](QStringList sensors, int weight, const QString &reason) {
        found->append({std::move(sensors), weight, reason, true});
    };
    const QStringList motion3 = {QStringLiteral("Accelerometer")};
    const QStringList motion6 = {QStringLiteral("Accelerometer"), QStringLiteral("Gyroscope")};
    if (dims.size() == 3 || dims.size() == 2) {
        const int32_t h = dims[0], w = dims[1];
        const int32_t c = dims.size() == 3 ? dims[2] : 1;
        // Motion: a short window of samples of 3 axes (accelerometer) or 6 (and gyroscope).
        if ((w == 3 || w == 6) && c == 1 && h >= 10 && h <= 1000) {
            add(w == 3 ? motion3 : motion6, kShapeWeight,
                SensorSuggestions::tr("its input %1 is a window of %2 samples of %3 motion axes")
                    .arg(shape)
                    .arg(h)
                    .arg(w));
            return;
        }
        // Images: colour of at least 32×32, or grey of at least 64×64 (smaller grey squares are
        // usually spectrograms resized).
        if ((c == 3 && h >= 32 && w >= 32) || (c == 1 && h >= 64 && w >= 64 && h <= 4 * w && w <= 4 * h)) {
            add({QStringLiteral("Camera")}, kShapeWeight, SensorSuggestions::tr("its input %1 is an image").arg(shape));
            return;
        }
        // Audio features: about 1 s of frames, each a few tens of coefficients.
        static const QSet<int32_t> coefficients = {10, 13, 20, 32, 40, 49, 64, 80};
        if (c == 1 && h >= 20 && h <= 200 && coefficients.contains(w)) {
            add({QStringLiteral("Microphone")}, kShapeWeight,
                SensorSuggestions::tr("its input %1 looks like audio features (%2 frames of %3 coefficients)")
                    .arg(shape)
                    .arg(h)
                    .arg(w));
        }
        return;
    }
    if (dims.size() != 1)
        return;
    const int32_t n = dims[0];
    if (n % 49 == 0 && QSet<int32_t>{10, 13, 20, 32, 40}.contains(n / 49)) {
        add({QStringLiteral("Microphone")}, kShapeWeight,
            SensorSuggestions::tr("its input of %1 values is 49 frames of %2 audio features (1 s of audio, flattened)")
                .arg(n)
                .arg(n / 49));
    } else if (n >= 4000) {
        add({QStringLiteral("Microphone")}, kWeakShapeWeight,
            SensorSuggestions::tr("its input is a window of %1 samples, as raw audio is").arg(n));
    } else if (n % 6 == 0 && n / 6 >= 20 && n / 6 <= 200) {
        add(motion6, kWeakShapeWeight,
            SensorSuggestions::tr("its input of %1 values could be %2 samples of 6 motion axes, flattened")
                .arg(n)
                .arg(n / 6));
    } else if (n % 3 == 0 && n / 3 >= 20 && n / 3 <= 400) {
        add(motion3, kWeakShapeWeight,
            SensorSuggestions::tr("its input of %1 values could be %2 samples of 3 motion axes, flattened")
                .arg(n)
                .arg(n / 3));
    }
}

} // namespace

QList<SensorSuggestion> SensorSuggestions::forModel(const ModelAnalysis &analysis, const QString &name)
{
    QList<Evidence> found;
    QStringList texts{name};
    QStringList labels;
    if (const auto &metadata = analysis.read.metadata) {
        texts << QString::fromStdString(metadata->name) << QString::fromStdString(metadata->description);
        for (const auto &input : metadata->inputs)
            texts << QString::fromStdString(input.name) << QString::fromStdString(input.description);
        for (const auto &output : metadata->outputs)
            for (const auto &file : output.associatedFiles)
                for (const auto &label : file.labels)
                    labels << QString::fromStdString(label);
    }
    wordEvidence(texts.join(QStringLiteral(" . ")), &found);
    labelEvidence(labels, &found);
    const tflite::Subgraph &graph = analysis.mainSubgraph();
    if (!graph.inputs.empty() && graph.inputs.front() >= 0 && size_t(graph.inputs.front()) < graph.tensors.size())
        shapeEvidence(graph.tensors[size_t(graph.inputs.front())], &found);

    QHash<QString, int> score;
    for (const Evidence &e : std::as_const(found))
        for (const QString &s : e.sensors)
            score[s] += e.weight;
    int best = 0;
    for (int s : std::as_const(score))
        best = std::max(best, s);
    QSet<QString> kept;
    for (auto it = score.cbegin(); it != score.cend(); ++it) {
        if (best > 0 && it.value() == best)
            kept.insert(it.key());
    }
    // A shape that shows several sensors at once (6 motion axes) brings its companions along.
    for (const Evidence &e : std::as_const(found)) {
        if (e.fromShape
            && std::any_of(e.sensors.cbegin(), e.sensors.cend(), [&](const QString &s) { return kept.contains(s); }))
            for (const QString &s : e.sensors)
                kept.insert(s);
    }
    QList<SensorSuggestion> suggestions;
    for (const QString &sensor : sensorClasses()) {
        if (!kept.contains(sensor))
            continue;
        SensorSuggestion s{sensor, {}};
        for (const Evidence &e : std::as_const(found)) {
            if (e.sensors.contains(sensor) && !s.reasons.contains(e.reason))
                s.reasons << e.reason;
        }
        suggestions << s;
    }
    return suggestions;
}

QStringList SensorSuggestions::sensorsOf(const QList<SensorSuggestion> &suggestions)
{
    QStringList sensors;
    for (const SensorSuggestion &s : suggestions)
        sensors << s.sensor;
    return sensors;
}

QString SensorSuggestions::describe(const QList<SensorSuggestion> &suggestions)
{
    QStringList lines;
    for (const SensorSuggestion &s : suggestions)
        lines << tr("%1: %2").arg(s.sensor, s.reasons.join(QStringLiteral("; ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace tinyml::kg
