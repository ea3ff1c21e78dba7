// The board catalogue: every board of the graph with its memory and sensors, filtered by text,
// sensor and minimum RAM and Flash.
#pragma once

#include "kg/Catalogue.h"
#include "widgets/SortedTable.h"

#include <QAbstractTableModel>

#include <memory>

namespace tinyml::gui {

class BoardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Manufacturer, Mcu, Ram, Flash, Sensors, ColumnCount };

    explicit BoardTableModel(QObject *parent = nullptr);
    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    const kg::BoardEntry *boardAt(int row) const;
    // The row of the board with this IRI, or -1.
    int rowOf(const QString &iri) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const kg::Catalogue> m_catalogue;
};

class BoardFilterProxy : public SortingProxy
{
    Q_OBJECT
public:
    explicit BoardFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    void setSensor(const QString &sensorClass); // empty: any
    void setMinimumRamKb(double kb);
    void setMinimumFlashKb(double kb);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_sensor;
    double m_ramKb = 0;
    double m_flashKb = 0;
};

} // namespace tinyml::gui
