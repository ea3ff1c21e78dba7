// Preferences: where the store lives, the memory unit, the language and the time limit of queries.
#pragma once

#include "widgets/Units.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tinyml::gui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    QString storeDirectory() const;
    MemoryUnit memoryUnit() const;
    QString language() const;   // empty: the system's
    int queryTimeLimit() const; // seconds; 0: none

private:
    QLineEdit *m_store;
    QComboBox *m_unit;
    QComboBox *m_language;
    QSpinBox *m_queryTimeLimit;
};

} // namespace tinyml::gui
