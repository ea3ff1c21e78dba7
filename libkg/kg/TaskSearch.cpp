#include "TaskSearch.h"

#include "kg/ModelInfo.h"

#include <QFile>
#include <QStringMatcher>
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
bool wordMatches(const QString &taskWord, QStringView modelWord, bool plainWord)
{
    return modelWord.startsWith(taskWord) && (plainWord || modelWord.size() == taskWord.size() || taskWord.size() >= 4);
}

bool phraseAt(const QList<QStringView> &words, qsizetype at, const QStringList &phrase, bool plainWord = false)
{
    if (phrase.isEmpty() || at + phrase.size() > words.size())
        return false;
    for (qsizetype j = 0; j < phrase.size(); ++j) {
        if (!wordMatches(phrase[j], words[at + j], plainWord))
            return false;
    }
    return true;
}

// Where the words of `text` are: split at every character that is neither a letter nor a digit,
// and at camelCase ("microNet" breaks before N; "CNNModel" before M: a run of capitals ends with
// a word).
template<typename OnWord>
void forEachWord(const QString &text, OnWord onWord)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text[i].isLetterOrNumber();
        const bool camelBreak = inWord && start >= 0 && text[i].isUpper()
            && (text[i - 1].isLower() || (text[i - 1].isUpper() && i + 1 < text.size() && text[i + 1].isLower()));
        if (start >= 0 && (!inWord || camelBreak)) {
            onWord(start, i - start);
            start = -1;
        }
        if (inWord && start < 0)
            start = i;
    }
}

} // namespace

// A field's words as views into its text in lower case: a search scans every model, so its words
// are not copied one by one.
struct TaskSearch::FieldWords {
    QString lowered;
    QList<QStringView> words;

    explicit FieldWords(const QString &text) : lowered(text.toLower())
    {
        if (lowered.size() == text.size()) {
            forEachWord(
                text, [&](qsizetype start, qsizetype length) { words << QStringView(lowered).sliced(start, length); });
            return;
        }
        // A letter whose lower case is longer: the words lowered one by one.
        lowered = searchWords(text).join(QLatin1Char(' '));
        for (QStringView w : QStringView(lowered).split(QLatin1Char(' ')))
            words << w;
    }
};

// A model's words, each field split only when a part of the task is looked for in it.
struct TaskSearch::ModelWords {
    const ModelEntry &model;
    std::optional<FieldWords> nameWords;
    std::optional<QList<FieldWords>> textWords;
    std::optional<FieldWords> sensorWords;

    const FieldWords &name()
    {
        if (!nameWords)
            nameWords.emplace(model.name);
        return *nameWords;
    }
    const QList<FieldWords> &texts()
    {
        if (!textWords)
            textWords =
                QList<FieldWords>{FieldWords(model.description), FieldWords(model.category), FieldWords(model.dataset)};
        return *textWords;
    }
    const FieldWords &sensors()
    {
        if (!sensorWords)
            sensorWords.emplace(model.sensors.join(QLatin1Char(' ')));
        return *sensorWords;
    }
};

QStringList searchWords(const QString &text)
{
    QStringList words;
    forEachWord(text, [&](qsizetype start, qsizetype length) { words << text.mid(start, length).toLower(); });
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
        Concept part{{m_words[i]}, -1, {}};
        for (qsizetype n = std::min(m_synonyms.longestPhrase(), m_words.size() - i); n >= 1; --n) {
            const QStringList phrase = m_words.mid(i, n);
            const int group = m_synonyms.groupOf(phrase);
            if (group >= 0) {
                part = {phrase, group, {}};
                break;
            }
        }
        QStringList firstWords{part.typed.first()};
        if (part.group >= 0) {
            for (const QStringList &phrase : m_synonyms.groups()[part.group].phrases)
                firstWords << phrase.first();
        }
        // A word that holds another ("gestures", "gesture") needs no look of its own.
        firstWords.removeDuplicates();
        for (const QString &w : std::as_const(firstWords)) {
            const bool held = std::any_of(firstWords.begin(), firstWords.end(),
                                          [&](const QString &other) { return w != other && w.contains(other); });
            if (!held)
                part.firstWords << QStringMatcher(w, Qt::CaseInsensitive);
        }
        i += part.typed.size();
        m_concepts << part;
    }
}

