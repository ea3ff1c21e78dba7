// The form for a board the catalogue does not have (the paper's "customised board"): name,
// sensors, free RAM and Flash (in any unit, MemoryEdit). The board is added to the graph, or only
// tried out; neither while a field cannot be read.
#pragma once

#include "kg/BoardDescriber.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tinyml::gui {

class MemoryEdit;
class SensorChecks;

class BoardDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome { Save = QDialog::Accepted, TryOnly = 2 };

    // `board` prefills the form; its IRI is kept, so saving replaces that board's description.
    explicit BoardDialog(const kg::Board &board, QWidget *parent = nullptr);
    kg::Board board() const;

private:
    void validate();

    kg::Board m_original; // what the form does not show is kept as it was
    QLineEdit *m_name;
    QLineEdit *m_description;
    QLineEdit *m_manufacturer;
    QLineEdit *m_mcu;
    SensorChecks *m_sensors;
    MemoryEdit *m_ram;
    MemoryEdit *m_flash;
    QComboBox *m_runtime;
    QLineEdit *m_bleAddress;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_try;
};

} // namespace tinyml::gui
