#include "GraphChangeCommand.h"

#include "kg/KnowledgeGraph.h"
#include "session/GraphSession.h"

namespace tinyml::gui {

GraphChangeCommand::GraphChangeCommand(GraphSession *session, QObject *receiver, store::ChangeSet changes,
                                       int generation, const QString &text, bool alreadyApplied, Failed failed,
                                       std::function<void()> afterFirstApply)
    : m_session(session), m_receiver(receiver), m_changes(std::move(changes)), m_generation(generation),
      m_skipRedo(alreadyApplied), m_failed(std::move(failed)), m_afterFirstApply(std::move(afterFirstApply))
{
    setText(text);
}

void GraphChangeCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    commit(m_changes);
}

void GraphChangeCommand::undo()
{
    commit(kg::inverseOf(m_changes));
}

void GraphChangeCommand::commit(const store::ChangeSet &changes)
{
    auto after = std::move(m_afterFirstApply);
    m_afterFirstApply = {};
    auto failed = m_failed;
    m_session->apply(m_receiver, changes, m_generation, [failed, after](const QString &error) {
        if (!error.isEmpty())
            failed(error);
        else if (after)
            after();
    });
}

} // namespace tinyml::gui
