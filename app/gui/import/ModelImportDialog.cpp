#include "ModelImportDialog.h"

#include "analysis/ModelAnalysis.h"
#include "widgets/OntologyNames.h"
#include "widgets/SensorChecks.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QUrl>
#include <QVBoxLayout>

namespace tinyml::gui {
namespace {

bool isAbsoluteUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
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
    for (const ImportCandidate &c : candidates) {
        if (c.problem.isEmpty())
            m_models << c;
        else
            refused << c.problem;
    }

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setAccessibleName(tr("Models to import"));
    for (const ImportCandidate &c : m_models)
        m_list->addItem(QFileInfo(c.path).fileName());

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("importName"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("importDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_creator = new QLineEdit;
    m_date = new QLineEdit;
    m_date->setPlaceholderText(tr("e.g. 2024-05-31"));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("importCategory"));
    m_category->addItem(tr("Not stated"), -1);
    for (kg::NetworkCategory c : kg::networkCategories())
        m_category->addItem(OntologyNames::categoryName(kg::categoryLocalName(c)), int(c));
    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("importMetric"));
    m_metric->addItem(tr("None"), -1);
    for (kg::MetricKind k : kg::metricKinds())
        m_metric->addItem(OntologyNames::metricName(kg::metricLocalName(k)), int(k));
    m_metricValue = new QDoubleSpinBox;
    m_metricValue->setObjectName(QStringLiteral("importMetricValue"));
    m_metricValue->setDecimals(4);
    m_metricValue->setAccessibleName(tr("Metric value"));
    m_dataset = new QLineEdit;
    m_dataset->setPlaceholderText(tr("address of the training data set"));
    m_citation = new QLineEdit;
    m_citation->setObjectName(QStringLiteral("importCitation"));
    m_citation->setPlaceholderText(tr("https://… (paper or page)"));
    m_repository = new QLineEdit;
    m_repository->setPlaceholderText(tr("https://… (code repository)"));
    m_sensors = new SensorChecks;
    m_sensorInfo = new QLineEdit;
    m_sensorInfo->setPlaceholderText(tr("e.g. MP34DT05 microphone, 16 kHz"));
    m_inputInfo = new QLineEdit;
    m_outputInfo = new QLineEdit;

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Sensors:"), m_sensors);
    form->addRow(tr("Sensor &note:"), m_sensorInfo);
    form->addRow(tr("&Category:"), m_category);
    auto *metric = new QHBoxLayout;
    metric->addWidget(m_metric);
    metric->addWidget(m_metricValue);
    auto *metricLabel = new QLabel(tr("&Metric:"));
    metricLabel->setBuddy(m_metric);
    form->addRow(metricLabel, metric);
    form->addRow(tr("&Training data:"), m_dataset);
    form->addRow(tr("C&reator:"), m_creator);
    form->addRow(tr("Da&te:"), m_date);
    form->addRow(tr("C&itation:"), m_citation);
    form->addRow(tr("Code &repository:"), m_repository);
    form->addRow(tr("&Input means:"), m_inputInfo);
    form->addRow(tr("&Output means:"), m_outputInfo);
    auto *formWidget = new QWidget;
    formWidget->setLayout(form);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(formWidget);
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
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import %n model(s)", nullptr, int(m_models.size())));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModelImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ModelImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_refused);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    resize(900, 620);

    connect(m_list, &QListWidget::currentRowChanged, this, &ModelImportDialog::showCandidate);
    for (QLineEdit *edit : {m_name, m_citation, m_repository, m_dataset})
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            storeCurrent();
            validate();
        });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this]() {
        showMetricUnit();
        storeCurrent();
        validate();
    });
    if (!m_models.isEmpty())
        m_list->setCurrentRow(0);
    validate();
}

