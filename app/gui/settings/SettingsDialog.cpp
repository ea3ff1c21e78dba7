#include "SettingsDialog.h"

#include "kg/KnowledgeGraph.h"
#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tinyml::gui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_store = new QLineEdit(settings::storeDirectory.value(kg::defaultStoreDirectory()));
    m_store->setObjectName(QStringLiteral("settingsStore"));
    auto *browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Store folder"), m_store->text());
        if (!dir.isEmpty())
            m_store->setText(dir);
    });
    auto *defaultStore = new QPushButton(tr("&Default"));
    connect(defaultStore, &QPushButton::clicked, this, [this]() { m_store->setText(kg::defaultStoreDirectory()); });
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(browse);
    storeRow->addWidget(defaultStore);

    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("settingsUnit"));
    m_unit->addItem(tr("kB (1000 bytes, as the ontology)"), int(MemoryUnit::Kilobyte));
    m_unit->addItem(tr("KiB (1024 bytes)"), int(MemoryUnit::Kibibyte));
    m_unit->addItem(tr("bytes"), int(MemoryUnit::Byte));
    m_unit->setCurrentIndex(m_unit->findData(int(Units::memoryUnit())));

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings::language.value())));

    m_queryTimeLimit = new QSpinBox;
    m_queryTimeLimit->setObjectName(QStringLiteral("settingsQueryTimeLimit"));
    m_queryTimeLimit->setRange(0, 24 * 3600);
    m_queryTimeLimit->setSuffix(tr(" s"));
    m_queryTimeLimit->setSpecialValueText(tr("No limit"));
    m_queryTimeLimit->setToolTip(tr("A SPARQL console query that runs longer is stopped"));
    m_queryTimeLimit->setValue(settings::queryTimeLimit.value());

    auto *form = new QFormLayout;
    auto *storeLabel = new QLabel(tr("&Store folder:"));
    storeLabel->setBuddy(m_store);
    form->addRow(storeLabel, storeRow);
    form->addRow(tr("&Memory unit:"), m_unit);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Query time limit:"), m_queryTimeLimit);
    auto *note = new QLabel(tr("A new language applies at the next start."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString SettingsDialog::storeDirectory() const
{
    return m_store->text().trimmed();
}

MemoryUnit SettingsDialog::memoryUnit() const
{
    return MemoryUnit(m_unit->currentData().toInt());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

int SettingsDialog::queryTimeLimit() const
{
    return m_queryTimeLimit->value();
}

} // namespace tinyml::gui
