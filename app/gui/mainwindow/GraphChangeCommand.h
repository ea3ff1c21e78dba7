// An edit of the graph on the undo stack: redo commits the change set, undo commits its inverse.
// Both run on the graph's worker; a failure is reported and the stack cleared, since what it
// remembers no longer matches the graph.
#pragma once

#include "store/TripleStore.h"

#include <QUndoCommand>

#include <functional>

namespace tinyml::gui {

class GraphSession;

class GraphChangeCommand : public QUndoCommand
{
public:
    using Failed = std::function<void(const QString &error)>;

    // `generation`: the session's generation the change was prepared in (see GraphSession).
    // `alreadyApplied`: the change is in the graph (an import), so the first redo does nothing.
    GraphChangeCommand(GraphSession *session, QObject *receiver, store::ChangeSet changes, int generation,
                       const QString &text, bool alreadyApplied, Failed failed,
                       std::function<void()> afterFirstApply = {});

    void redo() override;
    void undo() override;

private:
    void commit(const store::ChangeSet &changes);

    GraphSession *m_session;
    QObject *m_receiver;
    store::ChangeSet m_changes;
    int m_generation;
    bool m_skipRedo;
    Failed m_failed;
    std::function<void()> m_afterFirstApply;
};

} // namespace tinyml::gui
