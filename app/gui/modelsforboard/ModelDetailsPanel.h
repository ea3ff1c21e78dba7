// The details of one model: what the graph says of it, the analyser's figures, its inputs and
// outputs, and its layer table. The model file is read again from the repository on a worker.
#pragma once

#include "kg/Catalogue.h"
#include "rdf/RdfTerm.h"

#include <QTabWidget>

#include <memory>
#include <optional>

class QAction;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tinyml {
struct ModelAnalysis;
}

namespace tinyml::gui {

class GraphSession;
class LayerTableModel;

class ModelDetailsPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit ModelDetailsPanel(GraphSession *session, QWidget *parent = nullptr);

    void showModel(const std::optional<kg::ModelEntry> &model);
    // Whether the model fits the chosen board, in words ("Does not fit: missing sensor Camera; …"),
    // shown whole under its name; empty when no board is chosen.
    void setFit(const QString &fit);
    // The model shown, or nullopt.
    const std::optional<kg::ModelEntry> &model() const { return m_model; }
    // Buttons for actions on the model shown (Edit, Delete), beside Deploy.
    void addModelActions(const QList<QAction *> &actions);

signals:
    // The model's analysis arrived (or failed: null).
    void analysisShown(bool ok);
    // Deploy was pressed for the model shown.
    void deployRequested(const QString &modelIri);
    // Another model (or none) is shown.
    void modelChanged();

private:
    void showOverview();

    GraphSession *m_session;
    std::optional<kg::ModelEntry> m_model;
    quint64 m_request = 0;
    // What the worker answered for the model shown (m_answered), kept so that a new fit redraws it.
    bool m_answered = false;
    QList<QPair<rdf::RdfTerm, rdf::RdfTerm>> m_statements;
    std::shared_ptr<const ModelAnalysis> m_analysis;
    QString m_error;
    QString m_fit;
    QTextBrowser *m_overview;
    QTextBrowser *m_tensors;
    LayerTableModel *m_layers;
    QTableView *m_layerTable;
    QPushButton *m_deploy;
    QHBoxLayout *m_corner;
};

} // namespace tinyml::gui
