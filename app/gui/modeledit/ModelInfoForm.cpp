#include "ModelInfoForm.h"

#include "widgets/OntologyNames.h"
#include "widgets/SensorChecks.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QUrl>

namespace tinyml::gui {
namespace {

bool isAbsoluteUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
}

} // namespace

ModelInfoForm::ModelInfoForm(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("importName"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("importDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(70);
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

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
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

    auto changedByPerson = [this]() {
        if (!m_filling)
            emit changed();
    };
    for (QLineEdit *edit :
         {m_name, m_creator, m_date, m_dataset, m_citation, m_repository, m_sensorInfo, m_inputInfo, m_outputInfo})
        connect(edit, &QLineEdit::textChanged, this, changedByPerson);
    connect(m_description, &QPlainTextEdit::textChanged, this, changedByPerson);
    connect(m_sensors, &SensorChecks::changed, this, changedByPerson);
    connect(m_category, &QComboBox::currentIndexChanged, this, changedByPerson);
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this, changedByPerson]() {
        showMetricUnit();
        changedByPerson();
    });
    connect(m_metricValue, &QDoubleSpinBox::valueChanged, this, changedByPerson);
    showMetricUnit();
}

void ModelInfoForm::setInfo(const kg::ModelInfo &info)
{
    m_filling = true;
    m_runtimePlatform = info.runtimePlatform;
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
    m_filling = false;
}

// Accuracies are in percent, as the paper's sheet gives them; 0 is "unknown" for every metric.
void ModelInfoForm::showMetricUnit()
{
    const int kind = m_metric->currentData().toInt();
    const bool accuracy = kind >= 0 && kg::isAccuracy(kg::MetricKind(kind));
    m_metricValue->setEnabled(kind >= 0);
    m_metricValue->setRange(accuracy ? 0 : -1e9, accuracy ? 100 : 1e9);
    m_metricValue->setSuffix(accuracy ? QChar::Nbsp + QLocale().percent() : QString());
    m_metricValue->setSpecialValueText(accuracy ? tr("unknown") : QString());
    m_metricValue->setToolTip(tr("0 means the value is not known"));
}

kg::ModelInfo ModelInfoForm::info() const
{
    kg::ModelInfo info;
    info.runtimePlatform = m_runtimePlatform;
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
    return info;
}

QStringList ModelInfoForm::problems(const kg::ModelInfo &info, const QString &what)
{
    QStringList problems;
    if (info.name.isEmpty())
        problems << what + tr("the model needs a name");
    if (!info.citation.isEmpty() && !isAbsoluteUrl(info.citation))
        problems << what + tr("the citation must be an address such as https://…");
    if (!info.codeRepository.isEmpty() && !isAbsoluteUrl(info.codeRepository))
        problems << what + tr("the code repository must be an address such as https://…");
    return problems;
}

} // namespace tinyml::gui
