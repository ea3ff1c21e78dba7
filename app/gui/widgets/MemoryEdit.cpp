#include "MemoryEdit.h"

#include "kg/MemorySize.h"
#include "widgets/Units.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tinyml::gui {

MemoryEdit::MemoryEdit(Empty empty, const QString &accessibleName, QWidget *parent)
    : QWidget(parent), m_empty(empty), m_edit(new QLineEdit), m_message(new QLabel)
{
    m_edit->setObjectName(QStringLiteral("memoryText"));
    m_edit->setAccessibleName(accessibleName);
    m_edit->setClearButtonEnabled(empty == Empty::IsAny);
    m_message->setObjectName(QStringLiteral("memoryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    setFocusProxy(m_edit);
    showUnit();
    connect(m_edit, &QLineEdit::textChanged, this, [this]() {
        read();
        emit changed();
    });
}

void MemoryEdit::setKb(std::optional<double> kb)
{
    m_shownKb = kb;
    m_shownText = kb ? Units::memoryField(*kb) : QString();
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(m_shownText);
    read();
}

std::optional<double> MemoryEdit::kb() const
{
    return m_kb;
}

void MemoryEdit::refreshUnits()
{
    showUnit();
    if (isAcceptable() && !m_edit->text().trimmed().isEmpty())
        setKb(m_kb);
    else
        read();
}

void MemoryEdit::showUnit()
{
    const QString unit = Units::memorySuffix();
    // The unit of a bare number; the tooltip has the rest.
    m_edit->setPlaceholderText(m_empty == Empty::IsAny ? tr("any (%1)").arg(unit)
                                                       : tr("%1, or e.g. 0.5 MB, 512 KiB").arg(unit));
    m_edit->setToolTip(Units::memoryFieldTip());
}

void MemoryEdit::read()
{
    const QString text = m_edit->text();
    m_problem.clear();
    QString hint;
    if (text == m_shownText && (m_shownKb || m_empty == Empty::IsAny)) {
        m_kb = m_shownKb; // exact, not the rounded text
    } else if (text.trimmed().isEmpty()) {
        m_kb = m_empty == Empty::IsZero ? std::optional<double>(0) : std::nullopt;
    } else if (const auto size = kg::parseMemorySize(text, Units::memoryUnit(), &m_problem, QLocale())) {
        m_kb = size->kb();
        // Say what a size in another unit comes to in the unit the tables show.
        if (size->unitWritten && size->unit != Units::memoryUnit())
            hint = QStringLiteral("= ") + Units::memory(*m_kb);
    } else {
        m_kb.reset();
    }
    const QString shown = m_problem.isEmpty() ? hint : QStringLiteral("⚠ ") + m_problem;
    m_message->setText(shown);
    m_message->setVisible(!shown.isEmpty());
    m_edit->setAccessibleDescription(m_problem);
}

} // namespace tinyml::gui
