#include "BoardDialog.h"

#include "tflite/Runtime.h"
#include "widgets/MemoryEdit.h"
#include "widgets/SensorChecks.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tinyml::gui {

BoardDialog::BoardDialog(const kg::Board &board, QWidget *parent) : QDialog(parent), m_original(board)
{
    setWindowTitle(board.iri.isEmpty() ? tr("Describe a board") : tr("Edit board"));
    m_name = new QLineEdit(board.name);
    m_name->setObjectName(QStringLiteral("boardName"));
    m_description = new QLineEdit(board.description);
    m_manufacturer = new QLineEdit(board.manufacturer);
    m_mcu = new QLineEdit(board.mcu);
    m_mcu->setPlaceholderText(tr("e.g. nRF52840"));
    m_sensors = new SensorChecks;
    m_sensors->setChecked(board.sensors);
    auto memory = [](double kb, const QString &name) {
        auto *edit = new MemoryEdit(MemoryEdit::Empty::IsZero, name);
        edit->setKb(kb > 0 ? std::optional<double>(kb) : std::nullopt);
        return edit;
    };
    m_ram = memory(board.ramKb, tr("Free RAM"));
    m_ram->setObjectName(QStringLiteral("boardRam"));
    m_flash = memory(board.flashKb, tr("Free Flash"));
    m_flash->setObjectName(QStringLiteral("boardFlash"));
    // The runtime decides which of a model's figures the board is judged by; a new board most
    // likely runs TFLM on a 32-bit Cortex-M.
    m_runtime = new QComboBox;
    m_runtime->setObjectName(QStringLiteral("boardRuntime"));
    m_runtime->addItem(tr("Not stated (the paper's figures)"), QString());
    for (const tflite::Runtime &r : tflite::runtimes()) {
        m_runtime->addItem(QString::fromStdString(r.name), QString::fromStdString(r.name));
        m_runtime->setItemData(m_runtime->count() - 1, QString::fromStdString(r.summary), Qt::ToolTipRole);
    }
    const QString runtime =
        board.iri.isEmpty() && board.runtime.isEmpty() ? QStringLiteral("tflm24-cortex-m4-cmsis") : board.runtime;
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(runtime)));
    m_bleAddress = new QLineEdit(board.bleAddress);
    m_bleAddress->setObjectName(QStringLiteral("boardBleAddress"));
    m_bleAddress->setPlaceholderText(tr("optional, e.g. C0:98:E5:49:00:07"));
    m_bleAddress->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){0,5})?$")), this));

    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("boardProblems"));
    m_problems->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setText(board.iri.isEmpty() ? tr("&Add to the graph") : tr("&Save"));
    m_try = m_buttons->addButton(tr("&Try without saving"), QDialogButtonBox::ActionRole);
    m_try->setObjectName(QStringLiteral("tryBoard"));
    m_try->setToolTip(tr("Show the models that fit this board without adding it to the knowledge graph"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BoardDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_try, &QPushButton::clicked, this, [this]() { done(TryOnly); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Manufacturer:"), m_manufacturer);
    form->addRow(tr("Micro&controller:"), m_mcu);
    form->addRow(tr("&Sensors:"), m_sensors);
    form->addRow(tr("Free &RAM:"), m_ram);
    form->addRow(tr("Free &Flash:"), m_flash);
    form->addRow(tr("R&untime:"), m_runtime);
    form->addRow(tr("&Bluetooth address:"), m_bleAddress);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &BoardDialog::validate);
    for (MemoryEdit *edit : {m_ram, m_flash})
        connect(edit, &MemoryEdit::changed, this, &BoardDialog::validate);
    connect(m_bleAddress, &QLineEdit::textChanged, this, &BoardDialog::validate);
    validate();
}

kg::Board BoardDialog::board() const
{
    kg::Board b = m_original;
    b.name = m_name->text().trimmed();
    b.description = m_description->text().trimmed();
    b.manufacturer = m_manufacturer->text().trimmed();
    b.mcu = m_mcu->text().trimmed();
    b.sensors = m_sensors->checked();
    b.ramKb = m_ram->kb().value_or(0);
    b.flashKb = m_flash->kb().value_or(0);
    b.bleAddress = m_bleAddress->text().trimmed().toUpper();
    b.runtime = m_runtime->currentData().toString();
    return b;
}

void BoardDialog::validate()
{
    // A field that cannot be read says so next to it; the summary does not add "must be more
    // than 0 kB" for it, and the board cannot be saved or tried.
    kg::Board checked = board();
    if (!m_ram->isAcceptable())
        checked.ramKb = 1;
    if (!m_flash->isAcceptable())
        checked.flashKb = 1;
    QStringList problems = kg::validateBoard(checked);
    const QString address = m_bleAddress->text().trimmed();
    if (!address.isEmpty() && address.size() != 17)
        problems << tr("a Bluetooth address has six bytes, e.g. C0:98:E5:49:00:07");
    m_problems->setText(problems.isEmpty() ? QString() : QStringLiteral("⚠ ") + problems.join(QStringLiteral("; ")));
    const bool ready = problems.isEmpty() && m_ram->isAcceptable() && m_flash->isAcceptable();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(ready);
    m_try->setEnabled(ready);
}

void BoardDialog::save()
{
    if (!m_buttons->button(QDialogButtonBox::Save)->isEnabled()) // not while a field is wrong or saving
        return;
    if (!m_saver) {
        accept();
        return;
    }
    if (m_saving)
        return;
    m_saving = true;
    setSavingButtons(true);
    m_problems->setText(tr("Saving…"));
    m_saver(board(), [dialog = QPointer<BoardDialog>(this), closed = m_failedAfterClosing](const QString &error) {
        if (dialog && dialog->m_saving)
            dialog->saved(error);
        else if (!error.isEmpty() && closed)
            closed(error);
    });
}

void BoardDialog::setSavingButtons(bool saving)
{
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) != QDialogButtonBox::RejectRole)
            button->setEnabled(!saving);
    }
    if (!saving)
        validate();
}

void BoardDialog::saved(const QString &error)
{
    m_saving = false;
    if (error.isEmpty()) {
        accept();
        return;
    }
    setSavingButtons(false);
    m_problems->setText(QStringLiteral("⚠ ") + tr("The board could not be saved: %1").arg(error));
}

void BoardDialog::reject()
{
    // A commit already asked for cannot be taken back: it still ends in the graph or, failing,
    // in m_failedAfterClosing.
    m_saving = false;
    QDialog::reject();
}

} // namespace tinyml::gui