bool TaskSearch::partOfAnotherTask(const QList<QStringView> &words, qsizetype at, qsizetype length, int group) const
{
    const qsizetype longest = m_synonyms.longestPhrase();
    for (qsizetype start = std::max<qsizetype>(0, at + length - longest); start <= at; ++start) {
        for (qsizetype n = at + length - start; n <= longest && start + n <= words.size(); ++n) {
            if (n == length && start == at)
                continue;
            QStringList phrase;
            for (QStringView w : words.mid(start, n))
                phrase << w.toString();
            const int other = m_synonyms.groupOf(phrase);
            if (other >= 0 && other != group)
                return true;
        }
    }
    return false;
}

bool TaskSearch::found(const FieldWords &field, const QStringList &phrase, int group) const
{
    const QList<QStringView> &words = field.words;
    for (qsizetype at = 0; at + phrase.size() <= words.size(); ++at) {
        if (group < 0 ? phraseAt(words, at, phrase, true)
                      : phraseAt(words, at, phrase) && !partOfAnotherTask(words, at, phrase.size(), group))
            return true;
    }
    return false;
}

bool TaskSearch::foundInAny(const QList<FieldWords> &fields, const QStringList &phrase, int group) const
{
    return std::any_of(fields.begin(), fields.end(), [&](const FieldWords &f) { return found(f, phrase, group); });
}

bool TaskSearch::mayMatch(const Concept &c, const ModelEntry &model) const
{
    const auto in = [&](const QString &text) {
        return std::any_of(c.firstWords.begin(), c.firstWords.end(),
                           [&](const QStringMatcher &w) { return w.indexIn(text) >= 0; });
    };
    const SynonymGroup *group = c.group >= 0 ? &m_synonyms.groups()[c.group] : nullptr;
    return in(model.name) || in(model.description) || in(model.category) || in(model.dataset)
        || std::any_of(model.sensors.begin(), model.sensors.end(),
                       [&](const QString &s) { return in(s) || (group && group->sensors.contains(s)); });
}

int TaskSearch::conceptScore(const Concept &c, ModelWords &model) const
{
    if (found(model.name(), c.typed, c.group))
        return kTypedInName;
    const QList<QStringList> noSynonyms;
    const SynonymGroup *group = c.group >= 0 ? &m_synonyms.groups()[c.group] : nullptr;
    const QList<QStringList> &synonyms = group ? group->phrases : noSynonyms;
    if (std::any_of(synonyms.begin(), synonyms.end(),
                    [&](const QStringList &p) { return found(model.name(), p, c.group); }))
        return kSynonymInName;
    if (foundInAny(model.texts(), c.typed, c.group))
        return kTypedInText;
    if (std::any_of(synonyms.begin(), synonyms.end(),
                    [&](const QStringList &p) { return foundInAny(model.texts(), p, c.group); }))
        return kSynonymInText;
    const QStringList &sensorClasses = model.model.sensors;
    const bool bySensor = found(model.sensors(), c.typed, c.group)
        || (group && std::any_of(group->sensors.begin(), group->sensors.end(), [&](const QString &s) {
                              return sensorClasses.contains(s);
                          }));
    return bySensor ? kSensorOnly : 0;
}

int TaskSearch::relevance(const ModelEntry &model) const
{
    // Most models of a large catalogue have no word of the task at all: they are passed over
    // without being split into words.
    if (!std::all_of(m_concepts.begin(), m_concepts.end(), [&](const Concept &c) { return mayMatch(c, model); }))
        return 0;
    ModelWords words{model, {}, {}, {}};
    int total = 0;
    for (const Concept &c : m_concepts) {
        const int score = conceptScore(c, words);
        if (score == 0)
            return 0;
        total += score;
    }
    bool wholeTaskInName = false;
    for (qsizetype at = 0; m_concepts.size() > 1 && !wholeTaskInName && at < words.name().words.size(); ++at)
        wholeTaskInName = phraseAt(words.name().words, at, m_words);
    if (wholeTaskInName)
        total += kWholeTaskInName;
    return total;
}

} // namespace tinyml::kg
