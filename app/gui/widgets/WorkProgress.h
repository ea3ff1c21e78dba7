// The progress of work on the graph's worker, in a window-modal progress dialog that appears only
// when the work takes a while. Its Cancel button says what it stops ("Stop reading files"), and
// the dialog never outlives the work: finish() hides and deletes it before whatever follows (the
// import form, a message box) is shown. QProgressDialog alone would not: its minimum-duration
// timer keeps running after hide() and shows the dialog again, at 100 %, over the next dialog.
#pragma once

#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <memory>

namespace tinyml::gui {

class WorkProgress
{
public:
    // `stopText` names what Cancel stops; empty: the work cannot be stopped (no button).
    WorkProgress(QWidget *parent, const QString &label, const QString &stopText, int maximum);

    // From any thread: moves the bar on (and changes the label when one is given), on the thread
    // of `context`; ignored once the work is finished.
    void advance(QObject *context, int value, const QString &label = {}) const;
    void setMaximum(QObject *context, int maximum) const;

    // Set when the user stops the work; the work reads it.
    std::atomic_bool *cancelFlag() const { return &m_state->cancel; }
    bool cancelled() const { return m_state->cancel.load(); }
    // Stops the work as Cancel does (the window closes).
    void stop() const { m_state->cancel.store(true); }
    // Whether both follow the same work.
    friend bool operator==(const WorkProgress &a, const WorkProgress &b) { return a.m_state == b.m_state; }

    // On the GUI thread, as soon as the work is over and before anything else is shown: the
    // dialog is hidden for good and deleted.
    void finish() const;

    QProgressDialog *dialog() const { return m_state->dialog; }

private:
    struct State {
        QPointer<QProgressDialog> dialog;
        std::atomic_bool cancel{false};
        bool finished = false;   // GUI thread only
        bool inSetValue = false; // a modal QProgressDialog::setValue runs the event loop
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace tinyml::gui
