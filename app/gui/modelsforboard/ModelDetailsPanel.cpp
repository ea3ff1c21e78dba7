#include "ModelDetailsPanel.h"

#include "analysis/ModelAnalysis.h"
#include "console/QueryResultTableModel.h"
#include "modelsforboard/LayerTableModel.h"
#include "session/GraphSession.h"
#include "widgets/IriLabels.h"
#include "widgets/ItemRoles.h"
#include "widgets/OntologyNames.h"
#include "widgets/SortedTable.h"
#include "widgets/Units.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>

namespace tinyml::gui {
namespace {

struct DetailsResult {
    QList<QPair<rdf::RdfTerm, rdf::RdfTerm>> statements; // predicate, object
    std::shared_ptr<const ModelAnalysis> analysis;
    QString error;
};

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString tensorRows(const tflite::Subgraph &graph, const std::vector<int32_t> &indices,
                   const std::vector<tflite::TensorMetadata> *metadata)
{
    QString html;
    for (size_t i = 0; i < indices.size(); ++i) {
        const int32_t t = indices[i];
        if (t < 0 || size_t(t) >= graph.tensors.size())
            continue;
        const tflite::Tensor &tensor = graph.tensors[size_t(t)];
        QString note;
        if (metadata && i < metadata->size())
            note = QString::fromStdString((*metadata)[i].description);
        QString quant;
        if (tensor.quantization && !tensor.quantization->scale.empty())
            quant = ModelDetailsPanel::tr("scale %1, zero point %2")
                        .arg(tensor.quantization->scale.front())
                        .arg(tensor.quantization->zeroPoint.empty() ? 0 : tensor.quantization->zeroPoint.front());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(QString::fromStdString(tensor.name).toHtmlEscaped(),
                         QString::fromLatin1(tflite::tensorTypeName(tensor.type)), shapeText(tensor.shape),
                         quant.toHtmlEscaped(), note.toHtmlEscaped());
    }
    return html;
}

} // namespace

ModelDetailsPanel::ModelDetailsPanel(GraphSession *session, QWidget *parent)
    : QTabWidget(parent), m_session(session), m_layers(new LayerTableModel(this))
{
    setObjectName(QStringLiteral("modelDetails"));
    m_overview = new QTextBrowser;
    m_overview->setObjectName(QStringLiteral("modelOverview"));
    m_overview->setOpenExternalLinks(true);
    m_overview->setAccessibleName(tr("Model overview"));
    connect(m_overview, &QTextBrowser::highlighted, this,
            [this](const QUrl &link) { m_overview->setToolTip(link.isEmpty() ? QString() : link.toString()); });
    m_tensors = new QTextBrowser;
    m_tensors->setObjectName(QStringLiteral("modelTensors"));
    m_tensors->setAccessibleName(tr("Inputs and outputs"));
    m_layerTable =
        sortedTable(QStringLiteral("layerTable"), tr("Layers"), sortingProxy(m_layers, this), LayerTableModel::Index);
    addTab(m_overview, tr("&Overview"));
    addTab(m_tensors, tr("&Inputs and outputs"));
    addTab(m_layerTable, tr("&Layers"));
    m_deploy = new QPushButton(QIcon(QStringLiteral(":/icons/actions/deploy.svg")), tr("Deplo&y…"));
    m_deploy->setObjectName(QStringLiteral("deployModel"));
    m_deploy->setToolTip(
        tr("Send this model to the chosen board over Bluetooth LE, or choose boards in the Deploy view"));
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        if (m_model)
            emit deployRequested(m_model->iri);
    });
    auto *corner = new QWidget;
    m_corner = new QHBoxLayout(corner);
    m_corner->setContentsMargins(0, 0, 0, 0);
    m_corner->addWidget(m_deploy);
    setCornerWidget(corner, Qt::TopRightCorner);
    showModel(std::nullopt);
}

void ModelDetailsPanel::addModelActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_corner->insertWidget(m_corner->count() - 1, button);
    }
}

void ModelDetailsPanel::showModel(const std::optional<kg::ModelEntry> &model)
{
    m_model = model;
    emit modelChanged();
    m_answered = false;
    m_deploy->setEnabled(model.has_value());
    const quint64 request = ++m_request;
    m_layers->setAnalysis(nullptr);
    m_tensors->clear();
    if (!model) {
        m_overview->setHtml(tr("<p>Select a model to see its details.</p>"));
        return;
    }
    m_overview->setHtml(tr("<h3>%1</h3><p>Reading the model…</p>").arg(model->name.toHtmlEscaped()));
    const QString iri = model->iri;
    const QString sha = model->sha256;
    m_session->run<DetailsResult>(
        this,
        [iri, sha](kg::KnowledgeGraph &graph) {
            DetailsResult result;
            QString error;
            if (const auto statements = graph.statementsAbout(iri, &error)) {
                for (const auto &[predicate, object] : *statements) {
                    if (!object.isBlank())
                        result.statements << qMakePair(predicate, object);
                }
            }
            if (sha.isEmpty()) {
                result.error = QObject::tr("The graph names no model file for this model.");
                return result;
            }
            const QString file = graph.repository().pathOf(sha);
            if (auto analysis = analyseModelFile(file, &error))
                result.analysis = std::make_shared<const ModelAnalysis>(std::move(*analysis));
            else
                result.error = error;
            return result;
        },
        [this, request](DetailsResult result) {
            if (request != m_request)
                return; // another model was chosen meanwhile
            m_layers->setAnalysis(result.analysis);
            m_answered = true;
            m_statements = result.statements;
            m_analysis = result.analysis;
            m_error = result.error;
            showOverview();
            emit analysisShown(bool(result.analysis));
        });
}

