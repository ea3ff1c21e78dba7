#include "QueryResultTableModel.h"

#include "widgets/ItemRoles.h"
#include "widgets/OntologyNames.h"

#include <QGuiApplication>
#include <QPalette>

namespace tinyml::gui {

QueryResultTableModel::QueryResultTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void QueryResultTableModel::setResult(const store::QueryResult &result)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    switch (result.kind) {
    case store::QueryResult::Kind::Bindings:
        m_columns = result.variables;
        m_rows = result.rows;
        break;
    case store::QueryResult::Kind::Graph:
        m_columns = QStringList{QStringLiteral("subject"), QStringLiteral("predicate"), QStringLiteral("object")};
        for (const rdf::RdfTriple &t : result.triples)
            m_rows << QList<rdf::RdfTerm>{t.subject, t.predicate, t.object};
        break;
    case store::QueryResult::Kind::Boolean:
        m_columns = QStringList{QStringLiteral("answer")};
        m_rows << QList<rdf::RdfTerm>{
            rdf::RdfTerm::literal(result.boolean ? QStringLiteral("true") : QStringLiteral("false"))};
        break;
    }
    endResetModel();
}

void QueryResultTableModel::clear()
{
    beginResetModel();
    m_result.reset();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

int QueryResultTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant QueryResultTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const rdf::RdfTerm &term = m_rows[index.row()][index.column()];
    switch (role) {
    case Qt::DisplayRole: return m_labels.text(term);
    case Qt::ForegroundRole: return term.isIri() ? QVariant(QGuiApplication::palette().link()) : QVariant();
    case Qt::ToolTipRole:
        return term.isIri() ? QVariant(term.value()) : term.isNone() ? QVariant() : QVariant(term.toNTriples());
    case IriRole: return term.isIri() ? QVariant(term.value()) : QVariant();
    case CopyRole: return term.isBlank() ? QVariant(shortForm(term)) : QVariant(term.value());
    case SortRole: {
        bool isNumber = false;
        const double number = term.isLiteral() ? term.value().toDouble(&isNumber) : 0;
        return isNumber ? QVariant(number) : QVariant(m_labels.text(term).toCaseFolded());
    }
    default: return {};
    }
}

QVariant QueryResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return m_columns[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace tinyml::gui
