#include "ModelController.h"

#include "mainwindow/MainWindow.h"
#include "mainwindow/UserPrompts.h"
#include "modeledit/ModelDialog.h"
#include "modelsforboard/ModelDetailsPanel.h"
#include "modelsforboard/ModelsForBoardView.h"
#include "session/GraphSession.h"

#include <QAction>
#include <QPointer>
#include <QTableView>

namespace tinyml::gui {
namespace {

QIcon actionIcon(const char *theme, const char *file)
{
    return QIcon::fromTheme(QLatin1String(theme),
                            QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(file))));
}

struct Prepared {
    std::optional<store::ChangeSet> changes;
    QString error;
};

} // namespace

ModelController::ModelController(MainWindow *window) : QObject(window), m_window(window)
{
    m_edit = new QAction(actionIcon("document-edit", "edit-board"), tr("Edit &model…"), this);
    m_edit->setObjectName(QStringLiteral("editModelAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Edit what the graph says of the selected model (F2)"));
    m_delete = new QAction(actionIcon("edit-delete", "delete-board"), tr("Delete mo&del"), this);
    m_delete->setObjectName(QStringLiteral("deleteModelAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected model from the knowledge graph (Del)"));
    // F2 and Del act on what has the focus: the model table and details here, the board list there.
    for (QAction *action : {m_edit, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        window->modelsForBoard()->table()->addAction(action);
        window->modelsForBoard()->details()->addAction(action);
    }
    connect(m_edit, &QAction::triggered, this, &ModelController::editCurrent);
    connect(m_delete, &QAction::triggered, this, &ModelController::removeCurrent);
    window->modelsForBoard()->details()->addModelActions({m_edit, m_delete});
    connect(window->modelsForBoard()->details(), &ModelDetailsPanel::modelChanged, this,
            &ModelController::updateActions);
    updateActions();
}

void ModelController::updateActions()
{
    const bool shown = m_window->modelsForBoard()->details()->model().has_value();
    m_edit->setEnabled(shown);
    m_delete->setEnabled(shown);
}

void ModelController::editCurrent()
{
    if (const auto &model = m_window->modelsForBoard()->details()->model())
        editModel(model->iri);
}

void ModelController::removeCurrent()
{
    const auto model = m_window->modelsForBoard()->details()->model();
    if (!model)
        return;
    if (!m_window->prompts()->confirm(m_window, tr("Delete model"),
                                      tr("Delete the model %1 from the knowledge graph?\n\nIts deployment history "
                                         "stays. Edit ▸ Undo brings the model back.")
                                          .arg(model->name)))
        return;
    deleteModel(model->iri, model->name);
}

void ModelController::editModel(const QString &iri)
{
    struct Facts {
        std::optional<kg::ModelFacts> facts;
        QString error;
    };
    m_window->session()->run<Facts>(
        this,
        [iri](kg::KnowledgeGraph &graph) {
            Facts f;
            f.facts = graph.modelFacts(iri, &f.error);
            return f;
        },
        [this, iri](Facts f) {
            if (!f.facts) {
                m_window->report(
                    false,
                    tr("The model cannot be edited: %1").arg(f.error.isEmpty() ? tr("no store is open") : f.error));
                return;
            }
            ModelDialog dialog(f.facts->info, m_window);
            dialog.setSaver([this, iri](const kg::ModelInfo &info, auto done) { saveModel(iri, info, done); });
            dialog.exec();
        });
}

void ModelController::saveModel(const QString &iri, const kg::ModelInfo &info,
                                std::function<void(const QString &error)> done)
{
    const int generation = m_window->session()->generation();
    m_window->session()->run<Prepared>(
        this,
        [iri, info](kg::KnowledgeGraph &graph) {
            Prepared p;
            p.changes = graph.modelEdit(iri, info, &p.error);
            return p;
        },
        [this, generation, name = info.name, done](Prepared p) {
            if (!p.changes) {
                const QString error = p.error.isEmpty() ? tr("no store is open") : p.error;
                if (done)
                    done(error);
                else
                    m_window->report(false, tr("The model %1 could not be saved: %2").arg(name, error));
                return;
            }
            const QString text = tr("Edit model %1").arg(name);
            m_window->pushChange(
                *p.changes, generation, text, false,
                [this, text, done]() {
                    m_window->report(true, text);
                    if (done)
                        done(QString());
                },
                done);
        });
}

void ModelController::deleteModel(const QString &iri, const QString &name)
{
    const int generation = m_window->session()->generation();
    m_window->session()->run<Prepared>(
        this,
        [iri](kg::KnowledgeGraph &graph) {
            Prepared p;
            p.changes = graph.modelRemoval(iri, &p.error);
            return p;
        },
        [this, name, generation](Prepared p) {
            if (!p.changes) {
                m_window->report(false,
                                 tr("The model %1 could not be deleted: %2")
                                     .arg(name, p.error.isEmpty() ? tr("no store is open") : p.error));
                return;
            }
            const QString text = tr("Delete model %1").arg(name);
            m_window->pushChange(*p.changes, generation, text, false, [this, text]() { m_window->report(true, text); });
        });
}

} // namespace tinyml::gui
