// A field for a size of memory: it reads "0.5 MB", "512 KiB", "256kB", "300000 B" or a number in
// the unit chosen in the settings (kg::parseMemorySize, the rule in its tooltip), and says next
// to it what it cannot read, so that a form can refuse to go on rather than guess.
#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace tinyml::gui {

class MemoryEdit : public QWidget
{
    Q_OBJECT
public:
    // What an empty field means: no memory (a board's or a requirement's), or no limit (a filter).
    enum class Empty { IsZero, IsAny };

    explicit MemoryEdit(Empty empty, const QString &accessibleName, QWidget *parent = nullptr);

    // Shows `kb` in the chosen unit (empty for nullopt); kb() gives it back exactly, not its
    // rounded display, until the text is edited.
    void setKb(std::optional<double> kb);
    // The size in kB: nullopt when the field cannot be read, or is empty and means "any".
    std::optional<double> kb() const;
    // Empty when the field reads; else what is wrong, as shown next to it.
    QString problem() const { return m_problem; }
    bool isAcceptable() const { return m_problem.isEmpty(); }
    QLineEdit *lineEdit() const { return m_edit; }
    // After the settings' unit changed: the same size, shown in the new unit.
    void refreshUnits();

signals:
    void changed();

private:
    void read();
    void showUnit();

    Empty m_empty;
    QLineEdit *m_edit;
    QLabel *m_message;
    QString m_shownText; // what setKb showed, and the exact value behind it
    std::optional<double> m_shownKb;
    std::optional<double> m_kb;
    QString m_problem;
};

} // namespace tinyml::gui
