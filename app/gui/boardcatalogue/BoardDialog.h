// The form for a board the catalogue does not have (the paper's "customised board"): name,
// sensors, free RAM and Flash (in any unit, MemoryEdit). The board is added to the graph, or only
// tried out; neither while a field cannot be read. With a saver, the form stays open until the
// board is in the graph: on failure it shows why and keeps what was typed.
#pragma once

#include "kg/BoardDescriber.h"

#include <QDialog>

#include <functional>

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

    // Saves `board` and calls `done` with the error, empty on success.
    using Saver = std::function<void(const kg::Board &board, std::function<void(const QString &error)> done)>;
    // Save then commits through `saver`; the form closes (with Save) once it succeeded. Cancel
    // still closes the form while the commit waits (behind a long query, say); a failure that
    // comes after that goes to `failedAfterClosing`, so that it is not lost with the form.
    void setSaver(Saver saver, std::function<void(const QString &error)> failedAfterClosing = {})
    {
        m_saver = std::move(saver);
        m_failedAfterClosing = std::move(failedAfterClosing);
    }
    bool isSaving() const { return m_saving; }

    void reject() override;

private:
    void validate();
    void save();
    void saved(const QString &error);
    void setSavingButtons(bool saving); // all but Cancel wait for the commit

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
    Saver m_saver;
    std::function<void(const QString &error)> m_failedAfterClosing;
    bool m_saving = false;
};

} // namespace tinyml::gui
