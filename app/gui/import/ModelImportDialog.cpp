#include "ModelImportDialog.h"

#include "analysis/ModelAnalysis.h"
#include "kg/ModelDescriber.h"
#include "modeledit/ModelInfoForm.h"
#include "widgets/OntologyNames.h"
#include "widgets/TableCopy.h"
#include "widgets/Units.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace tinyml::gui {
namespace {

// What the analyser found, for the row shown: MACs, and RAM and Flash on every runtime.
QString figuresText(const ImportCandidate &c)
{
    if (!c.analysis)
        return {};
    const ModelAnalysis &a = *c.analysis;
    QString html = ModelImportDialog::tr("<b>From the file</b> (%1): %2 MACs")
                       .arg(c.path.toHtmlEscaped(), Units::count(qint64(a.macs.paperTotal)));
    html += QStringLiteral("<table cellspacing=4>");
    for (const RuntimeNeeds &needs : a.needs) {
        const QString runtime = QString::fromStdString(needs.runtime->name).toHtmlEscaped();
        if (!needs.arena.runnable) {
            QStringList ops;
            for (const std::string &op : needs.arena.unsupportedOperators)
                ops << QString::fromStdString(op);
            html += QStringLiteral("<tr><td>%1</td><td colspan=2>%2</td></tr>")
                        .arg(runtime,
                             ModelImportDialog::tr("cannot run it%1")
                                 .arg(ops.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (") + ops.join(QStringLiteral(", ")) + QLatin1Char(')'))
                                 .toHtmlEscaped());
            continue;
        }
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(runtime, ModelImportDialog::tr("RAM %1").arg(Units::memory(kg::kilobytes(needs.arena.arenaBytes))),
                     needs.flash.complete
                         ? ModelImportDialog::tr("Flash %1").arg(Units::memory(kg::kilobytes(needs.flash.flashBytes)))
                         : ModelImportDialog::tr("Flash unknown"));
    }
    html += QStringLiteral("</table>");
    if (c.suggestions.isEmpty()) {
        html += ModelImportDialog::tr("<p>The file suggests no sensor: say which feed its input.</p>");
    } else {
        html += kg::SensorSuggestions::sensorsOf(c.suggestions) == c.info.sensors
            ? ModelImportDialog::tr("<p><b>Suggested sensors</b> (applied):</p><ul>")
            : ModelImportDialog::tr("<p><b>Suggested sensors</b> (not yet applied):</p><ul>");
        for (const kg::SensorSuggestion &s : c.suggestions)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(OntologyNames::sensorName(s.sensor).toHtmlEscaped(),
                             s.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace

kg::ModelInfo prefilledInfo(const ModelAnalysis &analysis)
{
    kg::ModelInfo info;
    info.name = QFileInfo(analysis.filePath).completeBaseName();
    if (const auto &metadata = analysis.read.metadata) {
        if (!metadata->name.empty())
            info.name = QString::fromStdString(metadata->name);
        info.description = QString::fromStdString(metadata->description);
        info.creator = QString::fromStdString(metadata->author);
        if (!metadata->inputs.empty())
            info.inputInfo = QString::fromStdString(metadata->inputs.front().description);
        QStringList labels;
        for (const auto &output : metadata->outputs)
            for (const auto &file : output.associatedFiles)
                for (const auto &label : file.labels)
                    labels << QString::fromStdString(label);
        if (!metadata->outputs.empty())
            info.outputInfo = QString::fromStdString(metadata->outputs.front().description);
        if (!labels.isEmpty()) {
            QStringList numbered;
            for (int i = 0; i < labels.size(); ++i)
                numbered << QStringLiteral("%1: %2").arg(i).arg(labels[i]);
            info.outputInfo = (info.outputInfo.isEmpty() ? QString() : info.outputInfo + QStringLiteral(" "))
                + numbered.join(QStringLiteral(", "));
        }
    }
    return info;
}

ModelImportDialog::ModelImportDialog(const QList<ImportCandidate> &candidates, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import models"));
    QStringList refused;
    QList<ImportCandidate> models;
    for (const ImportCandidate &c : candidates) {
        if (c.problem.isEmpty())
            models << c;
        else
            refused << c.problem;
    }
    m_model = new ModelImportTableModel(models, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setAccessibleName(tr("Models to import"));
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click or type to edit a cell; Ctrl+D fills the selection down"));
    for (int column : {int(ModelImportTableModel::File), int(ModelImportTableModel::Name)})
        m_table->setColumnWidth(column, 200);
    m_table->setColumnWidth(ModelImportTableModel::Suggested, 160);
    addCopyActions(m_table);

    auto *fillDown = new QAction(tr("&Fill down"), this);
    fillDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    fillDown->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(fillDown, &QAction::triggered, this, &ModelImportDialog::fillDown);
    m_table->addAction(fillDown);
    auto *fillButton = new QPushButton(tr("&Fill down"));
    fillButton->setObjectName(QStringLiteral("fillDown"));
    fillButton->setToolTip(tr("Copy the first selected row's cells to the other selected rows (Ctrl+D); a single "
                              "cell takes the value above it"));
    connect(fillButton, &QPushButton::clicked, this, &ModelImportDialog::fillDown);
    m_useSuggestion = new QPushButton(tr("&Use suggested sensors"));
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestedSensors"));
    m_useSuggestion->setToolTip(tr("The selected rows take the sensors their files suggest"));
    connect(m_useSuggestion, &QPushButton::clicked, this, &ModelImportDialog::acceptSuggestions);
    auto *tableTools = new QHBoxLayout;
    tableTools->addWidget(fillButton);
    tableTools->addWidget(m_useSuggestion);
    tableTools->addStretch(1);

    m_form = new ModelInfoForm;
    m_fromFile = new QLabel;
    m_fromFile->setObjectName(QStringLiteral("importFromFile"));
    m_fromFile->setWordWrap(true);
    m_fromFile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fromFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto *below = new QSplitter(Qt::Horizontal);
    below->addWidget(formScroll);
    below->addWidget(m_fromFile);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);

    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(tableTools);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(below);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_fields = splitter;

    m_refused = new QLabel;
    m_refused->setObjectName(QStringLiteral("importRefused"));
    m_refused->setWordWrap(true);
    m_refused->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!refused.isEmpty())
        m_refused->setText(tr("Not imported (not TensorFlow Lite models):") + QStringLiteral("\n• ")
                           + refused.join(QStringLiteral("\n• ")));
    m_refused->setVisible(!refused.isEmpty());
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse); // a failure's reason can be copied
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import %n model(s)", nullptr, int(models.size())));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModelImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ModelImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_refused);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(1180, 740);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ModelImportDialog::showCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const QList<int> rows = selectedRows();
        m_useSuggestion->setEnabled(std::any_of(rows.cbegin(), rows.cend(),
                                                [this](int row) { return !m_model->at(row).suggestions.isEmpty(); }));
    });
    connect(m_form, &ModelInfoForm::changed, this, [this]() {
        if (m_current >= 0)
            m_model->setInfo(m_current, m_form->info());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (m_current >= from.row() && m_current <= to.row()) {
            if (m_form->info() != m_model->at(m_current).info)
                m_form->setInfo(m_model->at(m_current).info);
            m_fromFile->setText(figuresText(m_model->at(m_current)));
        }
        validate();
    });
    if (!models.isEmpty())
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, ModelImportTableModel::Name),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrent();
    validate();
}

QList<int> ModelImportDialog::selectedRows() const
{
    std::set<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.insert(m_table->currentIndex().row());
    return QList<int>(rows.begin(), rows.end());
}

void ModelImportDialog::showCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    m_current = index.isValid() ? index.row() : -1;
    m_form->setEnabled(m_current >= 0);
    if (m_current < 0) {
        m_fromFile->clear();
        return;
    }
    m_form->setInfo(m_model->at(m_current).info);
    m_fromFile->setText(figuresText(m_model->at(m_current)));
}

