#include "QueryHistory.h"

#include "settings/AppSettings.h"

namespace tinyml::gui {

QueryHistory::QueryHistory() : m_queries(settings::consoleHistory.value())
{
    if (m_queries.size() > Limit)
        m_queries.resize(Limit);
}

void QueryHistory::add(const QString &query)
{
    const QString kept = query.trimmed();
    if (kept.isEmpty())
        return;
    // The same query with other indentation or blank lines is the same query.
    const QString folded = kept.simplified();
    m_queries.removeIf([&folded](const QString &q) { return q.simplified() == folded; });
    m_queries.prepend(kept);
    if (m_queries.size() > Limit)
        m_queries.resize(Limit);
    settings::consoleHistory.setValue(m_queries);
}

QString QueryHistory::title(const QString &query)
{
    // The PREFIX lines say nothing about which query it is.
    QStringList lines = query.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) {
        const QString t = line.trimmed();
        return t.isEmpty() || t.startsWith(QLatin1Char('#'))
            || t.startsWith(QLatin1String("PREFIX"), Qt::CaseInsensitive);
    });
    const QString text = (lines.isEmpty() ? query : lines.join(QLatin1Char(' '))).simplified();
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

} // namespace tinyml::gui
