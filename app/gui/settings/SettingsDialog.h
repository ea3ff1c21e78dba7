// Preferences: where the store lives, the memory unit and the language.
#pragma once

#include "widgets/Units.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace tinyml::gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QString storeDirectory() const;
    MemoryUnit memoryUnit() const;
    QString language() const; // empty: the system's

private:
    QLineEdit *m_store;
    QComboBox *m_unit;
    QComboBox *m_language;
};

} // namespace tinyml::gui
