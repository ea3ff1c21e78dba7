#include "TaskSearch.h"

#include "kg/ModelInfo.h"

#include <QFile>
#include <QtDebug>

#include <algorithm>

namespace tinyml::kg {
namespace {

const QString kSensorCell = QStringLiteral("sensor:");

// How a part of the task scores where it is found; a model's relevance is the sum over the parts
// of the task, each at the best place it is found, so that
//   the phrase as typed in the name  >  a synonym in the name
//   >  the phrase as typed in the description, category or training data  >  a synonym there
//   >  only a sensor (the model takes input from a sensor the task's group names, or a word of
//      the task names one of its sensors).
// A task of several parts found in the name in the order typed earns kWholeTaskInName on top.
constexpr int kTypedInName = 40;
constexpr int kSynonymInName = 30;
constexpr int kTypedInText = 20;
constexpr int kSynonymInText = 15;
constexpr int kSensorOnly = 5;
constexpr int kWholeTaskInName = 20;

// A word of the table matches a word of the model when it is the same word or, from four letters
// on, its beginning ("gesture" finds "gestures"); a word of the task that is no phrase of the
// table matches any word it begins, so that the answer follows the typing ("key" finds "keyword").
bool wordMatches(const QString &taskWord, const QString &modelWord, bool plainWord)
{
    return modelWord.startsWith(taskWord) && (plainWord || modelWord == taskWord || taskWord.size() >= 4);
}

bool phraseAt(const QStringList &words, qsizetype at, const QStringList &phrase, bool plainWord = false)
{
    if (phrase.isEmpty() || at + phrase.size() > words.size())
        return false;
    for (qsizetype j = 0; j < phrase.size(); ++j) {
        if (!wordMatches(phrase[j], words[at + j], plainWord))
            return false;
    }
    return true;
}

} // namespace

QStringList searchWords(const QString &text)
{
    QStringList words;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            words << word.toLower();
        word.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (c.isUpper() && !word.isEmpty()) {
            const QChar before = text[i - 1];
            const bool nextIsLower = i + 1 < text.size() && text[i + 1].isLower();
            // "microNet" breaks before N; "CNNModel" before M (an upper case run ends with a word).
            if (before.isLower() || (before.isUpper() && nextIsLower))
                flush();
        }
        word += c;
    }
    flush();
    return words;
}

std::optional<TaskSynonyms> TaskSynonyms::parse(const QString &text, QString *error)
{
    TaskSynonyms table;
    QHash<QString, int> lineOfPhrase;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        auto fail = [&](const QString &what) {
            if (error)
                *error = QStringLiteral("line %1: %2").arg(lineNumber).arg(what);
            return std::nullopt;
        };
        SynonymGroup group;
        const QStringList cells = line.split(QLatin1Char('\t'));
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString cell = cells[c].trimmed();
            if (cell.isEmpty())
                return fail(QStringLiteral("cell %1 is empty (cells are separated by one tab)").arg(c + 1));
            if (cell.startsWith(kSensorCell)) {
                const QString sensor = cell.mid(kSensorCell.size()).trimmed();
                if (!sensorClasses().contains(sensor))
                    return fail(QStringLiteral("\"%1\" is not a sensor class (one of %2)")
                                    .arg(sensor, sensorClasses().join(QStringLiteral(", "))));
                group.sensors << sensor;
                continue;
            }
            const QStringList phrase = searchWords(cell);
            if (phrase.isEmpty())
                return fail(QStringLiteral("\"%1\" has no words").arg(cell));
            const QString key = phrase.join(QLatin1Char(' '));
            if (lineOfPhrase.contains(key))
                return fail(
                    QStringLiteral("\"%1\" is already in the group of line %2").arg(cell).arg(lineOfPhrase[key]));
            lineOfPhrase.insert(key, lineNumber);
            group.phrases << phrase;
        }
        if (group.phrases.isEmpty() || (group.phrases.size() < 2 && group.sensors.isEmpty()))
            return fail(QStringLiteral("a group needs two phrases, or a phrase and a sensor"));
        for (const QStringList &phrase : std::as_const(group.phrases)) {
            table.m_groupOfPhrase.insert(phrase.join(QLatin1Char(' ')), int(table.m_groups.size()));
            table.m_longestPhrase = std::max(table.m_longestPhrase, phrase.size());
        }
        table.m_groups << group;
    }
    return table;
}

