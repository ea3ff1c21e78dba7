// "Which boards can run this model": every board with whether it meets the model's (or the typed
// requirements') sensors, RAM and Flash, why not, and the headroom left.
#pragma once

#include "kg/Questions.h"

#include <QAbstractTableModel>

#include <memory>

namespace tinyml::gui {

class BoardFitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Fits, Ram, Flash, Sensors, RamHeadroom, FlashHeadroom, Runtime, ColumnCount };

    explicit BoardFitTableModel(QObject *parent = nullptr);
    // Typed requirements, the same for every board.
    void setQuestion(std::shared_ptr<const kg::Catalogue> catalogue, const kg::Resources &need);
    // A model of the catalogue: each board is asked for its needs on the board's runtime.
    void setModelQuestion(std::shared_ptr<const kg::Catalogue> catalogue, const kg::ModelEntry &model);
    int fittingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void setAnswers(std::shared_ptr<const kg::Catalogue> catalogue, QList<kg::BoardAnswer> answers);

    std::shared_ptr<const kg::Catalogue> m_catalogue; // keeps the answers' boards alive
    QList<kg::BoardAnswer> m_answers;
    QStringList m_reasons;
};

} // namespace tinyml::gui
