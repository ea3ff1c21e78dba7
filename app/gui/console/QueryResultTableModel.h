// A SPARQL result as a table: the bindings of a SELECT, the triples of a CONSTRUCT or DESCRIBE
// (subject, predicate, object), or the answer of an ASK. IRIs are shown with the known prefixes,
// in full in their tooltip and when copied.
#pragma once

#include "store/TripleStore.h"

#include <QAbstractTableModel>

namespace tinyml::gui {

class QueryResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit QueryResultTableModel(QObject *parent = nullptr);
    void setResult(const store::QueryResult &result);
    void clear();
    // What is shown (none before the first result or after an error).
    const std::optional<store::QueryResult> &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::optional<store::QueryResult> m_result;
    QStringList m_columns;
    QList<QList<rdf::RdfTerm>> m_rows;
};

} // namespace tinyml::gui