void ModelImportDialog::fillDown()
{
    m_model->fillDown(m_table->selectionModel()->selectedIndexes());
}

void ModelImportDialog::acceptSuggestions()
{
    m_model->acceptSuggestions(selectedRows());
}

QStringList ModelImportDialog::problems() const
{
    QStringList problems;
    for (const ImportCandidate &c : m_model->models())
        problems << ModelInfoForm::problems(c.info, QFileInfo(c.path).fileName() + QStringLiteral(": "));
    if (m_model->rowCount() == 0)
        problems << tr("None of the files is a TensorFlow Lite model.");
    return problems;
}

void ModelImportDialog::validate()
{
    const QStringList found = problems();
    QString text = found.isEmpty() ? QString() : QStringLiteral("⚠ ") + found.join(QStringLiteral("\n⚠ "));
    if (const int unknown = m_model->withoutSensors(); unknown > 0 && found.isEmpty())
        text = QStringLiteral("ℹ ")
            + tr("%n model(s) without sensors: they fit no board until their sensors are known (Edit model, or the "
                 "suggestions).",
                 nullptr, unknown);
    m_problems->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void ModelImportDialog::accept()
{
    if (m_saving)
        return;
    if (!problems().isEmpty()) {
        validate();
        return;
    }
    if (!m_saver) {
        QDialog::accept();
        return;
    }
    m_saving = true;
    m_fields->setEnabled(false);
    m_buttons->setEnabled(false);
    m_problems->setText(tr("Importing…"));
    m_saver(imports(), [dialog = QPointer<ModelImportDialog>(this)](const QString &error) {
        if (dialog)
            dialog->saved(error);
    });
}

void ModelImportDialog::saved(const QString &error)
{
    m_saving = false;
    m_fields->setEnabled(true);
    m_buttons->setEnabled(true);
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    validate();
    m_problems->setText(QStringLiteral("⚠ ") + tr("The models could not be imported: %1").arg(error));
    emit saveFailed(error);
}

void ModelImportDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

QList<kg::ModelImport> ModelImportDialog::imports() const
{
    QList<kg::ModelImport> imports;
    for (const ImportCandidate &c : m_model->models())
        imports << kg::ModelImport{c.path, c.info, c.analysis};
    return imports;
}

} // namespace tinyml::gui
