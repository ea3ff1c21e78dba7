// "Which models run on this board": every model of the catalogue with whether it fits the chosen
// board (or the requirements typed in), why not, and the RAM and Flash left over.
#pragma once

#include "kg/Questions.h"
#include "widgets/SortedTable.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace tinyml::gui {

class ModelFitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Name,
        Fits,
        Category,
        Description,
        Accuracy,
        Macs,
        Ram,
        Flash,
        Sensors,
        RamHeadroom,
        FlashHeadroom,
        ColumnCount
    };

    explicit ModelFitTableModel(QObject *parent = nullptr);

    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    // What the board offers; nullopt: no board chosen (the fit columns stay empty).
    void setOffer(const std::optional<kg::Resources> &offer);
    const kg::ModelEntry *modelAt(int row) const;
    int fittingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void computeFits();
    QString reasons(int row) const;
    // The runtime of the chosen board, whose figures the RAM and Flash columns show.
    QString runtime() const;

    std::shared_ptr<const kg::Catalogue> m_catalogue;
    std::optional<kg::Resources> m_offer;
    std::vector<kg::Fit> m_fits;
    mutable QHash<int, QString> m_reasons; // put into words when first shown
};

// Filters the table by text (name, description, category, sensors) and, when asked, to the
// models that fit.
class ModelFitFilterProxy : public SortingProxy
{
    Q_OBJECT
public:
    explicit ModelFitFilterProxy(QObject *parent = nullptr);
    void setOnlyFitting(bool only);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_onlyFitting = false;
    QString m_text;
};

} // namespace tinyml::gui
