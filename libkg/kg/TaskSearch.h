// Task search that understands the field: a model matches a task by words (names are split at
// underscores and camelCase, "Micro_Speech_Yes_No_3" being micro, speech, yes, no, 3), with the
// field's usual names for a task treated alike ("KWS", "wake word" and "keyword spotting" find the
// same models), ranked by how well it matches. The names treated alike come from one editable
// table, resources/search/task-synonyms.tsv, compiled in as :/tinyml/search/task-synonyms.tsv.
#pragma once

#include "kg/Catalogue.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringMatcher>

#include <optional>

namespace tinyml::kg {

// The words of `text` for search, in lower case: split at every character that is neither a
// letter nor a digit, and at camelCase ("MicroNet" is micro, net; "CNNModel" is cnn, model).
QStringList searchWords(const QString &text);

// One line of the table: phrases (each as its words) that name the same task, and the sensor
// classes whose models may do it.
struct SynonymGroup {
    QList<QStringList> phrases;
    QStringList sensors;
};

class TaskSynonyms
{
public:
    // Reads the table's text: one group a line, its cells separated by tabs, each a phrase or
    // "sensor:Class" (a sensor class of the ontology); lines starting with # and blank lines are
    // ignored. A group needs two phrases, or one and a sensor; a phrase belongs to one group only.
    // On a malformed line returns nullopt with `*error` naming the line and what is wrong with it.
    static std::optional<TaskSynonyms> parse(const QString &text, QString *error);
    // The table the application ships (empty, with a warning, should it not read).
    static const TaskSynonyms &builtIn();

    const QList<SynonymGroup> &groups() const { return m_groups; }
    // The group that has `phrase` (its words), or -1.
    int groupOf(const QStringList &phrase) const;
    qsizetype longestPhrase() const { return m_longestPhrase; }

private:
    QList<SynonymGroup> m_groups;
    QHash<QString, int> m_groupOfPhrase; // a phrase's words joined by a space
    qsizetype m_longestPhrase = 0;
};

// The words of a task, prepared once to score many models.
class TaskSearch
{
public:
    explicit TaskSearch(const QString &text, const TaskSynonyms &synonyms = TaskSynonyms::builtIn());

    bool isEmpty() const { return m_concepts.isEmpty(); }
    // How well `model` matches: 0 when it does not (some part of the task is nowhere in it),
    // higher the better (see the scoring in TaskSearch.cpp).
    int relevance(const ModelEntry &model) const;

private:
    // A part of the task: a phrase of the table (then any phrase of its group will do) or a word.
    struct Concept {
        QStringList typed;
        int group = -1;
        QList<QStringMatcher> firstWords; // of its phrases: one occurs in every model its text matches
    };
    struct FieldWords;
    struct ModelWords;
    // Is `phrase` in `field` (group -1: a word of the task that is no phrase of the table), other
    // than, for a phrase of the table, as part of a longer phrase of another group ("wake words"
    // in "visual wake words" is not keyword spotting)?
    bool found(const FieldWords &field, const QStringList &phrase, int group) const;
    bool foundInAny(const QList<FieldWords> &fields, const QStringList &phrase, int group) const;
    bool partOfAnotherTask(const QList<QStringView> &words, qsizetype at, qsizetype length, int group) const;
    // Could `model` match `c` at all (a cheap look at its text before splitting it into words)?
    bool mayMatch(const Concept &c, const ModelEntry &model) const;
    int conceptScore(const Concept &c, ModelWords &model) const;

    const TaskSynonyms &m_synonyms;
    QStringList m_words;
    QList<Concept> m_concepts;
};

} // namespace tinyml::kg
