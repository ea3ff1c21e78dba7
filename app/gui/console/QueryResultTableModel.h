// A SPARQL result as a table: the bindings of a SELECT, the triples of a CONSTRUCT or DESCRIBE
// (subject, predicate, object), or the answer of an ASK. IRIs are shown by name or prefixed name
// (IriLabels) in the link colour, in full in their tooltip and when copied.
#pragma once

#include "store/TripleStore.h"
#include "widgets/IriLabels.h"

#include <QAbstractTableModel>

namespace tinyml::gui {

class QueryResultTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit QueryResultTableModel(QObject *parent = nullptr);
    void setResult(const store::QueryResult &result);
    void clear();
    // How IRIs are named from the next result on.
    void setLabels(IriLabels labels) { m_labels = std::move(labels); }
    // What is shown (none before the first result or after an error).
    const std::optional<store::QueryResult> &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    IriLabels m_labels;
    std::optional<store::QueryResult> m_result;
    QStringList m_columns;
    QList<QList<rdf::RdfTerm>> m_rows;
};

} // namespace tinyml::gui