const TaskSynonyms &TaskSynonyms::builtIn()
{
    static const TaskSynonyms table = [] {
        const QString path = QStringLiteral(":/tinyml/search/task-synonyms.tsv");
        QFile file(path);
        QString error = file.errorString();
        if (file.open(QIODevice::ReadOnly)) {
            if (auto parsed = parse(QString::fromUtf8(file.readAll()), &error))
                return *parsed;
        }
        qWarning().noquote() << QStringLiteral("Task search without synonyms: %1: %2").arg(path, error);
        return TaskSynonyms();
    }();
    return table;
}

int TaskSynonyms::groupOf(const QStringList &phrase) const
{
    return m_groupOfPhrase.value(phrase.join(QLatin1Char(' ')), -1);
}

TaskSearch::TaskSearch(const QString &text, const TaskSynonyms &synonyms)
    : m_synonyms(synonyms), m_words(searchWords(text))
{
    // The task split into parts, the longest phrase of the table first at each word.
    for (qsizetype i = 0; i < m_words.size();) {
        Concept part{{m_words[i]}, -1};
        for (qsizetype n = std::min(m_synonyms.longestPhrase(), m_words.size() - i); n >= 1; --n) {
            const QStringList phrase = m_words.mid(i, n);
            const int group = m_synonyms.groupOf(phrase);
            if (group >= 0) {
                part = {phrase, group};
                break;
            }
        }
        i += part.typed.size();
        m_concepts << part;
    }
}

bool TaskSearch::partOfAnotherTask(const QStringList &words, qsizetype at, qsizetype length, int group) const
{
    const qsizetype longest = m_synonyms.longestPhrase();
    for (qsizetype start = std::max<qsizetype>(0, at + length - longest); start <= at; ++start) {
        for (qsizetype n = at + length - start; n <= longest && start + n <= words.size(); ++n) {
            if (n == length && start == at)
                continue;
            const int other = m_synonyms.groupOf(words.mid(start, n));
            if (other >= 0 && other != group)
                return true;
        }
    }
    return false;
}

bool TaskSearch::found(const QStringList &words, const QStringList &phrase, int group) const
{
    for (qsizetype at = 0; at + phrase.size() <= words.size(); ++at) {
        if (group < 0 ? phraseAt(words, at, phrase, true)
                      : phraseAt(words, at, phrase) && !partOfAnotherTask(words, at, phrase.size(), group))
            return true;
    }
    return false;
}

bool TaskSearch::foundInAny(const QList<QStringList> &fields, const QStringList &phrase, int group) const
{
    return std::any_of(fields.begin(), fields.end(), [&](const QStringList &f) { return found(f, phrase, group); });
}

int TaskSearch::conceptScore(const Concept &c, const QStringList &name, const QList<QStringList> &texts,
                             const QList<QStringList> &sensors, const QStringList &sensorClasses) const
{
    if (found(name, c.typed, c.group))
        return kTypedInName;
    const QList<QStringList> noSynonyms;
    const SynonymGroup *group = c.group >= 0 ? &m_synonyms.groups()[c.group] : nullptr;
    const QList<QStringList> &synonyms = group ? group->phrases : noSynonyms;
    if (std::any_of(synonyms.begin(), synonyms.end(), [&](const QStringList &p) { return found(name, p, c.group); }))
        return kSynonymInName;
    if (foundInAny(texts, c.typed, c.group))
        return kTypedInText;
    if (std::any_of(synonyms.begin(), synonyms.end(),
                    [&](const QStringList &p) { return foundInAny(texts, p, c.group); }))
        return kSynonymInText;
    const bool bySensor = foundInAny(sensors, c.typed, c.group)
        || (group && std::any_of(group->sensors.begin(), group->sensors.end(), [&](const QString &s) {
                              return sensorClasses.contains(s);
                          }));
    return bySensor ? kSensorOnly : 0;
}

int TaskSearch::relevance(const ModelEntry &model) const
{
    const QStringList name = searchWords(model.name);
    const QList<QStringList> texts{searchWords(model.description), searchWords(model.category),
                                   searchWords(model.dataset)};
    QList<QStringList> sensors;
    for (const QString &s : model.sensors)
        sensors << searchWords(s);
    int total = 0;
    for (const Concept &c : m_concepts) {
        const int score = conceptScore(c, name, texts, sensors, model.sensors);
        if (score == 0)
            return 0;
        total += score;
    }
    bool wholeTaskInName = false;
    for (qsizetype at = 0; m_concepts.size() > 1 && !wholeTaskInName && at < name.size(); ++at)
        wholeTaskInName = phraseAt(name, at, m_words);
    if (wholeTaskInName)
        total += kWholeTaskInName;
    return total;
}

} // namespace tinyml::kg