void ModelImportDialog::showCandidate(int row)
{
    storeCurrent();
    m_current = -1; // the form is being filled: do not store it back half-way
    if (row < 0 || row >= m_models.size())
        return;
    const kg::ModelInfo &info = m_models[row].info;
    m_name->setText(info.name);
    m_description->setPlainText(info.description);
    m_creator->setText(info.creator);
    m_date->setText(info.dateCreated);
    m_category->setCurrentIndex(std::max(0, m_category->findData(info.category ? int(*info.category) : -1)));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(info.metric ? int(*info.metric) : -1)));
    showMetricUnit();
    m_metricValue->setValue(info.metricValue.value_or(0));
    m_dataset->setText(info.trainingDataset);
    m_citation->setText(info.citation);
    m_repository->setText(info.codeRepository);
    m_sensors->setChecked(info.sensors);
    m_sensorInfo->setText(info.sensorInfo);
    m_inputInfo->setText(info.inputInfo);
    m_outputInfo->setText(info.outputInfo);
    m_current = row;
    validate();
}

// Accuracies are in percent, as the paper's sheet gives them; 0 is "unknown" for every metric.
void ModelImportDialog::showMetricUnit()
{
    const int kind = m_metric->currentData().toInt();
    const bool accuracy = kind >= 0 && kg::isAccuracy(kg::MetricKind(kind));
    m_metricValue->setEnabled(kind >= 0);
    m_metricValue->setRange(accuracy ? 0 : -1e9, accuracy ? 100 : 1e9);
    m_metricValue->setSuffix(accuracy ? QChar::Nbsp + QLocale().percent() : QString());
    m_metricValue->setSpecialValueText(accuracy ? tr("unknown") : QString());
    m_metricValue->setToolTip(tr("0 means the value is not known"));
}

void ModelImportDialog::storeCurrent()
{
    if (m_current < 0 || m_current >= m_models.size())
        return;
    kg::ModelInfo &info = m_models[m_current].info;
    info.name = m_name->text().trimmed();
    info.description = m_description->toPlainText().trimmed();
    info.creator = m_creator->text().trimmed();
    info.dateCreated = m_date->text().trimmed();
    const int category = m_category->currentData().toInt();
    info.category = category < 0 ? std::nullopt : std::optional<kg::NetworkCategory>(kg::NetworkCategory(category));
    const int metric = m_metric->currentData().toInt();
    info.metric = metric < 0 ? std::nullopt : std::optional<kg::MetricKind>(kg::MetricKind(metric));
    info.metricValue = info.metric ? kg::knownMetricValue(m_metricValue->value()) : std::nullopt;
    info.trainingDataset = m_dataset->text().trimmed();
    info.citation = m_citation->text().trimmed();
    info.codeRepository = m_repository->text().trimmed();
    info.sensors = m_sensors->checked();
    info.sensorInfo = m_sensorInfo->text().trimmed();
    info.inputInfo = m_inputInfo->text().trimmed();
    info.outputInfo = m_outputInfo->text().trimmed();
}

QStringList ModelImportDialog::problems() const
{
    QStringList problems;
    for (const ImportCandidate &c : m_models) {
        const QString file = QFileInfo(c.path).fileName();
        if (c.info.name.isEmpty())
            problems << tr("%1: the model needs a name").arg(file);
        if (!c.info.citation.isEmpty() && !isAbsoluteUrl(c.info.citation))
            problems << tr("%1: the citation must be an address such as https://…").arg(file);
        if (!c.info.codeRepository.isEmpty() && !isAbsoluteUrl(c.info.codeRepository))
            problems << tr("%1: the code repository must be an address such as https://…").arg(file);
    }
    if (m_models.isEmpty())
        problems << tr("None of the files is a TensorFlow Lite model.");
    return problems;
}

void ModelImportDialog::validate()
{
    const QStringList found = problems();
    m_problems->setText(found.isEmpty() ? QString() : QStringLiteral("⚠ ") + found.join(QStringLiteral("\n⚠ ")));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

void ModelImportDialog::accept()
{
    if (m_saving)
        return;
    storeCurrent();
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
    for (const ImportCandidate &c : m_models)
        imports << kg::ModelImport{c.path, c.info, c.analysis};
    return imports;
}

} // namespace tinyml::gui