void ModelDetailsPanel::setFit(const QString &fit)
{
    if (fit == m_fit)
        return;
    m_fit = fit;
    if (m_model && m_answered)
        showOverview();
}

void ModelDetailsPanel::showOverview()
{
    const auto &statements = m_statements;
    const auto &analysis = m_analysis;
    const QString &error = m_error;
    const kg::ModelEntry &m = *m_model;
    QString html = QStringLiteral("<h3>%1</h3>").arg(m.name.toHtmlEscaped());
    if (!m_fit.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(m_fit.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><table cellspacing=4>").arg(m.description.toHtmlEscaped());
    html += row(tr("Category"), OntologyNames::categoryName(m.category));
    html += row(m.metric.isEmpty() ? tr("Accuracy") : OntologyNames::metricName(m.metric),
                Units::metric(m.metricValue, m.metric));
    html += row(tr("Sensors"), OntologyNames::sensors(m.sensors));
    html += row(tr("MACs"), Units::count(m.macs));
    html += row(tr("RAM (tensor arena)"), Units::memory(m.ramKb) + tr(" (the paper's figure)"));
    html += row(tr("Flash"), Units::memory(m.flashKb) + tr(" (the paper's figure)"));
    for (const kg::RuntimeFigures &f : m.runtimes) {
        if (!f.runnable) {
            html += row(tr("On %1").arg(f.runtime),
                        tr("cannot run: %1").arg(f.unsupportedOperators.join(QStringLiteral(", "))));
            continue;
        }
        html += row(tr("On %1").arg(f.runtime),
                    tr("RAM %1, Flash %2")
                        .arg(f.ramKb ? Units::memory(*f.ramKb) : tr("unknown"),
                             f.flashKb ? Units::memory(*f.flashKb) : tr("unknown")));
    }
    if (analysis) {
        html += row(tr("Complete MAC count"), Units::count(qint64(analysis->macs.completeTotal)));
        for (const RuntimeNeeds &n : analysis->needs) {
            const QString runtime = QString::fromStdString(n.runtime->name);
            html += row(tr("Arena on %1").arg(runtime),
                        tr("%1 bytes planned + %2 bytes persistent")
                            .arg(Units::count(qint64(n.arena.headBytes)), Units::count(qint64(n.arena.tailBytes))));
            if (n.runtime->hasCodeSizes() && n.flash.complete)
                html +=
                    row(tr("Flash on %1").arg(runtime),
                        tr("%1 bytes of model + %2 bytes of runtime code")
                            .arg(Units::count(qint64(n.flash.modelBytes)), Units::count(qint64(n.flash.codeBytes))));
        }
        html += row(tr("Operators"), QString::number(analysis->mainSubgraph().operators.size()));
        html += row(tr("Tensors"), QString::number(analysis->mainSubgraph().tensors.size()));
        html += row(tr("SHA-256"), analysis->sha256);
    }
    html += QStringLiteral("</table>");
    if (!error.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("The model file could not be read:").toHtmlEscaped(), error.toHtmlEscaped());
    html += tr("<h4>In the knowledge graph</h4>") + QStringLiteral("<table cellspacing=4>");
    // IRIs as prefixed names, linked to the IRI: shown in full on hover, copied by the link's menu.
    const auto catalogue = m_session->catalogue();
    const IriLabels labels = catalogue ? IriLabels(*catalogue) : IriLabels();
    auto text = [&labels](const rdf::RdfTerm &term) {
        if (!term.isIri())
            return shortForm(term).toHtmlEscaped();
        return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(term.value().toHtmlEscaped(), labels.text(term).toHtmlEscaped());
    };
    for (const auto &[predicate, object] : statements)
        html +=
            QStringLiteral("<tr><th align=left valign=top>%1</th><td>%2</td></tr>").arg(text(predicate), text(object));
    html += QStringLiteral("</table>");
    m_overview->setHtml(html);

    if (!analysis)
        return;
    const tflite::Subgraph &graph = analysis->mainSubgraph();
    const auto &metadata = analysis->read.metadata;
    const QString head = QStringLiteral("<tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th><th "
                                        "align=left>%4</th><th align=left>%5</th></tr>")
                             .arg(tr("Tensor"), tr("Type"), tr("Shape"), tr("Quantisation"), tr("Meaning"));
    QString tensors = tr("<h4>Inputs</h4>") + QStringLiteral("<table cellspacing=4>") + head
        + tensorRows(graph, graph.inputs, metadata ? &metadata->inputs : nullptr) + QStringLiteral("</table>");
    tensors += tr("<h4>Outputs</h4>") + QStringLiteral("<table cellspacing=4>") + head
        + tensorRows(graph, graph.outputs, metadata ? &metadata->outputs : nullptr) + QStringLiteral("</table>");
    if (metadata) {
        QStringList labels;
        for (const auto &output : metadata->outputs)
            for (const auto &file : output.associatedFiles)
                for (const auto &label : file.labels)
                    labels << QString::fromStdString(label);
        if (!labels.isEmpty())
            tensors += tr("<h4>Output labels</h4>")
                + QStringLiteral("<p>%1</p>").arg(labels.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_tensors->setHtml(tensors);
}

} // namespace tinyml::gui
