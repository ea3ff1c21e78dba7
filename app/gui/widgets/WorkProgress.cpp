#include "WorkProgress.h"

#include <QMetaObject>
#include <QProgressDialog>

namespace tinyml::gui {

WorkProgress::WorkProgress(QWidget *parent, const QString &label, const QString &stopText, int maximum)
{
    auto *dialog = new QProgressDialog(label, stopText, 0, maximum, parent);
    dialog->setObjectName(QStringLiteral("workProgress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    // finish() decides when the dialog goes; at 100 % the work may still be committing.
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    if (stopText.isEmpty())
        dialog->setCancelButton(nullptr);
    dialog->setValue(0);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [state = m_state]() { state->cancel.store(true); });
    m_state->dialog = dialog;
}

void WorkProgress::advance(QObject *context, int value, const QString &label) const
{
    QMetaObject::invokeMethod(
        context,
        [state = m_state, value, label]() {
            if (state->finished || !state->dialog)
                return;
            if (!label.isEmpty())
                state->dialog->setLabelText(label);
            state->inSetValue = true;
            state->dialog->setValue(value);
            state->inSetValue = false;
        },
        Qt::QueuedConnection);
}

void WorkProgress::setMaximum(QObject *context, int maximum) const
{
    QMetaObject::invokeMethod(
        context,
        [state = m_state, maximum]() {
            if (!state->finished && state->dialog)
                state->dialog->setMaximum(maximum);
        },
        Qt::QueuedConnection);
}

void WorkProgress::finish() const
{
    m_state->finished = true;
    QProgressDialog *dialog = m_state->dialog;
    if (!dialog)
        return;
    // reset() stops the timer that would show the dialog again; with autoClose it also hides it.
    dialog->setAutoClose(true);
    dialog->reset();
    dialog->hide();
    // A modal setValue() on the stack (it runs the event loop that brought us here) still uses
    // the dialog; otherwise nothing does and it goes now, not when the next dialog has closed.
    if (m_state->inSetValue)
        dialog->deleteLater();
    else
        delete dialog;
}

} // namespace tinyml::gui
