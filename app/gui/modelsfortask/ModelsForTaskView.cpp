#include "ModelsForTaskView.h"

#include "kg/ModelInfo.h"
#include "modelsfortask/BenchmarkTableModel.h"
#include "widgets/ItemRoles.h"
#include "widgets/OntologyNames.h"
#include "widgets/SortedTable.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tinyml::gui {

ModelsForTaskView::ModelsForTaskView(QWidget *parent) : QWidget(parent), m_model(new BenchmarkTableModel(this))
{
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("taskText"));
    m_text->setPlaceholderText(tr("e.g. keyword spotting, person, gesture"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Searched in the name, description, category, training data and sensors; the field's "
                          "names for a task count alike (KWS, wake word, keyword spotting)."));
    m_bestMatchFirst = new QPushButton(tr("&Best match first"));
    m_bestMatchFirst->setObjectName(QStringLiteral("taskBestMatchFirst"));
    m_bestMatchFirst->setToolTip(tr("Order the models by how well they match the task"));
    m_bestMatchFirst->setEnabled(false);
    m_sensor = new QComboBox;
    m_sensor->setObjectName(QStringLiteral("taskSensor"));
    m_sensor->addItem(tr("Any"), QString());
    for (const QString &s : kg::sensorClasses())
        m_sensor->addItem(OntologyNames::sensorName(s), s);
    m_dataset = new QLineEdit;
    m_dataset->setObjectName(QStringLiteral("taskDataset"));
    m_dataset->setPlaceholderText(tr("words in the training data set's address"));
    m_dataset->setClearButtonEnabled(true);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("taskCategory"));
    m_category->addItem(tr("Any"), QString());
    for (kg::NetworkCategory c : kg::networkCategories())
        m_category->addItem(OntologyNames::categoryName(kg::categoryLocalName(c)), kg::categoryLocalName(c));
    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("taskMetric"));
    m_metric->addItem(tr("Any"), QString());
    for (kg::MetricKind k : kg::metricKinds())
        m_metric->addItem(OntologyNames::metricName(kg::metricLocalName(k)), kg::metricLocalName(k));

    auto *form = new QFormLayout;
    auto *taskRow = new QHBoxLayout;
    taskRow->addWidget(m_text, 1);
    taskRow->addWidget(m_bestMatchFirst);
    auto *taskLabel = new QLabel(tr("&Task:"));
    taskLabel->setBuddy(m_text);
    form->addRow(taskLabel, taskRow);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sensor);
    auto *categoryLabel = new QLabel(tr("&Category:"));
    categoryLabel->setBuddy(m_category);
    row->addWidget(categoryLabel);
    row->addWidget(m_category);
    auto *metricLabel = new QLabel(tr("&Metric:"));
    metricLabel->setBuddy(m_metric);
    row->addWidget(metricLabel);
    row->addWidget(m_metric);
    row->addStretch();
    auto *sensorLabel = new QLabel(tr("&Sensor:"));
    sensorLabel->setBuddy(m_sensor);
    form->addRow(sensorLabel, row);
    form->addRow(tr("Training &data:"), m_dataset);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("taskSummary"));
    m_table = sortedTable(QStringLiteral("benchmarkTable"), tr("Models for the task"), sortingProxy(m_model, this),
                          BenchmarkTableModel::MetricValue, Qt::DescendingOrder);
    sizeColumns(m_table,
                {BenchmarkTableModel::Category, BenchmarkTableModel::Metric, BenchmarkTableModel::MetricValue,
                 BenchmarkTableModel::Macs, BenchmarkTableModel::Ram, BenchmarkTableModel::Flash},
                {BenchmarkTableModel::Sensors, BenchmarkTableModel::Dataset});
    m_table->horizontalHeader()->resizeSection(BenchmarkTableModel::Name, 240);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_text, &QLineEdit::textChanged, this, &ModelsForTaskView::answer);
    connect(m_bestMatchFirst, &QPushButton::clicked, this, &ModelsForTaskView::showBestMatchFirst);
    connect(m_dataset, &QLineEdit::textChanged, this, &ModelsForTaskView::answer);
    for (QComboBox *combo : {m_sensor, m_category, m_metric})
        connect(combo, &QComboBox::currentIndexChanged, this, &ModelsForTaskView::answer);
}

void ModelsForTaskView::setCatalogue(std::shared_ptr<const kg::Catalogue> catalogue)
{
    m_catalogue = std::move(catalogue);
    answer();
}

void ModelsForTaskView::answer()
{
    if (!m_catalogue)
        return;
    kg::TaskQuery query;
    query.text = m_text->text();
    query.sensor = m_sensor->currentData().toString();
    query.dataset = m_dataset->text().trimmed();
    query.category = m_category->currentData().toString();
    query.metric = m_metric->currentData().toString();
    m_model->setQuestion(m_catalogue, query);
    m_summary->setText(tr("%n model(s) match.", nullptr, m_model->rowCount()));
    // Words given: the best match first; none: the most accurate first, as the view opens.
    const bool hasText = !query.text.trimmed().isEmpty();
    if (hasText != m_hadText) {
        if (hasText)
            showBestMatchFirst();
        else
            m_table->sortByColumn(BenchmarkTableModel::MetricValue, Qt::DescendingOrder);
        m_hadText = hasText;
    }
    m_bestMatchFirst->setEnabled(hasText);
}

void ModelsForTaskView::showBestMatchFirst()
{
    m_table->sortByColumn(-1, Qt::AscendingOrder); // no column: the model's order, by relevance
}

} // namespace tinyml::gui
