// The details of one model: what the graph says of it, the analyser's figures, its inputs and
// outputs, and its layer table. The model file is read again from the repository on a worker.
#pragma once

#include "kg/Catalogue.h"

#include <QTabWidget>

#include <memory>
#include <optional>

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
    // The model shown, or nullopt.
    const std::optional<kg::ModelEntry> &model() const { return m_model; }

signals:
    // The model's analysis arrived (or failed: null).
    void analysisShown(bool ok);
    // Deploy was pressed for the model shown.
    void deployRequested(const QString &modelIri);

private:
    void showOverview(const QList<QPair<QString, QString>> &statements,
                      const std::shared_ptr<const ModelAnalysis> &analysis, const QString &error);

    GraphSession *m_session;
    std::optional<kg::ModelEntry> m_model;
    quint64 m_request = 0;
    QTextBrowser *m_overview;
    QTextBrowser *m_tensors;
    LayerTableModel *m_layers;
    QTableView *m_layerTable;
    QPushButton *m_deploy;
};

} // namespace tinyml::gui
