// The paper's main case: pick a board (or describe one), see every model with whether it fits
// and why not, and inspect the one selected.
#pragma once

#include "kg/BoardDescriber.h"
#include "kg/Catalogue.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace tinyml::gui {

class BoardCataloguePanel;
class GraphSession;
class ModelDetailsPanel;
class ModelFitFilterProxy;
class ModelFitTableModel;

class ModelsForBoardView : public QWidget
{
    Q_OBJECT
public:
    explicit ModelsForBoardView(GraphSession *session, QWidget *parent = nullptr);

    void setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue);
    // A board described in the form but not saved: the table answers for it until another
    // board is picked.
    void useUnsavedBoard(const kg::Board &board);

    BoardCataloguePanel *boards() const { return m_boards; }
    ModelFitTableModel *fitModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    ModelDetailsPanel *details() const { return m_details; }
    // The models selected in the table, by IRI.
    QStringList selectedModels() const;
    void refreshUnits();
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

private:
    void answerFor(const std::optional<kg::BoardEntry> &chosen);
    void showCurrentModel();
    void showCurrentFit();
    void updateSummary();

    GraphSession *m_session;
    BoardCataloguePanel *m_boards;
    ModelFitTableModel *m_model;
    ModelFitFilterProxy *m_proxy;
    QLabel *m_question;
    QLineEdit *m_search;
    QCheckBox *m_onlyFitting;
    QLabel *m_summary;
    QTableView *m_table;
    ModelDetailsPanel *m_details;
    std::optional<kg::BoardEntry> m_unsaved; // a board tried out in the form, until another is picked
    QSplitter *m_outer;
    QSplitter *m_inner;
};

} // namespace tinyml::gui
