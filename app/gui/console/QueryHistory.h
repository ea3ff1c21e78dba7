// The queries the console ran, newest first, each once, kept in the settings so that they
// survive a restart.
#pragma once

#include <QStringList>

namespace tinyml::gui {

class QueryHistory
{
public:
    static constexpr qsizetype Limit = 50;

    QueryHistory(); // reads the settings
    const QStringList &queries() const { return m_queries; }
    // Puts `query` first (moving it there if it was run before), drops the oldest beyond Limit and
    // saves. A blank query is not kept.
    void add(const QString &query);
    // One line for a menu: the query's first words, its whitespace folded.
    static QString title(const QString &query);

private:
    QStringList m_queries;
};

} // namespace tinyml::gui
